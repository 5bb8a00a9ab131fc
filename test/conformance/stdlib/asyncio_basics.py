# asyncio basics: run, the loop's callbacks and timers, futures and their reprs, loop state.
import asyncio
import contextvars

print(asyncio.CancelledError.__mro__[1].__name__, asyncio.TimeoutError is TimeoutError,
      issubclass(asyncio.InvalidStateError, Exception))

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print('run:', asyncio.run(add(2, 3)))
print('run debug:', asyncio.run(add(1, 1), debug=True))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('outside:', e)

try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)

# A loop driven by hand.
loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
order = []
loop.call_soon(order.append, 'soon1')
h = loop.call_soon(order.append, 'cancelled')
loop.call_soon(order.append, 'soon2')
h.cancel()
print('handle cancelled:', h.cancelled())
t0 = loop.time()
# (call_at with fixed times: call_later's deadlines move with any pause between the calls)
loop.call_at(t0 + 0.03, order.append, 'at30')
loop.call_at(t0 + 0.01, order.append, 'at10')
th = loop.call_at(t0 + 0.02, order.append, 'at20')
loop.call_later(0.001, order.append, 'later')
print('TimerHandle', type(th).__name__, th.when() == t0 + 0.02)
loop.call_at(t0 + 0.05, loop.stop)
loop.run_forever()
print([x for x in order if x != 'later'], 'later' in order)
print('after run_forever:', loop.is_running())

fut = loop.create_future()
print(repr(fut))
loop.call_soon(fut.set_result, 'value')
print('run_until_complete:', loop.run_until_complete(fut))
print(repr(fut))

def callback(f):
    print('done callback got', f.result())

f2 = loop.create_future()
f2.add_done_callback(callback)
f2.add_done_callback(callback)
print('removed', f2.remove_done_callback(callback))
f2.add_done_callback(lambda f: print('lambda saw', f.done()))
f2.set_result(7)
print('callbacks run later:', f2.done())
loop.run_until_complete(asyncio.sleep(0.001))

# Future states and errors.
f3 = loop.create_future()
for meth in (f3.result, f3.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
f3.set_exception(ValueError('bad'))
print(repr(f3), type(f3.exception()).__name__)
try:
    f3.result()
except ValueError as e:
    print('result raised', repr(e))
try:
    f3.set_result(1)
except asyncio.InvalidStateError as e:
    print('set twice:', e)
f4 = loop.create_future()
print('cancel:', f4.cancel('why'), f4.cancel(), f4.cancelled(), f4.done(), repr(f4))
try:
    f4.result()
except asyncio.CancelledError as e:
    print('CancelledError args', e.args)
f5 = loop.create_future()
f5.set_exception(KeyError)
print('class made instance:', repr(f5.exception()))
f6 = loop.create_future()
try:
    f6.set_exception(StopIteration())
except TypeError as e:
    print('TypeError', e)
else:
    print('StopIteration became', type(f6.exception()).__name__)
print('isfuture', asyncio.isfuture(f6), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
print('long result repr', repr(loop.run_until_complete(asyncio.sleep(0, 'x' * 5))))
f7 = loop.create_future(); f7.set_result('y' * 100)
print(repr(f7))
print(loop.run_until_complete(add(10, 20)))
print(loop.get_debug(), repr(loop).replace(type(loop).__name__, 'L'))
loop.close()
loop.close()
print('closed:', loop.is_closed(), repr(loop).replace(type(loop).__name__, 'L'))
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError:', e)
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()

# The loop seen from inside, coroutine checks, nested run refused.
async def inside():
    loop = asyncio.get_running_loop()
    print('same loop', loop is asyncio.get_event_loop(), loop.is_running())
    coro = add(1, 2)
    print('iscoroutine', asyncio.iscoroutine(coro), asyncio.iscoroutine(add),
          asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('awaited anyway', await coro)
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError:', e)
    # call_soon runs callbacks in order and in a copy of the current context.
    var = contextvars.ContextVar('var', default='unset')
    var.set('main')
    seen = []
    ctx = contextvars.copy_context()
    loop.call_soon(lambda: seen.append(var.get()))
    ctx2 = contextvars.Context()
    loop.call_soon(lambda: seen.append(var.get()), context=ctx2)
    var.set('changed')
    await asyncio.sleep(0)
    print('contexts', seen)
    # sleep results and the timer order
    got = await asyncio.gather(asyncio.sleep(0.02, 'b'), asyncio.sleep(0.01, 'a'))
    print('sleep results', got)
    t = loop.time()
    await asyncio.sleep(0.02)
    print('slept enough', loop.time() - t >= 0.019)
    return 'inside done'

print(asyncio.run(inside()))

# Runner keeps one loop and one context across runs.
var = contextvars.ContextVar('rv', default=0)
async def bump():
    var.set(var.get() + 1)
    return var.get()
with asyncio.Runner() as runner:
    print('runner', runner.run(bump()), runner.run(bump()), runner.get_loop().is_closed())
    l = runner.get_loop()
print('runner loop closed after', l.is_closed())
coro = bump()
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
print('context untouched:', var.get())

# get_event_loop with a loop set explicitly.
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('get_event_loop is set loop', asyncio.get_event_loop() is loop)
print('policy', type(asyncio.get_event_loop_policy()).__name__ in ('_UnixDefaultEventLoopPolicy',))
asyncio.set_event_loop(None)
loop.close()
