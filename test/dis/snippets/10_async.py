import asyncio


async def fetch(x):
    await asyncio.sleep(0)
    return x


async def main(items):
    async with asyncio.timeout(1):
        results = [await fetch(i) async for i in aiter_items(items)]
    async for r in aiter_items(results):
        print(r)
    return results


async def aiter_items(items):
    for i in items:
        yield i
