# inspect: the is* predicates, getmembers/getmembers_static, getmro, getattr_static, getdoc,
# cleandoc, get_annotations, getcallargs, getfullargspec, getclosurevars, generator states.
import abc
import functools
import inspect
import sys
import types


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def func(a, b=2):
    """Add things.

        Indented more.
    Back.
    """
    return a


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Base:
    """Base docstring."""
    attr = 1

    def method(self):
        """Base.method doc."""

    @property
    def prop(self):
        """The prop."""
        return 5

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Derived(Base):
    __slots__ = ()

    def method(self):
        pass


class Slotted:
    __slots__ = ('x',)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        pass


g = gen()
c = coro()
ag = agen()
objects = [
    ('module', inspect), ('class', Base), ('function', func), ('lambda', lambda: 0),
    ('bound method', Base().method), ('classmethod', Base.cm), ('staticmethod', Base.sm),
    ('generator function', gen), ('generator', g), ('coroutine function', coro),
    ('coroutine', c), ('async gen function', agen), ('async gen', ag),
    ('builtin', len), ('builtin method', [].append), ('method descriptor', str.join),
    ('property', Base.__dict__['prop']), ('slot member', Slotted.__dict__['x']),
    ('getset', type.__dict__['__name__']), ('partial', functools.partial(gen)),
    ('int', 3), ('code', func.__code__), ('frame', sys._getframe()),
]
predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
              'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
              'isasyncgen', 'isawaitable', 'iscode', 'isframe', 'istraceback', 'isbuiltin',
              'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor',
              'ismemberdescriptor', 'isroutine', 'isabstract']
for label, obj in objects:
    true = [name for name in predicates if getattr(inspect, name)(obj)]
    print(label, true)
c.close()
try:
    raise ValueError('x')
except ValueError as e:
    print('traceback', inspect.istraceback(e.__traceback__), inspect.isframe(e.__traceback__.tb_frame))
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))


@inspect.markcoroutinefunction
def marked():
    pass


class HasMarked:
    @inspect.markcoroutinefunction
    def m(self):
        pass


print(inspect.iscoroutinefunction(marked), inspect.iscoroutinefunction(HasMarked().m),
      inspect.iscoroutinefunction(functools.partial(coro)), inspect.iscoroutinefunction(func))


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable))

# getmembers
public = lambda pairs: [name for name, _ in pairs if not name.startswith('_')]
print(public(inspect.getmembers(Derived)))
print(public(inspect.getmembers(Derived, inspect.isfunction)))
print(public(inspect.getmembers(Derived(), inspect.ismethod)))
print(public(inspect.getmembers_static(Derived)))
print([v for k, v in inspect.getmembers_static(Derived) if k == 'prop'][0].__class__.__name__,
      [v for k, v in inspect.getmembers(Derived()) if k == 'prop'][0])
m = types.ModuleType('mod')
m.a, m.b, m.f = 1, 'two', func
print([(k, v) for k, v in inspect.getmembers(m) if not k.startswith('_') and not callable(v)])
print(inspect.getmro(Derived), inspect.getmro(Concrete)[1].__name__)


class Attrs:
    x = 1

    @property
    def p(self):
        raise RuntimeError('must not run')

    def __getattr__(self, name):
        return 'dynamic'


a = Attrs()
a.y = 2
print(type(inspect.getattr_static(a, 'p')).__name__, inspect.getattr_static(a, 'x'), inspect.getattr_static(a, 'y'))
print(inspect.getattr_static(a, 'zzz', 'default'), getattr(a, 'zzz'))
show('getattr_static missing', lambda: inspect.getattr_static(a, 'zzz'))
print(type(inspect.getattr_static(Base, 'cm')).__name__, type(inspect.getattr_static(Base, 'sm')).__name__,
      inspect.getattr_static(Base, '__name__') is not None, inspect.getattr_static(Base, 'mro') is not None)

# docs
print(repr(inspect.getdoc(func)))
print(repr(inspect.getdoc(Derived)), repr(inspect.getdoc(Derived.method)), repr(inspect.getdoc(Derived().method)))
print(repr(inspect.getdoc(Base.__dict__['prop'])), repr(inspect.getdoc(gen)))
print(repr(inspect.cleandoc('  First line.\n\n      indented\n    less\n\n\n')))
print(repr(inspect.cleandoc('\n\n\tTab\n\t  more\n')), repr(inspect.cleandoc('')))

# annotations
def ann(x: int, y: 'list[int]' = None) -> 'str':
    pass


class Annotated:
    count: int
    name: 'str'


print(inspect.get_annotations(ann), inspect.get_annotations(ann, eval_str=True))
print(inspect.get_annotations(Annotated), inspect.get_annotations(Annotated, eval_str=True))
print(inspect.get_annotations(Base), inspect.get_annotations(func))
show('get_annotations', lambda: inspect.get_annotations(3))

# older argument APIs
print(inspect.getfullargspec(func))
print(inspect.getfullargspec(Base().method))
def full(a, /, b: int, *args, c, d=4, **kw) -> None:
    pass
print(inspect.getfullargspec(full))
show('getfullargspec', lambda: inspect.getfullargspec(3))
print(inspect.getcallargs(full, 1, 2, 3, c=5, e=6))
print(list(inspect.getcallargs(Base().method)))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 1}), ((1,), {'a': 1}), ((1, 2, 3), {'b': 1})]:
    show('getcallargs %r %r' % (args, kwargs), lambda: inspect.getcallargs(func, *args, **kwargs))
show('getcallargs kwonly', lambda: inspect.getcallargs(full, 1, 2))
def three(a, b, c, *, d, e): pass
show('getcallargs three', lambda: inspect.getcallargs(three))
show('getcallargs three kw', lambda: inspect.getcallargs(three, 1, 2, 3))
show('getcallargs too many', lambda: inspect.getcallargs(three, 1, 2, 3, 4, d=1))

GLOBAL = 10
def outer():
    local = 5
    def inner(v):
        return local + GLOBAL + len(v)
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.builtins)
show('getclosurevars', lambda: inspect.getclosurevars(len))

# generator and coroutine state
def counter():
    print('inside', inspect.getgeneratorstate(it))
    yield 1
    yield 2
it = counter()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
it.close()
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
async def waiter():
    pass
co = waiter()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS,
      inspect.CO_ASYNC_GENERATOR, bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
print(inspect.getmodulename('pkg/thing.py'), inspect.getmodulename('x.txt'))
