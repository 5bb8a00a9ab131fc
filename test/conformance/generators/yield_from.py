# yield from: delegation of next/send/throw/close, return values, delegation to iterables.
def inner():
    received = yield 'inner-1'
    print('  inner got', received)
    received = yield 'inner-2'
    print('  inner got', received)
    return 'inner result'
def outer():
    result = yield from inner()
    print('  outer got result', repr(result))
    yield 'outer-done'
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(next(g, 'end'))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * 10 for x in range(2)), {'k': 1})))

def thrower():
    try:
        yield 1
    except KeyError:
        print('  inner handled KeyError')
        yield 'recovered'
def delegator():
    r = yield from thrower()
    return r
d = delegator()
next(d)
print(d.throw(KeyError('k')))

def closable():
    try:
        yield 1
    finally:
        print('  inner closed')
def wrap():
    try:
        yield from closable()
    finally:
        print('  outer closed')
w = wrap()
next(w)
w.close()

def tree(node):
    label, children = node
    yield label
    for c in children:
        yield from tree(c)
print(list(tree(('root', [('a', [('a1', []), ('a2', [])]), ('b', [])]))))

def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in [('x', [1, 2, 3]), ('y', [10, 20])]:
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
def ret_stop():
    yield 1
    return StopIteration('as a value')
print(list(ret_stop()))
def sub():
    return (yield from ())
def top():
    x = yield from sub()
    yield x
print(list(top()))
