# asyncio's Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier: fairness,
# states shown in reprs, misuse errors, cancellation of waiters.
import asyncio

def state(obj):
    text = repr(obj)
    return text[text.index('['):]

async def main():
    lock = asyncio.Lock()
    log = []
    async def hold(tag, delay):
        async with lock:
            log.append(f'{tag} in')
            await asyncio.sleep(delay)
            log.append(f'{tag} out')
    print(state(lock), lock.locked())
    tasks = [asyncio.create_task(hold(t, 0.005)) for t in 'abc']
    await asyncio.sleep(0)
    print(state(lock), lock.locked())
    await asyncio.gather(*tasks)
    print('lock order', log, state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('acquire', await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    lock.release()
    print('after cancelled waiter', state(lock))
    # A waiter that is woken and cancelled passes the lock on.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    await asyncio.sleep(0)
    print('passed on', w1.cancelled(), w2.done(), lock.locked())
    await asyncio.sleep(0)
    print('w2 has it', w2.done() and w2.result(), lock.locked())
    lock.release()

    # Event
    ev = asyncio.Event()
    print(state(ev), ev.is_set())
    async def wait_event(tag):
        await ev.wait()
        return tag
    ws = [asyncio.create_task(wait_event(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    print('event', await asyncio.gather(*ws), state(ev), await ev.wait())
    ev.clear()
    print('cleared', ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('event wait timed out', state(ev))

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consumer(tag):
        async with cond:
            await cond.wait_for(lambda: items)
            return f'{tag} took {items.pop(0)}'
    cs = [asyncio.create_task(consumer(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(['y', 'z'])
        cond.notify_all()
    print('condition', await asyncio.gather(*cs))
    for meth in (cond.notify, cond.wait):
        try:
            r = meth()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError:', e)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print('shared lock', shared.locked(), c2.locked())
    async def timed_wait():
        async with cond:
            await cond.wait()
    t = asyncio.create_task(timed_wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('condition wait cancelled, lock free', not cond.locked(), t.cancelled())

    # Semaphore
    sem = asyncio.Semaphore(2)
    print(state(sem))
    active = []
    peak = []
    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.002)
            active.remove(i)
        return i
    print('semaphore', await asyncio.gather(*(limited(i) for i in range(5))), max(peak), state(sem))
    await sem.acquire(); await sem.acquire()
    print(state(sem), sem.locked())
    sem.release(); sem.release(); sem.release()
    print('over-release allowed', state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    s0 = asyncio.Semaphore(0)
    waiter = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print('waiting', state(s0))
    s0.release()
    print('woken', await waiter, state(s0))

    # Barrier
    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    order = []
    async def meet(tag):
        order.append(f'{tag} arrives')
        index = await barrier.wait()
        order.append(f'{tag} passes')
        return index
    ts = [asyncio.create_task(meet(t)) for t in 'xy']
    await asyncio.sleep(0)
    print(state(barrier), barrier.n_waiting)
    ts.append(asyncio.create_task(meet('z')))
    print('indexes', await asyncio.gather(*ts), order, state(barrier))
    async with asyncio.Barrier(1) as first:
        print('single party', first)
    ts = [asyncio.create_task(meet(t)) for t in 'pq']
    await asyncio.sleep(0)
    await barrier.abort()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print('aborted', [repr(r) for r in res], barrier.broken, state(barrier))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e)
    await barrier.reset()
    print('reset', barrier.broken, state(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())

# A primitive belongs to the first loop that waits on it.
lock = asyncio.Lock()
async def use():
    await lock.acquire()
    await lock.acquire()
async def use_again():
    await lock.acquire()
loop1 = asyncio.new_event_loop()
t = loop1.create_task(use())
loop1.run_until_complete(asyncio.sleep(0.001))
try:
    asyncio.run(use_again())
except RuntimeError as e:
    print('RuntimeError:', str(e).split('>')[-1].strip())
t.cancel()
loop1.run_until_complete(asyncio.gather(t, return_exceptions=True))
print('first loop task', t.cancelled())
loop1.close()
