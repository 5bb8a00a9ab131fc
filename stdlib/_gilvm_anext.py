"""Helper of the anext() builtin (src/lib/builtins-async.ts)."""


async def with_default(awaitable, default):
    """Await `awaitable`; a StopAsyncIteration from it gives `default` instead."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
