# heapq: the heap operations must leave lists exactly as CPython's do (same sift algorithm),
# including where equal items end up.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5, 3, 3, 11, -2]
h = []
for x in data:
    heapq.heappush(h, x)
    print('push', x, h)
while h:
    print('pop', heapq.heappop(h), h)

h = list(data)
heapq.heapify(h)
print('heapify', h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heapreplace(h, -5), h)
print(heapq.heappushpop(h, -10), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 4))
for n in range(0, 12):
    x = list(range(n, 0, -1))
    heapq.heapify(x)
    print(n, x)

# Equal keys: tuples compared on the first item only via a class with __lt__.
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f'{self.k}{self.tag}'
items = [Item(k, t) for k, t in zip([2, 1, 2, 1, 3, 1, 2, 2, 1, 3], 'abcdefghij')]
h = []
for it in items:
    heapq.heappush(h, it)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(items)
heapq.heapify(h)
print(h, heapq.heapreplace(h, Item(1, 'z')), h)

# Strings, tuples, floats.
words = 'the quick brown fox jumps over the lazy dog'.split()
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(3)])
pq = []
for prio, task in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (0.5, 'z')]:
    heapq.heappush(pq, (prio, task))
print([heapq.heappop(pq) for _ in range(len(pq))])

# The max-heap helpers.
h = list(data)
heapq._heapify_max(h)
print('max', h, heapq._heappop_max(h), h, heapq._heapreplace_max(h, 4), h)

# A list subclass is accepted.
class L(list):
    pass
s = L([3, 1, 2])
heapq.heapify(s)
print(type(s).__name__, s)

for name, f in [('push tuple', lambda: heapq.heappush((), 1)), ('pop empty', lambda: heapq.heappop([])),
                ('replace empty', lambda: heapq.heapreplace([], 1)), ('heapify dict', lambda: heapq.heapify({})),
                ('pop none', lambda: heapq.heappop(None)), ('pushpop tuple', lambda: heapq.heappushpop((1,), 0)),
                ('uncomparable', lambda: heapq.heappush([1], 'a')), ('heapify mixed', lambda: heapq.heapify([1, 'a', 2]))]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
print(heapq.__all__)

# A comparison that empties the heap, argument errors of the C-speed functions.
h = []
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        h.clear()
        return self.v < o.v
h.extend([Evil(1), Evil(2), Evil(0)])
for f in (lambda: heapq.heapify(h), lambda: heapq.heappush(h, Evil(-1)), lambda: heapq.heappop([]),
          lambda: heapq.heappush([1]), lambda: heapq.heappop(), lambda: heapq.heapify([1], 2),
          lambda: heapq.heappushpop([], 3), lambda: heapq.heapreplace([1], 'x'),
          lambda: heapq.heappush(h, 1, x=2)):
    try:
        print(f(), len(h))
    except Exception as e:
        print(type(e).__name__, e)
x = L([5, 4, 3])
heapq.heapify(x)
print(x, heapq.heappushpop(x, 4), x, heapq.heappushpop(x, 1), heapq.heappush.__name__)
print(heapq.nsmallest(3, [5.5, 1.5, float('nan'), 2.0, 0.5]), heapq.nlargest(2, [1, 2.5, True, -3]))
