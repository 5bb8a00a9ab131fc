# asyncio.TaskGroup: results, failures as ExceptionGroup, siblings cancelled, the parent's
# cancellation, errors in the body, reprs and misuse.
import asyncio

async def value(v, delay=0.0):
    await asyncio.sleep(delay)
    return v

async def boom(exc, delay=0.0):
    await asyncio.sleep(delay)
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        t1 = tg.create_task(value(1, 0.01))
        t2 = tg.create_task(value(2), name='second')
        print(repr(tg))
    print('results', t1.result(), t2.result(), t2.get_name(), repr(tg))

    # One failure cancels the others and comes out in an ExceptionGroup.
    log = []
    async def long(tag):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append(f'{tag} cancelled')
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long('a'))
            tg.create_task(long('b'))
            tg.create_task(boom(ValueError('bad'), 0.01))
    except ExceptionGroup as eg:
        print('group', eg.message, [repr(e) for e in eg.exceptions], sorted(log))
    print('not cancelling after', asyncio.current_task().cancelling())

    # Two failures in the same step are both collected.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(ValueError('one')))
            tg.create_task(boom(TypeError('two')))
    except* ValueError as eg:
        print('except* ValueError', [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('except* TypeError', [str(e) for e in eg.exceptions])

    # An error in the body cancels the tasks and joins the group.
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long('c'))
            await asyncio.sleep(0)
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('body error', [repr(e) for e in eg.exceptions], log)

    # Cancelling the parent cancels the group's tasks and propagates CancelledError.
    log.clear()
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long('d'))
            tg.create_task(long('e'))
            await asyncio.sleep(10)
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled', t.cancelled(), sorted(log))

    # A child that is cancelled on its own does not fail the group.
    async with asyncio.TaskGroup() as tg:
        lone = tg.create_task(long('f'))
        other = tg.create_task(value('other', 0.01))
        await asyncio.sleep(0)
        lone.cancel()
    print('lone cancel', lone.cancelled(), other.result())

    # KeyboardInterrupt-like errors are raised as themselves.
    class Stop(SystemExit):
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(Stop(3)))
            tg.create_task(long('g'))
    except SystemExit as e:
        print('SystemExit raised bare', type(e).__name__, e.code)

    # Tasks created by tasks of the group.
    async def spawner(tg, n):
        if n:
            tg.create_task(spawner(tg, n - 1))
        return n
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3))
    print('spawned all, tasks left:', len(asyncio.all_tasks()))

    # Misuse.
    tg = asyncio.TaskGroup()
    coro = value(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    coro = value(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

    # The group waits for its tasks even when the body finishes first.
    async with asyncio.TaskGroup() as tg:
        slow = tg.create_task(value('slow', 0.02))
    print('waited', slow.result())

    # Failure after a sibling already finished.
    try:
        async with asyncio.TaskGroup() as tg:
            done_first = tg.create_task(value('early'))
            tg.create_task(boom(RuntimeError('late'), 0.01))
    except ExceptionGroup as eg:
        print('late failure', done_first.result(), eg.exceptions[0])

asyncio.run(main())
