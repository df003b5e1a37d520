"""Writes attack .xlsx workbooks by hand (then converted to .xls by LibreOffice: see convert.sh)."""
import os, zipfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# (numFmtId, custom code or None) per cellXfs index
XFS = [
    (0, None),                                  # 0 General
    (164, 'yyyy\\-mm\\-dd'),                    # 1
    (165, 'hh:mm'),                             # 2
    (166, '[h]:mm'),                            # 3 elapsed hours
    (167, 'yyyy"年"m"月"d"日" aaaa'),           # 4 Chinese date with weekday
    (168, 'yyyy年m月d日'),                      # 5 CJK unquoted
    (31, None),                                 # 6 built-in East Asian date
    (169, '0;-0;yyyy\\-mm\\-dd'),               # 7 date only in 3rd section
    (9, None),                                  # 8 0%
    (49, None),                                 # 9 @ text
    (170, '"¥"#,##0.00'),                       # 10 currency
    (171, '[mm]:ss'),                           # 11 elapsed minutes
    (172, '上午/下午h"时"mm"分"'),              # 12
    (173, '[DBNum1][$-804]yyyy"年"m"月"d"日"'), # 13
    (174, ';;;'),                               # 14 hidden
    (22, None),                                 # 15 built-in m/d/yy h:mm
    (175, 'yyyy\\-mm\\-dd\\ hh:mm:ss'),         # 16
    (20, None),                                 # 17 built-in h:mm
    (176, '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy'), # 18 system long date
    (177, 'yyyy/m/d;@'),                        # 19
    (14, None),                                 # 20 built-in short date
    (178, '0.00_);[Red]\\(0.00\\)'),            # 21 plain negative red
    (179, '#,##0.00" 分"'),                     # 22 units
    (57, None),                                 # 23 built-in East Asian (yyyy"年"m"月")
    (180, '[s]'),                               # 24 elapsed seconds
    (181, 'mm:ss.0'),                           # 25
    (182, 'ge.m.d'),                            # 26 japanese era
]

def styles():
    custom = [(i, c) for i, c in XFS if c is not None]
    q = {'"': "&quot;"}
    nf = "".join(f'<numFmt numFmtId="{i}" formatCode="{escape(c, q)}"/>' for i, c in custom)
    apply = ' applyNumberFormat="1"'
    xfs = "".join(f'<xf numFmtId="{i}" fontId="0" fillId="0" borderId="0" xfId="0"{apply if i else ""}/>' for i, _ in XFS)
    return f'''<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">
<numFmts count="{len(custom)}">{nf}</numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="{len(XFS)}">{xfs}</cellXfs></styleSheet>'''

def col(i):
    s = ""
    n = i + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def t(text, style=0):
    """An inline string (escaped, preserved space, control characters as _xHHHH_)."""
    def enc(ch):
        o = ord(ch)
        if (o < 32 and ch not in "\t\n") or ch == "\r":
            return f"_x{o:04X}_"
        return ch
    body = "".join(enc(ch) for ch in text)
    body = body.replace("_x0", "_x005F_x0") if "_x0" in text else body
    s = f' s="{style}"' if style else ""
    return lambda ref: f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{escape(body)}</t></is></c>'

def n(value, style=0):
    s = f' s="{style}"' if style else ""
    return lambda ref: f'<c r="{ref}"{s}><v>{value}</v></c>'

def raw(xml):
    return lambda ref: xml.replace("@", ref)

def row(r, cells, attrs=""):
    """cells: list (index = column) of cell makers or None, or dict column index -> maker."""
    items = cells.items() if isinstance(cells, dict) else enumerate(cells)
    return f'<row r="{r}"{attrs}>' + "".join(m(f"{col(i)}{r}") for i, m in items if m is not None) + "</row>"

def sheet_xml(rows, before="", after=""):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{before}<sheetData>{"".join(rows)}</sheetData>{after}</worksheet>'

def sheet_el(i, s):
    st = f' state="{s[1]}"' if s[1] else ""
    nm = escape(s[0], {'"': "&quot;"})
    return f'<sheet name="{nm}" sheetId="{i}"{st} r:id="rId{i}"/>'

