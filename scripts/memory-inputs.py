#!/usr/bin/env python3
"""Writes the hostile inputs the peak-memory figures in docs/articles/performance.md were measured on.

Usage: python3 scripts/memory-inputs.py DIR   (about 600 MB of files; keep DIR outside the repository)
Then, for each file and command:
  /usr/bin/time -v dotnet samples/WindowScoring.Cli/bin/Release/net10.0/WindowScoring.Cli.dll rank DIR/FILE > /dev/null
and read "Maximum resident set size". Every file is within ImportOptions' default limits (256 MiB of bytes, or of
uncompressed XML for a workbook; 10,000,000 rows), except the bomb, which is there to be stopped at them.
"""
import os
import sys
import zipfile

HEADER = "部门,实得分值\n"


def text(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        chunk = []
        for line in rows:
            chunk.append(line)
            if len(chunk) == 65536:
                f.write("".join(chunk))
                chunk.clear()
        f.write("".join(chunk))


def unique(n):
    # D0000001,89 ... every department once: all valid, all ranked.
    return (f"D{i:07d},{89 + i % 11}\n" for i in range(n))


def duplicates(n):
    # The same department on every line: each row after the first is WS304 (an error), so the table is never ranked.
    return ("教育厅,89\n" for _ in range(n))


WORKBOOK_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}

SHEET_HEADER = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                '<row><c t="inlineStr"><is><t>部门窗口</t></is></c><c t="inlineStr"><is><t>实得分值</t></is></c></row>')


def workbook(path, row, count):
    """A workbook whose one sheet repeats `row` (without row numbers, so it compresses about 1,000 to 1)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, content in WORKBOOK_PARTS.items():
            z.writestr(name, content)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(SHEET_HEADER.encode())
            block = (row * 4096).encode()
            for _ in range(count // 4096):
                sheet.write(block)
            sheet.write((row * (count % 4096)).encode())
            sheet.write(b"</sheetData></worksheet>")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "memory-inputs"
    os.makedirs(out, exist_ok=True)
    text(os.path.join(out, "duplicates-2.58M.csv"), duplicates(2_580_000))       # 33 MB
    text(os.path.join(out, "unique-2.58M.csv"), unique(2_580_000))               # 32 MB
    text(os.path.join(out, "duplicates-10M.csv"), duplicates(10_000_000))        # 130 MB: MaxRows of errors
    text(os.path.join(out, "unique-10M.csv"), unique(10_000_000))                # 130 MB: MaxRows of valid rows
    # 4.2 M rows whose total is not a number (WS-errors on every row), 59 bytes of XML each: 248 MB, under MaxBytes.
    workbook(os.path.join(out, "bad-rows-4.2M.xlsx"), '<row><c t="inlineStr"><is><t>教育厅</t></is></c><c t="inlineStr"><is><t>x</t></is></c></row>', 4_200_000)
    # 1 GiB of XML of valid-looking rows in a few MB of zip: stopped by MaxBytes (WS100) at 256 MiB.
    workbook(os.path.join(out, "bomb-1G.xlsx"), '<row><c t="inlineStr"><is><t>教育厅</t></is></c><c><v>89</v></c></row>', 1024 ** 3 // 64)
    for name in sorted(os.listdir(out)):
        print(f"{os.path.getsize(os.path.join(out, name)):>12,}  {name}")


if __name__ == "__main__":
    main()
