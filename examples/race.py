"""A race on a shared counter, and its fix.

    gilvm examples/race.py                          # default switch interval
    gilvm -X switchinterval=0.00001 examples/race.py
    gilvm examples/race.py 1000                      # N = 1,000 increments a thread

Four threads each add 1 to a global counter N times, three ways:

- `counter += 1`: several bytecodes (see dis_iadd.py) but, under the GIL, the
  thread is only asked to drop it at a backward jump or a call, so in practice
  no switch falls between the read and the write: nothing is lost. Without a
  GIL (free-threading) the threads really run at once and updates are lost.
- read, call a function, write back: the call is a point where the GIL can
  change hands between the read and the write. At the default 5 ms interval
  that rarely happens; a tiny interval makes it happen all the time.
- the same under a `threading.Lock`: never loses anything.
"""
import sys
import threading

THREADS = 4
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
counter = 0
lock = threading.Lock()


def plus_one(x):
    return x + 1


def bare():
    global counter
    for _ in range(N):
        counter += 1


def with_call():
    global counter
    for _ in range(N):
        value = counter
        value = plus_one(value)      # a call: the GIL may change hands here
        counter = value


def locked():
    global counter
    for _ in range(N):
        with lock:
            value = counter
            value = plus_one(value)
            counter = value


def run(body):
    global counter
    counter = 0
    threads = [threading.Thread(target=body) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return THREADS * N - counter


def main():
    print(f"switch interval {sys.getswitchinterval() * 1000:g} ms; {THREADS} threads x {N:,} increments")
    for body in (bare, with_call, locked):
        lost = run(body)
        print(f"{body.__name__:>9}: lost {lost:,} updates ({lost / (THREADS * N):.1%})")


if __name__ == "__main__":
    main()
