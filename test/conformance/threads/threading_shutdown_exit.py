# sys.exit() in the main thread still waits for non-daemon threads; the exit status is kept.
import sys
import threading

turns = [threading.Event() for _ in range(4)]


def worker(n):
    turns[n].wait()
    print('worker', n, 'finished after the main thread exited')
    turns[n + 1].set()


for n in range(3):
    threading.Thread(target=worker, args=(n,), name=f'w{n}').start()
threading._register_atexit(turns[0].set)
print('main calls sys.exit(4)')
sys.exit(4)
