# _threading_local.local, the pure-Python thread-local class, used directly.
import threading
from _threading_local import local

print(local.__name__, local.__module__)
data = local()
data.a = 1
try:
    data.b
except AttributeError as e:
    print('AttributeError', e)
try:
    local(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)


class Config(local):
    defaults = {'mode': 'fast'}

    def __init__(self, level, **extra):
        self.level = level
        self.extra = dict(extra)
        self.log = []

    def note(self, what):
        self.log.append(what)
        return len(self.log)


cfg = Config(3, color='red')
cfg.note('main')
report = []


def use(name):
    cfg.note(name)
    cfg.level += len(name)
    report.append((name, cfg.level, cfg.extra, cfg.log, cfg.defaults['mode'], sorted(vars(cfg))))


for name in ('a', 'bb', 'ccc'):
    t = threading.Thread(target=use, args=(name,))
    t.start()
    t.join()
for row in report:
    print(row)
print('main', cfg.level, cfg.log, data.a, data.__dict__)
del data.a
print(vars(data), hasattr(data, 'a'))
