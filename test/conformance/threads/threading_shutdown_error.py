# An uncaught exception in the main thread: its traceback, then the non-daemon threads finish
# (the exit status stays 1); a thread crashing during shutdown goes through threading.excepthook.
import threading

go = threading.Event()
worker_done = threading.Event()


def worker():
    go.wait()
    print('worker finished')
    worker_done.set()


def crasher():
    worker_done.wait()
    raise KeyError('late')


threading.excepthook = lambda a: print('hook:', a.exc_type.__name__, a.exc_value, a.thread.name)
threading.Thread(target=worker).start()
threading.Thread(target=crasher, name='crasher').start()
threading._register_atexit(go.set)
print('main raises')
raise ValueError('main failed')
