# importlib.import_module (absolute, dotted, relative with package), reload (the same module
# object, its namespace run again), invalidate_caches, and their errors.
import importlib
import os
import sys

m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
d = importlib.import_module('json.decoder')
print(d.__name__, d is sys.modules['json.decoder'])
print(importlib.import_module('.decoder', 'json') is d, importlib.import_module('..decoder', 'json.scanner') is d)
print(importlib.import_module('os.path') is os.path)

os.makedirs('pkgx', exist_ok=True)
with open(os.path.join('pkgx', '__init__.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join('pkgx', 'mod.py'), 'w') as f:
    f.write("counter = globals().get('counter', 0) + 1\n")
sys.path.insert(0, os.getcwd())
mod = importlib.import_module('pkgx.mod')
print(mod.counter)
again = importlib.reload(mod)
print(again is mod, mod.counter)
with open(os.path.join('pkgx', 'mod.py'), 'w') as f:
    f.write("counter = globals().get('counter', 0) + 10\nnew = 'added'\n")
importlib.invalidate_caches()
importlib.reload(mod)
print(mod.counter, mod.new)
print(importlib.reload(sys) is sys, importlib.reload(importlib) is importlib)

for bad in [lambda: importlib.import_module('.x'), lambda: importlib.import_module('...x', 'a.b'),
            lambda: importlib.import_module('no_such_module_here'), lambda: importlib.import_module(''),
            lambda: importlib.reload('json'), lambda: importlib.import_module('json.nope')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', None))
sys.modules['blocked'] = None
try:
    importlib.import_module('blocked')
except ImportError as e:
    print(type(e).__name__, e)
fake = type(sys)('fake')
try:
    importlib.reload(fake)
except ImportError as e:
    print(type(e).__name__, e, e.name)
