# reconfigure() and detach() on the TextIOWrapper and BufferedReader a program builds (stdlib/_gilvm_iowrap.py):
# their effect on later writes, the argument checks in CPython's order, and the detached state.
import io
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('é\n')
t.reconfigure(encoding='latin-1')
t.write('é\n')
t.reconfigure(line_buffering=True)
print(t.line_buffering, t.encoding, t.errors, b.getvalue())
t.write('x\n'); print(b.getvalue())
for kw in [dict(encoding=1), dict(newline='x'), dict(encoding='nope'), dict(foo=1), dict(line_buffering='a')]:
    try: t.reconfigure(**kw); print(kw, 'ok')
    except Exception as e: print(kw, type(e).__name__, e)
try: t.reconfigure('utf-8')
except Exception as e: print(type(e).__name__, e)
r = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'), encoding='utf-8')
print(r.read(1))
try: r.reconfigure(encoding='latin-1')
except Exception as e: print(type(e).__name__, e)
d = t.detach(); print(d is b)
for op in ['write', 'closed', 'name', 'flush', 'close','fileno', 'repr', 'buffer', 'encoding', 'detach','read', 'errors', 'reconfigure', 'newlines']:
    try:
        if op=='repr': print(repr(t))
        elif op in ('write',): t.write('x')
        elif op in ('flush','close','fileno','detach','read','reconfigure'): getattr(t, op)()
        else: print(getattr(t, op))
        print(op,'ok')
    except Exception as e: print(op, type(e).__name__, e)
br = io.BufferedReader(io.BytesIO(b'xyz'))
print(br.peek()[:2], br.read(1))
raw = br.detach(); print(type(raw).__name__)
for op in ['read', 'closed', 'raw', 'repr', 'peek']:
    try:
        if op=='repr': print(repr(br))
        elif op in ('read','peek'): getattr(br, op)()
        else: print(getattr(br, op))
        print(op,'ok')
    except Exception as e: print(op, type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
for kw in [dict(newline=1), dict(errors=2), dict(write_through='x'), dict(line_buffering=2.5)]:
    try: w.reconfigure(**kw); print(kw, 'ok')
    except Exception as e: print(kw, type(e).__name__, e)
w.reconfigure(line_buffering=2, write_through=0); print(w.line_buffering, w.write_through)
