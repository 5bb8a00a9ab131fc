# Generators closed when their `for` loop drops them (break, return, an exception), as CPython's
# reference counting closes them; and those kept elsewhere, which must not be closed.
def gen(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print(' ', tag, 'finally')

for v in gen('break'):
    if v == 1:
        break
print('after break')

def first(tag):
    for v in gen(tag):
        return v
print('first ->', first('return'))

try:
    for v in gen('raise'):
        raise ValueError('in loop')
except ValueError as e:
    print('caught', e)

def nested():
    for a in gen('outer'):
        for b in gen('inner'):
            break
        break
nested()
print('after nested')

kept = gen('kept')
for v in kept:
    break
print('kept not closed:', next(kept))
kept.close()

def with_cm():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print('  exit', a[0])
    with CM():
        yield 1
        yield 2
for v in with_cm():
    break
print('after with')

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('  got GeneratorExit')
        raise
for v in swallow():
    break
print('done')
