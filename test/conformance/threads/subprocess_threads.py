# Threads waiting for child processes wait with the GIL released (detached, in free-threading
# mode): four threads, released together by a barrier, each run a child that sleeps 1 s; the
# four waits overlap (each began before any ended), as in CPython, and each thread gets its own
# child's output.
import subprocess
import threading
import time

barrier = threading.Barrier(4)
spans = {}


def child(i):
    barrier.wait()
    start = time.perf_counter()
    r = subprocess.run(['sh', '-c', 'sleep 1; echo child $0', str(i)], capture_output=True, text=True)
    spans[i] = (start, time.perf_counter(), r.returncode, r.stdout.strip())


ts = [threading.Thread(target=child, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([spans[i][2:] for i in range(4)])
print('overlapping', max(s[0] for s in spans.values()) < min(s[1] for s in spans.values()))

# While a thread waits for a child, the others run Python code.
counted = []


def count():
    n = 0
    while not done.is_set():
        n += 1
    counted.append(n)


done = threading.Event()
t = threading.Thread(target=count)
t.start()
print(subprocess.run(['sleep', '0.3']).returncode)
done.set()
t.join()
print('other thread ran', counted[0] > 0)

# Output from many threads' children, captured whole and in order per child.
outs = {}


def lines(i):
    outs[i] = subprocess.check_output(['sh', '-c', 'for k in 1 2 3; do echo $0-$k; done', str(i)], text=True)


ts = [threading.Thread(target=lines, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(outs[i] == ''.join('%d-%d\n' % (i, k) for k in (1, 2, 3)) for i in range(6)))
