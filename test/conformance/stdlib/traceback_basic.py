# traceback: printing and formatting exceptions, tracebacks and stacks
import traceback, sys, io

def inner(x):
    return x[1] + 1 / 0

def outer():
    inner([1, 2])

try:
    outer()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s.splitlines()[0], len(s.splitlines()))
    et, ev, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno)
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_exception_only(ev))
    print(traceback.format_exception(ev, limit=-1))

def chain():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
try:
    chain()
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
    print('---')
    traceback.print_exception(e, file=sys.stdout, chain=False)
try:
    try:
        1/0
    except Exception:
        undefined_name
except NameError as e:
    print(''.join(traceback.format_exception(e)))
print(traceback.format_exception_only(ValueError('x')), traceback.format_exception_only(None))
e = SyntaxError('invalid syntax', ('f.py', 3, 5, 'a b c\n', 3, 6))
print(traceback.format_exception_only(e))
def show():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()
st = show()
print([ (f.name, f.lineno) for f in st][-2:])
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
te = traceback.TracebackException.from_exception(ValueError('v'))
print(list(te.format()), str(te), te.exc_type)
e = ValueError('with note'); e.add_note('note 1')
print(traceback.format_exception_only(e))
class MyErr(Exception): pass
print(traceback.format_exception_only(MyErr('m')))
def rec(n):
    if n == 0: raise RuntimeError('deep')
    rec(n - 1)
try: rec(10)
except RuntimeError as e: print(''.join(traceback.format_exception(e)))
fs = traceback.FrameSummary('f.py', 3, 'fn', line='  x = 1  ')
print(fs, fs.line, list(fs), fs == ('f.py', 3, 'fn', 'x = 1'), len(fs))
print(list(traceback.walk_tb(None)))
