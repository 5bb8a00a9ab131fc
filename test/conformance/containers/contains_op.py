# `in` and `not in` on sets, frozensets and dicts: the loop answers small int and str keys of
# the exact types itself; every other case takes the type's __contains__.

s = {0, 1, -1, -2, 5, 2**40, 'a', ''}
fs = frozenset({3, -7, 'xy'})
d = {0: 'zero', -1: 'minus one', 'k': 1, 2**31: 'big'}

for key in (0, 1, -1, -2, -3, 5, 6, 2**40, 2**40 + 1, 'a', 'b', '', 1.0, -2.0, True, False, None):
    print(repr(key), key in s, key not in s, key in fs, key not in fs, key in d, key not in d)

# Keys equal to small ints stored as other types: found through their equal hashes.
print(1 in {True}, 0 in {False}, 3 in {3.0}, -1 in {-1.0}, 1 in {1.0: 'x'}, True in {1})

# Negative ints whose hashes differ from themselves, and a run of deletions.
churn = set()
for i in range(-20, 20):
    churn.add(i)
    churn.discard(i - 1)
print(sorted(churn), -1 in churn, 19 in churn, 18 in churn)


class Key(str):
    def __hash__(self):
        return hash('a')

    def __eq__(self, other):
        print('Key.__eq__', other)
        return other == 'a'


class Tagged(set):
    def __contains__(self, x):
        print('Tagged.__contains__', x)
        return True


class CountingDict(dict):
    def __contains__(self, k):
        print('CountingDict.__contains__', k)
        return super().__contains__(k)


print(Key('zz') in s, Key('zz') in {'a': 1})
print(5 in Tagged(), 'q' not in Tagged())
print(0 in CountingDict({0: 1}), 'k' not in CountingDict())
print(1 in s - {1}, 'a' in fs | {'a'})

try:
    [] in s
except TypeError as e:
    print('TypeError', e)
try:
    {} in d
except TypeError as e:
    print('TypeError', e)


def loop(n):
    seen = set()
    table = {}
    hits = 0
    for i in range(n):
        if i % 7 in seen:
            hits += 1
        seen.add(i % 5)
        if -i not in table:
            table[-i] = i
        if str(i % 3) in table:
            hits += 2
        table[str(i % 2)] = i
    return hits, len(seen), len(table)


print(loop(2000))
