# generator.send(), throw() and close(): values in, exceptions in, GeneratorExit.
def accumulator():
    total = 0
    while True:
        value = yield total
        print('  received', value)
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print('returned', e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print('TypeError:', e)

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('  caught inside:', e)
            yield 'handled ' + str(e)
c = catcher()
print(next(c))
print(c.throw(ValueError('bad')))
print(next(c))
try:
    c.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(c, 'finished'))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
    finally:
        print('  closer finally')
c = closer()
next(c)
c.close()
c.close()
print('closed twice ok')

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuses to die'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)

def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return 'value ignored by close'
r = returns_on_close()
next(r)
print(r.close())
fresh = closer()
fresh.close()
print('close before start runs no code')
t = closer()
try:
    t.throw(TypeError('typed'))
except TypeError as e:
    print('throw on fresh generator:', e)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
