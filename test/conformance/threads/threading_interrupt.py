# _thread.interrupt_main() from a thread: KeyboardInterrupt reaches the main thread while it waits
# in join(), in Condition.wait() (the lock is held again afterwards) and in Semaphore.acquire()
# (a later release still reaches the next waiter).
import _thread
import threading
import time


ready = threading.Event()


def interrupt_later():
    # main sets `ready` inside its try block, just before it starts to wait
    ready.wait()
    ready.clear()
    time.sleep(0.05)
    _thread.interrupt_main()


def busy(n):
    total = 0
    for i in range(n):
        total += i
    return total


t = threading.Thread(target=interrupt_later)
t.start()
try:
    ready.set()
    t.join()
    busy(10000)
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt during join')
t.join()
print('thread alive after the second join:', t.is_alive())

cond = threading.Condition()
t = threading.Thread(target=interrupt_later)
with cond:
    t.start()
    try:
        ready.set()
        cond.wait(5)
        busy(10000)
        print('not interrupted')
    except KeyboardInterrupt:
        print('KeyboardInterrupt during Condition.wait; lock held again:', cond._is_owned())
t.join()
print('condition lock free:', cond.acquire(False))
cond.release()

sem = threading.Semaphore(0)
t = threading.Thread(target=interrupt_later)
t.start()
try:
    ready.set()
    sem.acquire(timeout=5)
    busy(10000)
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt during Semaphore.acquire')
t.join()
got = []
waiter = threading.Thread(target=lambda: got.append(sem.acquire(timeout=10)))
waiter.start()
sem.release()
waiter.join()
print('the next waiter got the unit:', got)
