# ExceptionGroup: construction, split, subgroup, derive, nesting, and except*.
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions)
print(type(eg).__mro__)

match, rest = eg.split(ValueError)
print('split match:', repr(match))
print('split rest:', repr(rest))
print('subgroup:', repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print('subgroup none:', eg.subgroup(OSError))

nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))

bg = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__)
bg2 = BaseExceptionGroup('all exc', [ValueError()])
print(type(bg2).__name__)

for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]),
            lambda: ExceptionGroup('x', ValueError()), lambda: ExceptionGroup('x', [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def handle(exc):
    try:
        raise exc
    except* ValueError as g:
        print('  ValueErrors:', repr(g))
    except* (TypeError, KeyError) as g:
        print('  Type/KeyErrors:', repr(g))

print('except* on a group:')
handle(eg)
print('except* on a naked exception:')
handle(TypeError('naked'))

try:
    try:
        raise ExceptionGroup('g', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as e:
    print('unhandled part re-raised:', repr(e))

try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('from handler')
except (ExceptionGroup, KeyError) as e:
    # CPython 3.12 lets the handler's new exception out as it is, its context the matched group.
    print('raised in handler:', type(e).__name__, repr(e), repr(e.__context__))
