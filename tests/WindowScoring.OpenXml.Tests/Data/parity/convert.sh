#!/usr/bin/env bash
# Writes the attack .xlsx files (make.py), converts them to .xls with LibreOffice Calc, then patches a few (patch.py).
set -euo pipefail
cd "$(dirname "$0")"
python3 make.py
soffice --headless --convert-to xls a-*.xlsx src-*.xlsx >/dev/null 2>&1
python3 patch.py
