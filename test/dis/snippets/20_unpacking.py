a, b = 1, 2
a, b = b, a
first, *rest = [1, 2, 3]
*init, last = range(5)
(x, y), z = (1, 2), 3
merged = [*rest, *init]
d = {**{'a': 1}, 'b': 2}
s = {*rest, 4}
