# Once the main module has ended (threading._shutdown began), Thread.start() raises RuntimeError,
# as in CPython 3.12, in the running threads and in the shutdown callbacks; the thread object
# stays unstarted.
import atexit
import threading

go = threading.Event()
late = []


def child():
    print('child ran')


def worker():
    go.wait()
    t = threading.Thread(target=child, name='late-child')
    try:
        t.start()
        print('started a thread during shutdown')
    except RuntimeError as e:
        print('RuntimeError', e)
    late.append(t)


def at_shutdown():
    try:
        threading.Thread(target=child).start()
    except RuntimeError as e:
        print('in a shutdown callback: RuntimeError', e)
    go.set()


def at_exit():
    t = late[0]
    print('the refused thread:', t.is_alive(), t.ident, t.name)
    try:
        t.join()
    except RuntimeError as e:
        print('RuntimeError', e)


atexit.register(at_exit)
threading.Thread(target=worker).start()
threading._register_atexit(at_shutdown)
print('main ends')
