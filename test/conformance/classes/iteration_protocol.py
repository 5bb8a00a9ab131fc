# __iter__/__next__, the old __getitem__ iteration protocol, __reversed__, __length_hint__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, 'done'))
for x in Countdown(3):
    print('loop', x)
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(100)), max(Countdown(4)), sorted(Countdown(3)))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
print(list(reversed([1, 2, 3])))

class Rev:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
    def __reversed__(self):
        return iter(self.data[::-1] + ['(custom reversed)'])
    def __len__(self):
        return len(self.data)
print(list(reversed(Rev([1, 2, 3]))), list(Rev('ab')))

class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3 or i < 0:
            raise IndexError
        return 'abc'[i]
print(list(reversed(SeqRev())))

class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
class Gen:
    def __iter__(self):
        yield 'from'
        yield 'generator'
print(list(Gen()), ' '.join(Gen()))
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
print(list(zip(Countdown(3), 'abc')), dict(zip('xy', Countdown(2))))
