# What reconfigure() sets holds in every thread (each runs in its own worker here), and text a
# thread writes through a Python TextIOWrapper over sys.stdout.detach() is flushed at exit.
import io
import sys
import threading


def show(tag):
    print(f'{tag}: {sys.stdout.encoding} {sys.stdout.errors} {sys.stdout.line_buffering} é \udc80 ✓')


sys.stdout.reconfigure(line_buffering=True, errors='backslashreplace')
for i in range(2):
    t = threading.Thread(target=show, args=(f'thread {i}',))
    t.start()
    t.join()
sys.stdout.reconfigure(encoding='ascii', errors='replace')
t = threading.Thread(target=show, args=('ascii thread',))
t.start()
t.join()
show('main')
sys.stdout.reconfigure(encoding='utf-8', errors='strict', line_buffering=False)

# Threads at once after the changes (their order is the scheduler's: only the count is shown).
lines = []
lock = threading.Lock()


def collect(i):
    for j in range(50):
        with lock:
            lines.append(f'{i}-{j}')


workers = [threading.Thread(target=collect, args=(i,)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(len(lines), sorted(lines)[:3])
sys.stdout.flush()

sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding='utf-8')


def late():
    print('from a thread, through the wrapper, never flushed')


t = threading.Thread(target=late)
t.start()
t.join()
print('main, last line, never flushed')
