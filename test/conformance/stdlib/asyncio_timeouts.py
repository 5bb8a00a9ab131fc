# asyncio.timeout / timeout_at / Timeout: expiry into TimeoutError, reschedule, nesting,
# states and reprs, and the errors for misuse.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print('entered', repr(cm).startswith('<Timeout [active] when='), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timed out', type(e.__cause__).__name__, cm.expired(), repr(cm))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print('in time', cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print('no deadline', cm.when(), repr(cm))
        await asyncio.sleep(0.001)

    # reschedule: push the deadline back, then pull it in.
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.02)
    except TimeoutError:
        print('rescheduled from None expired')
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.02)
    print('pushed back, not expired', cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print('disabled', cm.when())

    # A deadline already passed cancels at the first await.
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print('body runs')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline')

    # Nested timeouts: the inner one expires first and is the one raised; the outer
    # one is untouched.
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inner.expired(), outer.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print('wrong: outer raised')
    # The outer one expires first: the inner one does not convert the cancellation.
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('wrong: inner raised')
    except TimeoutError:
        print('outer expired', outer.expired(), inner.expired())

    # Catching the CancelledError inside: no TimeoutError, but expired() is set.
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('caught inside')
    print('after catching', cm.expired())

    # Exceptions other than CancelledError pass through.
    try:
        async with asyncio.timeout(1):
            raise KeyError('through')
    except KeyError as e:
        print('KeyError passed', e)

    # The task's cancelling() count is restored.
    task = asyncio.current_task()
    print('cancelling', task.cancelling())

    # Misuse.
    t = asyncio.timeout(1)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with t:
        pass
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('Timeout class', asyncio.Timeout is type(t), asyncio.timeout_at(5).when())

    # An outer cancel during a timeout is a cancel, not a timeout.
    async def guarded():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancel stays CancelledError')
    except TimeoutError:
        print('wrong: TimeoutError')

asyncio.run(main())

def outside():
    t = asyncio.Timeout(None)
    async def body():
        async with t:
            pass
    # Entering outside a task: drive the coroutine by hand.
    coro = body()
    try:
        coro.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_soon(outside)
loop.call_soon(loop.stop)
loop.run_forever()
asyncio.set_event_loop(None)
loop.close()
