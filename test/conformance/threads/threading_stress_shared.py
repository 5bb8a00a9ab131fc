# Many threads mutating shared lists, dicts, sets, deques and counters under locks lose nothing.
import collections
import threading

N_THREADS = 10
PER_THREAD = 200
shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = collections.deque()
counter = [0]
counter_lock = threading.Lock()
start = threading.Barrier(N_THREADS)


def work(k):
    start.wait()
    base = k * PER_THREAD
    for i in range(base, base + PER_THREAD):
        shared_list.append(i)
        shared_dict[i] = k
        shared_set.add(i)
        shared_deque.append(i)
        with counter_lock:
            counter[0] += 1
    for i in range(base, base + PER_THREAD, 2):
        del shared_dict[i]
        shared_set.discard(i)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = N_THREADS * PER_THREAD
print(len(shared_list), sorted(shared_list) == list(range(total)))
print(len(shared_dict), all(shared_dict[i] == i // PER_THREAD for i in shared_dict))
print(len(shared_set), shared_set == set(range(1, total, 2)))
print(len(shared_deque), sorted(shared_deque) == list(range(total)))
print(counter[0])

# list.pop from many consumers: every item taken exactly once
items = list(range(2000))
taken = [[] for _ in range(8)]


def consume(slot):
    while True:
        try:
            taken[slot].append(items.pop())
        except IndexError:
            return


consumers = [threading.Thread(target=consume, args=(s,)) for s in range(8)]
for t in consumers:
    t.start()
for t in consumers:
    t.join()
flat = sorted(x for part in taken for x in part)
print(len(flat), flat == list(range(2000)), items)

# an RLock-protected read-modify-write on a dict of counters
stats = collections.Counter()
rl = threading.RLock()


def tally(k):
    for i in range(100):
        with rl:
            with rl:
                stats[i % 7] += 1


ts = [threading.Thread(target=tally, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(stats.items()), sum(stats.values()))
