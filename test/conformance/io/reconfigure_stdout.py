# sys.stdout.reconfigure() as programs use it: encoding='utf-8', line_buffering=True, errors=,
# and encodings that cannot show every character; sys.stderr's own errors handler.
import sys

print(sys.stdout.reconfigure(encoding='utf-8'))
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
print('héllo ✓ 😀')

sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering, sys.stdout.encoding)
sys.stdout.write('one ')
sys.stdout.write('line\n')
# With line buffering each line is out before stderr is written, in CPython as here.
print('before stderr')
print('on stderr', file=sys.stderr)
print('after stderr')

# An unencodable character (a lone surrogate) under 'strict', then with errors=.
try:
    print('lone \udc80 surrogate')
except UnicodeEncodeError as e:
    print('strict:', e.reason, e.start, e.end)
sys.stdout.reconfigure(errors='backslashreplace')
print(sys.stdout.encoding, sys.stdout.errors)
print('lone \udc80 surrogate')
sys.stdout.reconfigure(errors='replace')
print('lone \udc80 surrogate')

# ascii: what it cannot encode is replaced, escaped, or raises.
sys.stdout.reconfigure(encoding='ascii', errors='replace')
print(sys.stdout.encoding, sys.stdout.errors)
print('café ✓')
sys.stdout.reconfigure(errors='xmlcharrefreplace')
sys.stdout.write('café ✓\n')
sys.stdout.reconfigure(encoding='ascii')
print('errors reset to', sys.stdout.errors)
try:
    print('café')
except UnicodeEncodeError as e:
    failure = e
sys.stdout.reconfigure(encoding='utf-8', errors='strict')
print(type(failure).__name__, failure)
sys.stdout.reconfigure(encoding='latin-1', errors='strict')
print('latin-1 ascii only', sys.stdout.encoding)
sys.stdout.reconfigure(encoding='UTF8')
print(sys.stdout.encoding, 'ü')
sys.stdout.reconfigure(line_buffering=False)
print(sys.stdout.line_buffering)
sys.stdout.flush()

# stderr: backslashreplace by default.
print(sys.stderr.encoding, sys.stderr.errors)
sys.stdout.flush()
print('stderr \udc80 escaped', file=sys.stderr)
sys.stderr.reconfigure(errors='replace')
print('stderr \udc80 replaced', file=sys.stderr)
print(sys.stderr.errors)
