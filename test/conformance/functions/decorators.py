# Decorators: plain, with arguments, stacked, class decorators, and their evaluation order.
def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        r = fn(*a, **k)
        print('return', r)
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b):
    return a + b
add(1, b=2)
print(add.__name__, add.__wrapped__(3, 4))

def repeat(n):
    print('repeat factory', n)
    def deco(fn):
        print('decorating', fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

def tag(label):
    print('tag factory', label)
    def deco(fn):
        print('tagging', label)
        fn.label = label
        return fn
    return deco

@tag('outer')
@repeat(2)
@tag('inner')
def hello(x):
    return 'hi ' + x
print(hello('bob'), hello.label)

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry))

# Any expression can be a decorator (PEP 614).
decos = {'d': trace}
@decos['d']
def sub(a, b):
    return a - b
sub(5, 3)
@(lambda f: f.__name__.upper())
def named():
    pass
print(named)

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
