# Module-level API: current_thread, main_thread, enumerate, active_count, get_ident,
# get_native_id, settrace/setprofile, stack_size, TIMEOUT_MAX, __all__, dummy threads.
import _thread
import sys
import threading

print(sorted(threading.__all__))
print(all(hasattr(threading, name) for name in threading.__all__))
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(type(main).__name__, main.ident == threading.get_ident() == _thread.get_ident())
print(main.native_id == threading.get_native_id(), type(threading.get_native_id()).__name__)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error is RuntimeError)
print(threading.stack_size(), threading.stack_size(0))
print(threading.Lock is _thread.allocate_lock, type(threading.Lock()) is _thread.LockType)
print(type(threading.RLock()) is _thread.RLock)

# trace and profile functions are remembered (the functions here never print)
def tracer(frame, event, arg):
    return None


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
threading.settrace_all_threads(tracer)
threading.setprofile_all_threads(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer,
      sys.gettrace() is tracer, sys.getprofile() is tracer)
threading.settrace_all_threads(None)
threading.setprofile_all_threads(None)
print(threading.gettrace(), threading.getprofile(), sys.gettrace(), sys.getprofile())

# inside a thread
gate = threading.Event()
release = threading.Event()
info = {}


def worker():
    me = threading.current_thread()
    info['same'] = me is t
    info['ident'] = me.ident == threading.get_ident()
    info['native'] = me.native_id == threading.get_native_id()
    info['main'] = threading.main_thread() is main
    info['alive'] = me.is_alive()
    gate.set()
    release.wait()


t = threading.Thread(target=worker, name='worker')
t.start()
gate.wait()
names = sorted(x.name for x in threading.enumerate())
print(sorted(info.items()), names, threading.active_count(), t in threading.enumerate())
release.set()
t.join()
print(threading.active_count(), t in threading.enumerate())

# a thread started with bare _thread: current_thread() gives a dummy thread
box = []
done = _thread.allocate_lock()
done.acquire()


def bare():
    me = threading.current_thread()
    box.append((type(me).__name__, me.name.startswith('Dummy-'), me.daemon, me.is_alive(),
                me is threading.current_thread(), me.ident == threading.get_ident()))
    try:
        me.join()
    except AssertionError as e:
        box.append(('AssertionError', str(e)))
    box.append(me in threading.enumerate())
    done.release()


_thread.start_new_thread(bare, ())
done.acquire()
for item in box:
    print(item)

# _register_atexit callables run at shutdown, last registered first, before the join
threading._register_atexit(print, 'atexit callable', 1)
threading._register_atexit(print, 'atexit callable', 2, sep=':')
print('end of main module')
