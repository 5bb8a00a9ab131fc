# Weak references whose referents die in a collection run by another thread: the references read
# None and their callbacks run (the weak pass must work in whichever worker collects).
import gc
import threading
import weakref


class A:
    pass


seen = []
a = A()
plain = weakref.ref(a)
with_callback = weakref.ref(a, lambda ref: seen.append("callback"))
del a


def collect():
    gc.collect()


t = threading.Thread(target=collect)
t.start()
t.join()
junk = [A() for _ in range(1000)]  # memory the dead object's space may be reused for
print(plain(), with_callback(), seen)

values = weakref.WeakValueDictionary()
objs = [A() for _ in range(10)]
for i, o in enumerate(objs):
    values[i] = o
del objs[::2]
t = threading.Thread(target=collect)
t.start()
t.join()
print(sorted(values.keys()))

# references made in a thread, collected by the main thread
made = []


def make():
    b = A()
    made.append(weakref.ref(b))
    made.append(b)


t = threading.Thread(target=make)
t.start()
t.join()
print(made[0]() is made[1])
made.pop()
gc.collect()
print(made[0]())
