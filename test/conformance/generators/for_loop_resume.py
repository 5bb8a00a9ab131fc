# Generators resumed by a for loop: a frame of the same dispatch loop, run in the
# generator's own storage (FOR_ITER, YIELD_VALUE and RETURN in interpreter.ts).
import sys, traceback

def g1():
    yield 1
    yield 2
    return 99

print([x for x in g1()])
for x in g1():
    print("x", x)
else:
    print("else ran")

def bad():
    yield 1
    raise ValueError("boom")

try:
    for x in bad():
        print("got", x)
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("caught", e, [f.name for f in tb])

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally in fin")

for x in fin():
    print("fin", x)
    break
print("after break")

def selfref():
    yield next(it)
it = selfref()
try:
    for x in it:
        pass
except ValueError as e:
    print("VE", e)

def rec(n):
    if n == 0:
        yield ()
        return
    for t in rec(n - 1):
        yield (n,) + t
print(list(rec(5)))
sys.setrecursionlimit(5000)
print(sum(len(t) for t in rec(400)))

def frames():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    g = cur
    yield g.gi_running, g.gi_frame.f_lineno, g.gi_frame.f_back.f_code.co_name
def consumer():
    global cur
    cur = frames()
    for v in cur:
        print("frames:", v)
consumer()
print(cur.gi_frame, cur.gi_running)

def big():
    for i in range(3):
        yield i
def longbody():
    total = 0
    for v in big():
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        a = v; b = a + 1; c = b + 1; d = c + 1; e = d + 1; f = e + 1; g = f + 1; h = g + 1
        total += h
    return total
print("long", longbody())

def stopit():
    yield 1
    raise StopIteration
try:
    for x in stopit():
        pass
except RuntimeError as e:
    print("RE", e, type(e.__cause__).__name__)

def exhausted():
    yield 1
ge = exhausted()
for x in ge: pass
for x in ge: print("never")
print("exhausted ok")

def sender():
    v = yield 1
    print("sent", v)
    yield 2
s = sender()
print(next(s))
for x in s:
    print("loop", x)

def inner_exc():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield "handled"
    yield 3
print(list(inner_exc()), [x for x in inner_exc()])

def ctx():
    try:
        raise TypeError("outer")
    except TypeError:
        for x in g1():
            pass
        print("ctx ok", sys.exc_info()[0].__name__)
ctx()
def genctx():
    yield sys.exc_info()[0]
try:
    raise OSError
except OSError:
    for v in genctx():
        print("exc in gen", v.__name__)
for v in genctx():
    print("exc in gen outside", v)
def deep_err(n):
    if n == 0:
        raise IndexError("deep")
        yield
    for t in deep_err(n - 1):
        yield t
try:
    for t in deep_err(3): pass
except IndexError:
    print(len(traceback.extract_tb(sys.exc_info()[2])))

# A closure made at the top of a generator's stack: MAKE_FUNCTION once cleared words past
# the stack's end, which in a generator's own storage are the next object's.
def makes_closures(n):
    rows = range(n)
    for cols in [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0)]:
        yield len(set(cols[r] + r for r in rows)), (lambda: cols[0])()
print(list(makes_closures(5)))
