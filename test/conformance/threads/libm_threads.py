# The C library's math functions (loaded through koffi in each worker on first use) from four
# threads at once: every thread's sums are CPython's to the last bit.
import math, threading
results = {}
def work(k):
    s = 0.0
    for i in range(20000):
        x = (i + k) * 0.001
        s += math.sin(x) + math.erf(x) + math.cbrt(x) + x ** 1.7 + math.exp(-x) + math.log1p(x)
    results[k] = s
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print([repr(results[k]) for k in range(4)])
