# pprint of long str, bytes and bytearray: implicit concatenation chunks
import pprint

words = 'the quick brown fox jumps over the lazy dog ' * 6
for width in (80, 40, 17, 5):
    print('--- width', width)
    pprint.pprint(words, width=width)
    pprint.pprint([words, 'short', words[:30]], width=width)
    pprint.pprint({'key': words, 'k2': ('x' * 50,)}, width=width)
lines = 'first line\nsecond line is a lot longer than the first\n\nfourth\tline\n' * 3
pprint.pprint(lines, width=30)
pprint.pprint(lines.splitlines(True), width=30)
pprint.pprint('nospacesatallinthisverylongstringthatgoesonandonandonforeverandeverandever', width=20)
pprint.pprint('', width=1)
pprint.pprint(['a' * 5] * 3, width=6)
pprint.pprint('trailing spaces      ' * 5, width=25)
pprint.pprint("quotes ' and \" mixed " * 6, width=30)
pprint.pprint('ünïcödé text with ★ stars ' * 5, width=30)
print(pprint.pformat(words, width=50))
print('--- bytes')
blob = bytes(range(40))
for width in (80, 30, 12, 1):
    pprint.pprint(blob, width=width)
    pprint.pprint([blob], width=width)
    pprint.pprint(bytearray(blob), width=width)
    pprint.pprint({'b': bytearray(blob[:13])}, width=width)
pprint.pprint(b'abcd' * 8, width=20)
pprint.pprint(b'abc', width=1)
pprint.pprint(bytearray(b'abc'), width=1)
pprint.pprint(bytearray(), width=1)
pprint.pprint(b'hello world, this is bytes ' * 3, width=25)
pprint.pprint((b'x' * 16,), width=10)
