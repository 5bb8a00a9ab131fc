# sys._current_frames() and sys._current_exceptions() see every thread.
import sys
import threading

ready = threading.Event()
go = threading.Event()


def waiter():
    try:
        raise KeyError("held")
    except KeyError:
        ready.set()
        go.wait()


t = threading.Thread(target=waiter)
t.start()
ready.wait()

frames = sys._current_frames()
print(sorted(frames) == sorted([threading.get_ident(), t.ident]))
print(frames[threading.get_ident()].f_code.co_name)


def chain(frame):
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


print("waiter" in chain(frames[t.ident]))
excs = sys._current_exceptions()
print(sorted((k == t.ident, type(v).__name__, str(v)) for k, v in excs.items()))
go.set()
t.join()
print(list(sys._current_frames()) == [threading.get_ident()])
try:
    sys._current_frames(1)
except TypeError as e:
    print("TypeError", type(e).__name__)
