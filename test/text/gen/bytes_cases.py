# bytes methods under CPython 3.12.1: writes fixtures/bytes-methods.json as
# [method, receiver, args, result]; bytes are {"b": hex}, tuples are lists.
import json, sys

def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return {'b': v.hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v

def call(recv, meth, args):
    try:
        if meth == 'fromhex':
            r = bytes.fromhex(*args)
        elif meth == 'maketrans':
            r = bytes.maketrans(*args)
        else:
            r = getattr(recv, meth)(*args)
        return {'ok': enc(r)}
    except Exception as e:
        return {'err': [type(e).__name__, str(e)]}

cases = []
def add(meth, recv, *args):
    cases.append([meth, enc(recv), enc(list(args)), call(recv, meth, args)])

B = [b'', b'a', b'abc', b'abcabc', b'  hello  world  ', b'Hello World', b'hello WORLD 123', b'\t\n a\x1cb\x0bc\x0c ',
     b'a\r\nb\rc\nd\x0be\x0cf', b'\xe9\xff abc', b"they're bill's", b'-42', b'+7', b'a\tb\tc\n\td', b'ab--cd--', b'--', b'aaa', b'Ab Cd', b'aB', b'12']
for s in B:
    if s not in (b'', b'abc', b'abcabc', b'--', b'aaa', b'ab--cd--', b'  hello  world  ', b'\xe9\xff abc'):
        subs = [b'a', b'--', 97]
    else:
        subs = [b'', b'a', b'bc', b'abc', b' ', b'--', 97, 32]
    for m in ['lower', 'upper', 'capitalize', 'swapcase', 'title', 'isalpha', 'isalnum', 'isdigit', 'isspace', 'isascii',
              'islower', 'isupper', 'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs', 'hex']:
        add(m, s)
    add('splitlines', s, True)
    add('split', s, None, 1)
    add('rsplit', s, None, 1)
    add('expandtabs', s, 4)
    add('hex', s, ':', 2)
    add('hex', s, '-', -2)
    add('hex', s, ':', 0)
    for sub in subs:
        for meth in ['find', 'rfind', 'index', 'rindex', 'count', '__contains__']:
            add(meth, s, sub)
        if isinstance(sub, int):
            continue
        for meth in ['startswith', 'endswith', 'partition', 'rpartition', 'split', 'rsplit', 'removeprefix', 'removesuffix', 'strip', 'lstrip', 'rstrip']:
            add(meth, s, sub)
        if s not in (b'', b'abc', b'abcabc', b'ab--cd--') or sub not in (b'', b'a', b'bc', b'--'):
            continue
        for a, b in [(1, None), (None, 2), (-2, None), (1, -1), (3, 1), (5, 10), (len(s) + 1, None)]:
            for meth in ['find', 'rfind', 'count', 'startswith', 'endswith']:
                add(meth, s, sub, a, b)
        add('split', s, sub, 1)
        add('rsplit', s, sub, 1)
        for c in [-1, 0, 1]:
            add('replace', s, sub, b'<>', c)
    for w in [-1, 3, 10, 11]:
        add('center', s, w)
        add('ljust', s, w, b'*')
        add('rjust', s, w, b'-')
        add('zfill', s, w)
    add('startswith', s, (b'x', b'a', b'he'))
    add('endswith', s, (b'x', b'c', b'ld'), 1)
    add('translate', s, bytes.maketrans(b'abc', b'xyz'))
    add('translate', s, None, b'al')
    add('translate', s, bytes.maketrans(b'l', b'L'), b'o')
for h in ['', 'ab', 'ab cd ', ' ab\tcd', 'abc', 'a b', 'abéc', 'ab\x0bcd', 'ab\x1ccd', 'AbCd', 'zz', '😀ab', 'ab😀']:
    add('fromhex', None, h)
add('maketrans', None, b'ab', b'c')
add('center', b'abc', 5, b'ab')
add('find', b'abc', 256)
add('find', b'abc', -1)
add('translate', b'abc', b'x')
add('hex', b'abc', '::')
add('hex', b'abc', '\xe9')
add('hex', b'abcdef', ':', -4)
add('hex', b'abcde', '-', 2)
add('hex', b'abcde', '-', 3)
add('hex', b'abcdefg', '-', -3)
json.dump(cases, sys.stdout, ensure_ascii=True, separators=(',', ':'))
