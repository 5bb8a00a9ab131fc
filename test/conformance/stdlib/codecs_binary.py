# codecs: the codecs that are not text encodings: hex and base64 (bytes to bytes, over bytes.hex
# and binascii) and rot13 (str to str), through codecs.encode / decode, their incremental coders,
# and their errors.
import codecs


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


# Not text encodings: bytes to bytes, str to str.
for n in ['hex', 'base64', 'rot13']:
    print(n, codecs.lookup(n).name, codecs.lookup(n)._is_text_encoding)
print(codecs.encode(b'\x00\xffabc', 'hex'), codecs.decode(b'00ff616263', 'hex'), codecs.decode('00FF', 'hex'))
print(codecs.encode(b'hello world' * 7, 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(show(codecs.decode, b'0g', 'hex'), show(codecs.encode, 'text', 'hex'))
print(codecs.encode(bytearray(b'\x01\x02'), 'hex_codec'), codecs.encode(memoryview(b'xyz'), 'hex'),
      codecs.decode(bytearray(b'0a0B'), 'hex'))
for bad in [b'0', b'0g', b'abc', 'zz', b'00 11']:
    print(bad, show(codecs.decode, bad, 'hex'))
e = codecs.getincrementalencoder('hex')()
print(e.encode(b'ab'), e.encode(b'c', True), list(codecs.iterdecode([b'6162', b'63'], 'hex')))
print(codecs.decode(codecs.encode(bytes(range(256)), 'base64'), 'base64') == bytes(range(256)))
print(show(codecs.decode, b'abc', 'base64'), show(codecs.encode, 'str', 'base64'))
print(codecs.getencoder('rot13')('Why did the chicken cross the road?'))
