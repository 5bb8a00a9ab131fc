# The escape codecs and the partial decoding of incremental decoders under CPython 3.12.1:
# writes fixtures/codecs-escape.json. Random byte strings built from the characters escapes are
# made of (seeded, so the file is stable), decoded by unicode_escape / raw_unicode_escape under
# several error handlers and with final=False; random UTF-8 / UTF-16 / UTF-32 data decoded with
# final=False as codecs.utf_8_decode & co. do. Results: {"ok": [text, consumed]} or
# {"err": [class, message, start, end]}.
import codecs, json, random, sys, warnings

warnings.simplefilter('ignore')  # invalid escapes are DeprecationWarnings
rng = random.Random(3012)
PIECES = [b'\\', b'\\', b'\\', b'x', b'u', b'U', b'N', b'{', b'}', b'0', b'1', b'7', b'8', b'a', b'F', b'g', b'\n',
          b'\xe9', b'\xff', b'q', b'00', b'0041', b'10ffff', b'110000', b'{SNAKE}', b'{EURO SIGN}', b'{bad}', b'"']
ESC = sorted({b''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))) for _ in range(200)})
UNITS = [b'a', b'\x00', b'\xc3', b'\xa9', b'\xe2', b'\x82', b'\xac', b'\xf0', b'\x9f', b'\x98', b'\xed', b'\xa0', b'\xd8',
         b'\xdc', b'\x3d', b'\xff', b'\xfe', b'\x80', b'\x11']
RAW = sorted({b''.join(rng.choice(UNITS) for _ in range(rng.randint(1, 7))) for _ in range(200)})
STRS = ['', 'abc', '\t\n\r\x00\x7f\x80\xff\\\'"', '\u0100\u20ac\uffff', '\U0001f600\U0010ffff', 'a\udc80b', 'a\\u0041']


def res(f):
    try:
        r = f()
        return {'ok': [r[0] if isinstance(r[0], str) else r[0].hex(), r[1]]}
    except UnicodeError as e:
        return {'err': [type(e).__name__, str(e), e.start, e.end]}
    except Exception as e:
        return {'err': [type(e).__name__, str(e)]}


FUNCS = {'unicode-escape': codecs.unicode_escape_decode, 'raw-unicode-escape': codecs.raw_unicode_escape_decode,
         'utf-8': codecs.utf_8_decode, 'utf-16-le': codecs.utf_16_le_decode, 'utf-16-be': codecs.utf_16_be_decode,
         'utf-32-le': codecs.utf_32_le_decode, 'utf-32-be': codecs.utf_32_be_decode}
out = {
    'encode': [[s, enc, res(lambda: (s.encode(enc), 0))] for s in STRS for enc in ['unicode-escape', 'raw-unicode-escape']],
    'decode': [[b.hex(), enc, err, final, res(lambda: FUNCS[enc](b, err, final))]
               for b in ESC for enc in ['unicode-escape', 'raw-unicode-escape']
               for err, final in [('strict', True), ('replace', True), ('backslashreplace', True), ('strict', False)]]
              + [[b.hex(), enc, err, False, res(lambda: FUNCS[enc](b, err, False))]
                 for b in RAW for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']
                 for err in ['strict', 'replace']],
}
json.dump(out, sys.stdout, ensure_ascii=True, separators=(',', ':'))
