# asyncio tasks: creation, names, current_task/all_tasks, ordering of steps, results and
# exceptions, contexts per task, ensure_future, shield, eager tasks.
import asyncio
import contextvars

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name * 2

async def fails(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2), name='bee')
    t3 = asyncio.ensure_future(worker('c', 1))
    print(t1.get_name(), t2.get_name(), t3.get_name())
    print('current', asyncio.current_task().get_name())
    print('all', sorted(t.get_name() for t in asyncio.all_tasks()))
    print('before', t1.done(), log)
    r = [await t1, await t2, await t3]
    print('results', r, log)
    print('done', t1.done(), t1.result(), t1.exception(), t1.cancelled())
    print('all after', sorted(t.get_name() for t in asyncio.all_tasks()))
    t2.set_name(99)
    print('renamed', repr(t2.get_name()))
    print('coro', t1.get_coro().__qualname__, type(t1.get_context()).__name__)
    for meth, arg in ((t1.set_result, 1), (t1.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print('RuntimeError:', e)

    # Exceptions come out of await and out of result(); exception() returns them.
    t = asyncio.create_task(fails(KeyError('k')))
    try:
        await t
    except KeyError as e:
        print('awaited KeyError', e)
    print('exception()', repr(t.exception()))
    try:
        t.result()
    except KeyError as e:
        print('result() KeyError', e)

    # A task created without being awaited still runs.
    flag = []
    async def setter():
        flag.append('ran')
    asyncio.create_task(setter())
    await asyncio.sleep(0)
    print('background', flag)

    # Each task runs in a copy of the context it was created in.
    var = contextvars.ContextVar('var', default='none')
    async def reader(tag):
        before = var.get()
        var.set(tag)
        await asyncio.sleep(0)
        return before, var.get()
    var.set('parent')
    ta = asyncio.create_task(reader('x'))
    var.set('parent2')
    tb = asyncio.create_task(reader('y'))
    ctx = contextvars.Context()
    tc = asyncio.create_task(reader('z'), context=ctx)
    print('contexts', await ta, await tb, await tc, var.get(), ctx[var])

    # Tasks see their own current_task.
    async def who():
        return asyncio.current_task().get_name()
    print('who', await asyncio.create_task(who(), name='me'))

    # Not a coroutine.
    try:
        asyncio.create_task(worker)
    except TypeError as e:
        print('TypeError:', e.args[0].split(' at ')[0])
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)

    # ensure_future: futures pass through, awaitables are wrapped.
    fut = asyncio.get_running_loop().create_future()
    print('same future', asyncio.ensure_future(fut) is fut)
    fut.set_result(5)
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaitable result'
    wrapped = asyncio.ensure_future(Awaitable())
    print('wrapped', type(wrapped).__name__, await wrapped)

    # await a Future directly, and yield from a future in a generator-based coroutine.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'from timer')
    print('await future', await f)

    # Awaiting a task twice and gathering a finished task.
    print('again', await t1, await asyncio.gather(t1, t1))

    # shield: cancelling the outer leaves the inner running.
    inner = asyncio.create_task(worker('s', 3))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0)
    print('shield', outer.cancelled(), inner.cancelled(), await inner)
    async def waits_on_shield():
        return await asyncio.shield(asyncio.sleep(0.02, 'shielded'))
    t = asyncio.create_task(waits_on_shield())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('shield caller cancelled', t.cancelled())
    done_task = asyncio.create_task(worker('d', 0))
    await done_task
    print('shield of done', asyncio.shield(done_task) is done_task)

    # Task repr shapes (no file names).
    async def idle():
        await asyncio.sleep(10)
    t = asyncio.create_task(idle(), name='idle')
    print(repr(t).split(' coro=')[0])
    await asyncio.sleep(0)
    t.cancel()
    print(repr(t).split(' coro=')[0])
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t).split(' coro=')[0])

    # A bare yield gives up one iteration; a task awaiting itself is refused.
    async def self_await():
        await asyncio.current_task()
    t = asyncio.create_task(self_await())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])

    # Task factory.
    def factory(loop, coro, **kwargs):
        task = asyncio.Task(coro, loop=loop, **kwargs)
        task.set_name('made-by-factory')
        return task
    loop.set_task_factory(factory)
    t = asyncio.create_task(worker('f', 0))
    print('factory', t.get_name(), loop.get_task_factory() is factory, await t)
    t = asyncio.create_task(worker('f', 0), name='given')
    print('factory with name', t.get_name())
    await t
    loop.set_task_factory(None)

    # Eager tasks start running in create_task.
    loop.set_task_factory(asyncio.eager_task_factory)
    order = []
    async def eager():
        order.append('eager start')
        await asyncio.sleep(0)
        order.append('eager end')
        return 'eager'
    t = asyncio.create_task(eager())
    order.append('after create')
    print('eager', await t, order)
    async def quick():
        return 'at once'
    t = asyncio.create_task(quick())
    print('eager done at once', t.done(), t.result())
    loop.set_task_factory(None)
    return 'main result'

print(asyncio.run(main()))
