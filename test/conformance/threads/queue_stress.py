# Producers and consumers over every queue class under load: nothing is lost
# or duplicated, bounded queues never exceed their bound, task_done/join
# balance, and no wakeup is lost (every blocked thread ends).
import queue
import threading

PRODUCERS, CONSUMERS, PER_PRODUCER = 3, 3, 50
STOP = 10 ** 9      # comparable with the items, so PriorityQueue can hold it


def run(q, bounded_check):
    seen = []
    lock = threading.Lock()
    over_bound = []

    def produce(base):
        for i in range(PER_PRODUCER):
            q.put(base + i)
            if bounded_check and q.qsize() > q.maxsize:
                over_bound.append(q.qsize())

    def consume():
        local = []
        while True:
            item = q.get()
            if item == STOP:
                if hasattr(q, 'task_done'):
                    q.task_done()
                break
            local.append(item)
            if hasattr(q, 'task_done'):
                q.task_done()
        with lock:
            seen.extend(local)

    consumers = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
    producers = [threading.Thread(target=produce, args=(k * 100000,)) for k in range(PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    if hasattr(q, 'join'):
        q.join()
    for _ in consumers:
        q.put(STOP)
    for t in consumers:
        t.join()
    expected = sorted(k * 100000 + i for k in range(PRODUCERS) for i in range(PER_PRODUCER))
    return sorted(seen) == expected, len(seen), over_bound == []


for name, q, bounded in [
    ('Queue(8)', queue.Queue(8), True),
    ('Queue()', queue.Queue(), False),
    ('LifoQueue(3)', queue.LifoQueue(3), True),
    ('PriorityQueue(16)', queue.PriorityQueue(16), True),
    ('SimpleQueue()', queue.SimpleQueue(), False),
]:
    print(name, run(q, bounded), q.qsize())


# A pipeline: stage one doubles, stage two adds one; a result queue collects.
first, second, results = queue.Queue(5), queue.Queue(5), queue.SimpleQueue()

def stage(src, dst, fn):
    while True:
        item = src.get()
        if item is None:
            dst.put(None)
            src.task_done()
            return
        dst.put(fn(item))
        src.task_done()

def sink():
    while True:
        item = second.get()
        second.task_done()
        if item is None:
            return
        results.put(item)

threads = [threading.Thread(target=stage, args=(first, second, lambda x: x * 2)),
           threading.Thread(target=sink)]
for t in threads:
    t.start()
for i in range(150):
    first.put(i)
first.put(None)
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print('pipeline', len(out), out == [2 * i for i in range(150)])


# Getters with short timeouts racing a producer: every item is taken exactly
# once, whatever number of timeouts happened on the way. (Not SimpleQueue:
# CPython 3.12.1's C SimpleQueue.get(timeout=0.001) sometimes never returns
# in this race, so CPython could not produce the expected output.)
sq = queue.Queue()
taken = []
tlock = threading.Lock()
stop = threading.Event()

def patient():
    while not (stop.is_set() and sq.empty()):
        try:
            v = sq.get(timeout=0.001)
        except queue.Empty:
            continue
        with tlock:
            taken.append(v)

getters = [threading.Thread(target=patient) for _ in range(4)]
for g in getters:
    g.start()
for i in range(200):
    sq.put(i)
stop.set()
for g in getters:
    g.join()
print('timed getters', len(taken), sorted(taken) == list(range(200)), sq.qsize())
