# __call__, __enter__/__exit__ on user classes, and callables of every kind.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m), callable(Multiplier))
print(list(map(Multiplier(2), [1, 2, 3])))

class Timer:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Timer.depth += 1
        print('  ' * Timer.depth + 'start ' + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('  ' * Timer.depth + 'stop ' + self.name + (' with ' + exc_type.__name__ if exc_type else ''))
        Timer.depth -= 1
        return exc_type is KeyError
with Timer('outer') as t:
    with Timer('inner'):
        print('    working in', t.name)
    with Timer('fails'):
        raise KeyError('suppressed')
    print('after suppression')

class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return 'handle'
    def __exit__(self, *a):
        self.open = False
r = Resource()
with r as handle:
    print(handle, r.open)
print(r.open)

class CallCount:
    calls = 0
    def __call__(self):
        CallCount.calls += 1
        return self
c = CallCount()
c()()()
print(CallCount.calls)
class ClassCall:
    def __call__(self):
        return 'instance call'
inst = ClassCall()
inst.__call__ = lambda: 'instance attribute is not used'
print(inst())
try:
    Resource()()
except TypeError as e:
    print('TypeError:', e)
print(callable(len), callable(print), callable(1), callable(lambda: 0), callable(int), callable(str.upper))
