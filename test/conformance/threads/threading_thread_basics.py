# Thread objects: names, numbering, daemon flags, reprs, start/join/is_alive and their errors.
import re
import threading
import warnings


def shown(t):
    """repr with the ident (a number that changes every run) replaced."""
    return re.sub(r' \d+\)>$', ' IDENT)>', repr(t))


def work(out, value, *, scale=1):
    out.append(value * scale)


out = []
t1 = threading.Thread(target=work, args=(out, 2), kwargs={'scale': 10})
print(t1.name, t1.daemon, t1.ident, t1.native_id, t1.is_alive())
print(shown(t1))
t1.start()
t1.join()
print(out, t1.is_alive(), type(t1.ident).__name__, type(t1.native_id).__name__)
print(shown(t1))
print(hasattr(t1, '_target'), hasattr(t1, '_args'), hasattr(t1, '_kwargs'))

# automatic names: 'Thread-N', with the target's __name__ in parentheses
print(threading.Thread().name)
print(threading.Thread(target=len).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(name='given', target=work).name)
print(threading.Thread(name='').name)
print(threading.Thread(name=42).name)


class NoName:
    def __call__(self):
        pass


print(threading.Thread(target=NoName()).name)
t = threading.Thread(name='renamed')
t.name = 123
print(repr(t.name))

# daemon: inherited from the creating thread, explicit, settable before start
print(threading.Thread().daemon, threading.Thread(daemon=True).daemon)
d = threading.Thread(name='d', daemon=True)
print(shown(d))
d.daemon = False
print(d.daemon)


def inherit(box):
    box.append(threading.Thread().daemon)
    box.append(threading.Thread(daemon=False).daemon)


box = []
p = threading.Thread(target=inherit, args=(box,), daemon=True)
p.start()
p.join()
print('inherited', box)
try:
    p.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)

# start twice, join before start, join of itself
try:
    t1.start()
except RuntimeError as e:
    print('RuntimeError', e)
fresh = threading.Thread(target=work, args=([], 1))
try:
    fresh.join()
except RuntimeError as e:
    print('RuntimeError', e)


def join_self(box):
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        box.append(str(e))


box = []
s = threading.Thread(target=join_self, args=(box,))
s.start()
s.join()
print(box)
try:
    threading.main_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)

# group must be None
try:
    threading.Thread(group=object())
except AssertionError as e:
    print('AssertionError', e)


# a subclass that forgets Thread.__init__
class Broken(threading.Thread):
    def __init__(self):
        pass


b = Broken()
for action in (b.start, b.join, lambda: repr(b), b.is_alive, lambda: b.name):
    try:
        action()
    except (RuntimeError, AssertionError) as e:
        print(type(e).__name__, e)
try:
    b.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)


# a subclass overriding run()
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'counter-{n}')
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])

# join with a timeout on a thread that is still blocked
gate = threading.Event()
slow = threading.Thread(target=gate.wait, name='slow')
slow.start()
slow.join(0.05)
print('after timeout', slow.is_alive(), shown(slow).replace('IDENT', 'X'))
slow.join(timeout=-1)
print('negative timeout', slow.is_alive())
gate.set()
slow.join()
print('after set', slow.is_alive(), shown(slow))

# deprecated accessors
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    q = threading.Thread(name='old')
    q.setName('older')
    print(q.getName(), q.isDaemon())
    q.setDaemon(True)
    print(q.daemon)
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
for w in caught:
    print(w.category.__name__, w.message, w.filename.endswith('basics.py'))
