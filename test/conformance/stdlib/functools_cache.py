# functools: lru_cache and cache (hits, misses, eviction order, typed, maxsize None/0, clear, __wrapped__)
from functools import lru_cache, cache
import functools

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), isinstance(info, tuple))
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__, sq.__qualname__, sq.cache_parameters())

@lru_cache
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__doc__)

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())

@lru_cache(maxsize=None)
def ident(x):
    calls.append(('ident', x))
    return x
calls.clear()
print(ident(1), ident(1.0), ident(True), calls, ident.cache_info())

@lru_cache(typed=True)
def typed_ident(x):
    calls.append(('typed', x))
    return x
calls.clear()
print(typed_ident(1), typed_ident(1.0), typed_ident(1), calls, typed_ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    calls.append(('none', x))
    return x
calls.clear()
print(nocache(1), nocache(1), calls, nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg.cache_info())

@lru_cache()
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(b=2, a=1), kw(1, 2), calls, kw.cache_info())

@lru_cache
def boom(x):
    calls.append(('boom', x))
    raise ValueError(x)
calls.clear()
for _ in range(2):
    try:
        boom(1)
    except ValueError as e:
        print('raised', e)
print(calls, boom.cache_info())

try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)

class C:
    def __init__(self, k):
        self.k = k
    @lru_cache
    def method(self, x):
        calls.append(('method', self.k, x))
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
calls.clear()
a, b = C(2), C(3)
print(a.method(5), b.method(5), a.method(5), C(2).method(5), calls, C.method.cache_info())
print(type(C.__dict__['method']).__name__, C.method.__name__, callable(C.method))

def plain(x):
    "doc"
    return x
plain.extra = 'kept'
w = lru_cache(plain)
print(w.__wrapped__ is plain, w.__doc__, w.extra, w.__module__)
order = []
@lru_cache(maxsize=3)
def track(x):
    order.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 3, 1]:
    track(x)
print(order, track.cache_info())
