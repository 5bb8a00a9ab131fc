# pickle: error types and messages when pickling and unpickling, and loading every opcode,
# including what Python 2 wrote (STRING, INST, OBJ, old module names).
import io
import pickle


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        text = str(e)
        if ' at 0x' in text:        # keep the message, drop the address
            head, _, rest = text.partition(' at 0x')
            text = head + ' at ADDR' + rest[rest.index('>'):]
        print(label, type(e).__name__, text)
    else:
        print(label, 'ok', repr(result))


def make_local():
    def local():
        pass
    return local


class Bad:
    def __reduce__(self):
        return 5


class Short:
    def __reduce__(self):
        return (Short,)


class NotCallable:
    def __reduce__(self):
        return (5, ())


class BadArgs:
    def __reduce__(self):
        return (BadArgs, [1])


class BadItems:
    def __reduce__(self):
        return (list, (), None, [1, 2])


class WrongClass:
    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, (int,))


class Gone:
    pass


gone = Gone()
del Gone

for proto in (0, 2, 4):
    attempt('lambda', pickle.dumps, lambda: 0, proto)
    attempt('local', pickle.dumps, make_local(), proto)
    attempt('bad', pickle.dumps, Bad(), proto)
    attempt('short', pickle.dumps, Short(), proto)
    attempt('notcallable', pickle.dumps, NotCallable(), proto)
    attempt('badargs', pickle.dumps, BadArgs(), proto)
    attempt('baditems', pickle.dumps, BadItems(), proto)
    attempt('wrongclass', pickle.dumps, WrongClass(), proto)
    attempt('gone', pickle.dumps, gone, proto)
attempt('protocol 6', pickle.dumps, 1, 6)
attempt('callback', pickle.dumps, 1, 4, buffer_callback=print)
attempt('no write', pickle.Pickler, object())
attempt('no read', pickle.Unpickler, object())

for data in [b'', b'\x80', b'\x80\x04', b'\x80\x06N.', b'x', b'\x80\x04K', b'N', b'J\x01\x00',
             b'X\x05\x00\x00\x00ab', b'(.', b'.', b'0.', b'a.', b'h\x05.', b'g7\n.', b'\xff',
             b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.', b'S"abc\n.', b'Sabc\n.',
             b'Pfoo\n.', b'\x82\x01.', b'N\x93.', 'N.', b'I12', b']K\x01e.', b'\x97.']:
    attempt(data, pickle.loads, data)

# Loading hand-written pickles: protocol 0 and 1 as Python 2 wrote them, and every opcode.
old = [
    b"(lp0\nI1\naI-2\naL3L\naF1.5\naS'py2 str'\np1\naS\"q\\'s\\n\\x41\\101\"\naVuni\\u00e9\\U0001f600\nag1\na.",
    b"(dp0\nS'a'\np1\nI00\nsS'b'\np2\nI01\ns.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"(i__builtin__\nlist\np0\n.",
    b"(c__builtin__\nlist\np0\no.",
    b"c__builtin__\nxrange\n(I1\nI5\ntR.",
    b"cexceptions\nValueError\n(S'boom'\ntR.",
    b"ccopy_reg\n_reconstructor\n(c__builtin__\nlist\nc__builtin__\nlist\n(lp0\nI1\natR.",
    b"(I1\nI2\nI3\nd.",
    b"U\x03abcT\x02\x00\x00\x00xy\x86.",
    b"]q\x00(K\x01M\x00\x01J\xff\xff\xff\xff\x8a\x02\x00\x80\x8b\x01\x00\x00\x00\x07e.",
    b"\x80\x02}q\x00(X\x01\x00\x00\x00kq\x01]q\x02h\x01ah\x02u.",
    b"\x80\x04\x8f(K\x01K\x02\x90\x8c\x01a\x8c\x01b\x86\x93.",
    b"\x80\x03C\x02hiB\x01\x00\x00\x00!\x86.",
    b"\x80\x04\x8e\x02\x00\x00\x00\x00\x00\x00\x00ok\x8d\x01\x00\x00\x00\x00\x00\x00\x00z\x86.",
    b"\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.",
    b"(K\x01K\x022t.",
    b"(K\x01(K\x021t.",
    b"N(K\x011.",
    b"K\x01K\x02\x86\x94\x8c\x01x\x94r\x05\x00\x00\x00j\x05\x00\x00\x00\x87.",
    b"\x80\x04\x8c\x08builtins\x8c\x07complex\x93K\x01K\x02\x86\x81.",
    b"\x80\x04\x8c\x08builtins\x8c\x07complex\x93)}\x8c\x04real\x94K\x03s\x92.",
    b"(I1\nI2\nd.",
    b"(l.",
]
for data in old:
    attempt(data, pickle.loads, data)
attempt('bytes', pickle.loads, b"S'\\xe9t\\xe9'\n.", encoding='bytes')
attempt('latin1', pickle.loads, b"S'\\xe9t\\xe9'\n.", encoding='latin1')
attempt('ascii', pickle.loads, b"S'\\xe9t\\xe9'\n.")
attempt('nofix', pickle.loads, b"c__builtin__\nlong\n.", fix_imports=False)
attempt('fix', pickle.loads, b"c__builtin__\nlong\n.")
attempt('fix write', pickle.dumps, [int, str, range, ValueError, FileNotFoundError, ModuleNotFoundError], 2)
attempt('nofix write', pickle.dumps, [int, str, range, ValueError], 2, fix_imports=False)
attempt('memo', lambda: pickle.loads(pickle.dumps([[i] for i in range(300)] * 2, 2))[299:301])
attempt('memo 0', lambda: pickle.loads(pickle.dumps([[i] for i in range(300)] * 2, 0))[299:301])

# PickleBuffer in protocol 5.
buf = pickle.PickleBuffer(b'abc')
attempt('pb5', pickle.dumps, buf, 5)
attempt('pb4', pickle.dumps, buf, 4)
attempt('pbarr', pickle.dumps, pickle.PickleBuffer(bytearray(b'xy')), 5)
kept = []
data = pickle.dumps([pickle.PickleBuffer(bytearray(b'oob'))], 5, buffer_callback=kept.append)
print(data, len(kept))
attempt('oob', lambda: bytes(pickle.loads(data, buffers=[b'OOB'])[0]))
attempt('oob missing', pickle.loads, data)
