# signal: handlers set with signal.signal run in the main thread, for signals the
# process sends itself (raise_signal, os.kill) before the call returns; the enums;
# getsignal; the errors of bad arguments; a handler that raises.
import os
import signal

events = []


def handler(signum, frame):
    events.append(signum)
    print('handler', signal.Signals(signum).name, type(frame).__name__, frame.f_code.co_name)


print(signal.signal(signal.SIGUSR1, handler))
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', events)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', events)


def inner():
    signal.raise_signal(signal.SIGUSR1)
    return 'inner returned'


print(inner())
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print('ignored', events)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

# The enums.
print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT == 2)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.Handlers(1)))
print(repr(signal.Signals(6)), repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(signal.SIGIOT is signal.SIGABRT, signal.Signals['SIGCLD'] is signal.SIGCHLD)
print([m.name for m in signal.Signals][:8], len(signal.Signals))
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__mro__[1].__name__)
print(repr(signal.getsignal(signal.SIGINT)), repr(signal.getsignal(signal.SIGUSR2)))
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGCHLD)))
print(signal.default_int_handler is signal.getsignal(signal.SIGINT))
valid = signal.valid_signals()
print(len(valid), min(valid), max(valid), 32 in valid, 33 in valid, signal.SIGINT in valid)
print(sorted(repr(s) for s in valid if not isinstance(s, signal.Signals))[:3])
print([signal.strsignal(n) for n in (1, 2, 9, 15, 17, 34, 40, 64)], signal.strsignal(32))

# Bad arguments.
for args in [(0, handler), (65, handler), (-1, handler), (signal.SIGKILL, handler),
             (signal.SIGSTOP, signal.SIG_IGN), (32, handler), (signal.SIGUSR1, 5),
             (signal.SIGUSR1, 'x'), (signal.SIGUSR1, None), ('2', handler), (2.5, handler)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
for f, args in [(signal.getsignal, (99,)), (signal.raise_signal, (0,)), (signal.strsignal, (65,)),
                (signal.getsignal, ('x',)), (signal.alarm, ()), (signal.default_int_handler, (2,))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))

# A handler that raises: the exception comes out of the call that delivered the signal.
def failing(signum, frame):
    raise ValueError(f'from the handler of {signum}')


signal.signal(signal.SIGUSR2, failing)
try:
    signal.raise_signal(signal.SIGUSR2)
    print('not reached')
except ValueError as e:
    print('caught', e)

# SIGINT: ignored, then the default handler again (KeyboardInterrupt).
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print('SIGINT ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print('not reached')
except KeyboardInterrupt:
    print('KeyboardInterrupt from os.kill')

# A signal the handler itself sends is handled after it returns.
def nested(signum, frame):
    print('nested start', signum)
    if signum == signal.SIGUSR1:
        signal.raise_signal(signal.SIGUSR2)
    print('nested end', signum)


signal.signal(signal.SIGUSR1, nested)
signal.signal(signal.SIGUSR2, nested)
signal.raise_signal(signal.SIGUSR1)
print('done')
