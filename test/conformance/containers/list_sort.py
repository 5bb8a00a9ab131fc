# Sorting: list.sort and sorted with key/reverse, stability, errors, sorting mixed numbers.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'Fig', 'elderberry']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [('bob', 3), ('alice', 1), ('carol', 3), ('dave', 2), ('eve', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
nums = [5, 2.5, -1, 3, 0, True, -0.5, 10 ** 20, 2 ** 0.5]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted({5, 3, 9}))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is not lst)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print('TypeError:', e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'Item({self.v})'
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)]), min(Item(5), Item(4)))
big = list(range(1000, 0, -1))
big.sort(key=lambda n: (n % 10, n))
print(big[:12], big[-3:])
stable = sorted([(i % 3, i) for i in range(12)], key=lambda p: p[0])
print(stable)
data = [5, 1, 4]
def mutating_key(x):
    return x
data.sort(key=mutating_key)
print(data, sorted([], reverse=True), sorted([1], key=None))
print(sorted(['b', 'a', 'C'], key=str.casefold, reverse=True), sorted([-3, 2, -1], key=abs))
