#!/usr/bin/env bash
# Release step: moves every entry of both packages' PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt (sorted) and
# leaves Unshipped empty, so the released surface is frozen: from then on the analyzer reports a removed or changed
# shipped member (RS0017), and a new member goes to Unshipped until the next release. Run it once per release, after
# scripts/update-public-api.sh, and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/WindowScoring src/WindowScoring.OpenXml; do
    shipped="$project/PublicAPI.Shipped.txt" unshipped="$project/PublicAPI.Unshipped.txt"
    if grep -q '^\*REMOVED\*' "$unshipped"; then
        echo "$unshipped removes shipped members: that is a breaking change, not a release step" >&2
        exit 1
    fi
    { printf '#nullable enable\n'; { tail -n +2 "$shipped"; tail -n +2 "$unshipped"; } | grep -v '^$' | LC_ALL=C sort -u; } > "/tmp/shipped.$$"
    mv "/tmp/shipped.$$" "$shipped"
    printf '#nullable enable\n' > "$unshipped"
done
wc -l src/WindowScoring/PublicAPI.Shipped.txt src/WindowScoring.OpenXml/PublicAPI.Shipped.txt
