# queue across threads: blocked getters and putters are woken, timed waits
# give up, join() waits for task_done() from other threads. Ordering is forced
# with events so the output never depends on timing.
import queue
import threading
import time

# a getter blocked on an empty queue is woken by a put
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    got = []
    t = threading.Thread(target=lambda: got.append(q.get()))
    t.start()
    time.sleep(0.02)
    q.put('x')
    t.join()
    print(cls.__name__, 'woken getter got', got)

# a getter with a timeout that an item reaches in time
q = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=5)))
t.start()
time.sleep(0.02)
q.put(42)
t.join()
print('timed get got', got)

# a putter blocked on a full queue is woken by a get
q = queue.Queue(1)
q.put('first')
events = []
def putter():
    q.put('second')
    events.append('put done')
t = threading.Thread(target=putter)
t.start()
time.sleep(0.02)
print('putter still blocked', events == [], q.full())
print('main got', q.get())
t.join()
print(events, 'then', q.get())

# a timed put that gives up, then a timed put that succeeds
q = queue.Queue(1)
q.put(0)
try:
    q.put(1, timeout=0.05)
except queue.Full:
    print('timed put gave up')
t = threading.Thread(target=lambda: (time.sleep(0.02), q.get()))
t.start()
q.put(2, timeout=5)
t.join()
print('timed put went through', list(q.queue))

# timed gets that give up, in each class
for cls in (queue.Queue, queue.SimpleQueue):
    start = time.monotonic()
    try:
        cls().get(timeout=0.05)
    except queue.Empty:
        print(cls.__name__, 'timed get raised Empty, waited long enough:', time.monotonic() - start >= 0.04)

# join() returns only after every task_done()
q = queue.Queue()
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.001)
        done.append(item * 2)
        q.task_done()
workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    q.put(i)
q.join()
print('after join', len(done), sum(done), q.unfinished_tasks)
for w in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print('workers finished', q.empty())

# several blocked getters: every item reaches exactly one of them
q = queue.SimpleQueue()
results = []
lock = threading.Lock()
def taker():
    v = q.get()
    with lock:
        results.append(v)
takers = [threading.Thread(target=taker) for _ in range(8)]
for t in takers:
    t.start()
time.sleep(0.02)
for i in range(8):
    q.put(i)
for t in takers:
    t.join()
print('simple getters', sorted(results))

# a join() waiting in another thread
q = queue.Queue()
q.put('job')
joined = threading.Event()
def joiner():
    q.join()
    joined.set()
j = threading.Thread(target=joiner)
j.start()
time.sleep(0.02)
print('joiner waiting', not joined.is_set())
q.get()
q.task_done()
j.join()
print('joiner released', joined.is_set())
