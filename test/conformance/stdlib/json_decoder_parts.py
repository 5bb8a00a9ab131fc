# json.decoder: JSONDecodeError's line/column/char, copy of the error, the decoder's attributes.
import json, copy
from json.decoder import JSONDecodeError
for doc in ('', '[1,\n2,\n', '{"a":\n\n x}', '\n\n\n', 'x', '[1] 2'):
    try:
        json.loads(doc)
    except JSONDecodeError as e:
        print(repr(str(e)), e.lineno, e.colno, e.pos, e.msg)
        f = copy.deepcopy(e); g = copy.copy(e)
        print(str(f) == str(e), f.lineno, g.colno, e.__reduce__()[1])
e = JSONDecodeError('m', 'ab\ncd', 5); print(e, e.lineno, e.colno, e.args)
d = json.JSONDecoder(); print(sorted(vars(d)), d.parse_float, d.parse_int, d.strict, d.raw_decode('  [1]x', 2))