def workbook(name, sheets, date1904=False, shared=None):
    """sheets: list of (sheet name, state or None, sheet XML)."""
    path = os.path.join(OUT, name + ".xlsx")
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    rels += f'<Relationship Id="rId{len(sheets)+1}" Type="{REL}/styles" Target="styles.xml"/>'
    if shared is not None:
        rels += f'<Relationship Id="rId{len(sheets)+2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    visible = next((i for i, s in enumerate(sheets) if not s[1]), 0)
    wbx = f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">' + ('<workbookPr date1904="1"/>' if date1904 else '') + \
        f'<bookViews><workbookView activeTab="{visible}"/></bookViews><sheets>' + "".join(
        sheet_el(i, s) for i, s in enumerate(sheets, 1)) + '</sheets></workbook>'
    types = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' \
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' \
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' \
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' + \
        ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared is not None else '') + \
        "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1)) + "</Types>"
    root = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", root)
        z.writestr("xl/workbook.xml", wbx)
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>')
        z.writestr("xl/styles.xml", styles())
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">' + "".join(shared) + '</sst>')
        for i, s in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", s[2])

HEADER = ["序号", "部门窗口", "基础分 分值", "减分 分值", "加分分值", "实得分值", "备注"]

def header(r=1, names=HEADER):
    return row(r, [t(h) if h else None for h in names])

# 1. date and time formats: label | value
dates = [
    ("time 0.5 hh:mm", n(0.5, 2)), ("time 0.75 builtin h:mm", n(0.75, 17)), ("serial 0 date", n(0, 1)), ("serial 1 date", n(1, 1)),
    ("serial 30.25 datetime", n(30.25, 16)), ("serial 58 date", n(58, 1)), ("serial 59 date", n(59, 1)), ("serial 60 date", n(60, 1)),
    ("serial 61 date", n(61, 1)), ("elapsed [h]:mm 1.25", n(1.25, 3)), ("elapsed [mm]:ss 0.01", n(0.01, 11)), ("elapsed [s] 100", n(100, 24)),
    ("weekday aaaa 45260", n(45260, 4)), ("unquoted CJK 45260", n(45260, 5)), ("builtin 31 45260", n(45260, 6)),
    ("3rd-section date 5", n(5, 7)), ("3rd-section date 0", n(0, 7)), ("上午/下午 0.6", n(0.6, 12)), ("DBNum1 45260", n(45260, 13)),
    ("builtin 22 45260.5", n(45260.5, 15)), ("F800 long 45260", n(45260, 18)), ("yyyy/m/d;@ 45260", n(45260, 19)), ("builtin 14 45260", n(45260, 20)),
    ("builtin 57 45260", n(45260, 23)), ("mm:ss.0 0.001", n(0.001, 25)), ("era ge.m.d 45260", n(45260, 26)), ("date 2958465", n(2958465, 1)),
    ("date 2958466", n(2958466, 1)), ("date -1", n(-1, 1)), ("time 0.999999", n(0.999999, 2)), ("score 100 plain", n(100)),
]
workbook("a-dates", [("Sheet1", None, sheet_xml([row(i, [t(l), m]) for i, (l, m) in enumerate(dates, 1)]))])
workbook("a-dates-1904", [("Sheet1", None, sheet_xml([row(i, [t(l), m]) for i, (l, m) in enumerate(dates, 1)]))], date1904=True)

# 2. numbers
numbers = [
    ("minus zero", n("-0")), ("1e-20", n("1E-20")), ("1e-5", n("1.0000000000000001E-5")), ("18 digits", n("123456789012345678")),
    ("0.1+0.2", n("0.30000000000000004")), ("percent 0.5", n(0.5, 8)), ("percent 0.123", n(0.123, 8)), ("yen 1234.5", n(1234.5, 10)),
    ("text-format number", n(120, 9)), ("red negative", n(-3.5, 21)), ("units 99.5", n(99.5, 22)), ("1e15", n("1E+15")),
    ("999999999999999", n("999999999999999")), ("12345678901234.56", n("12345678901234.56")), ("0.000001", n("9.9999999999999995E-7")),
    ("1/3", n("0.33333333333333331")), ("114.5 noise", n("114.49999999999999")), ("2^53+1", n("9007199254740993")),
    ("hidden ;;; 0", n(0, 14)), ("tiny 5e-324", n("4.9406564584124654E-324")), ("-1e-7", n("-1E-7")), ("1E+308", n("1E+308")),
]
workbook("a-numbers", [("Sheet1", None, sheet_xml([row(i, [t(l), m]) for i, (l, m) in enumerate(numbers, 1)]))])

