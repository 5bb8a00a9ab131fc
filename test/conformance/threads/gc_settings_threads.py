# gc's settings are the interpreter's, not a thread's: what one thread sets, another reads.
import gc
import threading


def change():
    gc.set_threshold(500, 7, 3)
    gc.set_debug(0)
    gc.disable()


print(gc.get_threshold(), gc.isenabled())
t = threading.Thread(target=change)
t.start()
t.join()
print(gc.get_threshold(), gc.isenabled(), gc.get_debug())
gc.enable()
seen = []
t = threading.Thread(target=lambda: seen.append((gc.get_threshold(), gc.isenabled())))
t.start()
t.join()
print(seen)
gc.set_threshold(700, 10, 10)
