# sched with a simulated clock: ordering by time, priority and entry, enter/enterabs, cancel,
# queue, empty, run(blocking=False), actions and delays that change the queue, exceptions,
# Event named tuples, and threads entering events at once. Nothing really sleeps.
import sched
import threading


class Clock:
    def __init__(self):
        self.now = 0
        self.log = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.log.append(('sleep', seconds))
        self.now += seconds


class Action:
    """A callable with a repr free of addresses, which records its calls."""

    def __init__(self, name, record):
        self.name = name
        self.record = record

    def __call__(self, *args, **kwargs):
        self.record.append((self.name, clock.now, args, sorted(kwargs.items())))

    def __repr__(self):
        return f'Action({self.name!r})'


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(sched.__all__, sched.Event.__name__, sched.Event.__module__, sched.Event._fields)
print(sched.Event.time.__doc__)
print(sched.Event.sequence.__doc__)
print(sched.Event.kwargs.__doc__)

clock = Clock()
done = []
s = sched.scheduler(clock.time, clock.sleep)
print(s.empty(), s.queue, s.run(), s.run(blocking=False))

e1 = s.enter(10, 1, Action('a', done), ('x',))
e2 = s.enter(5, 2, Action('b', done), kwargs={'k': 1})
e3 = s.enterabs(5, 1, Action('c', done), argument=(1, 2), kwargs={'z': 2, 'y': 3})
e4 = s.enterabs(5, 1, Action('d', done))
e5 = s.enter(5, 1, Action('e', done))
print(e1)
print(e3)
print(type(e1) is sched.Event, isinstance(e1, tuple), e1.time, e1.priority, e1.action, e1.argument, e1.kwargs)
print([(e.action.name, e.time, e.priority) for e in s.queue], s.empty())
print(e3 < e4 < e5 < e2 < e1, e4 == e4, e4 != e5, e3 == tuple(e3))
print(sorted([e1, e2, e3, e4, e5]) == s.queue)

s.cancel(e4)
attempt('cancel twice', s.cancel, e4)
attempt('cancel a stranger', s.cancel, sched.Event(1, 1, 99, print, (), {}))
print([e.action.name for e in s.queue])
s.run()
print(done)
print(clock.log, clock.now, s.empty())

# non-blocking runs return how long until the next event
clock.log.clear()
done.clear()
s.enter(3, 0, Action('p', done))
s.enter(7, 0, Action('q', done))
s.enterabs(clock.now, 0, Action('due now', done))
s.enterabs(clock.now - 4, 0, Action('overdue', done))
print('deadline', s.run(blocking=False), done, clock.log)
clock.now += 3
print('deadline', s.run(False), done[-1][0])
clock.now += 10
print('deadline', s.run(blocking=False), done[-1][0], s.empty(), clock.log)

# actions and the delay function may change the queue
clock.log.clear()
done.clear()


def chain(n):
    done.append(('chain', clock.now, n))
    if n:
        s.enter(2, 0, chain, (n - 1,))


s.enter(1, 0, chain, (3,))
victim = s.enter(100, 0, Action('cancelled while waiting', done))


class CancellingSleep:
    def __call__(self, seconds):
        clock.sleep(seconds)
        if seconds > 50 and victim in s.queue:
            s.cancel(victim)


s.delayfunc = CancellingSleep()
s.run()
print(done)
print(clock.log)
s.delayfunc = clock.sleep

# an action that raises: the event is gone, run() can be called again
done.clear()


def boom():
    raise RuntimeError('action failed')


s.enter(1, 0, boom)
s.enter(2, 0, Action('after boom', done))
attempt('run with a failing action', s.run)
print([e.action for e in s.queue] == [s.queue[0].action], len(s.queue))
s.run()
print(done)


# a delay function that raises leaves the event queued
def bad_sleep(seconds):
    raise ValueError(f'no sleeping {seconds}')


s.delayfunc = bad_sleep
s.enter(4, 0, Action('waited', done))
attempt('run with a failing delay', s.run)
print(len(s.queue), s.queue[0].action)
s.delayfunc = clock.sleep
s.run()
print(done[-1][0])

# arguments of the calls
attempt('enter()', s.enter)
attempt('enterabs(1, 2)', s.enterabs, 1, 2)
attempt('run(blocking=, x)', s.run, True, 1)
ev = s.enter(1, 0, Action('x', done), [5], {'a': 1})
print(ev.argument, ev.kwargs)
s.cancel(ev)
print(s.empty())
print(sched.Event(1, 2, 3, 4, 5, 6), sched.Event._make(range(6)).kwargs)

# times may be any ordered numbers; the same scheduler used from several threads
clock.log.clear()
done.clear()
s.enterabs(0.5, 0, Action('half', done))
s.enter(0.25, 0, Action('quarter', done))
s.run()
print([d[:2] for d in done], clock.log)

done.clear()
start = threading.Barrier(4)


def filler(n):
    start.wait()
    for i in range(50):
        s.enter(i % 7, n, Action(f'{n}-{i}', done))


threads = [threading.Thread(target=filler, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
queued = s.queue
print(len(queued), [e.sequence for e in queued] != sorted(e.sequence for e in queued),
      queued == sorted(queued))
s.run()
print(len(done), [d[0] for d in done[:6]], sorted(d[1] for d in done) == [d[1] for d in done])
