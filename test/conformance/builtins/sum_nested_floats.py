# sum() of floats keeps its running total per call: a generator whose body calls sum() again
# (at any depth) must not disturb the outer total, nor its compensation (CPython 3.12's
# Neumaier summation), nor the switch to the generic addition for other items.
print(sum(sum(x * 0.5 for x in range(i)) for i in range(50)))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([-0.0, -0.0], -0.0), sum([], -0.0))

def inner(d):
    for i in range(3):
        yield sum(float(j) / 3 for j in range(d)) if d < 5 else 0.1
        yield i

print(sum(inner(3)), sum((sum(inner(k)) for k in range(8)), 0.5))

def deep(n):
    # Nested sums 40 deep (past the first size of the per-depth totals).
    yield 0.1
    if n > 0:
        yield sum(deep(n - 1)) / 3
    yield 0.2

print(sum(deep(3)), sum(deep(40)))

from fractions import Fraction
print(sum([0.5, 0.25, Fraction(1, 3), 1.0]), sum(x for x in [1e16, 1.0, -1e16, 3, 2**70, 0.5]))
print(sum((0.1 for _ in range(1000)), sum(0.2 for _ in range(10))))
