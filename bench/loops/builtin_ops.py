# One-line operations that docs/performance.md quotes (2026-12-01, evening and night; 2026-12-02; 2026-12-03): each timed over
# 200,000 iterations of a loop, the best of 5 rounds (the first rounds warm gilvm's JIT up),
# in nanoseconds per iteration, loop included.
import json
import math
import time
from abc import ABC

N = 200_000
L20 = list(range(20))
D = {'a': 1}
S3 = {0, 1, 2}


class C:
    def __init__(self):
        self.a = 1

    def m(self):
        return 1

    K = 3

    @staticmethod
    def s(x):
        return x


def f0():
    return 1


class Abstract(ABC):
    pass


def new_instance(n):
    for i in range(n): C()


def set_empty(n):
    for i in range(n): set()


def list_empty(n):
    for i in range(n): list()


def range_3(n):
    t = 0
    for i in range(n):
        for j in range(3): t += j


def bool_int(n):
    for i in range(n): bool(i)


def str_int(n):
    for i in range(n): str(i)


def fstring_int(n):
    for i in range(n): f'{i}'


def sorted_key_per_item(n):
    k = lambda x: -x
    for i in range(n // 20): sorted(L20, key=k)


def raise_caught(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            pass


def missing_key_caught(n):
    for i in range(n):
        try:
            D['x']
        except KeyError:
            pass


def format_f3(n):
    for i in range(n): '%.3f' % 1.5


def str_replace(n):
    s = 'hello world foo bar'
    for i in range(n): s.replace('o', '0')


def set_contains(n):
    for i in range(n): 3 in S3


def call_function(n):
    for i in range(n): f0()


def load_global(n):
    for i in range(n): f0


def isinstance_abc(n):
    for i in range(n): isinstance(1, Abstract)


def dict_build_per_item(n):
    for i in range(n // 10):
        d = {}
        for k in range(10): d[k] = k


def float_expression(n):
    x, y, z = 1.5, 2.25, 0.5
    t = 0.0
    for i in range(n): t += x * x + y * y + z * z


def call_method(n):
    o = C()
    for i in range(n): o.m()


def for_list_per_item(n):
    for i in range(n // 20):
        for x in L20: pass


def for_enumerate_per_item(n):
    for i in range(n // 20):
        for k, x in enumerate(L20): pass


def for_dict_items_per_item(n):
    d = dict.fromkeys(L20, 0)
    for i in range(n // 20):
        for k, v in d.items(): pass


def for_zip_per_item(n):
    for i in range(n // 20):
        for a, b in zip(L20, L20): pass


def sum_list_per_item(n):
    for i in range(n // 20): sum(L20)


def max_list_per_item(n):
    for i in range(n // 20): max(L20)


def class_attr(n):
    for i in range(n): C.K


def class_static_call(n):
    for i in range(n): C.s(i)


def module_call(n):
    for i in range(n): math.floor(1.5)


best = {}
for _ in range(5):
    for f in (new_instance, set_empty, list_empty, range_3, bool_int, str_int, fstring_int,
              sorted_key_per_item, raise_caught, missing_key_caught, format_f3, str_replace,
              set_contains, load_global, call_function, call_method, isinstance_abc, float_expression,
              dict_build_per_item, for_list_per_item, for_enumerate_per_item, for_dict_items_per_item,
              for_zip_per_item, sum_list_per_item, max_list_per_item, class_attr, class_static_call, module_call):
        t0 = time.perf_counter()
        f(N)
        dt = (time.perf_counter() - t0) / N * 1e9
        key = f.__name__ + '_ns'
        best[key] = min(best.get(key, dt), dt)
print(json.dumps({k: round(v, 1) for k, v in best.items()}))
