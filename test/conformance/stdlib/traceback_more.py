# traceback: chains, limits, locals, exception groups, stack summaries
import sys
import traceback


def fail(kind, msg):
    raise kind(msg)


def nested():
    try:
        fail(KeyError, 'a')
    except KeyError:
        try:
            fail(TypeError, 'b')
        except TypeError as e:
            raise RuntimeError('c') from None


try:
    nested()
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__cause__, te.__context__ is not None, te.exc_type.__name__)
    print(len(te.stack), [f.name for f in te.stack])
    print(''.join(te.format(chain=False)))

for limit in [None, 0, 1, 2, -1, -2]:
    try:
        nested()
    except RuntimeError as e:
        lines = traceback.format_exception(e, limit=limit)
        print(limit, len(lines), [l.split(',')[-1].strip() for l in lines if l.startswith('  File')])

sys.tracebacklimit = 1
try:
    nested()
except RuntimeError as e:
    print(len(traceback.extract_tb(e.__traceback__)))
del sys.tracebacklimit


try:
    raise ExceptionGroup('many', [ValueError(1), TypeError('two'), ExceptionGroup('inner', [KeyError('k')])])
except ExceptionGroup as eg:
    print(''.join(traceback.format_exception(eg)))
    traceback.print_exception(eg, file=sys.stdout)

try:
    raise ExceptionGroup('eg', [ValueError('v')])
except* ValueError as eg:
    try:
        raise OSError('during')
    except OSError as e2:
        print(''.join(traceback.format_exception(e2)))

# nothing being handled
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)

# the legacy (type, value, tb) form
try:
    int('x')
except ValueError:
    t, v, tb = sys.exc_info()
    print(traceback.format_exception(t, v, tb))
    print(traceback.format_exception(t, v, None))
    print(traceback.format_exception_only(t, v))
    try:
        traceback.format_exception(t, v)
    except ValueError as e:
        print('ValueError', e)
try:
    traceback.print_exception(42)
except TypeError as e:
    print('TypeError', e)

s = traceback.StackSummary.from_list([('x.py', 1, 'f', 'pass'), traceback.FrameSummary('y.py', 2, 'g', line='')])
print(s.format(), type(s).__name__, len(s))
s = traceback.StackSummary.from_list([('x.py', 7, 'f', 'again')] * 6)
print(s.format())
print(traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)[0].name)
print(traceback.format_stack(limit=1))


class Bad(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(traceback.format_exception_only(Bad()))
try:
    compile('x = (1,\n', 'src.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
