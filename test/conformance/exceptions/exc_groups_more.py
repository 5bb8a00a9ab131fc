# Exception groups: promotion rules, split/subgroup/derive details, except* edge cases.
def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)

show('base promoted', lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__)
show('base kept', lambda: type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
show('kw', lambda: ExceptionGroup('a', [ValueError()], x=1))
show('one arg', lambda: ExceptionGroup('a'))
show('msg type', lambda: ExceptionGroup(1, [ValueError()]))
show('set', lambda: ExceptionGroup('a', {ValueError()}))
show('split bad', lambda: ExceptionGroup('a', [ValueError()]).split(1))
eg = ExceptionGroup('t', (ValueError(1),))
print(eg.exceptions, eg.message, eg.args, str(ExceptionGroup('one', [ValueError()])))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__bases__)

class MyGroup(ExceptionGroup):
    pass

show('my nest', lambda: MyGroup('m', [KeyboardInterrupt()]))
g = MyGroup('mine', [ValueError(1), TypeError(2)])
m, r = g.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + '!', excs)

g = Derived('d', [ValueError(1), TypeError(2)])
g.add_note('note')
try:
    raise g
except Derived as caught:
    m, r = caught.split(lambda e: isinstance(e, ValueError))
    print(repr(m), repr(r), m.__notes__, r.__notes__, m.__notes__ is caught.__notes__, m.__traceback__ is caught.__traceback__)

full = ExceptionGroup('x', [ValueError(1)])
print(full.split(ValueError)[0] is full, full.subgroup(Exception) is full, full.subgroup(TypeError))
nested = ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [ValueError(2), TypeError(3)])])
print(repr(nested.subgroup(ValueError)), repr(nested.split((TypeError,))[0]))
print(repr(nested.derive([KeyError()])), repr(BaseExceptionGroup('b', [ValueError()]).derive([KeyboardInterrupt()])))

def run(exc):
    try:
        try:
            raise exc
        except* ValueError as eg:
            print('  V:', repr(eg))
        except* TypeError as eg:
            print('  T:', repr(eg))
            raise
    except BaseException as e:
        print('  escaped:', repr(e))
    else:
        print('  all handled')

run(ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)]))
run(ValueError('naked'))
run(TypeError('naked t'))
run(KeyError('naked k'))

try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('x')
except BaseException as e:
    print(repr(e), repr(e.exceptions[0].__context__))

for bad in (ExceptionGroup, (ValueError, ExceptionGroup), 3):
    try:
        try:
            raise ValueError()
        except* bad:
            pass
    except TypeError as e:
        print('TypeError', e)

import sys
try:
    raise ExceptionGroup('s', [ValueError(1)])
except* ValueError:
    print('exc_info:', repr(sys.exc_info()[1]))
