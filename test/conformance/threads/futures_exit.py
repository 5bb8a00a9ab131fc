# A program that submits work and ends without shutdown(): the interpreter's
# exit waits for the pool's workers, which first run everything queued, as
# CPython does through threading._register_atexit; atexit callbacks run
# after them. Also a pool shut down without waiting still finishes its work.
import atexit
import concurrent.futures as cf
import threading
import time

def too_late():
    try:
        cf.ThreadPoolExecutor(1).submit(print, 'never')
    except RuntimeError as e:
        print('submit from atexit:', e)

atexit.register(too_late)
atexit.register(lambda: print('atexit callback: after the pool workers'))

other = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='nowait')
gate = threading.Event()
done = other.submit(lambda: gate.wait(5) and 'nowait pool finished')
other.shutdown(wait=False)
gate.set()
print(done.result(timeout=5))

slow = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix='late')
start = threading.Event()

def step(i):
    start.wait(5)
    time.sleep(0.02)
    print('step', i, threading.current_thread().name, flush=True)
    return i

futures = [slow.submit(step, i) for i in range(5)]
futures[-1].add_done_callback(lambda f: print('last callback', f.result(), flush=True))
print('main module ends with', sum(not f.done() for f in futures), 'calls pending', flush=True)
start.set()
