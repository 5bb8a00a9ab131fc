# A generator still suspended in a try/finally or a with block when the program ends is closed by
# the interpreter's finalization (its finally and __exit__ run), whichever thread made it, once
# the non-daemon threads have ended. A generator without such a block has nothing to run.
# (One such generator only: the order in which several are closed is the heap's, not CPython's.)
import threading


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print('exit')
        return False


def holding(name):
    try:
        with Resource():
            yield 1
            yield 2
    finally:
        print('finally', name)


def plain():
    yield 'nothing to run'


kept = []


def worker():
    g = holding('made in a thread')
    next(g)
    kept.append(g)


threads = [threading.Thread(target=worker)] + [threading.Thread(target=print, args=('thread', i)) for i in range(3)]
for t in threads:
    t.start()
    t.join()

p = plain()
print(next(p))
print('main done', len(kept))
