# Signals sent by other threads: the handler runs in the main thread, between
# two bytecodes or while it waits (join, Event.wait, sleep), and the wait goes
# on afterwards; only the main thread may set handlers.
import os
import signal
import threading
import time

seen = []


def handler(signum, frame):
    seen.append((signal.Signals(signum).name, threading.current_thread() is threading.main_thread()))


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)


def sender(sig, delay):
    time.sleep(delay)
    os.kill(os.getpid(), sig)


t = threading.Thread(target=sender, args=(signal.SIGUSR1, 0.2))
t.start()
t.join()
time.sleep(0.1)
print('after join', seen)

done = threading.Event()


def send_then_set():
    time.sleep(0.2)
    signal.raise_signal(signal.SIGUSR2)
    time.sleep(0.2)
    done.set()


threading.Thread(target=send_then_set).start()
print('wait returned', done.wait(5), seen)

# A busy main thread is interrupted too.
t = threading.Thread(target=sender, args=(signal.SIGUSR1, 0.1))
t.start()
deadline = time.monotonic() + 5
while len(seen) < 3 and time.monotonic() < deadline:
    pass
t.join()
print('busy loop saw', seen[2:])

errors = []


def try_set():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=try_set)
t.start()
t.join()
print(errors, signal.getsignal(signal.SIGUSR1) is handler)
