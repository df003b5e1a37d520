#!/usr/bin/env bash
# Mutation testing (Stryker.NET 5.1.0, a local tool pinned in .config/dotnet-tools.json), one part of the library at a time.
# Each part has its configuration in stryker/<part>.json (what it mutates, and "break": the score it reached when last run,
# below which the run fails). Not part of .ci/run (a part takes minutes to tens of minutes); run the part you change and read
# its survivors in StrykerOutput/<date>/reports/mutation-report.html.
#   core        the ranking, the engine and the model (Ranking/, ScoringEngine, ScoringScheme, Assessment, ScoreArithmetic)
#   audit       Audit/ (the published-table audit)
#   validation  Validation/ (the validators and their diagnostics)
#   export      Export/ (the CSV, Markdown and report writers)
#   history     History/ (aggregation, analysis, aliases)
#   rules       Rules/ (events, the scheme file, the event log)
#   import      Import/ (the row parser, the table sources, decoding)
#   openxml     the WindowScoring.OpenXml package (workbook sources and writers), tested by tests/WindowScoring.OpenXml.Tests
# Usage: bash scripts/mutation.sh <part> [extra dotnet-stryker arguments, e.g. --since main]
#        bash scripts/mutation.sh all     (every part, one after another)
# On a shared machine run it niced (nice -n 19 bash scripts/mutation.sh audit); the configurations use one test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
part=${1:-}
if [[ -z "$part" || ! ( -f "stryker/$part.json" || "$part" == all ) ]]; then
  echo "usage: scripts/mutation.sh <part> [dotnet-stryker arguments]; parts: $(cd stryker && ls *.json | sed 's/\.json$//' | tr '\n' ' ')all" >&2
  exit 2
fi
shift
dotnet tool restore >/dev/null
run() {
  local test_project=tests/WindowScoring.Tests
  [[ "$1" == openxml ]] && test_project=tests/WindowScoring.OpenXml.Tests
  # Run from the test project (Stryker's project context: the test project names the project under test).
  (cd "$root/$test_project" && dotnet tool run dotnet-stryker --config-file "$root/stryker/$1.json" "${@:2}")
}
if [[ "$part" == all ]]; then
  for config in stryker/*.json; do run "$(basename "$config" .json)" "$@"; done
else
  run "$part" "$@"
fi
