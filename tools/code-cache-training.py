"""The program the build runs to make the bundles' code caches (tools/train-code-caches.mjs).

V8 keeps in a bundle's cache the functions that had been compiled when it was made: those that
compiling and running this program called. So it uses what common programs use: the usual
statements and expressions (compiled on the main thread), and classes, closures, generators,
exceptions, formatting, the containers, a few bundled modules and threads (run in the worker;
the threads' own workers write no cache, but starting them, handing them work and joining them
run in the main worker and on Node's main thread). Its output is thrown away; it must end with
status 0.
"""
import collections
import concurrent.futures
import functools
import itertools
import json
import math
import queue
import random
import re
import sys
import threading
import time
from dataclasses import dataclass

LIMIT = 200
TABLE = {'a': 1, 'b': 2.5, 'c': 'three', 'd': (4, 5), 'e': [6, 7], 'f': None, 'g': True}


class Shape:
    count = 0

    def __init__(self, name, sides=0, *, scale=1.0):
        self.name = name
        self.sides = sides
        self.scale = scale
        Shape.count += 1

    @property
    def label(self):
        return f'{self.name}:{self.sides}'

    @staticmethod
    def unit():
        return Shape('unit', 1)

    @classmethod
    def named(cls, name):
        return cls(name)

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, {self.sides})'

    def __eq__(self, other):
        return isinstance(other, Shape) and (self.name, self.sides) == (other.name, other.sides)

    def __hash__(self):
        return hash((self.name, self.sides))

    def __lt__(self, other):
        return self.sides < other.sides


class Square(Shape):
    __slots__ = ('side',)

    def __init__(self, side):
        super().__init__('square', 4)
        self.side = side

    def area(self):
        return self.side * self.side * self.scale


class Vector:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __iter__(self):
        yield self.x
        yield self.y


@dataclass
class Point:
    x: int
    y: int = 0


def counter():
    total = 0

    def add(n=1):
        nonlocal total
        total += n
        return total
    return add


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes(limit):
    sieve = [True] * limit
    for i in range(2, limit):
        if sieve[i]:
            yield i
            for j in range(i * i, limit, i):
                sieve[j] = False


def chained(items):
    yield from items
    return len(items)


def describe(value):
    match value:
        case None:
            return 'none'
        case bool(b):
            return f'bool {b}'
        case int(n) if n < 0:
            return 'negative'
        case int() | float():
            return 'number'
        case str() as s:
            return 'str ' + s
        case [first, *rest]:
            return f'list {first} +{len(rest)}'
        case {'a': a, **others}:
            return f'dict {a} {sorted(others)}'
        case Point(x=0):
            return 'on the y axis'
        case _:
            return 'other'


def checked(x, /, y, *args, z=3, **kwargs):
    try:
        if x < 0:
            raise ValueError(f'negative: {x}')
        result = x / y
    except ZeroDivisionError as e:
        result = str(e)
    except (ValueError, TypeError):
        result = -1
    else:
        result = round(result, 3)
    finally:
        z += len(args) + len(kwargs)
    return result, z


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is KeyError


async def twice(x):
    return x * 2


