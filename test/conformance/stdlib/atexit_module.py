# The atexit module: callbacks run last-registered first when the program ends, after the main
# module; unregister empties slots without shrinking the count; a failing callback (SystemExit
# included) is reported and the next one runs; the exit status stays the program's.
import atexit
import sys


class Callback:
    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print('callback', self.name, args, kwargs)
        if self.fail is not None:
            raise self.fail

    def __repr__(self):
        return f'<Callback {self.name}>'


first = Callback('first')
print(atexit.register(first, 1, 2, key='value') is first)
atexit.register(Callback('fails', ValueError('boom')))
atexit.register(Callback('exits', SystemExit(5)))
atexit.register(print, 'printed by print', sep='|')
atexit.register(Callback('last'))
atexit.register(len, 'unregistered')
atexit.unregister(len)
print(atexit._ncallbacks())

for bad in [lambda: atexit.register(5), lambda: atexit.register(), lambda: atexit.unregister(),
            lambda: atexit.unregister(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

scratch = []
atexit.register(scratch.append, 'ran')
atexit.register(print, 'also ran now')
atexit._run_exitfuncs()
print(scratch, atexit._ncallbacks())
atexit.register(Callback('cleared'))
atexit._clear()
print(atexit._ncallbacks())

atexit.register(Callback('registered again'))
atexit.register(Callback('and last', ZeroDivisionError('division by zero')))
print('end of the main module')
sys.exit(3)
