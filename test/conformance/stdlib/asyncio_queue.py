# asyncio queues: FIFO/LIFO/priority order, maxsize and blocking put/get, nowait errors,
# task_done/join, producers and consumers, cancelled getters, str/repr.
import asyncio

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    print([q.get_nowait() for _ in range(3)], q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e), issubclass(asyncio.QueueEmpty, Exception))

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await lq.put(item)
        await pq.put(item)
    print('lifo', [lq.get_nowait() for _ in range(3)])
    print('priority', [pq.get_nowait() for _ in range(3)])
    print(str(lq), str(pq))

    # maxsize: put blocks until a get makes room.
    b = asyncio.Queue(maxsize=2)
    log = []
    async def producer():
        for i in range(5):
            await b.put(i)
            log.append(f'put{i}')
        log.append('producer done')
    p = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print('full', b.full(), b.qsize(), log, str(b))
    try:
        b.put_nowait(99)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    got = []
    while len(got) < 5:
        got.append(await b.get())
        log.append(f'got{got[-1]}')
    await p
    print('order', log)

    # get blocks until a put.
    e = asyncio.Queue()
    async def getter(tag):
        item = await e.get()
        return f'{tag}:{item}'
    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    await asyncio.sleep(0)
    print(str(e))
    e.put_nowait('x')
    e.put_nowait('y')
    print('getters', await g1, await g2)

    # A cancelled getter does not swallow an item.
    g3 = asyncio.create_task(getter('g3'))
    g4 = asyncio.create_task(getter('g4'))
    await asyncio.sleep(0)
    g3.cancel()
    e.put_nowait('z')
    await asyncio.sleep(0)
    print('cancelled getter', g3.cancelled(), await g4)

    # task_done and join.
    work = asyncio.Queue()
    done = []
    async def worker(name):
        while True:
            item = await work.get()
            await asyncio.sleep(0.001 * item)
            done.append(item)
            work.task_done()
    workers = [asyncio.create_task(worker(f'w{i}')) for i in range(3)]
    for item in range(9):
        work.put_nowait(item)
    print('unfinished', str(work).split(' tasks=')[1])
    await work.join()
    print('joined', sorted(done), work.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        work.task_done()
    except ValueError as err:
        print('ValueError:', err)
    await asyncio.Queue().join()
    print('join on empty returns at once')

    # Timeout on a get.
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except TimeoutError:
        print('get timed out')

    # A cancelled putter on a full queue.
    f = asyncio.Queue(1)
    f.put_nowait('first')
    putter = asyncio.create_task(f.put('second'))
    await asyncio.sleep(0)
    putter.cancel()
    await asyncio.gather(putter, return_exceptions=True)
    print('after cancelled put', f.qsize(), f.get_nowait(), f.empty())
    print('generic', asyncio.Queue[int].__origin__ is asyncio.Queue)
    print(repr(asyncio.Queue(3)).startswith('<Queue at 0x'), repr(asyncio.Queue(3)).endswith(' maxsize=3>'))

asyncio.run(main())