def run_coroutine(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


def strings(n):
    words = ['alpha', 'beta', 'gamma', 'delta']
    out = []
    for i in range(n):
        w = words[i % len(words)]
        out.append('%s-%03d %5.2f %x' % (w.upper(), i, i / 7, i))
        out.append('{:>8}|{:<6}|{:^7.3f}'.format(w, i, i * 1.5))
        out.append(f'{w!r:10} {i:+d} {i * 2.5:.1e} {w[1:3]} {w.title()}')
    text = '\n'.join(out)
    return len(text.split()), text.count('a'), text.replace('-', '_')[:20], text.strip().startswith('ALPHA')


def containers(n):
    d = {}
    for i in range(n):
        d[f'k{i % 37}'] = d.get(f'k{i % 37}', 0) + i
    s = {x % 11 for x in range(n)} | frozenset({100, 200})
    squares = [x * x for x in range(n) if x % 3]
    pairs = sorted(((v, k) for k, v in d.items()), reverse=True)[:5]
    grid = [[r * c for c in range(5)] for r in range(5)]
    t = tuple(squares[:10])
    dq = collections.deque(range(10), maxlen=8)
    dq.rotate(3)
    counts = collections.Counter('abracadabra')
    od = collections.defaultdict(list)
    for k, v in zip('abcabc', range(6)):
        od[k].append(v)
    merged = {**d, 'extra': 1}
    return (len(d), sorted(s), sum(squares), pairs, grid[2][3], t[1:4], list(dq), counts.most_common(2),
            dict(od), len(merged), squares[::7], list(enumerate('xyz')), any(squares), all(t), min(t), max(t))


def numbers(n):
    total = 0
    f = 0.0
    for i in range(1, n):
        total += i * i % 7 - (i >> 1) + (i & 3) ** 2
        f += math.sqrt(i) * 1.5 / i - math.sin(i)
    big = 2 ** 100 // 3 + fib(15)
    return total, round(f, 6), big, divmod(big, 97), abs(-3.5), int('123') + int(4.9), float('1e-3'), complex(1, 2) * 2


def threads(n):
    results = queue.Queue()
    lock = threading.Lock()
    shared = [0]

    def work(k):
        for _ in range(n):
            with lock:
                shared[0] += k
        results.put(k * k)

    workers = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        squares = list(pool.map(lambda x: x * x, range(8)))
    return shared[0], sorted(results.get() for _ in workers), squares, threading.active_count()


def main():
    global LIMIT
    shapes = [Square(i) for i in range(1, 6)] + [Shape.unit(), Shape.named('blob')]
    print(sorted(shapes[:5]), [s.label for s in shapes], Shape.count, shapes[0] == Square(1))
    print(sum(s.area() for s in shapes if isinstance(s, Square)), {s: s.sides for s in shapes[:3]})
    v = Vector(1, 2) + Vector(3, 4) * 2
    print(abs(v), list(v), Point(1), Point(0, 5) == Point(0, 5))
    add = counter()
    print([add(i) for i in range(5)], fib(18), list(primes(LIMIT))[-3:])
    gen = chained([1, 2, 3])
    print(list(gen), list(itertools.islice(itertools.count(), 5)), list(itertools.chain('ab', 'cd')))
    print([describe(x) for x in (None, True, -1, 2.5, 'x', [1, 2, 3], {'a': 1, 'b': 2}, Point(0, 1), ())])
    print(checked(4, 2, 1, 2, k=1), checked(1, 0), checked(-1, 1), checked('x', 1))
    with Resource():
        {}['missing']
    try:
        with Resource():
            raise IndexError('kept')
    except IndexError as e:
        print(repr(e), e.args)
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError('wrapped') from e
    except RuntimeError as e:
        print(e, type(e.__cause__).__name__)
    print(run_coroutine(twice(21)), strings(LIMIT // 10), containers(LIMIT), numbers(LIMIT))
    print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.lru_cache(maxsize=None)(fib)(20))
    print(json.loads(json.dumps(TABLE, sort_keys=True)), re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'))
    random.seed(7)
    print(random.randint(1, 100), random.choice('abc'), sorted(random.sample(range(50), 5)))
    namespace = {}
    exec(compile('def f(x):\n    return [y * 2 for y in range(x)]\n', '<training>', 'exec'), namespace)
    print(namespace['f'](4), eval('1 + 2 * 3'), sys.getrecursionlimit(), time.perf_counter() > 0)
    LIMIT = (w := LIMIT + 1)
    print(threads(LIMIT))
    print(LIMIT, w, str(b'bytes', 'ascii'), bytearray(b'xy') + b'z', hex(255), oct(8), bin(5), chr(65), ord('a'))


if __name__ == '__main__':
    main()
