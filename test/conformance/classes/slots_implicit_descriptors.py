# __slots__ and the implicit __dict__/__weakref__ descriptors, as CPython's type_new: a slot the
# base already provides is refused; a __dict__ or __weakref__ defined in the class body is kept.
import weakref


class A:
    __slots__ = ('__weakref__',)


for slots in (('__weakref__',), ('x', '__weakref__')):
    try:
        type('B', (A,), {'__slots__': slots})
        print(slots, 'accepted')
    except TypeError as e:
        print(slots, 'TypeError', e)


class Plain:
    pass


for slots in (('__weakref__',), ('__dict__',), ('y',)):
    try:
        type('C', (Plain,), {'__slots__': slots})
        print(slots, 'accepted')
    except TypeError as e:
        print(slots, 'TypeError', e)


class NoWeak:
    __slots__ = ()


class Weak(NoWeak):
    __slots__ = ('__weakref__',)


w = Weak()
print(weakref.ref(w)() is w)
try:
    class Twice:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print('TypeError', e)


class P:
    @property
    def __dict__(self):
        return {'k': 1}


print(type(P.__dict__['__dict__']).__name__, P().__dict__, vars(P()), 'k' in dir(P()))


class Q:
    __weakref__ = 'class attribute'


print(Q.__dict__['__weakref__'], Q().__weakref__)


class R:
    pass


r = R()
r.a = 1
print(type(R.__dict__['__dict__']).__name__, type(R.__dict__['__weakref__']).__name__, r.__dict__, weakref.ref(r)() is r)
