# threading.local: separate attributes per thread, subclasses re-initialised per thread,
# class attributes, properties, slots, __dict__, errors.
import threading

data = threading.local()
data.x = 'main'
out = []


def look(tag):
    out.append((tag, hasattr(data, 'x'), sorted(data.__dict__)))
    data.x = tag
    data.y = [tag]
    out.append((tag, data.x, data.y, sorted(vars(data))))
    del data.y
    try:
        del data.y
    except AttributeError as e:
        out.append(('del', str(e)))


ts = [threading.Thread(target=look, args=(f't{i}',)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
for row in out:
    print(row)
print('main sees', data.x, data.__dict__)
try:
    data.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
try:
    threading.local(a=1)
except TypeError as e:
    print('TypeError', e)


class Counter(threading.local):
    shared = 'class attribute'
    inits = []

    def __init__(self, start, *, step=1):
        Counter.inits.append(threading.current_thread().name)
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    @property
    def doubled(self):
        return self.value * 2

    @doubled.setter
    def doubled(self, v):
        self.value = v // 2


c = Counter(10, step=5)
print(c.bump(), c.doubled, c.shared)
results = {}


def use(n):
    got = [c.value]
    for _ in range(n):
        got.append(c.bump())
    c.doubled = 100
    got.append((c.value, c.doubled, c.shared))
    results[threading.current_thread().name] = got


ts = [threading.Thread(target=use, args=(n,), name=f'user{n}') for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print('main again', c.value, sorted(Counter.inits))
try:
    c.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
try:
    del c.__dict__
except AttributeError as e:
    print('AttributeError', e)
try:
    c.nothing
except AttributeError as e:
    print('AttributeError', e)


class WithSlots(threading.local):
    __slots__ = ('shared_slot', '__dict__')

    def __init__(self):
        self.per_thread = threading.current_thread().name


w = WithSlots()
w.shared_slot = 'set in main'
seen = []


def slots():
    seen.append((w.shared_slot, w.per_thread))
    w.shared_slot = 'set in thread'


t = threading.Thread(target=slots, name='slotter')
t.start()
t.join()
print(seen, w.shared_slot, w.per_thread)


# __init__ failing in another thread: the error shows there, the next access tries again
class Picky(threading.local):
    calls = 0

    def __init__(self):
        Picky.calls += 1
        if Picky.calls == 2:
            raise RuntimeError('second init fails')
        self.ok = Picky.calls


p = Picky()
errs = []


def picky():
    try:
        p.ok
    except RuntimeError as e:
        errs.append(str(e))
    errs.append(p.ok)


t = threading.Thread(target=picky)
t.start()
t.join()
print(errs, p.ok, Picky.calls)


# many locals, many threads: every thread sees only its own values
locs = [threading.local() for _ in range(5)]
bad = []


def fill(i):
    for j, loc in enumerate(locs):
        loc.v = (i, j)
    for _ in range(20):
        for j, loc in enumerate(locs):
            if loc.v != (i, j):
                bad.append((i, j, loc.v))


ts = [threading.Thread(target=fill, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('mixups', bad, [hasattr(loc, 'v') for loc in locs])
import weakref
print(type(data), type(c).__mro__[1])
r = weakref.ref(data)
print(r() is data)

# lifetimes: a finished thread's values are freed, and so are a dead local's
import gc


class Box:
    pass


holder = threading.local()
refs = []


def keep():
    box = Box()
    holder.box = box
    refs.append(weakref.ref(box))


t = threading.Thread(target=keep)
t.start()
t.join()
gc.collect()
print('value of an ended thread freed', refs[0]() is None, hasattr(holder, 'box'))
tmp = threading.local()
box = Box()
tmp.box = box
r = weakref.ref(box)
del box, tmp
gc.collect()
print('value of a dead local freed', r() is None)

# dir(): the calling thread's attributes and the class's, nothing of the machinery
d = threading.local()
d.mine = 1
print(dir(d))


class S(threading.local):
    pass


s = S()
s.q = 2
print(dir(s))


class WithOwnSlots(threading.local):
    __slots__ = ('a', '__dict__')


print(dir(WithOwnSlots()))
seen_dir = []


def look_dir():
    d.other = 3
    seen_dir.append(dir(d)[-2:])


t = threading.Thread(target=look_dir)
t.start()
t.join()
print(seen_dir, dir(d)[-2:])
