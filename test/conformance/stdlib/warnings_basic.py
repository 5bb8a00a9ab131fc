# warnings: warn, the default output on stderr, registries, catch_warnings
import warnings, sys
def f():
    warnings.warn('careful', stacklevel=2)
f()
f()
warnings.warn('plain')
warnings.warn('dep', DeprecationWarning)
warnings.warn(RuntimeWarning('inst'))
print(warnings.filters[:2])
for i in range(3):
    warnings.warn('loop')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('a')
    warnings.warn('b', UserWarning)
    warnings.warn('c', DeprecationWarning)
    print([str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno, str(log[0])[:40])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message='ign')
    warnings.warn('ignore me'); warnings.warn('Ignored too'); warnings.warn('shown')
warnings.warn('far', stacklevel=50)
try:
    warnings.warn('x', 'notacategory')
except TypeError as e: print(e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e: print('AssertionError', e)
print(warnings.formatwarning('m', UserWarning, 'f.py', 3, 'line here  '))
print(repr(warnings.catch_warnings(record=True)))
