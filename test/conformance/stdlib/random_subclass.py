# random: subclasses of Random. Which integer method a subclass gets (__init_subclass__) depends
# on whether it overrides random(), getrandbits() or _randbelow, searched along its MRO.
import random

class Bits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().getrandbits(k)

class Floats(random.Random):
    """Only random(): integers come from floats (up to 2**53)."""
    def random(self):
        return super().random()

class Both(Floats):
    def getrandbits(self, k):
        return super().getrandbits(k)

class Below(Floats):
    def _randbelow(self, n):
        return n - 1

class Plain(random.Random):
    pass

class Counter(random.Random):
    def __init__(self, seed, step=0.125):
        self.step = step
        super().__init__(seed)
        self.x = 0.0
    def random(self):
        self.x = (self.x + self.step) % 1.0
        return self.x
    def seed(self, a=None, version=2):
        self.seeded = a
        super().seed(a, version)

for cls in (random.Random, Bits, Floats, Both, Below, Plain):
    print(cls.__name__, cls._randbelow.__name__ == random.Random._randbelow.__name__,
          'random' in cls.__dict__, 'getrandbits' in cls.__dict__)
print(Floats._randbelow is not Bits._randbelow, Both._randbelow is Bits._randbelow)

for cls in (Bits, Floats, Both, Below, Plain):
    g = cls(8)
    print(cls.__name__, [g.randrange(100) for _ in range(6)], g.choice('abcdef'), g.sample(range(20), 4))
    x = list(range(8)); g.shuffle(x); print('  ', x, g.randint(1, 1000000))
b = Bits(1); b.randrange(1000)
print('bits calls', b.calls)

c = Counter(42)
print(c.seeded, c.step, [c.random() for _ in range(3)])
print([c.randrange(10) for _ in range(10)], c.choices('abcd', k=5), c.uniform(0, 8))
print(c.triangular(), c.expovariate(2.0), c.paretovariate(1.0))
c2 = Counter(7, step=0.3)
print(c2.seeded, [c2.randrange(3) for _ in range(6)])


class Kw(random.Random, flavour='x'):
    pass
print(Kw(3).random() == random.Random(3).random())

class WithState(random.Random):
    def getstate(self):
        return ('mine', super().getstate())
    def setstate(self, st):
        super().setstate(st[1])
w = WithState(5)
st = w.getstate()
v = w.random()
w.setstate(st)
print(st[0], v == w.random(), type(w.__reduce__()[0]).__name__)
print(random.Random.VERSION, Plain(1).VERSION)
print(issubclass(random.Random, __import__('_random').Random), random.Random.__module__, random.Random.__name__)
