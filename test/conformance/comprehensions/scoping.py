# Comprehension scoping: own scope, no loop-variable leak, class bodies, walrus, closures.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
[y for y in range(3)]
try:
    y
except NameError as e:
    print('NameError:', e)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

total = 0
data = [1, 2, 3, 4]
running = [total := total + v for v in data]
print(running, total)
print([m for v in data if (m := v * 10) > 15], m)

class K:
    base = 10
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]  # the outermost iterable is evaluated in class scope
    try:
        added = [v + base for v in items]
    except NameError as e:
        added = 'NameError: ' + str(e)
print(K.doubled, K.added)

def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}, list(n + i for i in range(2))
print(f())

def nested():
    return [[(i, j) for j in range(i)] for i in range(4)]
print(nested())

def g():
    xs = [1, 2]
    gen = (x * 2 for x in xs)
    xs = [10, 20]  # the outermost iterable was already evaluated
    return list(gen)
print(g())
def h():
    ys = [1, 2]
    gen = (y * z for y in ys for z in zs)
    zs = [100]
    return list(gen)
print(h())
try:
    [q for q in undefined_iterable]
except NameError as e:
    print('NameError:', e)
print([i for i in range(3) for i in 'ab'])
print({(k, v) for k, v in {'a': 1}.items()})
