#!/usr/bin/env bash
# Prints a monthly review workbook to PDF with LibreOffice, to see how the meeting's paper looks
# (not run in CI: LibreOffice is large). Needs soffice (Debian: libreoffice-calc-nogui); with
# pdftoppm (poppler-utils) it also writes a PNG of every page to look at.
#
#   tools/review-pdf.sh FILE.xlsx [OUTDIR]
#   tools/review-pdf.sh --fetch 2026-11 [DISTRICT_CODE] [OUTDIR]
#       fetches the pack from a running server: MINHU_URL (default http://localhost:8080),
#       MINHU_USER and MINHU_PASSWORD (HTTP Basic), e.g. the demo's sup-city.
set -euo pipefail

if [ "${1:-}" = "--fetch" ]; then
  month=${2:?month yyyy-MM}
  district=${3:-}
  out=${4:-target/review-pdf}
  mkdir -p "$out"
  file="$out/review-$month${district:+-$district}.xlsx"
  curl -fsS -u "${MINHU_USER:?MINHU_USER}:${MINHU_PASSWORD:?MINHU_PASSWORD}" \
    -o "$file" "${MINHU_URL:-http://localhost:8080}/api/v1/reviews/$month?format=xlsx${district:+&district=$district}"
else
  file=${1:?usage: tools/review-pdf.sh FILE.xlsx [OUTDIR] | --fetch yyyy-MM [DISTRICT] [OUTDIR]}
  out=${2:-$(dirname "$file")}
  mkdir -p "$out"
fi

# a profile of its own, so that a desktop LibreOffice left open does not swallow the conversion
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdf="$out/$(basename "${file%.xlsx}").pdf"
echo "$pdf"
if command -v pdftoppm >/dev/null; then
  pdftoppm -r 60 -png "$pdf" "${pdf%.pdf}-page"
  ls "${pdf%.pdf}"-page*.png
fi
