# dir(module) calls the module's own __dir__ function when its dict has one (PEP 562)
import types

m = types.ModuleType('m')
m.x = 1
print(dir(m))
m.__dir__ = lambda: ['zeta', 'alpha', 'mid']
print(dir(m))
m.__dir__ = lambda: ('b', 'a')
print(dir(m))
m.__dir__ = lambda: 1 / 0
try:
    dir(m)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
del m.__dir__
print(dir(m))
