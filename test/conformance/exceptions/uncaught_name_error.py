# Uncaught NameError and AttributeError: 3.12 suggests a close name in the traceback.
class Config:
    def __init__(self):
        self.timeout = 30

cfg = Config()
try:
    print(cfg.timout)
except AttributeError as e:
    print('AttributeError:', e, e.name, e.obj is cfg)

try:
    print(undefined_thing)
except NameError as e:
    print('NameError:', e, e.name)

def f():
    counter = 1
    return countr + 1

f()
