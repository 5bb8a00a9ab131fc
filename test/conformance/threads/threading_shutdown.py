# Shutdown: the main module's end waits for non-daemon threads (also ones started by threads),
# not for daemon threads; sys.exit() in a thread ends only that thread; the _register_atexit
# callables run before the join, atexit callbacks after it.
import atexit
import sys
import threading

atexit.register(lambda: print('atexit runs after the non-daemon threads'))
stuck = threading.Event()
shutdown_began = threading.Event()
slow_done = threading.Event()


def daemon_forever():
    stuck.wait()
    print('never printed')


threading.Thread(target=daemon_forever, daemon=True).start()


def child():
    slow_done.wait()
    print('child of the slow thread finished')


def slow():
    threading.Thread(target=child).start()
    shutdown_began.wait()
    print('slow thread finished')
    slow_done.set()


def exits():
    print('thread calling sys.exit')
    sys.exit(3)
    print('not reached')


threading.Thread(target=slow).start()
e = threading.Thread(target=exits)
e.start()
e.join()


def at_shutdown():
    print('threading atexit, before the join')
    shutdown_began.set()


threading._register_atexit(at_shutdown)
print('main module ends here')
