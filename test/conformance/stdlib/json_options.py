# json: the codec of bytes documents, cls= with hooks given as None, unknown options
import json  # (raw_decode and JSONDecodeError)
for data in [b'\x00\x00\x00[', b'\x00[\x001', b'[\x00\x00\x00', b'1\x00\x00\x00', b'[\x001\x00', b'\x00\x31', b'\x31\x00', b'12', b'1', b'"\xc3\xa9"', '[1]'.encode('utf-16-le'), '[1]'.encode('utf-32-be')]:
    try:
        print(data, repr(json.loads(data)))
    except Exception as e:
        print(data, type(e).__name__, e)
print(json.dumps([1], indent=None, cls=None), json.loads('[1]', object_hook=None, cls=None))
class D(json.JSONDecoder):
    def __init__(self, flag=None):
        super().__init__()
        self.flag = flag
print(json.loads('{"x": 1}', cls=D, object_hook=None))
try:
    json.loads('1', bogus=1)
except TypeError as e:
    print(e)
try:
    json.dumps(1, bogus=1)
except TypeError as e:
    print(e)
import json  # (raw_decode and JSONDecodeError)
d = json.JSONDecoder()
for i in [-1, -3]:
    try: print(d.raw_decode('[1]', i))
    except Exception as e: print(type(e).__name__, e)
try: print(d.raw_decode('[1]', 10))
except Exception as e: print(type(e).__name__, e)
e = json.JSONDecodeError('m', 'ab\ncd\nef', 7)
print(e.lineno, e.colno, e.args, e.__reduce__()[1])
e = json.JSONDecodeError('m', 'abc', 0)
print(e.lineno, e.colno, str(e))