# 3. strings
long_cjk = "长" * 20000 + "尾"
strings = [
    ("padded number", t(" 100 ")), ("full-width", t("１００")), ("whitespace only", t("   ")), ("tab only", t("\t")),
    ("control \\u0001", t("a\u0001b")), ("CR LF", t("a\r\nb")), ("literal _x0041_", t("_x0041_")), ("apostrophe", t("'120")),
    ("long 33000 ascii", t("x" * 33000)), ("long 20001 CJK", t(long_cjk)), ("NBSP", t("\u00a0100")), ("zero-width", t("100\u200b")),
    ("surrogate pair", t("𠀀部门")), ("text in @ cell", t("100", 9)), ("number-like 1e3", t("1e3")), ("leading =", t("=1+1")),
    ("rich text", raw('<c r="@" t="inlineStr"><is><r><rPr><b/></rPr><t>甲</t></r><r><t xml:space="preserve">厅 </t></r></is></c>')),
    ("shared rich+phonetic", raw('<c r="@" t="s"><v>0</v></c>')), ("shared plain", raw('<c r="@" t="s"><v>1</v></c>')),
    ("lone surrogate-ish U+FFFF", t("a\uffffb")), ("bidi", t("\u202e001")),
]
shared = ['<si><r><rPr><b/></rPr><t>省</t></r><r><t>市场监管局</t></r><rPh sb="0" eb="1"><t>シェン</t></rPh><phoneticPr fontId="0"/></si>', '<si><t>乙厅</t></si>']
workbook("a-strings", [("Sheet1", None, sheet_xml([row(i, [t(l), m]) for i, (l, m) in enumerate(strings, 1)]))], shared=shared)

# 4. formulas and errors: a score table
def F(v, f, typ=None):
    ta = f' t="{typ}"' if typ else ""
    return raw(f'<c r="@"{ta}><f>{escape(f)}</f><v>{v}</v></c>')
rows = [header(),
        row(2, [n(1), t("甲厅"), n(100), n(0), n(20), F(120, "C2+D2+E2")]),
        row(3, [n(2), t("乙厅"), n(100), F("#DIV/0!", "1/0", "e"), n(10), n(110)]),
        row(4, [n(3), t("丙厅"), n(100), n(0), raw('<c r="@" t="e"><v>#N/A</v></c>'), n(100)]),
        row(5, [n(4), t("丁厅"), n(100), n(0), n(0), F("#VALUE!", '"a"+1', "e")]),
        row(6, [n(5), t("戊厅"), n(100), n(0), n(0), n(100), F("", '""', "str")]),
        row(7, [n(6), t("己厅"), n(100), n(0), n(0), n(100), F("TRUE", "1=1", "b")]),
        row(8, [n(7), t("庚厅"), n(100), n(0), n(0), F("100", 'TEXT(100,"0")', "str")]),
        row(9, [n(8), t("辛厅"), n(100), n(0), n(0), n(100), raw('<c r="@" t="e"><v>#REF!</v></c>')]),
        row(10, [n(9), t("壬厅"), n(100), n(0), F(0, "D10*2"), F(100, "C10+D10+E10")]),
        ]
workbook("a-formulas", [("Sheet1", None, sheet_xml(rows))])

# 5. layout: merged department, hidden column, data beyond column 64 (CV = index 99), leading empty rows, ht=0 row
rows = [row(3, [t("2023年11月窗口考核结果")]), header(4),
        row(5, [n(1), t("甲厅"), n(100), n(0), n(20), n(120)]),
        row(6, [n(2), None, n(100), n(0), n(10), n(110)]),
        row(7, {0: n(3), 1: t("丙厅"), 2: n(100), 3: n(0), 4: n(0), 5: n(100), 99: t("stray")}),
        row(8, [n(4), t("丁厅"), n(100), n(0), n(0), n(100)], ' ht="0" customHeight="1"'),
        row(9, {99: t("only stray")}),
        row(10, {0: n(5), 1: t("戊厅"), 2: n(100), 3: n(0), 4: n(0), 5: n(100), 64: t("at col 65")}),
        row(11, [n(6), t("己厅"), n(100), n(0), n(0), n(100)], ' hidden="1"'),
        row(12, {0: n(7), 1: t("庚厅"), 2: n(100), 3: n(0), 4: n(0), 5: n(100), 7: t("note past header")}),
        ]
