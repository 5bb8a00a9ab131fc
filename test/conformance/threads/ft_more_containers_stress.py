# The mutable objects of the library written in the runtime itself, beyond the
# built-in containers, hammered from many threads at once: array.array,
# io.StringIO and io.BytesIO, random.Random, the list that heapq and
# bisect.insort work on, an lru_cache's bookkeeping and itertools iterators
# shared between threads. Each operation is atomic, so nothing is lost: the
# same totals under the GIL and in free-threading mode (gilvm -X gil=0),
# whatever the interleaving.
import array
import bisect
import functools
import heapq
import io
import itertools
import random
import threading

T = 8
N = 1000


def run_all(target, *extra):
    threads = [threading.Thread(target=target, args=(k,) + extra) for k in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# array.array: append, pop and item set at once; a prefix that pops never reach
P = T * 10
A = array.array("i", [0] * P)
array_popped = [[] for _ in range(T)]


def array_worker(k):
    mine = array_popped[k]
    for i in range(N):
        A.append(k * (N + 20) + i)
        A[k * 10 + i % 10] = i
        if i % 2:
            mine.append(A.pop())
    A.extend(array.array("i", [k * (N + 20) + i for i in range(N, N + 20)]))
    assert len(A.tobytes()) % A.itemsize == 0
    for x in A[:P]:
        assert 0 <= x < N


run_all(array_worker)
rest = A[P:].tolist() + [x for m in array_popped for x in m]
want = list(range(T * (N + 20)))
print("array", len(A), sorted(rest) == want, A[:P].tolist() == [N - 10 + i % 10 for i in range(P)])

# io.StringIO and io.BytesIO: lines written at once
S = io.StringIO()
B = io.BytesIO()


def io_worker(k):
    for i in range(N):
        S.write("%d:%d\n" % (k, i))
        B.write(b"%d:%d\n" % (k, i))
        if i % 100 == 0:
            S.tell()
            B.getvalue()


run_all(io_worker)
want = sorted("%d:%d" % (k, i) for k in range(T) for i in range(N))
text = S.getvalue()
data = B.getvalue().decode()
print("StringIO", len(text), S.tell() == len(text), sorted(text.splitlines()) == want)
print("BytesIO", len(data), B.tell() == len(data), sorted(data.splitlines()) == want)

# random.Random: one generator drawn from at once, its state saved and restored meanwhile
R = random.Random(12345)
drawn = [0] * T


def random_worker(k):
    for i in range(N):
        x = R.random()
        assert 0.0 <= x < 1.0
        assert 0 <= R.getrandbits(70) < 2**70
        drawn[k] += 1
        if i % 97 == 0:
            R.setstate(R.getstate())


run_all(random_worker)
state = R.getstate()
R.setstate(state)
R.seed(2024)
again = random.Random(2024)
print("random", sum(drawn), 0 <= state[1][-1] <= 624, [R.random() for _ in range(5)] == [again.random() for _ in range(5)])

# heapq: pushes and pops on one list
H = []
heap_popped = [[] for _ in range(T)]


def heap_worker(k):
    mine = heap_popped[k]
    for i in range(N):
        heapq.heappush(H, (i * 7919 + k * 104729) % 10007)
        if i % 3 == 0:
            mine.append(heapq.heappop(H))
    heapq.heappushpop(H, 5000)
    heapq.heapreplace(H, 5000)


run_all(heap_worker)
ok = all(H[(i - 1) // 2] <= H[i] for i in range(1, len(H)))
total = sorted(H + [x for m in heap_popped for x in m])
print("heapq", len(H), ok, len(total))

# bisect.insort: one sorted list
I = []


def insort_worker(k):
    for i in range(N):
        bisect.insort(I, (i * 31 + k) % 997)
        if i % 2:
            bisect.insort_left(I, -i)


run_all(insort_worker)
print("insort", len(I), I == sorted(I), sum(1 for x in I if x < 0))

# functools.lru_cache: a small cache whose entries come and go from every thread
calls = [0] * T


@functools.lru_cache(maxsize=16)
def square(n):
    return n * n


def cache_worker(k):
    for i in range(N):
        assert square((i * 7 + k) % 50) == ((i * 7 + k) % 50) ** 2
        calls[k] += 1


run_all(cache_worker)
info = square.cache_info()
print("lru_cache", info.hits + info.misses == sum(calls), info.currsize, info.maxsize)

# itertools iterators shared by threads: items may repeat or be skipped (the iterators they read
# are shared too), never corrupted
C = itertools.cycle(iter(range(1000)))
TEE = itertools.tee(iter(range(T * N)), 2)[0]
COMB = itertools.combinations(range(12), 4)
PERM = itertools.permutations(range(7), 3)
bad = []


def iter_worker(k):
    for i in range(N):
        if not 0 <= next(C) < 1000:
            bad.append("cycle")
        x = next(TEE, 0)
        if not 0 <= x < T * N:
            bad.append("tee")
        c = next(COMB, (0, 1, 2, 3))
        if len(c) != 4 or list(c) != sorted(set(c)) or not 0 <= c[0] <= c[3] < 12:
            bad.append("combinations")
        p = next(PERM, (0, 1, 2))
        if len(set(p)) != 3 or not all(0 <= v < 7 for v in p):
            bad.append("permutations")


run_all(iter_worker)
print("itertools", bad, all(0 <= x < 1000 for x in itertools.islice(C, 2000)))

# A range iterator shared by threads: every item once, none past the end (in free-threading
# mode each item is taken with one compare-and-swap of the count left)
R = iter(range(T * N))
range_got = [[] for _ in range(T)]


def range_worker(k):
    mine = range_got[k]
    for x in R:
        mine.append(x)


run_all(range_worker)
print("range_iterator", sorted(x for g in range_got for x in g) == list(range(T * N)))
