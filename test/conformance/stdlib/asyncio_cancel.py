# asyncio cancellation: CancelledError delivered into coroutines, messages, cancelling()/
# uncancel(), catching and suppressing, cancel before the first step, finally blocks.
import asyncio

async def sleeper(log, tag, delay=10):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append(f'{tag} got CancelledError{e.args}')
        raise
    finally:
        log.append(f'{tag} finally')

async def main():
    log = []
    t = asyncio.create_task(sleeper(log, 'one'))
    await asyncio.sleep(0)
    print('cancel()', t.cancel(), t.cancelling(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiter got', type(e).__name__, e.args)
    print(log, t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised CancelledError', e.args)
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')

    # With a message.
    log.clear()
    t = asyncio.create_task(sleeper(log, 'two'))
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message', e.args)
    print(log)

    # Cancelled before it ever ran: the coroutine never starts.
    log.clear()
    t = asyncio.create_task(sleeper(log, 'three'))
    t.cancel('early')
    try:
        await t
    except asyncio.CancelledError as e:
        print('early', e.args, log)

    # A coroutine that swallows the cancellation and returns normally.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print('stubborn', await t, t.cancelled(), t.cancelling())
    print('uncancel', t.uncancel(), t.uncancel())

    # A coroutine that keeps going after the cancellation and awaits again.
    async def keeps_going():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            pass
        await asyncio.sleep(0)
        return 'kept going'
    t = asyncio.create_task(keeps_going())
    await asyncio.sleep(0)
    t.cancel()
    print('keeps going', await t)

    # Cancel twice; cancelling() counts the requests.
    t = asyncio.create_task(sleeper([], 'x'))
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    print('cancelling count', t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print('done after cancel', t.cancelled())

    # Cancelling a task whose coroutine finishes in the same step: cancelled wins.
    async def finishes():
        return 'finished'
    t = asyncio.create_task(finishes())
    t.cancel()
    print('finished-or-cancelled', (await asyncio.gather(t, return_exceptions=True))[0].__class__.__name__)

    # Cancelling the task that awaits a future cancels the future.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def waits(f):
        return await f
    t = asyncio.create_task(waits(fut))
    await asyncio.sleep(0)
    t.cancel('msg for future')
    await asyncio.sleep(0)
    print('future cancelled too', fut.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print('through future', e.args)

    # A cancelled future makes the awaiting task see CancelledError.
    fut = loop.create_future()
    t = asyncio.create_task(waits(fut))
    await asyncio.sleep(0)
    fut.cancel('future msg')
    try:
        await t
    except asyncio.CancelledError as e:
        print('future cancel reached task', e.args, t.cancelled())

    # Cancel the current task: CancelledError comes at the next await.
    async def cancel_self():
        asyncio.current_task().cancel('self')
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            return f'self-cancel seen {e.args}'
    print(await asyncio.create_task(cancel_self()))

    # CancelledError is not an Exception: except Exception does not catch it.
    async def broad():
        try:
            await asyncio.sleep(10)
        except Exception:
            return 'caught by Exception'
    t = asyncio.create_task(broad())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print('broad', type(r[0]).__name__)

    # Cancel a task that waits on another task: the inner one is cancelled too.
    log = []
    inner = asyncio.create_task(sleeper(log, 'inner'))
    async def outer_waits():
        await inner
    outer = asyncio.create_task(outer_waits())
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print('chain', outer.cancelled(), inner.cancelled(), log)

    # Timer handle cancellation.
    fired = []
    h = loop.call_later(0.01, fired.append, 1)
    h2 = loop.call_later(0.01, fired.append, 2)
    h.cancel()
    await asyncio.sleep(0.03)
    print('timers', fired, h.cancelled(), h2.cancelled())

print(asyncio.run(main()))

# Tasks still pending at the end of asyncio.run are cancelled.
async def leaves_tasks():
    log = []
    asyncio.create_task(sleeper(log, 'leftover'))
    await asyncio.sleep(0)
    return log
log = asyncio.run(leaves_tasks())
print('leftover', log)
