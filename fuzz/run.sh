#!/usr/bin/env bash
# Fuzzes one target of the harness with AFL++ and SharpFuzz (see fuzz/README.md):
#   fuzz/run.sh table|xlsx|events|scheme [seconds]      (default 300 s; findings in /tmp/windowscoring-fuzz/<target>)
# Needs afl-fuzz (Debian: apt-get install afl++) and the SharpFuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0). Runs one afl-fuzz instance (one core).
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: fuzz/run.sh table|xlsx|events|scheme [seconds]}"
seconds="${2:-300}"
out="${FUZZ_OUT:-/tmp/windowscoring-fuzz}/$target"
export PATH="$PATH:$HOME/.dotnet/tools"

# Publish into a clean folder, then instrument the library and CsvHelper (which splits the records) in place.
rm -rf bin
dotnet publish WindowScoring.Fuzz -c Release -o bin
sharpfuzz bin/WindowScoring.dll
sharpfuzz bin/CsvHelper.dll
sharpfuzz bin/WindowScoring.OpenXml.dll

rm -rf "$out"
mkdir -p "$(dirname "$out")"
# dotnet itself is not instrumented (AFL_SKIP_BIN_CHECK); a crash is an exception that escapes the target.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  afl-fuzz -V "$seconds" -i "corpus/$target" -o "$out" -x "dict/$target.dict" -t 5000 -m none -- dotnet bin/WindowScoring.Fuzz.dll "$target"

grep -E "run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs" "$out/default/fuzzer_stats"
