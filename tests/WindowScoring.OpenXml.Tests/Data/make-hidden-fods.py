"""Writes a flat ODS with two sheets: 'Hidden' (one bogus row; make-fixtures.sh hides it in the .xlsx, as LibreOffice ignores the hidden table style) first, then '考核结果' with the TSV's rows.
Usage: python3 make-hidden-fods.py 2023-11.tsv out.fods"""
import sys
from xml.sax.saxutils import escape

rows = [line.split('\t') for line in open(sys.argv[1], encoding='utf-8').read().split('\n') if line.strip()]

def cell(text):
    try:
        float(text)
        return f'<table:table-cell office:value-type="float" office:value="{text}"><text:p>{text}</text:p></table:table-cell>'
    except ValueError:
        return f'<table:table-cell office:value-type="string"><text:p>{escape(text)}</text:p></table:table-cell>'

def table(name, style, data):
    body = ''.join('<table:table-row>' + ''.join(cell(c) for c in r) + '</table:table-row>' for r in data)
    return f'<table:table table:name="{name}" table:style-name="{style}">{body}</table:table>'

hidden = [rows[0] if len(rows[0]) == 6 else rows[1], ['', '暗表单位', '100', '0', '0', '100']]
header_at = next(i for i, r in enumerate(rows) if len(r) == 6)
visible = rows[header_at:]
open(sys.argv[2], 'w', encoding='utf-8').write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="hidden" style:family="table" ><style:table-properties table:display="false"/></style:style>
<style:style style:name="shown" style:family="table" ><style:table-properties table:display="true"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>{table("Hidden", "hidden", hidden[:1] + hidden[1:])}{table("考核结果", "shown", visible)}</office:spreadsheet></office:body>
</office:document>''')
