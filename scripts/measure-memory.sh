#!/usr/bin/env bash
# Peak resident memory of the command-line sample on the inputs of scripts/memory-inputs.py (docs/articles/performance.md).
# Usage: bash scripts/measure-memory.sh DIR [FILE...]   (DIR as given to memory-inputs.py; build the CLI in Release first)
# Prints one line a run: peak RSS in MB (from /usr/bin/time -v), exit code, seconds, the command.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=$1
shift
cli=(dotnet "$repo/samples/WindowScoring.Cli/bin/Release/net10.0/WindowScoring.Cli.dll")
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$dir"/*.csv "$dir"/*.xlsx)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  /usr/bin/time -v -o "$work/time" "${cli[@]}" "$@" > /dev/null 2> "$work/err"
  local code=$?
  local kb seconds
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time")
  printf '%6d MB  exit %s  %8s  %s\n' $((kb / 1024)) "$code" "$seconds" "$*"
}

for file in "${files[@]}"; do
  name=$(basename "$file")
  # history takes the month from the file name.
  ln -sf "$(cd "$(dirname "$file")" && pwd)/$name" "$work/2023-11.${name##*.}"
  run rank "$file"
  run audit "$file"
  run convert "$file" --to csv
  run convert "$file" --to xlsx --output "$work/out.xlsx"
  run history "$work/2023-11.${name##*.}" --period 2023-Q4
done
