# Every mutable built-in container hammered from many threads at once: the
# operations CPython documents as atomic (append, pop, item set, dict writes,
# set.add, deque's ends, bytearray.extend, ...) lose nothing, iteration and
# copies of containers that change meanwhile never crash, and a module imported
# by several threads at once runs once. The same totals under the GIL and in
# free-threading mode (gilvm -X gil=0), whatever the interleaving.
import collections
import os
import sys
import threading

T = 8
N = 3000


def run_all(target, *extra):
    threads = [threading.Thread(target=target, args=(k,) + extra) for k in range(T)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# list: append, pop, extend, insert, item set, sort, copies
L = []
popped = []
source = list(range(T * N))


def list_worker(k):
    for i in range(N):
        L.append(i)
        popped.append(source.pop())
    L.extend([k] * 100)
    for i in range(100):
        L[i] = k
        L.insert(0, -1)
    snap = list(L)
    assert len(snap) <= len(L)
    sorted(snap)


run_all(list_worker)
print("list", len(L), len(source), len(popped), sorted(popped) == list(range(T * N)))

# dict: item set, setdefault, pop, update, get, iteration over copies
D = {}
counts = {}


def dict_worker(k):
    for i in range(N):
        D[(k, i)] = i
        counts.setdefault(i % 10, []).append(k)
    for i in range(0, N, 2):
        assert D.pop((k, i)) == i
    D.update({("u", k, j): j for j in range(50)})
    for key in list(D):
        D.get(key)
    dict(D).items()


run_all(dict_worker)
print("dict", len(D), sum(len(v) for v in counts.values()), sorted(counts))

# set: add, discard, update, copies and set algebra
S = set()


def set_worker(k):
    for i in range(N):
        S.add((k, i))
    for i in range(0, N, 3):
        S.discard((k, i))
    S.update((k, -j) for j in range(1, 21))
    frozen = frozenset(S)
    assert len(frozen | S) >= len(frozen)


run_all(set_worker)
print("set", len(S))

# deque: a consumer per producer, popleft and append at both ends
Q = collections.deque()
got = []


def deque_worker(k):
    for i in range(N):
        Q.append(i)
        Q.appendleft(-i)
    for i in range(N):
        got.append(Q.pop())


run_all(deque_worker)
print("deque", len(Q), len(got))

# bytearray: append and extend
B = bytearray()


def bytes_worker(k):
    for i in range(N // 10):
        B.append(65 + k)
        B.extend(b"xy")


run_all(bytes_worker)
print("bytearray", len(B), sorted(set(B)))

# instance attributes and class attributes changed while read
class Box:
    shared = 0


box = Box()


def attr_worker(k):
    for i in range(N):
        setattr(box, "a%d" % k, i)
        Box.shared = i
        assert isinstance(box.shared, int)


run_all(attr_worker)
print("attrs", sorted(k for k in vars(box)), getattr(box, "a0"))

# a module imported by every thread at once runs once, and none sees it half-made
folder = os.path.join(os.environ.get("TMPDIR", "/tmp"), "gilvm_ft_stress_%d" % os.getpid())
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "slow_module_ft.py"), "w") as f:
    f.write(
        "import builtins, time\n"
        "builtins.slow_module_runs = getattr(builtins, 'slow_module_runs', 0) + 1\n"
        "time.sleep(0.05)\n"
        "DONE = True\n"
    )
sys.path.insert(0, folder)
seen = []


def import_worker(k):
    import slow_module_ft

    seen.append(slow_module_ft.DONE)


run_all(import_worker)
import builtins

print("import", builtins.slow_module_runs, len(seen), all(seen))

os.remove(os.path.join(folder, "slow_module_ft.py"))
os.rmdir(folder)
