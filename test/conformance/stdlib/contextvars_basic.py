# contextvars in one thread: ContextVar get/set/reset, Token, Context as a read-only mapping,
# Context.run and copy_context, generic aliases, the errors and their messages. Reprs carry
# addresses, so they are printed with the address cut off.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def shown(obj):
    text = repr(obj)
    while ' at 0x' in text:
        head, _, rest = text.partition(' at 0x')
        digits = 0
        while digits < len(rest) and rest[digits] in '0123456789abcdef':
            digits += 1
        text = head + ' at ADDR' + rest[digits:]
    return text


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, '->', shown(fn(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, shown(str(e)))


print(sorted(contextvars.__all__))
print(ContextVar.__module__, ContextVar.__name__, Context.__name__, Token.__name__)
print(ContextVar[int], Token[str], ContextVar[list[int]].__origin__ is ContextVar)

# -- ContextVar ------------------------------------------------------------------------------
x = ContextVar('x', default=1)
y = ContextVar('y')
print(shown(x), shown(y), shown(ContextVar('q\n"', default='v')), x.name, y.name)
print(x.get(), x.get(5), y.get(None), y.get('dflt'))
try:
    y.get()
except LookupError as e:
    print('LookupError', type(e) is LookupError, e.args[0] is y, shown(e))
attempt('ContextVar()', ContextVar)
attempt('ContextVar(1)', ContextVar, 1)
attempt('ContextVar(a, b)', ContextVar, 'a', 'b')
attempt('ContextVar(name=)', ContextVar, name='a')
attempt('ContextVar(a, other=)', ContextVar, 'a', other=1)
attempt('ContextVar(a, default, other)', ContextVar, 'a', default=1, other=2)
attempt('get(1, 2)', x.get, 1, 2)
attempt('get(default=)', x.get, default=2)
attempt('set()', x.set)
attempt('set(value=)', x.set, value=2)
attempt('reset()', x.reset)
attempt('reset(1)', x.reset, 1)
attempt('Token()', Token)
for stmt in ('x.name = "z"', 'del x.name', 'x.other = 1', 'x.other', 'x.__dict__', 'x.get = 1'):
    try:
        exec(stmt)
        print(stmt, 'ok')
    except AttributeError as e:
        print(stmt, '->', 'AttributeError', e)
print(x == x, x != ContextVar('x', default=1), hash(x) == hash(x))

# -- set / reset / Token ---------------------------------------------------------------------
t1 = x.set(10)
print(x.get(), shown(t1), t1.var is x, t1.old_value is Token.MISSING, t1.old_value)
t2 = x.set(20)
print(x.get(), t2.old_value, type(t2) is Token)
x.reset(t2)
print(x.get())
attempt('reset used', x.reset, t2)
x.reset(t1)
print(x.get(), 'default again')
t3 = y.set('a')
attempt('reset other var', x.reset, t3)
y.reset(t3)
print(y.get('unset'))
for stmt in ('t3.var = 1', 't3.old_value = 1', 'del t3.var', 't3.other = 1', 't3.other'):
    try:
        exec(stmt)
        print(stmt, 'ok')
    except AttributeError as e:
        print(stmt, '->', 'AttributeError', e)
print(repr(Token.MISSING), repr(type(Token.MISSING)), type(Token.MISSING).__name__, bool(Token.MISSING))
attempt('MISSING type()', type(Token.MISSING))

# -- Context as a mapping --------------------------------------------------------------------
ctx = copy_context()
print(type(ctx) is Context, len(ctx), list(ctx), x in ctx, ctx.get(x), ctx.get(x, 'd'))
x.set(2)
y.set(3)
ctx = copy_context()
z = ContextVar('z')
print(len(ctx), ctx[x], ctx[y], x in ctx, z in ctx, ctx.get(z), ctx.get(z, 'dz'))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()))
try:
    ctx[z]
except KeyError as e:
    print('KeyError', e.args[0] is z)
attempt('ctx["x"]', lambda: ctx['x'])
attempt('"x" in ctx', lambda: 'x' in ctx)
attempt('ctx.get(1)', ctx.get, 1)
attempt('ctx.get()', ctx.get)
attempt('ctx.get(x, 1, 2)', ctx.get, x, 1, 2)
attempt('ctx.get(x, default=)', ctx.get, x, default=1)
attempt('Context(1)', Context, 1)
attempt('Context(a=)', Context, a=1)
attempt('copy_context(1)', copy_context, 1)
attempt('ctx.copy(1)', ctx.copy, 1)
attempt('ctx.keys(1)', ctx.keys, 1)
attempt('hash(ctx)', hash, ctx)


def assign():
    ctx[x] = 1


def delete():
    del ctx[x]


attempt('ctx[x] = 1', assign)
attempt('del ctx[x]', delete)
for stmt in ('ctx.other = 1', 'ctx.keys = 1', 'ctx.other'):
    try:
        exec(stmt)
        print(stmt, 'ok')
    except AttributeError as e:
        print(stmt, '->', 'AttributeError', e)
print(ctx == ctx.copy(), ctx == copy_context(), ctx == Context(), ctx != {}, Context() == Context())
print(len(Context()), list(Context()), shown(Context()).startswith('<_contextvars.Context object at '))

# -- Context.run -----------------------------------------------------------------------------
def body(label, value):
    print(' in', label, x.get(), y.get('-'))
    token = x.set(value)
    print(' set', x.get(), token.old_value)
    return token


fresh = Context()
tok = fresh.run(body, 'fresh', 100)
print('outside', x.get(), 'fresh has', fresh[x], len(fresh))
attempt('reset from another context', x.reset, tok)
fresh.run(x.reset, tok)
print('fresh after reset', len(fresh), fresh.get(x))
print('run kwargs', fresh.run(lambda *a, **k: (a, sorted(k.items())), 1, 2, k=3))
attempt('run()', fresh.run)


def reenter():
    return fresh.run(lambda: 'inner')


attempt('re-enter', fresh.run, reenter)
other = Context()
print('nested', fresh.run(lambda: other.run(lambda: (x.get(), len(copy_context())))))


def raiser():
    x.set('changed before raising')
    raise ValueError('boom')


attempt('run raising', fresh.run, raiser)
print('kept', fresh[x], 'outside', x.get())
print('enter again after exception', fresh.run(lambda: x.get()))

# copies are independent
a = copy_context()
b = a.copy()
a.run(x.set, 'in a')
print(a[x], b[x], x.get())
b.run(y.set, 'in b')
print(a[y], b[y], y.get())
print(a == b, len(a), len(b))

# a generic ContextVar subclass is refused, as the C type is
for kind in (ContextVar, Context, Token):
    try:
        type('Sub', (kind,), {})
    except TypeError as e:
        print('subclass', kind.__name__, '->', e)
