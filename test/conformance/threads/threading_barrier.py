# Barrier: indices, action, parties/n_waiting/broken, abort, reset, timeouts, a failing action.
import re
import threading
import time


def shown(obj):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(obj))


print(threading.Barrier(0).parties, threading.Barrier(0).broken)  # 3.12 accepts any number
print(issubclass(threading.BrokenBarrierError, RuntimeError))

actions = []
b = threading.Barrier(3, action=lambda: actions.append('action'))
print(shown(b), b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def party():
    i = b.wait()
    with lock:
        indices.append(i)


for cycle in range(3):
    ts = [threading.Thread(target=party) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('cycle', cycle, sorted(indices), actions, b.n_waiting, b.broken)
    indices.clear()

# one party alone waits; n_waiting shows it, abort breaks it
ab = threading.Barrier(2)
result = []


def lone():
    try:
        ab.wait()
        result.append('passed')
    except threading.BrokenBarrierError as e:
        result.append(('broken', type(e).__name__, str(e)))


t = threading.Thread(target=lone)
t.start()
while ab.n_waiting < 1:
    time.sleep(0.001)
print('waiting', ab.n_waiting, shown(ab))
ab.abort()
t.join()
print(result, ab.broken, ab.n_waiting, shown(ab))
try:
    ab.wait()
except threading.BrokenBarrierError:
    print('wait on a broken barrier raises')
ab.reset()
print('after reset', ab.broken, shown(ab))

# reset while a thread waits: that thread gets BrokenBarrierError, the barrier stays usable
rb = threading.Barrier(2)
result.clear()


def lone2():
    try:
        rb.wait()
    except threading.BrokenBarrierError:
        result.append('reset broke me')


t = threading.Thread(target=lone2)
t.start()
while rb.n_waiting < 1:
    time.sleep(0.001)
rb.reset()
t.join()
print(result, rb.broken)
pair = [threading.Thread(target=rb.wait) for _ in range(2)]
for t in pair:
    t.start()
for t in pair:
    t.join()
print('usable after reset', rb.broken, rb.n_waiting)

# timeouts break the barrier, for the thread that timed out and for the others
tb = threading.Barrier(3, timeout=0.05)
outcomes = []


def timed(i):
    try:
        tb.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('broken')


ts = [threading.Thread(target=timed, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outcomes, tb.broken)
tb.reset()
try:
    tb.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('explicit timeout broke it', tb.broken)

# an action that raises: its thread gets the error, the others BrokenBarrierError
def bad_action():
    raise KeyError('from action')


fb = threading.Barrier(3, action=bad_action)
outcomes = []


def member():
    try:
        fb.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('BrokenBarrierError')
    except KeyError as e:
        outcomes.append(f'KeyError {e}')


ts = [threading.Thread(target=member) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes), fb.broken)

# the last arrival runs the action and returns parties - 1
who = []
lb = threading.Barrier(2, action=lambda: who.append(threading.current_thread().name))
ret = {}


def named():
    ret[threading.current_thread().name] = lb.wait()


first = threading.Thread(target=named, name='first')
first.start()
while lb.n_waiting < 1:
    time.sleep(0.001)
second = threading.Thread(target=named, name='second')
second.start()
first.join()
second.join()
print(who, sorted(ret.items()))
