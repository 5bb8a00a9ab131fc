# heapq.merge (key, reverse, stability among inputs), nlargest and nsmallest (ties, keys,
# iterators, n out of range): outputs as CPython's.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1, 2])))
print(list(heapq.merge([3, 1], [2, 0])))   # unsorted inputs: still the same output
print(list(heapq.merge([5, 3, 1], [4, 2, 0], reverse=True)))
a = [(1, 'a'), (3, 'a'), (5, 'a')]
b = [(1, 'b'), (3, 'b'), (4, 'b')]
c = [(0, 'c'), (3, 'c')]
print(list(heapq.merge(a, b, c, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], c[::-1], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(iter('ace'), iter('bdf'), 'xyz')))
g = heapq.merge([1, 4], [2, 3])
print(type(g).__name__, next(g), next(g), list(g))
seen = []
def k(x):
    seen.append(x)
    return x
print(list(heapq.merge([1, 3], [2, 4], key=k)), sorted(seen))

data = [5, 1, 8, 3, 9, 1, 4, 8, 2, 7, 6, 0, 9]
for n in (-1, 0, 1, 2, 3, 5, 13, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data),
          heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
pairs = [(i % 4, chr(97 + i)) for i in range(15)]
for n in (1, 3, 6, 15):
    print(n, heapq.nsmallest(n, pairs, key=lambda p: p[0]), heapq.nlargest(n, pairs, key=lambda p: p[0]))
    print(n, heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]), heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
print(heapq.nsmallest(2, 'hello world'), heapq.nlargest(3, {3: 'a', 1: 'b', 2: 'c'}))
print(heapq.nlargest(2, [], key=abs), heapq.nsmallest(1, []), heapq.nlargest(1, [-5, 3], key=abs))
print(heapq.nlargest(3, [-5, 3, 5, -3, 1], key=abs), heapq.nsmallest(3, [-5, 3, 5, -3, 1], key=abs))
print(heapq.nsmallest(4, (x * 0.5 for x in range(20, 0, -1))), heapq.nlargest(4, range(100)))
import random
rnd = random.Random(1)
big = [rnd.randrange(50) for _ in range(300)]
print(heapq.nsmallest(10, big), heapq.nlargest(10, big))
print(heapq.nlargest(5, big, key=lambda v: v % 7), heapq.nsmallest(5, big, key=lambda v: -v))
h = []
for v in big:
    heapq.heappush(h, v)
print(h[:40])
heapq.heapify(big)
print(big[:40])
