# sys.modules: caching, replacing an entry, deleting to re-import, modules created at runtime.
import sys
print('counter' in sys.modules)
import counter
print(counter.LOADS, 'counter' in sys.modules, sys.modules['counter'] is counter)
import counter as c2
print(c2 is counter)
del sys.modules['counter']
import counter as fresh
print(fresh is counter, fresh.LOADS, counter.LOADS)
class Fake:
    __name__ = 'fake'
    answer = 42
sys.modules['fake_module'] = Fake()
import fake_module
print(fake_module.answer, type(fake_module).__name__)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print('ImportError:', e, '|', e.name)
print(sys.modules['__main__'].__name__, sys.modules['sys'] is sys, 'builtins' in sys.modules)
print(type(sys.modules).__name__, sys.modules[__name__] is sys.modules['__main__'])
import types_free_module_type
ModuleType = type(sys)
m = ModuleType('made_at_runtime', 'its doc')
m.value = 'v'
sys.modules['made_at_runtime'] = m
from made_at_runtime import value
print(value, m.__name__, m.__doc__, repr(m))
