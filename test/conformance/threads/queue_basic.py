# queue in one thread: every class, ordering, sizes, the non-blocking and
# timed paths, argument errors, task accounting, generic aliases.
import queue


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, str(e))


print(queue.__all__)
print(queue.Empty.__module__, queue.Empty.__name__, issubclass(queue.Empty, Exception))
print(queue.Full.__module__, queue.Full.__name__, issubclass(queue.Full, Exception))
print(queue.SimpleQueue.__module__, queue.SimpleQueue.__name__)
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple], queue.SimpleQueue[int])

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    print(cls.__name__, q.qsize(), q.empty())
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(' size', q.qsize(), q.empty())
    print(' order', [q.get() for _ in range(5)])
    q.put_nowait('a')
    print(' nowait', q.get_nowait())
    attempt(' get_nowait empty', q.get_nowait)
    attempt(' get(False)', q.get, False)
    attempt(' get(block=False, timeout=-1)', q.get, block=False, timeout=-1)
    attempt(' get(timeout=-1)', q.get, timeout=-1)
    attempt(' get(timeout=0)', q.get, timeout=0)
    attempt(' get(timeout=0.01)', q.get, timeout=0.01)
    q.put(9)
    attempt(' get(timeout=-1) non-empty', q.get, timeout=-1)
    attempt(' get(True, 0) non-empty', q.get, True, 0)

# bounded queues
q = queue.Queue(maxsize=2)
print('maxsize', q.maxsize, q.full())
q.put(1)
q.put(2, block=False)
print('full', q.full(), q.qsize())
attempt('put_nowait full', q.put_nowait, 3)
attempt('put(False)', q.put, 3, False)
attempt('put(timeout=0)', q.put, 3, timeout=0)
attempt('put(timeout=0.01)', q.put, 3, True, 0.01)
attempt('put(timeout=-1)', q.put, 3, timeout=-1)
q.get()
attempt('put(timeout=-1) not full', q.put, 3, timeout=-1)
print('contents', list(q.queue), q.full())

unbounded = queue.Queue(-5)
attempt('unbounded put(timeout=-1)', unbounded.put, 1, timeout=-1)
print('unbounded full', unbounded.full(), unbounded.maxsize)
attempt('timeout str', queue.Queue().get, True, 'x')
attempt('simple timeout str', queue.SimpleQueue().get, True, 'x')

# task accounting
q = queue.Queue()
attempt('task_done fresh', q.task_done)
for i in range(3):
    q.put(i)
print('unfinished', q.unfinished_tasks)
q.get()
q.task_done()
print('unfinished', q.unfinished_tasks)
q.get(); q.get()
q.task_done(); q.task_done()
q.join()
print('joined', q.unfinished_tasks)
attempt('task_done extra', q.task_done)

# LIFO and priority specifics
lq = queue.LifoQueue(3)
for x in 'abc':
    lq.put(x)
attempt('lifo full', lq.put_nowait, 'd')
print('lifo', type(lq.queue).__name__, lq.get(), lq.get(), lq.get())
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(item)
print('priority', type(pq.queue).__name__, [pq.get() for _ in range(4)])
pq.put(1)
attempt('priority mixed', pq.put, 'x')

# SimpleQueue specifics
sq = queue.SimpleQueue()
sq.put(1, block=False, timeout=-3)
sq.put(2, True, 5)
print('simple', sq.qsize(), sq.get(), sq.get(), sq.empty())
print('simple has task_done', hasattr(sq, 'task_done'), hasattr(sq, 'join'), hasattr(sq, 'full'))
import copy
attempt('copy simple', copy.copy, sq)


# a subclass that overrides the storage hooks
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


s = SortedQueue(4)
for x in (3, 1, 2):
    s.put(x)
print('subclass', s.qsize(), s.get(), s.get(), s.get(), s.unfinished_tasks)
print('isinstance', isinstance(queue.LifoQueue(), queue.Queue), isinstance(queue.SimpleQueue(), queue.Queue))

# constructor and timeout range of SimpleQueue
attempt('SimpleQueue(1)', queue.SimpleQueue, 1)
attempt('SimpleQueue(x=1)', queue.SimpleQueue, x=1)
attempt('simple huge timeout', queue.SimpleQueue().get, True, 1e10)
attempt('Queue(None)', lambda: queue.Queue(None).put(1))
