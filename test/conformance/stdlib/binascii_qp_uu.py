# binascii: quoted-printable (escapes, soft line breaks at 76 characters, trailing whitespace,
# CRLF data, header mode, quotetabs, binary data) and uuencode lines (backtick, short and
# padded lines, illegal characters, trailing garbage).
import binascii
import random


def show(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


texts = [b'', b'hello', b'caf\xe9 = 3', b'tab\there', b'trailing space \nnext', b'trail tab\t\r\nx\r\n',
         b'under_score and space', b'.\n', b'.x\n.', b'.', b'line\x00nul', b'=', b'a\rb', b'\r\n', b'end ',
         b'x' * 80, b'y' * 75 + b'\n', b'z' * 74 + b'==', b'w' * 73 + b'\xff\xff', b' ' * 100,
         b'long line ' * 20 + b'\r\n' + b'more ' * 20]
for t in texts:
    print(repr(t))
    print('  ', binascii.b2a_qp(t))
    print('  ', binascii.b2a_qp(t, quotetabs=True), binascii.b2a_qp(t, istext=False))
    print('  ', binascii.b2a_qp(t, header=True), binascii.b2a_qp(t, True, False, True))
    assert binascii.a2b_qp(binascii.b2a_qp(t)) == t
    assert binascii.a2b_qp(binascii.b2a_qp(t, header=True), header=True) == t

encoded = [b'', b'abc', b'=41=42', b'=4', b'=4g', b'=', b'a=', b'soft=\nbreak', b'soft=\r\nbreak', b'soft=\rjunk\nx',
           b'==41', b'=zz', b'a_b', b'=5F_', b'=\n', b'lower=3d=e9', '=41', b'=\r', b'x=  \ny']
for e in encoded:
    print(repr(e), show(binascii.a2b_qp, e), show(binascii.a2b_qp, e, header=True))

rng = random.Random(3)
for _ in range(150):
    t = bytes(rng.choice(b'ab=\r\n\t ._3DF\x00\xff') for _ in range(rng.randrange(0, 12)))
    print(t, binascii.b2a_qp(t), binascii.b2a_qp(t, True, False, True), show(binascii.a2b_qp, t),
          show(binascii.a2b_qp, t, header=True))

# uuencode
for data in [b'', b'a', b'ab', b'abc', b'\x00\x00\x00\x00', b'Cat', bytes(range(45)), b'x' * 46]:
    print(show(binascii.b2a_uu, data), show(binascii.b2a_uu, data, backtick=True))
    if len(data) <= 45:
        assert binascii.a2b_uu(binascii.b2a_uu(data)) == data
        assert binascii.a2b_uu(binascii.b2a_uu(data, backtick=True)) == data
lines = [b'', b' ', b'!', b'`', b'\n', b'#86)C\n', b'#86)C', b'#86)C   \n', b'#86)C  x', b'#86', b'#8\n6)C',
         b'$86)C', b'!86)C', b'#86)C``', b'#8~)C', b'#8 )C', b'#\x7f6)C', 'é', b'a', b' \n', '#86)C']
for line in lines:
    print(repr(line), show(binascii.a2b_uu, line))
for _ in range(150):
    line = bytes(rng.choice(b' !#8`~\n\r$M') for _ in range(rng.randrange(0, 8)))
    print(line, show(binascii.a2b_uu, line))
print(show(binascii.b2a_uu, 'abc'), show(binascii.a2b_uu, 5), show(binascii.b2a_qp, 'abc'), show(binascii.a2b_qp, 'é'))
