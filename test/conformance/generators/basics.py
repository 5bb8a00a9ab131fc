# Generator functions: laziness, state, exhaustion, generator expressions, attributes.
def gen(n):
    print('  gen starts')
    for i in range(n):
        print('  yielding', i)
        yield i
    print('  gen ends')
g = gen(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print('created, nothing ran yet')
print(next(g))
print(list(g))
print(list(g), next(g, 'exhausted'))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

squares = (x * x for x in range(6))
print(type(squares).__name__, next(squares), sum(squares))
print(sum(x for x in range(101)), max((len(w), w) for w in ['aa', 'b', 'ccc']))

def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(fib(), 10)))

def pipeline():
    nums = (n for n in range(30))
    evens = (n for n in nums if n % 2 == 0)
    return [n // 2 for n in evens]
print(pipeline())

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  generator finally')
for v in with_finally():
    print('got', v)
for v in with_finally():
    print('got', v, 'then break')
    break
print('after break')
g = gen(2)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
list(g)
print(g.gi_frame)
def recursive(n):
    if n > 0:
        yield n
        yield from recursive(n - 1)
print(list(recursive(5)))
