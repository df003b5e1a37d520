"""Patches LibreOffice's .xls output where LibreOffice cannot write what Excel writes (same-length edits in the Workbook stream)."""
import struct, shutil
from biff import Cfb, records

def patch(src, dst, fn):
    c = Cfb(src)
    wb = bytearray(c.read('Workbook'))
    fn(wb)
    c.write('Workbook', bytes(wb))
    c.save(dst)

def xf_ifmt(mapping):
    def fn(wb):
        i = 0
        for off, rid, body in records(bytes(wb)):
            if rid == 0x00E0:
                if i in mapping:
                    struct.pack_into('<H', wb, off + 4 + 2, mapping[i])
                i += 1
    return fn

def sheet(fn_body):
    def fn(wb):
        for off, rid, body in records(bytes(wb)):
            if rid == 0x0085:
                fn_body(wb, off + 4, body)
    return fn

def hide_all(wb, at, body):
    wb[at + 4] = 1

def rename_xata(wb, at, body):
    cch, flags = body[6], body[7]
    name = body[8:8 + cch * (2 if flags & 1 else 1)]
    if flags & 1 == 0 and name == b'Xata':
        wb[at + 8:at + 12] = b'DATA'

def zero_height_row8(wb):
    for off, rid, body in records(bytes(wb)):
        if rid == 0x0208 and struct.unpack_from('<H', body, 0)[0] == 7:
            struct.pack_into('<H', wb, off + 4 + 6, 0)   # height 0, fDyZero not set (ht="0" without hidden="1")

# XF 30 (m/d/yyyy, LibreOffice's rewrite of built-in 31) -> built-in 31; XF 37 -> built-in 57; XF 22 (h:mm) -> built-in 32 (h"时"mm"分")
patch('a-dates.xls', 'a-dates-builtin.xls', xf_ifmt({30: 31, 37: 57, 22: 32}))
shutil.copy('a-dates.xlsx', 'a-dates-builtin.xlsx')
patch('a-onlyhidden.xls', 'a-onlyhidden.xls', sheet(hide_all))
patch('src-casetwins.xls', 'a-casetwins.xls', sheet(rename_xata))
patch('a-layout.xls', 'a-layout.xls', zero_height_row8)

def dup_b3_onto_a3(wb):
    for off, rid, body in records(bytes(wb)):
        if rid == 0x00FD and struct.unpack_from('<HH', body, 0) == (2, 1):   # LABELSST at B3 -> A3
            struct.pack_into('<H', wb, off + 4 + 2, 0)

patch('src-dupcell.xls', 'a-dupcell.xls', dup_b3_onto_a3)
