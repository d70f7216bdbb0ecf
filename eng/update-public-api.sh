#!/usr/bin/env bash
# Records the current public API of the src/ packages in PublicAPI.Unshipped.txt.
#
# The PublicApiAnalyzers fail the build (RS0016/RS0017) when the public surface changes without the
# files being updated; run this after an intended API change and review the diff like code.
#   usage: eng/update-public-api.sh [project-dir ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -eq 0 ] && projects=(src/*/)
for dir in "${projects[@]}"; do
  dir="${dir%/}"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  log=$(dotnet build "$dir" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors=RS9999 2>&1 || true)
  added=$(grep -oE "RS0016: Symbol '[^']+' is not part of the declared public API" <<<"$log" | sed -E "s/^RS0016: Symbol '(.*)' is not part.*$/\1/" | sort -u || true)
  removed=$(grep -oE "RS0017: Symbol '[^']+' is part of the declared API" <<<"$log" | sed -E "s/^RS0017: Symbol '(.*)' is part.*$/\1/" | sort -u || true)
  { grep -v '^#nullable' "$unshipped" || true; [ -n "$added" ] && printf '%s\n' "$added"; } \
    | grep -vxF -f <(printf '%s\n' "${removed:-__none__}") | grep -v '^$' | LC_ALL=C sort -u > "$unshipped.tmp" || true
  { echo '#nullable enable'; cat "$unshipped.tmp"; } > "$unshipped"
  rm -f "$unshipped.tmp"
  echo "$dir: +$(grep -c . <<<"$added" || true) -$(grep -c . <<<"$removed" || true)"
done
