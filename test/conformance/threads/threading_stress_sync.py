# Under load: a condition-based bounded buffer, semaphores limiting concurrency, repeated barrier
# cycles and event ping-pong neither deadlock nor lose wake-ups.
import threading

# bounded buffer with two conditions over one lock
buf = []
CAP = 4
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
consumed = []
PRODUCERS, CONSUMERS, EACH = 3, 3, 80


def producer(k):
    for i in range(EACH):
        with not_full:
            not_full.wait_for(lambda: len(buf) < CAP)
            buf.append((k, i))
            not_empty.notify()


def consumer():
    while True:
        with not_empty:
            not_empty.wait_for(lambda: buf)
            item = buf.pop(0)
            not_full.notify()
            # Recorded under the lock: two consumers appending after it could swap two items
            # (they do in free-threading mode, where both run at once).
            if item is not None:
                consumed.append(item)
        if item is None:
            return


cs = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
ps = [threading.Thread(target=producer, args=(k,)) for k in range(PRODUCERS)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    with not_full:
        not_full.wait_for(lambda: len(buf) < CAP)
        buf.append(None)
        not_empty.notify()
for t in cs:
    t.join()
print(len(consumed), sorted(consumed) == [(k, i) for k in range(PRODUCERS) for i in range(EACH)])
per_producer = {}
for k, i in consumed:
    per_producer.setdefault(k, []).append(i)
print('producers in order', all(v == sorted(v) for v in per_producer.values()))

# a semaphore keeps at most 3 threads inside
sem = threading.BoundedSemaphore(3)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    for _ in range(15):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with guard:
                inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak <= 3', peak[0] <= 3, inside[0], sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(False))

# barrier cycles
PARTIES, ROUNDS = 5, 20
bar = threading.Barrier(PARTIES)
rounds_seen = [[] for _ in range(ROUNDS)]


def cyclist(k):
    for r in range(ROUNDS):
        rounds_seen[r].append(k)
        bar.wait()


ts = [threading.Thread(target=cyclist, args=(k,)) for k in range(PARTIES)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('barrier rounds', all(sorted(r) == list(range(PARTIES)) for r in rounds_seen), bar.n_waiting, bar.broken)

# event ping-pong
ping, pong = threading.Event(), threading.Event()
hits = []


def ponger():
    for i in range(100):
        ping.wait()
        ping.clear()
        hits.append(i)
        pong.set()


t = threading.Thread(target=ponger)
t.start()
for i in range(100):
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print('ping-pong', hits == list(range(100)))

# many waiters on one condition, notify_all in rounds
cond = threading.Condition()
generation = [0]
arrived = [0]
WAITERS, GENS = 8, 10


def follower():
    seen = 0
    while seen < GENS:
        with cond:
            arrived[0] += 1
            cond.notify_all()
            cond.wait_for(lambda: generation[0] > seen)
            seen = generation[0]


ts = [threading.Thread(target=follower) for _ in range(WAITERS)]
for t in ts:
    t.start()
for g in range(GENS):
    with cond:
        cond.wait_for(lambda: arrived[0] >= WAITERS * (g + 1))
        generation[0] += 1
        cond.notify_all()
for t in ts:
    t.join()
print('generations', generation[0], arrived[0])
