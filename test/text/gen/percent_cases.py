# str % args and bytes % args under CPython 3.12.1: writes fixtures/percent-format.json.
# Each value is tagged with its type and its str/repr/ascii so the test host needs no object model.
import json, sys

def enc(v):
    d = {'type': type(v).__name__, 'str': str(v), 'repr': repr(v), 'ascii': ascii(v)}
    if isinstance(v, tuple):
        d['items'] = [enc(x) for x in v]
    if isinstance(v, bool) or isinstance(v, int):
        d['v'] = str(v)
    elif isinstance(v, float):
        d['v'] = repr(v)
    elif isinstance(v, str):
        d['v'] = v
    elif isinstance(v, (bytes, bytearray)):
        d['v'] = v.hex()
    elif isinstance(v, dict):
        d['v'] = [[type(k).__name__, k.hex() if isinstance(k, bytes) else k, enc(x)] for k, x in v.items()]
    elif isinstance(v, list):
        d['v'] = [enc(x) for x in v]
    return d

def res(f):
    try:
        r = f()
        return {'ok': r.hex() if isinstance(r, bytes) else r}
    except Exception as e:
        return {'err': [type(e).__name__, str(e)]}

S = [('%s', 'x'), ('%s', ('x',)), ('%r', 'it\'s'), ('%a', 'é😀'), ('%5s|%-5s|%.2s|%5.1s', ('ab', 'cd', 'xyz', 'pq')),
     ('%5%', 1), ('%-5%x', (1,)), ('%%', ()), ('a%%b%s', 1), ('abc', [1]), ('abc', []), ('abc', 5), ('abc', {}),
     ('abc', 'x'), ('abc', ()), ('%s', ()), ('%s', (1, 2)), ('%s %s', 1), ('%s %s', (1, 2)),
     ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%s', {'a': 1}), ('%(a', {'a': 1}), ('%(a)', {'a': 1}),
     ('%(a)s|%(b)r|%(a)5s', {'a': 'A', 'b': 'B'}), ('%(a(b))s', {'a(b)': 2}), ('%(x)s', {'a': 1}), ('%(a)s', [1]),
     ('%s', [1]), ('%(a)s', 'str'), ('%(a)s', 1), ('%(a)*d', {'a': 1}), ('%(a)%', {'a': 1}), ('%(a)s%%', {'a': 1}),
     ('%\x01', 1), ('%é', 1), ('%y', 1), ('ab%yc', 1), ('é😀%y', 1), ('%', 1), ('%5', 1), ('%.', 1), ('%-', 1),
     ('%c', 'ab'), ('%c', 'a'), ('%c', '😀'), ('%c', 65), ('%c', 0x1f600), ('%c', 0x110000), ('%c', -1), ('%c', 1.5),
     ('%3c|%-3c', ('a', 98)), ('%*d', ('a', 1)), ('%.*d', ('a', 1)), ('%*s', (5, 'a')), ('%*s', (-5, 'a')),
     ('%.*s', (2, 'abc')), ('%.*s', (-1, 'abc')), ('%*.*s', (6, 2, 'abc')), ('%-*s|', (3, 'a')),
     ('%99999999999999999999d', 1), ('%.99999999999999999999d', 1), ('%d', 'a'), ('%i', 'a'), ('%x', 1.5),
     ('%f', 'a'), ('%05s', 'ab'), ('%-05d', 3), ('%#08x', 255), ('%#8x', 255), ('%#08o', 8), ('%08d', -42),
     ('%+08d', 42), ('% 08d', 42), ('%+5d', 42), ('% d', 5), ('%-+6d|', 5), ('%.5d', -42), ('%010.5d', -42),
     ('%#X', 255), ('%d %i %u', (1, 2, 3)), ('%x %X %o', (255, 255, 8)), ('%f', 1.5), ('%.2f', -2.25), ('%08.2f', -2.25),
     ('%+.1f', 1.5), ('%s', 1.5), ('%r', 2.0), ('%d', 1.5), ('%s%s%s', ('a', 'b', 'c')), ('%s', (('a', 'b'),)),
     ('%.0s|', 'abc'), ('%.s|', 'abc'), ('%s', '😀x'), ('%.1s', '😀x'), ('%3s', '😀')]
B = [(b'%c', 256), (b'%c', 'a'), (b'%c', b'ab'), (b'%c', b'a'), (b'%c', 65), (b'%c', -1), (b'%s', 1), (b'%b', 'a'),
     (b'%s|%b', (b'x', b'y')), (b'%r', 'a'), (b'%a', '\xe9'), (b'%r', b'x'), (b'abc', 5), (b'%y', 1), (b'%\x01', 1),
     (b'%\xff', 1), (b'%(a)s', 1), (b'%(a)s', {b'a': b'A'}), (b'%(a)s', {'a': b'A'}), (b'%s', ()), (b'%5%', 1),
     (b'%%', ()), (b'abc', b'x'), (b'abc', [1]), (b'abc', 'x'), (b'%5s|%-5b|%.1s', (b'ab', b'cd', b'xyz')),
     (b'%d %x %05.1f', (42, 255, 1.5)), (b'%s', bytearray(b'ba')), (b'\xff%s\x00', b'\x80')]
out = {
    'str': [[f, enc(a), res(lambda: f % a)] for f, a in S],
    'bytes': [[f.hex(), enc(a), res(lambda: f % a)] for f, a in B],
}
json.dump(out, sys.stdout, ensure_ascii=True, indent=0)
