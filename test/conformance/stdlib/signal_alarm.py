# signal.alarm, pause and a sleep a handler interrupts: a handler that returns lets
# time.sleep go on to its deadline (PEP 475). signal_alarm_raise: lock waits, and a
# handler that raises.
import signal
import time

got = []


def on_alarm(signum, frame):
    got.append(signum)
    print('alarm', signal.Signals(signum).name, flush=True)


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
t0 = time.monotonic()
time.sleep(1.6)
print('slept to the end:', time.monotonic() - t0 >= 1.55, got)

signal.alarm(1)
signal.pause()
print('after pause', got)
