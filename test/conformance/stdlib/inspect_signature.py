# inspect: Signature, Parameter, BoundArguments; signature() of functions, methods, classes,
# partials, callables, wrappers and builtins; bind/bind_partial and their errors.
import functools
import inspect
from inspect import Parameter, Signature


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def plain(a, b=1, *args, c, d=2, **kw) -> int:
    pass


def posonly(x, y=2, /, z=3, *, w):
    pass


def annotated(n: int, s: str = 'x', *rest: float, flag: bool = False, **opts: dict) -> list[int]:
    pass


def stringy(n: 'int', m: 'list[str]' = None) -> 'str':
    pass


sig = inspect.signature(plain)
print(sig, repr(sig))
print(sig.parameters)
print(list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default, p.annotation)
print(inspect.signature(posonly))
print(inspect.signature(annotated))
print(inspect.signature(stringy))
print(inspect.signature(stringy, eval_str=True))
print(inspect.signature(lambda: None), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda *, k: 0))
print(Parameter.empty, Signature.empty is Parameter.empty, Parameter.KEYWORD_ONLY, int(Parameter.VAR_KEYWORD))

# bound methods, class and static methods
class Widget:
    def __init__(self, name, size=3):
        self.name = name

    def method(self, a, *, b=1):
        pass

    @classmethod
    def build(cls, spec):
        pass

    @staticmethod
    def helper(q, r=0):
        pass

    def __call__(self, event, /):
        pass


w = Widget('w')
print(inspect.signature(w.method), inspect.signature(Widget.method))
print(inspect.signature(Widget.build), inspect.signature(Widget.helper), inspect.signature(w))
print(inspect.signature(Widget))


class WithNew:
    def __new__(cls, x, y):
        return super().__new__(cls)


class Child(WithNew):
    def __init__(self, *args):
        pass


class Meta(type):
    def __call__(cls, token):
        return super().__call__()


class Made(metaclass=Meta):
    def __init__(self, a, b, c):
        pass


class Bare:
    pass


class StarSelf:
    def m(*args):
        pass


print(inspect.signature(WithNew), inspect.signature(Child), inspect.signature(Made), inspect.signature(Bare))
print(inspect.signature(StarSelf().m))

# partial
p = functools.partial(plain, 10, c=5)
print(inspect.signature(p))
print(inspect.signature(functools.partial(posonly, 1)))
print(inspect.signature(functools.partial(posonly, 1, z=9, w=0)))
print(inspect.signature(functools.partial(plain, b=7)))
try:
    inspect.signature(functools.partial(posonly, 1, 2, 3, 4))
except ValueError as e:
    print('bad partial', str(e).split(' at ')[0], type(e.__cause__).__name__, e.__cause__)


class PM:
    def go(self, a, b, c=0):
        pass
    go_a = functools.partialmethod(go, 1)


print(inspect.signature(PM.go_a), inspect.signature(PM().go_a))

# wrappers and __signature__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


wrapped = deco(posonly)
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is posonly, inspect.unwrap(wrapped, stop=lambda f: f is wrapped) is wrapped)


def custom():
    pass


custom.__signature__ = Signature([Parameter('only', Parameter.KEYWORD_ONLY, default=None)])
print(inspect.signature(custom))
custom.__signature__ = '(a, b=1, *args, c=None, **kw)'
print(inspect.signature(custom))
custom.__signature__ = lambda: Signature([Parameter('z', Parameter.POSITIONAL_ONLY)])
print(inspect.signature(custom))
custom.__signature__ = 42
show('bad __signature__', lambda: inspect.signature(custom))

loop_a = lambda: 0
loop_b = lambda: 0
loop_a.__wrapped__ = loop_b
loop_b.__wrapped__ = loop_a
try:
    inspect.unwrap(loop_a)
except ValueError as e:
    print('loop', str(e).split(' at ')[0])

