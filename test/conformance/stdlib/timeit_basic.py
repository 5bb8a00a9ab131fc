# timeit with a fake clock, so that every figure is exact: Timer (str and callable statements and
# setups, globals), timeit/repeat/autorange, the errors, and `python -m timeit`'s main().
import timeit
import gc


class Clock:
    """A clock that advances `step` seconds per read (times `growth` after each read)."""
    def __init__(self, step=1.0, growth=1.0):
        self.now = 0.0
        self.step = step
        self.growth = growth

    def __call__(self):
        self.now += self.step
        self.step *= self.growth
        return self.now


runs = []
t = timeit.Timer('runs.append(x)', setup='x = 7', timer=Clock(), globals={'runs': runs})
print(t.timeit(3), runs)
print(t.repeat(2, 1), runs)
count = [0]
def stmt():
    count[0] += 1
def setup():
    count[0] += 100
t = timeit.Timer(stmt, setup, timer=Clock())
print(t.timeit(5), count)
print(timeit.timeit('pass', timer=Clock(0.25), number=10), timeit.repeat('pass', timer=Clock(), repeat=3, number=2))
calls = []
print(timeit.Timer('pass', timer=Clock(0.03, 1.5)).autorange(lambda n, s: calls.append((n, s))), calls)
print(gc.isenabled())
for bad in [lambda: timeit.Timer('return 1'), lambda: timeit.Timer('x = (', 'pass'), lambda: timeit.Timer(3),
            lambda: timeit.Timer('pass', setup=3), lambda: timeit.Timer('yield 1')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(timeit.default_timer is __import__('time').perf_counter, timeit.Timer('a\nb').src.count('\n'))
print(timeit.Timer('if x:\n  y = 1', setup='x = 0\ny = 2').src)


def fixed(step, growth=1.0):
    return lambda timer: Clock(step, growth)


print(timeit.main(['-n', '4', '-r', '2', 'pass'], _wrap_timer=fixed(0.002)))
print(timeit.main(['-s', 'import math', '-v', 'math.sqrt(2)'], _wrap_timer=fixed(0.01, 1.3)))
print(timeit.main(['-u', 'msec', '-n', '1', '-r', '1', 'pass'], _wrap_timer=fixed(0.25)))
print(timeit.main(['-u', 'hour']))
print(timeit.main(['--bogus']))
import io
import sys
err = io.StringIO()
sys.stderr, real = err, sys.stderr
status = timeit.main(['-n', '1', '-r', '1', '1/0'], _wrap_timer=fixed(1))
sys.stderr = real
lines = err.getvalue().splitlines()
print(status, lines[0], lines[-4:])
