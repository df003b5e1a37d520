#!/usr/bin/env bash
# Regenerates the LibreOffice-made CSV fixtures from samples/data/2023-11.tsv (LibreOffice Calc 7.4, Debian's
# libreoffice-calc-nogui): every text cell quoted, UTF-8 (charset 76) and GBK (charset 85). LibreOffice on Linux ends
# lines with LF; the CRLF that Excel writes is covered by TableSourceTests' Excel-style CSV.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
cp "$here/../../../../samples/data/2023-11.tsv" "$work/2023-11.csv"
for pair in "76:utf8" "85:gbk"; do
  soffice --headless --infilter="CSV:9,34,76,1" --convert-to "csv:Text - txt - csv (StarCalc):44,34,${pair%%:*},1,,0,true,true" --outdir "$work/${pair##*:}" "$work/2023-11.csv"
  cp "$work/${pair##*:}/2023-11.csv" "$here/2023-11.libreoffice-${pair##*:}.csv"
done
