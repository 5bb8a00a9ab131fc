def gen(resource):
    try:
        while True:
            item = yield resource.read()
            if item is None:
                return
    finally:
        resource.close()


async def agen(n):
    for i in range(n):
        yield i
        await something(i)


async def comp(xs):
    return [await y async for y in xs if await y], {x async for x in xs}
