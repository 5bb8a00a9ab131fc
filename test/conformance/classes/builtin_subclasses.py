# Subclassing built-in types: int, str, list, dict, tuple, and exceptions; isinstance and type().
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(36.66)
print(c, c.to_f(), type(c).__name__, type(c + 1).__name__, isinstance(c, float))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + '!'
u = Upper('hello')
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, u == 'HELLO')

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s[1:]).__name__, type(s + s).__name__, s == [1, 2, 3, 4])

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
cnt = Counter()
for ch in 'mississippi':
    cnt.add(ch)
print(sorted(cnt.items()), isinstance(cnt, dict), len(cnt))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p + (3,), hash(p) == hash((1, 2)))

class Flag(int):
    def __repr__(self):
        return f'Flag({int(self)})'
    def __add__(self, o):
        return Flag(int(self) | int(o))
f = Flag(1) + Flag(4)
print(f, f + 2, int(f), Flag(3) * 2, type(Flag(3) * 2).__name__)
class Attrs(list):
    pass
a = Attrs()
a.note = 'lists subclasses have a __dict__'
print(a.note, a)
print(type(True).__name__, isinstance(True, int), type(1) is int, type(c) is float)
class MyErr(KeyError):
    pass
try:
    raise MyErr('k')
except LookupError as e:
    print(type(e).__name__, e, repr(e))
