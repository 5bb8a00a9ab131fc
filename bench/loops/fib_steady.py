# Recursive calls at steady state: fib(27), the first call and the best of 8.
import json
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


times = []
for _ in range(8):
    t0 = time.perf_counter()
    fib(27)
    times.append((time.perf_counter() - t0) * 1e3)
print(json.dumps({'first_fib27_ms': round(times[0], 1), 'best_fib27_ms': round(min(times), 1)}))
