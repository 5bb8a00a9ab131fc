# Large structures: a million small ints in a list, long strings, big dicts and sets; values stay exact.
lst = [i for i in range(1_000_000)]
print(len(lst), lst[0], lst[-1], lst[500_000], sum(lst))
lst2 = list(range(0, 1_000_000, 3))
print(len(lst2), lst2[-1], 999_999 in lst2)
del lst2
s = 'x' * 1_000_000
print(len(s), s[:3], s.count('x'))
joined = ','.join(str(i) for i in range(100_000))
print(len(joined), joined[:20], joined[-12:])
d = {i: i * i for i in range(100_000)}
print(len(d), d[99_999], sum(d.values()) % 1_000_000_007)
st = set(range(0, 300_000, 7))
print(len(st), 299_999 in st, 7 * 42_000 in st)
nested = [[i] * 5 for i in range(20_000)]
print(len(nested), nested[-1], sum(len(x) for x in nested))
b = bytes(range(256)) * 4000
print(len(b), b[-1], b.count(0))
t = tuple(range(150_000))
print(len(t), t[-1], t.index(123_456))
