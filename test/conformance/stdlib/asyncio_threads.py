# asyncio and threads: to_thread (with contextvars), run_in_executor, call_soon_threadsafe
# waking an idle loop, run_coroutine_threadsafe from a threading.Thread, wrap_future.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

var = contextvars.ContextVar('var', default='unset')

def blocking(x, delay=0.01):
    time.sleep(delay)
    return x * 2, var.get(), threading.current_thread() is threading.main_thread()

def fails():
    raise ValueError('in thread')

async def main():
    loop = asyncio.get_running_loop()
    var.set('copied')
    print('to_thread', await asyncio.to_thread(blocking, 21))
    print('kwargs', await asyncio.to_thread(blocking, x=2, delay=0))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print('to_thread error', e)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3)))
    print('parallel', [r[0] for r in results])

    # run_in_executor: the default executor, and one of our own.
    fut = loop.run_in_executor(None, blocking, 5)
    print('future type', type(fut).__name__, asyncio.isfuture(fut))
    print('run_in_executor', await fut)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        print('own executor', await loop.run_in_executor(pool, blocking, 6))

    # call_soon_threadsafe wakes a loop that is waiting with nothing else to do.
    done = loop.create_future()
    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(done.set_result, 'woken')
    threading.Thread(target=from_thread).start()
    start = loop.time()
    print('threadsafe', await done, loop.time() - start < 5)

    # Many wakeups from many threads.
    counter = [0]
    all_in = loop.create_future()
    def bump():
        counter[0] += 1
        if counter[0] == 20 and not all_in.done():
            all_in.set_result(counter[0])
    def hammer():
        for _ in range(10):
            loop.call_soon_threadsafe(bump)
    threads = [threading.Thread(target=hammer) for _ in range(2)]
    for t in threads:
        t.start()
    print('hammered', await all_in)
    for t in threads:
        t.join()

    # wrap_future of a concurrent future completed by a thread.
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Thread(target=lambda: (time.sleep(0.01), cf.set_result('wrapped'))).start()
    print('wrap_future', await wrapped, asyncio.wrap_future(wrapped) is wrapped)
    return 'main done'

print(asyncio.run(main()))

# A loop running in its own thread, driven from the main thread.
loop = asyncio.new_event_loop()
runner = threading.Thread(target=loop.run_forever)
runner.start()

async def compute(x):
    await asyncio.sleep(0.01)
    return x + 1

async def explode():
    await asyncio.sleep(0)
    raise KeyError('from loop thread')

f = asyncio.run_coroutine_threadsafe(compute(41), loop)
print('run_coroutine_threadsafe', type(f).__name__, f.result(timeout=5))
f = asyncio.run_coroutine_threadsafe(explode(), loop)
try:
    f.result(timeout=5)
except KeyError as e:
    print('error through concurrent future', e)
async def forever():
    await asyncio.sleep(10)
f = asyncio.run_coroutine_threadsafe(forever(), loop)
time.sleep(0.01)
print('cancel from outside', f.cancel())
try:
    f.result(timeout=5)
except concurrent.futures.CancelledError:
    print('concurrent future cancelled')
try:
    asyncio.run_coroutine_threadsafe(42, loop)
except TypeError as e:
    print('TypeError:', e)
asyncio.run_coroutine_threadsafe(asyncio.sleep(0.02), loop).result(timeout=5)
print('tasks left', asyncio.run_coroutine_threadsafe(compute(0), loop).result(timeout=5),
      len([t for t in asyncio.all_tasks(loop) if not t.done()]))
print('loop thread running', loop.is_running())
loop.call_soon_threadsafe(loop.stop)
runner.join()
print('stopped', loop.is_running())
loop.close()

# asyncio.run in a worker thread.
out = []
def thread_main():
    out.append(asyncio.run(compute(1)))
t = threading.Thread(target=thread_main)
t.start(); t.join()
print('asyncio.run in a thread', out)

# A loop sleeping on a timer is woken early by call_soon_threadsafe.
async def early_wake():
    loop = asyncio.get_running_loop()
    woke = loop.create_future()
    threading.Timer(0.02, lambda: loop.call_soon_threadsafe(woke.set_result, 'early')).start()
    done, pending = await asyncio.wait([woke], timeout=5)
    return woke.result(), len(pending)
print('early wake', asyncio.run(early_wake()))
