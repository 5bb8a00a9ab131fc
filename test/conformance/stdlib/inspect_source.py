# inspect: getsource/getsourcelines/findsource/getcomments of functions, classes, methods,
# lambdas and modules; getfile/getsourcefile/getmodule; frames: currentframe, stack,
# getframeinfo, getouterframes, getinnerframes, trace, getargvalues.
import functools
import inspect
import os
import sys
import types


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# A comment about simple.
# Second comment line.
def simple(a, b=1):
    """Docstring."""
    return a + b


def decorate(fn):
    return fn


@decorate
@functools.lru_cache(
    maxsize=None,
)
def decorated(x):
    return x


def multi_line_header(a,
                      b=(1,
                         2),
                      c='''text
with lines'''):
    s = """
not code:
def fake():
"""
    if a:
        return [
    1,
        ]
    # comment in the body
    return s
# comment at column 0 after the body

x_after = 1


def one_liner(): return 1
y_after = 2


def with_continuation():
    total = 1 + \
2
    return total


class Outer:
    """Outer class."""

    # comment before method
    def method(self):
        return 1

    class Inner:
        def deep(self):
            pass

    @staticmethod
    def stat():
        pass


@decorate
class DecoratedClass:
    pass


def make_local_class():
    class Local:
        value = 1
    return Local


square = lambda n: n * n

for obj in [simple, decorated.__wrapped__, multi_line_header, one_liner, with_continuation, Outer,
            Outer.method, Outer().method, Outer.Inner, Outer.Inner.deep, Outer.stat, DecoratedClass,
            make_local_class(), square]:
    lines, start = inspect.getsourcelines(obj)
    print(getattr(obj, '__qualname__', obj), start, len(lines))
    print(inspect.getsource(obj), end='--\n')
print(inspect.getsource(decorated), end='--\n')
print(repr(inspect.getcomments(simple)), repr(inspect.getcomments(Outer.method)), repr(inspect.getcomments(decorate)))
lines, start = inspect.findsource(simple)
print(start, lines[start], len(lines) == len(open(__file__).readlines()))
mod_lines, mod_start = inspect.getsourcelines(sys.modules[__name__])
print(mod_start, mod_lines[0], inspect.getsource(sys.modules[__name__]) == open(__file__).read())
print(repr(inspect.getcomments(sys.modules[__name__])))

# files and modules
print(os.path.basename(inspect.getfile(simple)), os.path.basename(inspect.getsourcefile(Outer)),
      os.path.basename(inspect.getfile(sys._getframe())), os.path.basename(inspect.getfile(simple.__code__)))
print(inspect.getmodule(simple).__name__, inspect.getmodule(Outer.method).__name__, inspect.getmodule(os.path.join).__name__)
show('getfile builtin module', lambda: inspect.getfile(sys))
show('getfile builtin class', lambda: inspect.getfile(int))
show('getfile builtin function', lambda: inspect.getfile(len))
show('getfile int', lambda: inspect.getfile(3))
show('getsource builtin', lambda: inspect.getsource(len))
show('getsource int', lambda: inspect.getsource(int))
dyn = {}
exec('def from_string():\n    return 1\n', dyn)
show('getsource exec', lambda: inspect.getsource(dyn['from_string']))
show('getsourcefile exec', lambda: inspect.getsourcefile(dyn['from_string']))
print(inspect.getcomments(len))
fake = types.ModuleType('fake')
show('getfile no file', lambda: inspect.getfile(fake))

# frames
def where():
    info = inspect.getframeinfo(inspect.currentframe(), context=3)
    frame = inspect.currentframe()
    print(os.path.basename(info.filename), info.lineno, info.function, info.index, info.code_context)
    print(info.positions.lineno, info.positions.end_lineno, info[2])
    return frame


f = where()
print(f.f_code.co_name, inspect.isframe(f))


def level2(q):
    return [(fi.function, fi.lineno, fi.code_context, fi.index, fi.positions.lineno) for fi in inspect.stack()]


def level1():
    return level2(5)


for entry in level1():
    print(entry)

def args_frame(a, b=2, *rest, k=3, **kws):
    return inspect.getargvalues(inspect.currentframe())
av = args_frame(1, 7, 8, z=9)
print(av.args, av.varargs, av.keywords, sorted(av.locals))
print(inspect.formatargvalues(*av))
outer_infos = inspect.getouterframes(sys._getframe(), context=0)
print([(i.function, i.code_context, i.index) for i in outer_infos])
print(type(outer_infos[0]).__name__, outer_infos[0].frame is outer_infos[0][0], len(outer_infos[0]))


def fails():
    raise KeyError('k')


try:
    fails()
except KeyError:
    for fi in inspect.trace():
        print(fi.function, fi.lineno, fi.code_context)
    tb = sys.exc_info()[2]
    print([(fi.function, fi.lineno) for fi in inspect.getinnerframes(tb, context=0)])
    t = inspect.getframeinfo(tb.tb_next, context=1)
    print(type(t).__name__, t.function, t.lineno, t.code_context, t.index)
show('getframeinfo', lambda: inspect.getframeinfo(3))
print(inspect.getlineno(sys._getframe()))
