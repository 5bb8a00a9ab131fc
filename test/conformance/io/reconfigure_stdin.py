# sys.stdin.reconfigure(): before the first read any change is allowed; once decoded text waits
# to be read the encoding, errors and newline stay; after all of it was read they may change.
import io
import sys

sys.stdin.reconfigure(encoding='utf-8', errors='strict')
print(sys.stdin.encoding, sys.stdin.errors)
sys.stdin.reconfigure(newline='')
print(repr(sys.stdin.readline()))
try:
    sys.stdin.reconfigure(encoding='latin-1')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
sys.stdin.reconfigure(line_buffering=True)
print(sys.stdin.line_buffering)
print(repr(sys.stdin.read()))
sys.stdin.reconfigure(encoding='latin-1', errors='replace')
print(sys.stdin.encoding, sys.stdin.errors, repr(sys.stdin.read()))
