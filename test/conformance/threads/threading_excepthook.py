# threading.excepthook: what the default prints, custom hooks, SystemExit, a failing hook,
# ExceptHookArgs.
import io
import sys
import threading

print(threading.excepthook is threading.__excepthook__)
print(threading.ExceptHookArgs.__name__, threading.ExceptHookArgs._fields if hasattr(threading.ExceptHookArgs, '_fields') else 'structseq')


def fail():
    raise ValueError('bad value')


# the default hook, called directly: header line, then the traceback as the interpreter shows it
try:
    fail()
except ValueError:
    args = threading.ExceptHookArgs([*sys.exc_info(), threading.Thread(name='named')])
print(args.exc_type.__name__, args.exc_value, args.thread.name, len(args), args[0] is ValueError)
threading.excepthook(args)
sys.stderr.flush()
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    print('TypeError', e)

# chained exceptions are shown whole
try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('while handling') from e
except RuntimeError:
    chained = threading.ExceptHookArgs([*sys.exc_info(), threading.Thread(name='chain')])
threading.excepthook(chained)
sys.stderr.flush()

# SystemExit is ignored by the default hook
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(3), None, None]))

# a thread's uncaught exception through the default hook, captured from sys.stderr
capture = io.StringIO()
real = sys.stderr
sys.stderr = capture
t = threading.Thread(target=fail, name='crasher')
t.start()
t.join()
sys.stderr = real
lines = capture.getvalue().splitlines()
print(lines[0], '|', lines[1], '|', lines[-1], '|', t.is_alive())

# a custom hook sees the type, value, traceback and thread
seen = []


def hook(a):
    seen.append((a.exc_type.__name__, str(a.exc_value), a.exc_traceback.tb_frame is not None,
                 a.thread.name, a.thread is threading.current_thread()))


threading.excepthook = hook
for target, name in ((fail, 'one'), (lambda: sys.exit(5), 'exits'), (lambda: 1 / 0, 'zero')):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
for row in seen:
    print(row)

# SystemExit from a thread with the default hook: nothing printed, the program goes on
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(2,))
t.start()
t.join()
print('after sys.exit in a thread')


# a hook that fails: sys.excepthook reports the hook's own exception
def broken_hook(a):
    raise LookupError('hook failed')


reported = []
old_sys_hook = sys.excepthook
sys.excepthook = lambda *exc: reported.append((exc[0].__name__, str(exc[1]), exc[1].__suppress_context__))
threading.excepthook = broken_hook
t = threading.Thread(target=fail)
t.start()
t.join()
sys.excepthook = old_sys_hook
threading.excepthook = threading.__excepthook__
print(reported)

# a thread whose stderr is gone (None): the hook writes to the stderr saved at creation
buf = io.StringIO()
sys.stderr = buf
t = threading.Thread(target=fail, name='no-stderr')
sys.stderr = None
t.start()
t.join()
sys.stderr = real
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
print('done')
