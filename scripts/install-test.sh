#!/usr/bin/env bash
# Runs the README's install section exactly as written, as a new user would: the block marked
# `<!-- install: repository -->` in a copy of this repository, the block marked `<!-- install: application -->` in a new
# console application, whose program is then the README's quick start (its first C# block). A fresh home folder, so the
# packages come from the folder feed the first block makes (never from a cached copy) and the rest from nuget.org.
# Usage: bash scripts/install-test.sh   (exit 0 when the quick start ran from the installed packages)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The fenced block that follows the marker line <!-- install: $1 --> (or the first ```csharp block for "quick-start").
block() {
  if [ "$1" = quick-start ]; then
    awk '/^```csharp$/ && !done { inside = 1; next } inside && /^```$/ { inside = 0; done = 1 } inside' "$repo/README.md"
  else
    awk -v marker="<!-- install: $1 -->" '$0 == marker { armed = 1; next } armed && /^```sh$/ { inside = 1; armed = 0; next } inside && /^```$/ { exit } inside' "$repo/README.md"
  fi
}
for name in repository application quick-start; do
  if [ -z "$(block "$name")" ]; then
    echo "install-test: the README has no '$name' block" >&2
    exit 1
  fi
done

# The repository as a user has it (tracked and new files; no build output).
mkdir -p "$work/windowscoring" "$work/home" "$work/app"
(cd "$repo" && git ls-files -co --exclude-standard -z | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$work/windowscoring"
export HOME="$work/home" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset NUGET_PACKAGES

echo "install-test: in the repository:"; block repository
(cd "$work/windowscoring" && bash -euo pipefail -c "$(block repository)") > "$work/repository.log" 2>&1 \
  || { tail -n 30 "$work/repository.log" >&2; echo "install-test: the repository block failed" >&2; exit 1; }

echo "install-test: in the application:"; block application
cd "$work/app"
dotnet new console --framework net10.0 > "$work/new.log" 2>&1 || { cat "$work/new.log" >&2; exit 1; }
bash -euo pipefail -c "$(block application)" > "$work/application.log" 2>&1 \
  || { tail -n 30 "$work/application.log" >&2; echo "install-test: the application block failed" >&2; exit 1; }
block quick-start > Program.cs

# The quick start reads samples/data/2023-11.tsv: run it from the repository's folder.
output=$(cd "$work/windowscoring" && dotnet run --project "$work/app" 2>&1) \
  || { printf '%s\n' "$output" | tail -n 30 >&2; echo "install-test: the quick start did not run" >&2; exit 1; }
# The quick start's comment: "1 自然资源厅 120, 1 交通运输厅 120, 3 …" (a tie prints its rank; only the published layout blanks it).
if ! printf '%s\n' "$output" | head -n 2 | tr '\n' '|' | grep -qx '1 自然资源厅 120|1 交通运输厅 120|'; then
  printf '%s\n' "$output" | head -n 20 >&2
  echo "install-test: the quick start did not print the ranked November 2023 table" >&2
  exit 1
fi
echo "install-test: the quick start ran from the installed packages"
