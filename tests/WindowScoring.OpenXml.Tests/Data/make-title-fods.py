# Writes a flat ODS spreadsheet of a TSV table with a merged title row and a repeated header row (for make-fixtures.sh).
import sys
from xml.sax.saxutils import escape

source, target = sys.argv[1], sys.argv[2]
lines = [l.split('\t') for l in open(source, encoding='utf-8').read().split('\n') if l.strip()]

def cell(v, num):
    if v == '':
        return '<table:table-cell/>'
    if num:
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'

title = '2023年11月省政务服务大厅进驻部门（单位）窗口考核结果'
rows = [f'<table:table-row><table:table-cell table:number-columns-spanned="6" table:number-rows-spanned="1" office:value-type="string"><text:p>{title}</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="5"/></table:table-row>']
rows.append('<table:table-header-rows><table:table-row>' + ''.join(cell(v, False) for v in lines[0]) + '</table:table-row></table:table-header-rows>')
for l in lines[1:]:
    rows.append('<table:table-row>' + ''.join(cell(v, i != 1) for i, v in enumerate(l)) + '</table:table-row>')
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="考核结果">
<table:table-column table:number-columns-repeated="6"/>
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
open(target, 'w', encoding='utf-8').write(doc)
