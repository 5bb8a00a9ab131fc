# os: environ, getenv/putenv/unsetenv, constants, process information
import os

print(os.name, os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.devnull, os.extsep, os.altsep)
print(os.path.__name__, os.path is __import__('sys').modules['os.path'])
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)

print('HOME' in os.environ, os.environ.get('GILVM_TEST_UNSET'), os.getenv('GILVM_TEST_UNSET', 'dflt'))
os.environ['GILVM_A'] = 'one'
print(os.environ['GILVM_A'], os.getenv('GILVM_A'), 'GILVM_A' in os.environ)
os.environ.setdefault('GILVM_A', 'two')
os.environ.setdefault('GILVM_B', 'two')
print(os.environ['GILVM_B'])
print(os.environ.pop('GILVM_B'), 'GILVM_B' in os.environ, os.environ.pop('GILVM_B', 'gone'))
del os.environ['GILVM_A']
print(os.getenv('GILVM_A'))
try:
    os.environ['GILVM_MISSING']
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ['GILVM_MISSING']
except KeyError as e:
    print('KeyError', e)
for bad in [(1, 'x'), ('x', 1), (None, 'x')]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print('TypeError', e)
os.environ.update({'GILVM_C': '3'}, GILVM_D='4')
print(os.environ['GILVM_C'], os.environ['GILVM_D'])
copy = os.environ.copy()
print(type(copy).__name__, copy['GILVM_C'])
print(type(os.environ | {'x': 'y'}).__name__)
print(repr(os.environ).startswith('environ({'), len(os.environ) == len(list(os.environ)))
print(sorted(k for k in os.environ if k.startswith('GILVM_')))
print(os.get_exec_path({'PATH': '/a:/b'}))

print(type(os.getpid()), os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(isinstance(os.cpu_count(), int))
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[0] == t.user)
try:
    os.get_terminal_size(os.open('x.txt', os.O_CREAT | os.O_WRONLY))
except OSError as e:
    print('OSError', e.errno)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts == (80, 24))
u = os.uname()
print(type(u).__name__, len(u), u.sysname)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
