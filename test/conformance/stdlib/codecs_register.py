# codecs: codecs.register'd search functions: what they are called with, a custom text codec used
# by codecs.encode / decode, str.encode, bytes.decode and str(), its incremental coders and
# streams, search functions that return None or a bad result, non-text codecs refused by
# str.encode, coders that return the wrong type, and unregister.
import codecs
import io


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


asked = []


def swap_encode(text, errors='strict'):
    return text.swapcase().encode('ascii', errors), len(text)


def swap_decode(data, errors='strict'):
    return bytes(data).decode('ascii', errors).swapcase(), len(data)


class SwapIncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return swap_encode(input, self.errors)[0]


class SwapIncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return swap_decode(input, self.errors)[0]


class SwapStreamWriter(codecs.StreamWriter):
    encode = staticmethod(swap_encode)


class SwapStreamReader(codecs.StreamReader):
    decode = staticmethod(swap_decode)


def search(name):
    asked.append(name)
    if name == 'swapcase':
        return codecs.CodecInfo(swap_encode, swap_decode, SwapStreamReader, SwapStreamWriter,
                                SwapIncrementalEncoder, SwapIncrementalDecoder, name='swapcase')
    if name == 'binary_only':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda s, e='strict': (s, len(s)),
                                name='binary-only', _is_text_encoding=False)
    if name == 'returns_str':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)),
                                name='returns-str')
    if name == 'bad_tuple':
        return codecs.CodecInfo(lambda s, e='strict': s, lambda b, e='strict': (b,), name='bad-tuple')
    if name == 'not_a_tuple':
        return 'nope'
    return None


print(show(codecs.lookup, 'swapcase'))
codecs.register(search)
info = codecs.lookup('swapcase')
print(info.name, info is codecs.lookup('swapcase'), codecs.lookup('SwapCase').name)
print(codecs.encode('Hello', 'swapcase'), codecs.decode(b'hELLO', 'swapcase'))
print('Hello World'.encode('swapcase'), b'hELLO'.decode('swapcase'), str(b'ABC', 'swapcase'))
print(show('caf\xe9'.encode, 'swapcase'), 'caf\xe9'.encode('swapcase', 'replace'))
print(list(codecs.iterencode(['ab', 'CD'], 'swapcase')), list(codecs.iterdecode([b'ab', b'CD'], 'swapcase')))
buf = io.BytesIO()
w = codecs.getwriter('swapcase')(buf)
w.write('MiXeD')
print(buf.getvalue(), codecs.getreader('swapcase')(io.BytesIO(b'AbC\ndEf\n')).readlines())
print(show('x'.encode, 'binary-only'), show(b'x'.decode, 'binary-only'), codecs.encode(b'x', 'binary-only'))
print(show('x'.encode, 'returns-str'), show(b'x'.decode, 'returns-str'))
print(show('x'.encode, 'bad-tuple'), show(b'x'.decode, 'bad-tuple'), show(codecs.encode, 'x', 'bad-tuple'))
print(show(codecs.lookup, 'not-a-tuple'), show('x'.encode, 'not-a-tuple'))
print(show(codecs.lookup, 'unknown-name'), show('x'.encode, 'unknown-name'), show(b'x'.decode, 'unknown-name'))
print(show(codecs.register, 'not callable'))
print(sorted(set(asked)))
print('abc'.encode('utf-8'), 'abc'.encode('latin-1'), b'abc'.decode('ascii'))
codecs.unregister(search)
print(show(codecs.lookup, 'swapcase'), show('x'.encode, 'swapcase'))
codecs.unregister(search)
