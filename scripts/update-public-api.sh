#!/usr/bin/env bash
# Rewrites src/WindowScoring/PublicAPI.Unshipped.txt from the code (PublicApiAnalyzers' RS0016/RS0017 fixes via
# `dotnet format`). Run it after a deliberate public API change and review the diff: an accidental change fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '#nullable enable\n' > src/WindowScoring/PublicAPI.Unshipped.txt
dotnet format analyzers src/WindowScoring/WindowScoring.csproj --diagnostics RS0016 RS0017 --severity info
{ head -n 1 src/WindowScoring/PublicAPI.Unshipped.txt; tail -n +2 src/WindowScoring/PublicAPI.Unshipped.txt | LC_ALL=C sort; } > /tmp/publicapi.$$ && mv /tmp/publicapi.$$ src/WindowScoring/PublicAPI.Unshipped.txt
git --no-pager diff --stat -- src/WindowScoring/PublicAPI.Unshipped.txt || true
