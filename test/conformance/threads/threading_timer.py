# Timer: fires after its interval with args/kwargs, cancel() before it fires, names, subclasses.
import threading

fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={'x': 3})
print(t.name, t.interval, t.args, t.kwargs, t.finished.is_set(), isinstance(t, threading.Thread))
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

c = threading.Timer(5, fired.append, args=['never'])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

early = threading.Timer(0.01, fired.append, ['cancelled before start'])
early.cancel()
early.start()
early.join()
print(fired)

d = threading.Timer(0, fired.append)
print(d.args, d.kwargs, d.daemon)
d.args = ['zero interval']
d.start()
d.join()
print(fired)


class Repeat(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []


def tick():
    ticks.append(len(ticks))
    if len(ticks) == 3:
        r.cancel()


r = Repeat(0.005, tick)
r.start()
r.join()
print('repeat', ticks)


def boom():
    raise ValueError('timer failed')


seen = []
old = threading.excepthook
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread is f))
f = threading.Timer(0, boom)
f.start()
f.join()
threading.excepthook = old
print(seen, f.finished.is_set())
