#!/usr/bin/env bash
# Rewrites the PublicAPI.Unshipped.txt of both packages (src/WindowScoring and src/WindowScoring.OpenXml) from the code
# (PublicApiAnalyzers' RS0016/RS0017 fixes via `dotnet format`), sorted. Run it after a deliberate public API change and
# review the diff: an accidental change fails the build. The core first: the companion package builds against it.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/WindowScoring src/WindowScoring.OpenXml; do
    file="$project/PublicAPI.Unshipped.txt"
    printf '#nullable enable\n' > "$file"
    dotnet format analyzers "$project/$(basename "$project").csproj" --diagnostics RS0016 RS0017 --severity info
    { head -n 1 "$file"; tail -n +2 "$file" | LC_ALL=C sort; } > "/tmp/publicapi.$$" && mv "/tmp/publicapi.$$" "$file"
done
git --no-pager diff --stat -- src/WindowScoring/PublicAPI.Unshipped.txt src/WindowScoring.OpenXml/PublicAPI.Unshipped.txt || true
