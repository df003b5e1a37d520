"""Writes 2023-11-features.xlsx by hand (then converted to .xls by make-fixtures.sh): the cells a legacy workbook can hold
that the plain fixtures do not: booleans, dates with and without a time, a number under a date format that is no date, a
";;;" (hidden) format, a sum's binary noise, a number beyond decimal, a hidden row, an empty row, and a hidden and a very
hidden sheet before the visible one. Usage: python3 make-features-xlsx.py OUT.xlsx [1904] (1904: the 1904 date system,
the same dates 1462 days lower)"""
import sys, zipfile

DATE1904 = len(sys.argv) > 2 and sys.argv[2] == "1904"
SHIFT = 1462 if DATE1904 else 0

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

def num(ref, value, style=0):
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'

def boolean(ref, value):
    return f'<c r="{ref}" t="b"><v>{1 if value else 0}</v></c>'

def row(n, cells, hidden=False):
    h = ' hidden="1"' if hidden else ""
    return f'<row r="{n}"{h}>' + "".join(cells) + "</row>"

def record(n, seq, name, base, deduction, bonus, total, note=None, total_style=0, hidden=False):
    cells = [num(f"A{n}", seq), inline(f"B{n}", name), num(f"C{n}", base), num(f"D{n}", deduction), num(f"E{n}", bonus), num(f"F{n}", total, total_style)]
    if note is not None:
        cells.append(note(f"G{n}"))
    return row(n, cells, hidden)

header = row(1, [inline(f"{c}1", t) for c, t in zip("ABCDEFG", ["序号", "部门窗口", "基础分 分值", "减分 分值", "加分分值", "实得分值", "备注"])])
rows = [
    header,
    record(2, 1, "甲厅", 100, 0, 20, 120, lambda r: boolean(r, True)),
    record(3, 2, "乙厅", 100, 0, 10, 110, lambda r: boolean(r, False)),
    record(4, 3, "丙厅", 100, 1, 0, 99, lambda r: num(r, 45260 - SHIFT, 1), hidden=True),
    record(5, 4, "丁厅", 100, 0, 0, 100, lambda r: num(r, 45260.5 - SHIFT, 3)),
    record(6, 5, "戊厅", 100, "0.30000000000000004", 0, 99.7),
    record(8, 6, "己厅", 100, 0, 0, 100, total_style=2),
    record(9, 7, "庚厅", 100, 0, 0, 100, lambda r: num(r, -1, 1)),
    record(10, 8, "辛厅", 100, 0, 0, "1E+300"),
    record(11, 9, "壬厅", 100, 0, 0, 100, lambda r: num(r, 1, 1)),
]

def sheet(body):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'

styles = f'''<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode=";;;"/><numFmt numFmtId="166" formatCode="yyyy\\-mm\\-dd hh:mm:ss"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>'''

workbook = f'''<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">{'<workbookPr date1904="1"/>' if DATE1904 else ''}<bookViews><workbookView activeTab="2"/></bookViews><sheets>
<sheet name="Secret" sheetId="1" state="veryHidden" r:id="rId1"/><sheet name="Hidden" sheetId="2" state="hidden" r:id="rId2"/><sheet name="考核结果" sheetId="3" r:id="rId3"/></sheets></workbook>'''

rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(
    f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in (1, 2, 3)) + \
    f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/></Relationships>'

types = '''<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>''' + "".join(
    f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in (1, 2, 3)) + "</Types>"

root_rels = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", root_rels)
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/styles.xml", styles)
    z.writestr("xl/worksheets/sheet1.xml", sheet(row(1, [inline("A1", "secret")])))
    z.writestr("xl/worksheets/sheet2.xml", sheet(row(1, [inline("A1", "hidden")])))
    z.writestr("xl/worksheets/sheet3.xml", sheet("".join(rows)))
