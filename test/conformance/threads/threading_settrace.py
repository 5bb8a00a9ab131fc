# threading.settrace/setprofile install the functions in each thread started afterwards, and
# only there: the main thread's own sys.gettrace()/getprofile() stay unset. (The functions here
# never print: only where they are installed is checked.)
import sys
import threading


def tracer(frame, event, arg):
    return None


def profiler(frame, event, arg):
    return None


threading.settrace(tracer)
threading.setprofile(profiler)
installed = []


def probe():
    installed.append((sys.gettrace() is tracer, sys.getprofile() is profiler))


t = threading.Thread(target=probe)
t.start()
t.join()
print('in the new thread', installed)
print('in the main thread', sys.gettrace(), sys.getprofile())
threading.settrace(None)
threading.setprofile(None)
t = threading.Thread(target=probe)
t.start()
t.join()
print('after resetting', installed[-1], threading.gettrace(), threading.getprofile())
