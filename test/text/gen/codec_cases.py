# str.encode / bytes.decode under CPython 3.12.1 for the built-in codecs and error handlers:
# writes fixtures/codecs.json. Results: {"ok": hex or text} or {"err": [class, message, start, end]}.
import json, sys

ENC = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']
ERR = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace', 'bogus']
STRS = ['', 'abc', 'é', 'éé', 'a€b', '😀', 'x\ud800y', '\udc80\udcff', '\ud800\udfff'[0] + 'z', 'é\udc80', '\udc80é', '\udc41',
        'ÿĀ', '\U0010ffff', 'a\udc80\udc81b', '\ufeffx', '\x00\x7f\x80']
BYTES = [b'', b'abc', b'\xff', b'\xff\xfe', b'\xc3\xa9', b'\xc3', b'\xc3x', b'\xe2\x82', b'\xe2\x82x', b'\xe2\x82\xac',
         b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf0\x90\x80x', b'\xed\xa0\x80', b'\xed\xb2\x80x', b'\xc0\x80', b'\xe0\x80\x80',
         b'\xf4\x90\x80\x80', b'\xf5', b'\x80abc', b'a\xe9b', b'\xef\xbb\xbfx', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00',
         b'a', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc', b'\x00\xd8\x00\xdc', b'=\xd8\x00\xde', b'\xff\xfe\x00\x00a\x00\x00\x00',
         b'a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'a\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\x80\x81']
NAMES = ['UTF8', 'utf_8', 'Utf-8', 'u8', 'latin1', 'iso-8859-1', 'ISO8859-1', 'l1', 'us-ascii', 'ASCII', 'utf16', 'UTF-16LE',
         'utf_16_be', 'U32', 'utf-32le', 'utf 8', ' utf-8 ', 'utf--8', 'utf8-sig', 'UTF-8-SIG', 'x', 'utf-9', '', 'latin 1', 'cp65001',
         'iso_8859_1:1987', 'utf.8', '646', 'ansi_x3.4-1968', 'unicodelittleunmarked']

def res(f, dec):
    try:
        r = f()
        return {'ok': r if dec else r.hex()}
    except UnicodeError as e:
        return {'err': [type(e).__name__, str(e), e.start, e.end]}
    except Exception as e:
        return {'err': [type(e).__name__, str(e)]}

out = {
    'encode': [[s, enc, err, res(lambda: s.encode(enc, err), False)] for s in STRS for enc in ENC for err in ERR],
    'decode': [[b.hex(), enc, err, res(lambda: b.decode(enc, err), True)] for b in BYTES for enc in ENC for err in ERR],
    'names': [[n, res(lambda: 'é'.encode(n), False)] for n in NAMES],
}
json.dump(out, sys.stdout, ensure_ascii=True, separators=(',', ':'))
