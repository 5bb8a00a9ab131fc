# StopIteration inside generators becomes RuntimeError (PEP 479); return values; iterator edge cases.
def leaky():
    yield 1
    raise StopIteration('escaped')
try:
    print(list(leaky()))
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print('RuntimeError:', e)

def returns():
    yield 'a'
    return 'the value'
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)

def returns_none():
    yield
    return
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, 'args:', e.args)

class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i)
        return self.i
m = Manual()
print(list(m), list(m))

def gen_in_gen():
    yield from (x for x in range(3))
    yield from iter([])
print(list(gen_in_gen()))

def raising_in_genexp():
    try:
        return list(1 // (x - 2) for x in range(5))
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: ' + str(e)
print(raising_in_genexp())
it = iter([])
print(next(it, None))
gen = (i for i in range(2))
print(list(gen), list(gen))
def early_exhaust():
    return
    yield
print(list(early_exhaust()), type(early_exhaust()).__name__)
try:
    next(x for x in [])
except StopIteration as e:
    print('empty genexp: StopIteration', e.args)
