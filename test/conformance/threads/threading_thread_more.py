# More Thread edge cases: positional arguments, run() called directly (twice), odd names and
# daemon values, subclass reprs, renaming the main thread, excepthook with thread=None.
import io
import re
import sys
import threading


def shown(t):
    return re.sub(r' \d+\)>$', ' IDENT)>', repr(t))


got = []
t = threading.Thread(None, got.append, 'positional', ['from a list'], {})
print(t.name, t.daemon)
t.start()
print(t.join(), t.join(0), got)

# run() called directly runs the target in the calling thread, once
r = threading.Thread(target=got.append, args=('direct',))
r.run()
print(got, r.is_alive(), shown(r))
try:
    r.run()
except AttributeError as e:
    print('AttributeError', e)


class Plain(threading.Thread):
    pass


p = Plain()
p.run()
try:
    p.run()
except AttributeError as e:
    print('AttributeError', e)
print(shown(p))

d = threading.Thread(daemon=1, name=None)
print(d.daemon, d.name.startswith('Thread-'))
d.name = None
print(repr(d.name), shown(d))
d.daemon = 0
print(d.daemon, shown(d))


class Worker(threading.Thread):
    def __init__(self, value):
        super().__init__(name=f'worker-{value}', daemon=True)
        self.value = value
        self.result = None

    def run(self):
        self.result = self.value ** 2


w = Worker(7)
print(shown(w))
w.start()
w.join()
print(w.result, shown(w))

main = threading.main_thread()
old = main.name
main.name = 'Renamed'
print(threading.current_thread().name, shown(main))
main.name = old

# the default excepthook with no thread names the thread by its ident
try:
    raise OSError(2, 'gone')
except OSError:
    info = sys.exc_info()
buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
threading.excepthook(threading.ExceptHookArgs([*info, None]))
sys.stderr = saved
print(buf.getvalue().replace(str(threading.get_ident()), 'IDENT').splitlines()[::4])

# the ExceptHookArgs given to a hook
seen = []
threading.excepthook = seen.append
k = threading.Thread(target=int, args=('not a number',), name='k')
k.start()
k.join()
threading.excepthook = threading.__excepthook__
a = seen[0]
print(type(a).__name__, len(a), a.exc_type.__name__, a.exc_value, a.thread is k, a[3] is k,
      isinstance(a, tuple), a.exc_traceback is a.exc_value.__traceback__)
exc_type, exc_value, exc_tb, thread = a
print(exc_type, thread.name)
