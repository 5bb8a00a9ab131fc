"""A short tour of what gilvm runs today: classes, generators, closures,
comprehensions, f-strings, exceptions with tracebacks caught and printed."""


class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'


def primes():
    """An endless generator of primes (trial division by the primes found so far)."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


v = Vector(3, 4) + Vector(0.5, -1)
print(v, abs(Vector(3, 4)))

gen = primes()
print('first primes:', [next(gen) for _ in range(10)])
print('squares of odds:', {n: n * n for n in range(10) if n % 2})

bump = counter()
bump(); bump(10)
print('counter:', bump(), f'{2 ** 100:,}', f'{3.14159:>10.3f}|')

try:
    {'a': 1}['b']
except KeyError as e:
    print('caught', type(e).__name__, e)

match v:
    case Vector(x=x, y=y) if x > y:
        print(f'matched: x={x} > y={y}')
    case _:
        print('no match')