# builtins and non-callables
show('object', lambda: inspect.signature(object))
show('not callable', lambda: inspect.signature(3))
show('builtin type', lambda: inspect.signature(type))


class Err(Exception):
    pass


show('exception subclass', lambda: inspect.signature(Err))

# Parameter construction and its errors
print(Parameter('x', Parameter.POSITIONAL_ONLY, default=3, annotation=int))
print(repr(Parameter('args', Parameter.VAR_POSITIONAL, annotation='str')))
print(Parameter('kw', Parameter.VAR_KEYWORD), Parameter('k', 3, default=None))
show('kind', lambda: Parameter('x', 7))
show('var default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
show('kw default', lambda: Parameter('a', Parameter.VAR_KEYWORD, default=1))
show('name type', lambda: Parameter(1, Parameter.KEYWORD_ONLY))
show('keyword name', lambda: Parameter('class', Parameter.KEYWORD_ONLY))
show('bad name', lambda: Parameter('a-b', Parameter.KEYWORD_ONLY))
show('implicit', lambda: Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD))
show('implicit kind', lambda: Parameter('.0', Parameter.KEYWORD_ONLY))
q = Parameter('q', Parameter.POSITIONAL_OR_KEYWORD, default=1)
print(q.replace(name='r', default=Parameter.empty), q.replace(kind=Parameter.KEYWORD_ONLY, annotation=int))
print(q == Parameter('q', 1, default=1), q == q.replace(default=2), q != 'q', hash(q) == hash(q.replace()))

# Signature construction, ordering rules, replace and equality
P = Parameter
show('order', lambda: Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]))
show('default order', lambda: Signature([P('a', 1, default=0), P('b', 1)]))
show('duplicate', lambda: Signature([P('a', 0), P('a', 1)]))
print(Signature([P('a', 1, default=0), P('b', 3)]))
print(Signature([P('a', 0), P('b', 0)], return_annotation='R'))
print(Signature(), Signature(return_annotation=None))
s2 = sig.replace(return_annotation=Signature.empty)
print(s2, s2 == sig, sig == inspect.signature(plain), sig.replace() == sig)
ka = Signature([P('x', 3), P('y', 3)])
kb = Signature([P('y', 3), P('x', 3)])
print(ka == kb, hash(ka) == hash(kb), ka == 'x')
print(Signature.from_callable(posonly) == inspect.signature(posonly))

# bind and bind_partial
def b(a, b=2, *args, c, d=4, **kw):
    pass


bs = inspect.signature(b)
for args, kwargs in [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 0, 'e': 5}), ((), {'a': 1, 'c': 2}),
                     ((1,), {}), ((), {'c': 1}), ((1,), {'a': 2, 'c': 3})]:
    show('bind %r %r' % (args, kwargs), lambda: bs.bind(*args, **kwargs))
    show('bind_partial %r %r' % (args, kwargs), lambda: bs.bind_partial(*args, **kwargs))
ps = inspect.signature(posonly)
for args, kwargs in [((1,), {'w': 0}), ((1, 2, 3, 4), {}), ((1,), {'y': 2, 'w': 0}),
                     ((1, 2), {'z': 3, 'w': 4, 'v': 5}), ((), {'w': 1})]:
    show('bind %r %r' % (args, kwargs), lambda: ps.bind(*args, **kwargs))
show('no params', lambda: Signature().bind(1))
show('kw for pos-only with **', lambda: inspect.signature(lambda a, /, **k: 0).bind(1, a=2))

ba = bs.bind(1, 2, 3, c=4, e=5)
print(ba.args, ba.kwargs, ba.arguments, ba.signature is bs)
ba2 = bs.bind(1, c=4)
ba2.apply_defaults()
print(ba2, ba2.args, ba2.kwargs)
ba3 = ps.bind_partial(z=5)
print(ba3, ba3.args, ba3.kwargs)
print(bs.bind(1, c=4) == bs.bind(a=1, c=4), bs.bind(1, c=4) == bs.bind(1, c=5))
