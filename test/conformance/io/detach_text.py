# detach() on text files and on sys.stdout: the buffer comes back, positioned where the text
# stopped, and the wrapper raises ValueError afterwards; re-wrapping sys.stdout's buffer.
import io
import os
import sys

path = 'detach_text.tmp'
t = open(path, 'w', encoding='utf-8')
t.write('héllo\n')
b = t.detach()
print(repr(b), b.closed, b.tell())
b.write(b'bytes after\n')
print(repr(t))
for op in ['write', 'closed', 'name', 'flush', 'close', 'fileno', 'detach', 'read', 'newlines',
           'reconfigure', 'isatty', 'tell', 'seek']:
    try:
        if op == 'write':
            t.write('x')
        elif op == 'seek':
            t.seek(0)
        elif op in ('closed', 'name', 'newlines'):
            getattr(t, op)
        else:
            getattr(t, op)()
        print(op, 'ok')
    except ValueError as e:
        print(op, type(e).__name__, e)
print(t.buffer, t.encoding, t.errors, t.line_buffering, t.mode)
b.close()
print(b.closed)
with open(path, 'rb') as f:
    print(f.read())

# Reading: detached before reading, and after reading everything.
r = open(path, encoding='utf-8')
rb = r.detach()
print(type(rb).__name__, rb.readline(), rb.tell())
rb.close()
r = open(path, encoding='utf-8')
print(repr(r.read()))
rb = r.detach()
print(type(rb).__name__, rb.read(), rb.tell())
rb.close()

# The buffer is made once, and .raw under it; closing the text closes them.
r = open(path)
print(r.buffer is r.buffer, r.buffer.raw is r.buffer.raw, repr(r.buffer.raw))
raw = r.buffer.raw
r.close()
print(r.buffer.closed, raw.closed)
os.remove(path)

# The old idiom: a new text layer over sys.stdout's buffer.
print('native stdout', flush=True)
sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding='utf-8', errors='replace')
print('rewrapped é', sys.stdout.encoding, sys.stdout.errors)
print('lone \udc80 surrogate')
try:
    sys.__stdout__.write('x')
except ValueError as e:
    print('old stdout:', e)
print('not flushed before exit: the exit flushes it')
