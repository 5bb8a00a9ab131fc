# reconfigure()'s argument checks and their messages, on sys.stdout and on files from open().
import io
import os
import sys

s = sys.stdout
for kw in [dict(encoding=1), dict(errors=b'x'), dict(newline=1), dict(newline='x'),
           dict(encoding='no-such-codec'), dict(foo=1), dict(line_buffering='a'),
           dict(write_through=None), dict(line_buffering=0), dict(line_buffering=None)]:
    try:
        print(kw, s.reconfigure(**kw), s.line_buffering)
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    s.reconfigure('utf-8')
except TypeError as e:
    print('positional:', e)
s.reconfigure(encoding='locale')
print('locale ->', s.encoding, s.errors)
s.reconfigure(encoding='utf-8')
print(s.reconfigure())

path = 'reconfigure_args.tmp'
with open(path, 'w') as f:
    f.write('hello\nworld\n')
f = open(path)
print(f.read(2))
for kw in [dict(encoding='latin-1'), dict(errors='replace'), dict(newline=''), dict(newline=None)]:
    try:
        f.reconfigure(**kw)
        print(kw, 'ok')
    except io.UnsupportedOperation as e:
        print(kw, type(e).__name__, e)
f.reconfigure(line_buffering=True, write_through=True)
print(f.line_buffering, f.write_through, f.encoding)
print(repr(f.read()))
f.reconfigure(encoding='latin-1')
print('after reading all:', f.encoding, f.errors)
f.close()
try:
    f.reconfigure(encoding='utf-8')
except ValueError as e:
    print('closed:', e)
f = open(path)
f.reconfigure(encoding='latin-1')
print(f.encoding, f.errors)
f.reconfigure(errors='replace')
print(f.encoding, f.errors)
f.reconfigure(encoding='ascii')
print(f.encoding, f.errors, repr(f.readline()))
f.close()
os.remove(path)
