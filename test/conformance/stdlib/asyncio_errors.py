# asyncio errors: exceptions out of asyncio.run, exception handlers for failing callbacks,
# call_exception_handler's default output, errors at shutdown, bad yields.
import asyncio
import sys

async def fails():
    await asyncio.sleep(0)
    raise ValueError('from main')

try:
    asyncio.run(fails())
except ValueError as e:
    print('run raised', repr(e), e.__traceback__ is not None)

async def exits():
    raise SystemExit(4)
try:
    asyncio.run(exits())
except SystemExit as e:
    print('SystemExit', e.code)

async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt
try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print('KeyboardInterrupt passed through')

async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError:
    print('CancelledError out of run')

# The default handler logs through the 'asyncio' logger; show exceptions without their
# tracebacks, whose frames name asyncio's own files.
import logging
import io
import traceback

class ShortFormatter(logging.Formatter):
    def formatException(self, ei):
        return traceback.format_exception_only(ei[1])[-1].strip()

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(ShortFormatter())
logging.getLogger('asyncio').addHandler(h)
logging.getLogger('asyncio').propagate = False

# Custom exception handler sees failing callbacks.
def handler(loop, context):
    exc = context.get('exception')
    print('handler:', context['message'].split(' at ')[0], repr(exc),
          sorted(k for k in context if k not in ('message', 'exception')))

def bad_callback(x):
    raise RuntimeError(f'callback {x}')

async def with_handler():
    loop = asyncio.get_running_loop()
    print('default handler', loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print('handler set', loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    loop.call_later(0.001, bad_callback, 2)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({'message': 'custom', 'extra': 1})
    # A failing handler falls back to the default one.
    def broken(loop, context):
        raise ZeroDivisionError('handler broke')
    loop.set_exception_handler(broken)
    loop.call_exception_handler({'message': 'to broken handler'})
    print(stream.getvalue(), end='')
    stream.seek(0); stream.truncate()
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)
    print('still running after callback errors')

asyncio.run(with_handler())

# The default handler's output for each kind of context.
loop = asyncio.new_event_loop()
loop.call_exception_handler({'message': 'plain message'})
loop.call_exception_handler({'message': 'with keys', 'zeta': 'z', 'alpha': [1, 2]})
loop.call_exception_handler({'message': 'with exception', 'exception': ValueError('never raised')})
loop.call_exception_handler({})
loop.default_exception_handler({'message': 'direct', 'future': 'f'})
loop.close()
print(stream.getvalue(), end='')
logging.getLogger('asyncio').removeHandler(h)

# Errors of tasks left running at shutdown go to the handler.
async def leaves_failing_task():
    asyncio.get_running_loop().set_exception_handler(handler)
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise OSError('failed while cancelled')
    asyncio.create_task(stubborn(), name='stubborn')
    await asyncio.sleep(0)
    return 'main finished'
print(asyncio.run(leaves_failing_task()))

# A coroutine that yields something a task cannot wait on.
class BadAwaitable:
    def __await__(self):
        yield 'not a future'
async def bad_yield():
    await BadAwaitable()
try:
    asyncio.run(bad_yield())
except RuntimeError as e:
    print('RuntimeError:', e)

# Awaiting a future of another loop.
other = asyncio.new_event_loop()
foreign = other.create_future()
async def await_foreign():
    await foreign
try:
    asyncio.run(await_foreign())
except RuntimeError as e:
    print('RuntimeError:', str(e).split(' got Future ')[0].split(' ')[0], 'got Future of another loop')
other.close()

# call_soon refuses non-callables only in debug mode; call_later refuses None.
async def refusals():
    loop = asyncio.get_running_loop()
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print('TypeError:', e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_debug(True)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        loop.call_soon(fails)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_debug(False)
    try:
        loop.add_signal_handler(2, print)
    except NotImplementedError:
        print('no signal handlers')
    except Exception as e:
        print('signal handler added', type(e).__name__)
    else:
        loop.remove_signal_handler(2)
        print('no signal handlers')
asyncio.run(refusals())

# A failing callback with the default handler.
logging.getLogger('asyncio').addHandler(h)
async def default_handler_callback():
    asyncio.get_running_loop().call_soon(bad_callback, 3)
    await asyncio.sleep(0)
asyncio.run(default_handler_callback())
print(stream.getvalue().split(' at ')[0])

# An uncaught error in asyncio.run reaches the caller with its traceback.
async def last():
    raise LookupError('the end')
try:
    asyncio.run(last())
except LookupError as e:
    frames = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print('LookupError:', e, frames[0], frames[-1])
