"""Minimal CFB + BIFF8 reader/patcher: dump the stored records of an .xls (cells, formats, XFs, rows, sheets).
Usage: python3 biff.py FILE.xls [dump|cells]"""
import struct, sys

class Cfb:
    def __init__(self, path):
        self.path = path
        self.data = bytearray(open(path, 'rb').read())
        d = self.data
        assert d[:8] == bytes.fromhex('D0CF11E0A1B11AE1')
        self.ss = 1 << struct.unpack_from('<H', d, 30)[0]
        self.mss = 1 << struct.unpack_from('<H', d, 32)[0]
        nfat, dirstart, _, self.cutoff, mfstart, nmf, difstart, ndif = struct.unpack_from('<IIIIIIII', d, 44)
        difat = list(struct.unpack_from('<109I', d, 76))
        s = difstart
        for _ in range(ndif):
            off = self.off(s)
            n = self.ss // 4
            entries = struct.unpack_from(f'<{n}I', d, off)
            difat += entries[:-1]
            s = entries[-1]
        self.fat = []
        for sec in difat[:nfat]:
            self.fat += struct.unpack_from(f'<{self.ss//4}I', d, self.off(sec))
        self.minifat = []
        for sec in self.chain(mfstart):
            self.minifat += struct.unpack_from(f'<{self.ss//4}I', d, self.off(sec))
        dirbytes = b''.join(bytes(d[self.off(s):self.off(s)+self.ss]) for s in self.chain(dirstart))
        self.entries = []
        for i in range(len(dirbytes) // 128):
            e = dirbytes[i*128:(i+1)*128]
            nl = struct.unpack_from('<H', e, 64)[0]
            name = e[:max(nl-2, 0)].decode('utf-16-le', 'replace')
            typ = e[66]
            start, size = struct.unpack_from('<IQ', e, 116)
            self.entries.append((name, typ, start, size & 0xffffffff))
        root = self.entries[0]
        self.ministream = [] if root[2] >= 0xFFFFFFFA else self.chain(root[2])

    def off(self, sec):
        return (sec + 1) * self.ss

    def chain(self, s):
        out = []
        while s < 0xFFFFFFFA:
            out.append(s)
            s = self.fat[s]
        return out

    def stream_offsets(self, name):
        """The file offset of each byte of a stream (list of (offset, length) runs)."""
        for n, typ, start, size in self.entries:
            if n == name and typ == 2:
                runs = []
                if size < self.cutoff:
                    s = start
                    while s < 0xFFFFFFFA and sum(r[1] for r in runs) < size:
                        mo = s * self.mss
                        sec = self.ministream[mo // self.ss]
                        runs.append((self.off(sec) + mo % self.ss, self.mss))
                        s = self.minifat[s]
                else:
                    for sec in self.chain(start):
                        runs.append((self.off(sec), self.ss))
                return runs, size
        raise KeyError(name)

    def read(self, name):
        runs, size = self.stream_offsets(name)
        return b''.join(bytes(self.data[o:o+l]) for o, l in runs)[:size]

    def write(self, name, content):
        runs, size = self.stream_offsets(name)
        assert len(content) == size
        p = 0
        for o, l in runs:
            chunk = content[p:p+l]
            self.data[o:o+len(chunk)] = chunk
            p += l

    def save(self, path):
        open(path, 'wb').write(self.data)

def records(wb):
    i = 0
    while i + 4 <= len(wb):
        rid, ln = struct.unpack_from('<HH', wb, i)
        yield i, rid, wb[i+4:i+4+ln]
        i += 4 + ln

def rk(v):
    x100 = v & 1
    if v & 2:
        n = v >> 2
        if n & (1 << 29): n -= 1 << 30
        val = float(n)
    else:
        val = struct.unpack('<d', struct.pack('<Q', (v & 0xFFFFFFFC) << 32))[0]
    return val / 100 if x100 else val

NAMES = {0x0809:'BOF',0x000A:'EOF',0x0085:'BOUNDSHEET',0x041E:'FORMAT',0x00E0:'XF',0x00FC:'SST',0x0208:'ROW',0x0203:'NUMBER',
         0x027E:'RK',0x00BD:'MULRK',0x00FD:'LABELSST',0x0204:'LABEL',0x0201:'BLANK',0x00BE:'MULBLANK',0x0006:'FORMULA',0x0207:'STRING',
         0x0205:'BOOLERR',0x0200:'DIMENSIONS',0x0022:'1904',0x00E5:'MERGECELLS',0x007D:'COLINFO',0x0225:'DEFAULTROWHEIGHT',0x04BC:'SHRFMLA',
         0x003C:'CONTINUE',0x0042:'CODEPAGE',0x002F:'FILEPASS'}

def dump(path, what='cells'):
    c = Cfb(path)
    name = 'Workbook' if any(e[0] == 'Workbook' for e in c.entries) else 'Book'
    wb = c.read(name)
    xfi = 0
    for off, rid, body in records(wb):
        n = NAMES.get(rid, hex(rid))
        if rid == 0x041E:
            idx, cch, flags = struct.unpack_from('<HHB', body, 0)
            s = body[5:5+cch*2].decode('utf-16-le') if flags & 1 else body[5:5+cch].decode('latin-1')
            print(f'FORMAT {idx} {s!r}')
        elif rid == 0x00E0:
            font, fmt = struct.unpack_from('<HH', body, 0)
            if what == 'dump': print(f'XF#{xfi} ifmt={fmt}')
            xfi += 1
        elif rid == 0x0085:
            pos, vis, typ, cch, flags = struct.unpack_from('<IBBBB', body, 0)
            s = body[8:8+cch*2].decode('utf-16-le') if flags & 1 else body[8:8+cch].decode('latin-1')
            print(f'BOUNDSHEET {s!r} vis={vis} type={typ}')
        elif rid == 0x0203:
            r, col, xf, v = struct.unpack_from('<HHHd', body, 0)
            print(f'NUMBER R{r+1}C{col+1} xf={xf} {v!r}')
        elif rid == 0x027E:
            r, col, xf, v = struct.unpack_from('<HHHI', body, 0)
            print(f'RK R{r+1}C{col+1} xf={xf} {rk(v)!r}')
        elif rid == 0x00BD:
            r, col = struct.unpack_from('<HH', body, 0)
            k = (len(body) - 6) // 6
            vals = [struct.unpack_from('<HI', body, 4 + 6*j) for j in range(k)]
            print(f'MULRK R{r+1}C{col+1}.. ' + ' '.join(f'xf={x}:{rk(v)!r}' for x, v in vals))
        elif rid == 0x0006:
            r, col, xf = struct.unpack_from('<HHH', body, 0)
            res = body[6:14]
            if res[6:8] == b'\xff\xff':
                kind = {0:'str',1:'bool',2:'err',3:'empty'}.get(res[0], res[0])
                print(f'FORMULA R{r+1}C{col+1} xf={xf} {kind} {res[2]}')
            else:
                print(f'FORMULA R{r+1}C{col+1} xf={xf} {struct.unpack("<d", res)[0]!r}')
        elif rid == 0x0205:
            r, col, xf, v, e = struct.unpack_from('<HHHBB', body, 0)
            print(f'BOOLERR R{r+1}C{col+1} xf={xf} {"err" if e else "bool"} {v:#x}')
        elif rid == 0x00FD:
            r, col, xf, i = struct.unpack_from('<HHHI', body, 0)
            print(f'LABELSST R{r+1}C{col+1} xf={xf} sst={i}')
        elif rid == 0x0208:
            r, c1, c2, h, _, _, fl, xf = struct.unpack_from('<HHHHHHHH', body, 0)
            print(f'ROW R{r+1} h={h} flags={fl:#x}')
        elif rid == 0x0200:
            print('DIMENSIONS', struct.unpack_from('<IIHH', body, 0))
        elif what == 'dump' or rid in (0x0022, 0x00E5, 0x0042, 0x002F):
            print(n, len(body), body[:40].hex())

if __name__ == '__main__':
    dump(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'cells')
