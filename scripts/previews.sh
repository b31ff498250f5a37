#!/bin/sh
# Regenerates the PNG previews of a report's first pages in docs/ (for the README).
# Usage: scripts/previews.sh REPORT.pdf [PAGES] [DPI]   (needs pdftoppm from poppler-utils)
set -eu

pdf="${1:?usage: scripts/previews.sh REPORT.pdf [PAGES] [DPI]}"
pages="${2:-3}"
dpi="${3:-80}"
docs="$(cd "$(dirname "$0")/.." && pwd)/docs"

command -v pdftoppm >/dev/null || { echo "previews.sh: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }
[ -f "$pdf" ] || { echo "previews.sh: no such file: $pdf" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdftoppm -png -r "$dpi" -f 1 -l "$pages" "$pdf" "$work/page"
mkdir -p "$docs"
# pdftoppm pads page numbers to the width of the last page's number (page-01.png …).
for file in "$work"/page-*.png; do
  number="${file##*-}"
  number="${number%.png}"
  number="$(echo "$number" | sed 's/^0*//')"
  cp "$file" "$docs/report-page-$number.png"
  echo "docs/report-page-$number.png ($(wc -c < "$file") bytes)"
done