workbook("a-layout", [("Sheet1", None, sheet_xml(rows, before='<cols><col min="3" max="3" width="0" hidden="1" customWidth="1"/></cols>',
                                                 after='<mergeCells count="1"><mergeCell ref="B5:B6"/></mergeCells>'))])

# 6. header with a blank column in the middle; row with only first cell; whitespace department
rows = [header(1, ["序号", "部门窗口", "", "基础分 分值", "减分 分值", "加分分值", "实得分值"]),
        row(2, [n(1), t("甲厅"), None, n(100), n(0), n(20), n(120)]),
        row(3, [n(2), t("乙厅"), t("x"), n(100), n(0), n(10), n(110)]),
        row(4, [n(3), t("   "), None, n(100), n(0), n(0), n(100)]),
        row(5, [n(4)]),
        row(6, [None, None, None, None, None, None, t("丁厅?")]),
        ]
workbook("a-blankcol", [("Sheet1", None, sheet_xml(rows))])

# 7. sheets: quoted/CJK name; case-twins; hidden-only; empty first sheet; only header
table = sheet_xml([header(), row(2, [n(1), t("甲厅"), n(100), n(0), n(20), n(120)]), row(3, [n(2), t("乙厅"), n(100), F("#DIV/0!", "1/0", "e"), n(10), n(110)])])
workbook("a-sheetname", [("It's 考核 表", None, table)])
workbook("a-casetwins", [("Data", None, sheet_xml([row(1, [t("first")])])), ("DATA", None, table)])
workbook("a-onlyhidden", [("Hidden", "hidden", table)])
workbook("a-emptyfirst", [("Empty", None, sheet_xml([])), ("Table", None, table)])
workbook("a-headeronly", [("Sheet1", None, sheet_xml([header()]))])
workbook("a-charts", [("Styled", None, sheet_xml([row(1, [None], ""), row(5, [None, None])]) ), ("Table", None, table)])

# source for the patched case-twins .xls (LibreOffice renames a case twin): "Xata" becomes "DATA" in the .xls (patch.py)
workbook("src-casetwins", [("Data", None, sheet_xml([row(1, [t("first")])])), ("Xata", None, table)])

# 8. an elapsed-time cell too large for TimeSpan, then rows after it
rows = [header(),
        row(2, [n(1), t("甲厅"), n(100), n(0), n(20), n(120)]),
        row(3, [n(2), t("乙厅"), n(100), n(0), n(10), n(110), n("1E+20", 3)]),
        row(4, [n(3), t("丙厅"), n(100), n(0), n(0), n(100)]),
        row(5, [n(4), t("丁厅"), n(100), n(0), n(0), n(100)])]
workbook("a-overflow", [("Sheet1", None, sheet_xml(rows))])
# 9. a 1904 workbook: a date past 9999-12-31 in the 1904 count, then rows after it
rows = [header(),
        row(2, [n(1), t("甲厅"), n(100), n(0), n(20), n(120), n(2957100, 1)]),
        row(3, [n(2), t("乙厅"), n(100), n(0), n(10), n(110)]),
        row(4, [n(3), t("丙厅"), n(100), n(0), n(0), n(100)])]
workbook("a-1904-far", [("Sheet1", None, sheet_xml(rows))], date1904=True)
# 10. duplicate cell (patched into the .xls by patch.py: B3's record moved onto A3)
rows = [header(),
        row(2, [n(1), t("甲厅"), n(100), n(0), n(20), n(120)]),
        row(3, [raw('<c r="A3"><v>2</v></c><c r="A3" t="inlineStr"><is><t>乙厅</t></is></c>'), None, n(100), n(0), n(10), n(110)])]
workbook("a-dupcell", [("Sheet1", None, sheet_xml(rows))])
rows = [header(),
        row(2, [n(1), t("甲厅"), n(100), n(0), n(20), n(120)]),
        row(3, [n(2), t("乙厅"), n(100), n(0), n(10), n(110)])]
workbook("src-dupcell", [("Sheet1", None, sheet_xml(rows))])
