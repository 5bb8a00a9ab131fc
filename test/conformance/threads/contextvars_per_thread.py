# contextvars with threads: each thread has its own current context (a new thread starts with
# an empty one in 3.12), values set in one thread never show in another, a copied context can
# be run in another thread, and a context is entered by one thread at a time.
import _thread
import threading
from contextvars import Context, ContextVar, copy_context

x = ContextVar('x', default='default')
y = ContextVar('y')
x.set('main')
y.set('main y')


def report(label):
    ctx = copy_context()
    print(label, len(ctx), x.get(), y.get('unset'))


# a new thread starts empty, whatever the starting thread had
t = threading.Thread(target=report, args=('new thread:',))
t.start()
t.join()
done = threading.Event()


def bare():
    report('bare _thread thread:')
    done.set()


_thread.start_new_thread(bare, ())
done.wait()
report('main after:')

# each thread its own values, set and read many times while the others do the same
N, ROUNDS = 8, 2000
errors = []
counts = [0] * N
start = threading.Barrier(N)


def worker(i):
    start.wait()
    for r in range(ROUNDS):
        token = x.set((i, r))
        if x.get() != (i, r):
            errors.append((i, r, x.get()))
        if r % 2:
            x.reset(token)
        counts[i] += 1
    if x.get() != (i, ROUNDS - 2):
        errors.append(('end', i, x.get()))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print('per-thread values:', counts == [ROUNDS] * N, errors[:3], x.get())

# a copied context carries the main thread's values into another thread
snapshot = copy_context()
out = []
th = threading.Thread(target=lambda: out.append(snapshot.run(lambda: (x.get(), y.get()))))
th.start()
th.join()
print('copied context in a thread:', out)


# changes made in a thread through Context.run stay in that context
def change():
    x.set('set in thread')
    return x.get()


shared = copy_context()
th = threading.Thread(target=lambda: out.append(shared.run(change)))
th.start()
th.join()
print('after thread run:', out[-1], shared[x], x.get())

# a token made in one thread cannot reset the variable in another
tokens = []
th = threading.Thread(target=lambda: tokens.append(x.set('thread value')))
th.start()
th.join()
try:
    x.reset(tokens[0])
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))

# a context entered by one thread cannot be entered by another meanwhile
busy = Context()
inside, release = threading.Event(), threading.Event()


def hold():
    busy.run(lambda: (inside.set(), release.wait()))


th = threading.Thread(target=hold)
th.start()
inside.wait()
try:
    busy.run(lambda: None)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))
release.set()
th.join()
print('entered after release:', busy.run(lambda: 'ok'))

# many threads race to enter one context: never two inside at once, nothing lost
contested = Context()
lock = threading.Lock()
state = {'inside': 0, 'most': 0, 'entered': 0, 'refused': 0}
go = threading.Barrier(N)


def enter_once():
    with lock:
        state['inside'] += 1
        state['most'] = max(state['most'], state['inside'])
        state['entered'] += 1
    x.set('racing')
    with lock:
        state['inside'] -= 1


def racer():
    go.wait()
    for _ in range(300):
        try:
            contested.run(enter_once)
        except RuntimeError:
            with lock:
                state['refused'] += 1


threads = [threading.Thread(target=racer) for _ in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print('race:', state['most'], state['entered'] + state['refused'] == N * 300, state['entered'] > 0,
      contested[x])
print('main at the end:', x.get(), y.get())
