# Generators consumed by a builtin and by a for loop: 300,000 items each, the best of 12 rounds
# (the first rounds warm gilvm's JIT up). A gilvm generator's frame runs in the generator object
# itself; a for loop resumes it as a frame of its own dispatch loop, a builtin in a nested run
# (docs/architecture.md).
import json
import time

N = 300_000


def sum_genexpr():
    return sum(x for x in range(N))


def for_genexpr():
    t = 0
    for x in (y for y in range(N)):
        t += x
    return t


def set_genexpr():
    return len(set(x & 1023 for x in range(N)))


best = {}
for _ in range(12):
    for f in (sum_genexpr, for_genexpr, set_genexpr):
        t0 = time.perf_counter()
        f()
        dt = (time.perf_counter() - t0) * 1e3
        key = f.__name__ + '_ms'
        best[key] = min(best.get(key, dt), dt)
print(json.dumps({k: round(v, 2) for k, v in best.items()}))
