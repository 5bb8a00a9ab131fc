# contextlib.redirect_stdout / redirect_stderr into io.StringIO, and a replaced sys.stdout
import contextlib, io, sys
f = io.StringIO()
with contextlib.redirect_stdout(f):
    print('inside', 1)
    sys.stdout.write('raw\n')
print(repr(f.getvalue()))
g = io.StringIO()
with contextlib.redirect_stderr(g):
    print('err', file=sys.stderr)
print(repr(g.getvalue()))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print('a', end='')
print('b', 'c', sep=':', flush=True)
sys.stdout.writelines(['x\n', 'y\n'])
sys.stdout = old
print(repr(buf.getvalue()))
class Tee(io.StringIO):
    def write(self, s):
        old.write('tee:' + repr(s) + '\n')
        return super().write(s.upper())
t = Tee()
print('hi', 2, file=t)
print(repr(t.getvalue()))
