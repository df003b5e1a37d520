#!/usr/bin/env bash
# Mutation testing (Stryker.NET 5.1.0, a local tool pinned in .config/dotnet-tools.json) over the ranking, the engine and
# the model: the files listed under "mutate" in stryker-config.json. Not part of .ci/run (it takes tens of minutes);
# run it before changing those files and read the survivors in StrykerOutput/<date>/reports/mutation-report.html.
# Usage: bash scripts/mutation.sh [extra dotnet-stryker arguments, e.g. --since main]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
# Run from the test project (Stryker's project context: the test project names the project under test).
cd tests/WindowScoring.Tests
dotnet tool run dotnet-stryker --config-file ../../stryker-config.json "$@"
