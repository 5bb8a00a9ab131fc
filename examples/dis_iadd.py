"""Why `counter += 1` is not one step: its bytecode.

    gilvm examples/dis_iadd.py

`+=` on a global reads it (LOAD_GLOBAL), computes (BINARY_OP), and writes it
back (STORE_GLOBAL): three separate instructions. Another thread that runs
between the read and the write makes one of the two updates vanish. Under the
GIL, a thread is only asked to let go at a backward jump or a call, which is
why race.py needs a call in the middle to show the race; without a GIL,
nothing stands between the instructions of two threads.
"""
import dis

counter = 0


def increment():
    global counter
    counter += 1


def increment_attribute(obj):
    obj.count += 1


def increment_item(cells):
    cells[0] += 1


for fn in (increment, increment_attribute, increment_item):
    print(f"--- {fn.__name__}")
    dis.dis(fn)
