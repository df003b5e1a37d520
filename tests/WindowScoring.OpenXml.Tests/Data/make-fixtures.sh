#!/usr/bin/env bash
# Regenerates the golden workbooks from samples/data/2023-11.tsv with LibreOffice Calc (Debian: libreoffice-calc-nogui,
# 7.4). CI needs only the committed files. Run from this folder.
set -euo pipefail
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp ../../../samples/data/2023-11.tsv "$tmp/"
cd "$tmp"
# The totals as formulas (=C2+D2+E2), evaluated on import (CSV filter token 13).
python3 -c "
lines = open('2023-11.tsv', encoding='utf-8').read().split('\n')
out = [l if i == 1 or len(l.split('\t')) != 6 else '\t'.join(l.split('\t')[:5] + [f'=C{i}+D{i}+E{i}']) for i, l in enumerate(lines, 1)]
open('2023-11-formulas.tsv', 'w', encoding='utf-8').write('\n'.join(out))"
cp 2023-11.tsv 2023-11-text.tsv
soffice --headless --infilter="CSV:9,34,76,1" --convert-to xlsx 2023-11.tsv
soffice --headless --infilter="CSV:9,34,76,1,,,,,,,,true" --convert-to xlsx 2023-11-formulas.tsv
# Every column typed as text: numbers stored as text (Excel's green triangle).
soffice --headless --infilter="CSV:9,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2" --convert-to xlsx 2023-11-text.tsv
# A merged title row above the header, the header repeated on every printed page (_xlnm.Print_Titles), sheet 考核结果.
python3 "$OLDPWD/make-title-fods.py" 2023-11.tsv 2023-11-title.fods
soffice --headless --convert-to xlsx 2023-11-title.fods
# Legacy Excel 97-2003 (.xls, BIFF8): the plain table and the titled one, and a workbook whose first sheet is hidden.
soffice --headless --convert-to xls 2023-11.xlsx
soffice --headless --convert-to xls 2023-11-title.xlsx
# (LibreOffice ignores a hidden table style in a flat ODS, so the first sheet is hidden in the .xlsx's workbook.xml.)
python3 "$OLDPWD/make-hidden-fods.py" 2023-11.tsv 2023-11-hidden-first.fods
soffice --headless --convert-to xlsx 2023-11-hidden-first.fods
python3 -c "
import zipfile, shutil
src = zipfile.ZipFile('2023-11-hidden-first.xlsx'); dst = zipfile.ZipFile('hidden.xlsx', 'w', zipfile.ZIP_DEFLATED)
for item in src.infolist():
    data = src.read(item.filename)
    if item.filename == 'xl/workbook.xml':
        # Hidden, and not the active tab (LibreOffice shows the active sheet whatever its state, as Excel never saves it).
        data = data.replace(b'name=\"Hidden\" sheetId=\"1\" state=\"visible\"', b'name=\"Hidden\" sheetId=\"1\" state=\"hidden\"').replace(b'activeTab=\"0\"', b'activeTab=\"1\"')
    dst.writestr(item, data)
dst.close(); shutil.move('hidden.xlsx', '2023-11-hidden-first.xlsx')"
mkdir xls && soffice --headless --convert-to xls --outdir xls 2023-11-hidden-first.xlsx && mv xls/2023-11-hidden-first.xls .
cp 2023-11.xlsx 2023-11-formulas.xlsx 2023-11-text.xlsx 2023-11-title.xlsx 2023-11-hidden-first.xlsx "$OLDPWD/"
# Booleans, dates, ;;;, a hidden row, rows without a note, hidden sheets: an .xlsx written by hand, in both date systems, and its .xls.
python3 "$OLDPWD/make-features-xlsx.py" 2023-11-features.xlsx
python3 "$OLDPWD/make-features-xlsx.py" 2023-11-features-1904.xlsx 1904
soffice --headless --convert-to xls 2023-11-features.xlsx
soffice --headless --convert-to xls 2023-11-features-1904.xlsx
cp 2023-11.xls 2023-11-title.xls 2023-11-hidden-first.xls "$OLDPWD/"
cp 2023-11-features.xlsx 2023-11-features-1904.xlsx 2023-11-features.xls 2023-11-features-1904.xls "$OLDPWD/"
