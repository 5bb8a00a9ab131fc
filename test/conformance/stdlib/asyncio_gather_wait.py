# asyncio gather, wait, as_completed: orders, return_exceptions, cancellation, timeouts.
import asyncio

async def value(v, delay=0.0):
    await asyncio.sleep(delay)
    return v

async def boom(msg, delay=0.0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    print('gather', await asyncio.gather(value(1, 0.02), value(2, 0.01), value(3)))
    print('empty', await asyncio.gather())
    print('return_exceptions', await asyncio.gather(value(1), boom('x'), value(3), return_exceptions=True))
    try:
        await asyncio.gather(value(1, 0.01), boom('first'), boom('second', 0.005))
    except ValueError as e:
        print('first error wins', e)
    await asyncio.sleep(0.02)

    # The same coroutine object twice is run once.
    c = value('same')
    print('duplicates', await asyncio.gather(c, c))

    # Cancelling the gather cancels its children.
    log = []
    async def child(tag):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append(tag)
            raise
    g = asyncio.gather(child('a'), child('b'))
    await asyncio.sleep(0)
    print('gather cancel', g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', sorted(log), g.cancelled())

    # A cancelled child with return_exceptions appears as a CancelledError in the list.
    t1 = asyncio.create_task(value('ok'))
    t2 = asyncio.create_task(child('c'))
    await asyncio.sleep(0)
    t2.cancel('bye')
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print('child cancelled', res[0], type(res[1]).__name__, res[1].args)

    # Without return_exceptions a cancelled child cancels the outer await.
    t3 = asyncio.create_task(child('d'))
    g = asyncio.gather(t3, value('v', 0.01))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('outer sees CancelledError', g.cancelled(), g.done())

    # wait
    t = [asyncio.create_task(value(i, 0.01 * (3 - i)), name=f'w{i}') for i in range(3)]
    done, pending = await asyncio.wait(t)
    print('ALL_COMPLETED', names(done), names(pending), sorted(x.result() for x in done))
    # (Orders come from events, not from racing timers.)
    ev = asyncio.Event()
    async def after_event(v):
        await ev.wait()
        return v
    t = [asyncio.create_task(value(0), name='f0'), asyncio.create_task(after_event(1), name='f1'),
         asyncio.create_task(value(2, 10), name='f2')]
    done, pending = await asyncio.wait(t, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    ev.set()
    done, pending = await asyncio.wait(pending, timeout=0.2)
    print('timeout', names(done), names(pending))
    for x in pending:
        x.cancel()
    t = [asyncio.create_task(value(1, 10), name='slow'),
         asyncio.create_task(boom('e', 0.01), name='bad'),
         asyncio.create_task(value(2, 0.005), name='quick')]
    done, pending = await asyncio.wait(t, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    for x in pending:
        x.cancel()
    t = [asyncio.create_task(value(1), name='v1'), asyncio.create_task(value(2), name='v2')]
    done, pending = await asyncio.wait(t, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION without errors', names(done), names(pending))
    print('constants', asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], value(1)):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    try:
        await asyncio.wait(t, return_when='sometimes')
    except ValueError as e:
        print('ValueError', e)
    coro = value(1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError', e)
    coro.close()

    # wait_for
    print('wait_for', await asyncio.wait_for(value('in time', 0.01), timeout=1))
    print('wait_for None', await asyncio.wait_for(value('no limit'), None))
    log = []
    try:
        await asyncio.wait_for(child('slow'), timeout=0.01)
    except TimeoutError as e:
        print('wait_for timed out', type(e).__name__, log, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(value('zero', 0.01), timeout=0)
    except TimeoutError:
        print('timeout=0 timed out')
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    print('timeout=0 ready future', await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(boom('inside'), 1)
    except ValueError as e:
        print('wait_for passes errors', e)
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'
    print('wait_for swallow', await asyncio.wait_for(swallow(), 0.01))

    # as_completed
    got = []
    for next_done in asyncio.as_completed([value('c', 0.15), value('a', 0.05), value('b', 0.1)]):
        got.append(await next_done)
    print('as_completed', got)
    got = []
    try:
        for next_done in asyncio.as_completed([value('fast', 0.01), value('late', 5)], timeout=0.2):
            got.append(await next_done)
    except TimeoutError:
        print('as_completed timeout after', got)
    coro = value(1)
    try:
        asyncio.as_completed(coro).__next__()
    except TypeError as e:
        print('TypeError', e)
    coro.close()

asyncio.run(main())
