# A generator's saved frame between yields: values on its stack at one yield must not outlive
# that yield when the next one is suspended with a shallower stack (they would be kept alive
# by the saved frame), and locals and the stack come back intact at each resumption.
import gc
import weakref


class Token:
    def __init__(self, name):
        self.name = name


refs = []


def make(name):
    t = Token(name)
    refs.append(weakref.ref(t))
    return t


def deep_then_shallow():
    # make('a') is on the value stack while the generator waits at `yield 1`.
    pair = [make('a'), (yield 1)]
    print('resumed with', pair[0].name, pair[1])
    del pair
    yield 2
    # Deeper again: three values on the stack across the yield.
    triple = (make('b'), make('c'), (yield 3))
    print('resumed with', [t.name for t in triple[:2]], triple[2])
    del triple
    yield 4


it = deep_then_shallow()
print(next(it))
print(it.send('x'))
gc.collect()
print('a freed:', refs[0]() is None)
print(it.send(None))
print(it.send('y'))
gc.collect()
print('b, c freed:', refs[1]() is None, refs[2]() is None)
print(list(it))


def counter(n):
    total = 0
    for i in range(n):
        total += yield total + i
    return total


c = counter(4)
print(next(c), c.send(10), c.send(20), c.send(30))
try:
    c.send(40)
except StopIteration as e:
    print('returned', e.value)
