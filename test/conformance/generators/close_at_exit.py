# Generators and coroutines still suspended in a `try` or `with` when the program ends are closed
# by the interpreter's finalization (their `finally` and `__exit__` run), after the atexit
# callbacks; finished, unstarted and handler-less ones run nothing.
import atexit
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, kind, value, tb):
        print('exit', self.name, kind.__name__ if kind else None)
        return False


def counting(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print('finally', tag)


def guarded(tag):
    with Resource(tag):
        yield 1
        yield 2


def plain():
    yield 1
    yield 2


def catches(tag):
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit in', tag)
        raise


class Step:
    def __await__(self):
        yield 'step'


async def task(tag):
    try:
        await Step()
    finally:
        print('finally coroutine', tag)


atexit.register(print, 'atexit callback')

first = counting('first')
print(next(first), next(first))
second = guarded('second')
print(next(second))
third = catches('third')
next(third)
done = counting('done')
next(done)
done.close()
unstarted = counting('unstarted')
bare = plain()
next(bare)
coro = task('coro')
print(coro.send(None))
sys.stdout.write('last line of the program\n')
sys.exit(3)
