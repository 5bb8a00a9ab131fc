# inspect: harder cases — annotations from typing, dataclasses, inherited constructors,
# partials of classes, __new__ and __init__ together, nested and async source blocks,
# a class name used twice, and source at the end of the file.
import dataclasses
import functools
import inspect
import typing
from typing import Optional, Union, Callable


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def typed(a: Optional[int], b: Union[int, str] = 1, c: typing.List[int] = None,
          d: Callable[[int], str] = None, e: dict[str, int] = None, f: 'Forward' = None) -> typing.Any:
    pass


print(inspect.signature(typed))
print(inspect.formatannotation(int), inspect.formatannotation(inspect.Parameter),
      inspect.formatannotation(inspect.Parameter, 'inspect'), inspect.formatannotation(None),
      inspect.formatannotation(list[int]), inspect.formatannotation('text'))


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


print(inspect.signature(Point))
print(inspect.getsource(Point), end='--\n')


class Base:
    def __init__(self, a, b=2):
        pass


class Sub(Base):
    pass


class Both:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, p, q):
        pass


class InitFirst(Both):
    def __init__(self, only):
        pass


print(inspect.signature(Sub), inspect.signature(Both), inspect.signature(InitFirst))
print(inspect.signature(functools.partial(Base, 1)), inspect.signature(functools.partial(Sub, b=5)))


class Callable2:
    def __call__(self, *args, key=None):
        pass


print(inspect.signature(Callable2()), inspect.signature(Callable2))


def outer():
    def nested(z):
        if z:
            return 1
        return 2
    return nested


async def async_fn(value):
    await other()
    return value


async def other():
    pass


def first():
    class Twice:
        a = 1
    return Twice


def second():
    class Twice:
        b = 2
    return Twice


print(inspect.getsource(outer()), end='--\n')
print(inspect.getsource(async_fn), end='--\n')
print(inspect.getsource(first()), end='--\n')
print(inspect.getsourcelines(second())[1])

# BoundArguments round trip
def target(a, b, /, c, *args, d, **kw):
    return a, b, c, args, d, kw


sig = inspect.signature(target)
ba = sig.bind(1, 2, 3, 4, 5, d=6, e=7)
print(ba, ba.args, ba.kwargs, target(*ba.args, **ba.kwargs))
ba.arguments['c'] = 30
print(target(*ba.args, **ba.kwargs))
partial_ba = sig.bind_partial(1, d=4)
print(partial_ba.args, partial_ba.kwargs)
partial_ba.apply_defaults()
print(partial_ba)
gap = sig.bind_partial(1, 2, d=4)
del gap.arguments['a']
print(gap.args, gap.kwargs)
print(inspect.BoundArguments is type(ba), repr(inspect.signature(lambda: 0).bind()))

# replace with a new parameter list and return annotation
new = sig.replace(parameters=[inspect.Parameter('only', inspect.Parameter.KEYWORD_ONLY)], return_annotation=int)
print(new, new.parameters['only'].kind)
show('replace bad', lambda: sig.replace(parameters=[inspect.Parameter('x', inspect.Parameter.VAR_KEYWORD), inspect.Parameter('y', 1)]))


def last_function():
    # ends the file
    return 'done'
print(inspect.getsource(last_function), end='--\n')


# async generator state, getargs, formatannotationrelativeto
async def agen_fn():
    yield 1
ag = agen_fn()
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
show('getasyncgenlocals', lambda: inspect.getasyncgenlocals(3))
print(inspect.getargs(target.__code__), inspect.getargs(last_function.__code__))
show('getargs', lambda: inspect.getargs(3))
fmt = inspect.formatannotationrelativeto(Base)
print(fmt(Base), fmt(int), fmt(inspect.Parameter))
missing = [n for n in inspect.__all__ if not hasattr(inspect, n)]
print(missing)
