# sys.unraisablehook gets what nothing can catch (here: atexit callbacks that raise) as an
# UnraisableHookArgs; a hook that raises has its own exception reported by the default hook (and
# the one it was given is lost); None means the default hook. The callbacks run last first, and
# some of them change the hook for the ones after.
import atexit
import sys


class Callback:
    def __init__(self, tag):
        self.tag = tag

    def __call__(self):
        raise ValueError(self.tag)

    def __repr__(self):
        return '<Callback %s>' % self.tag


class Failing:
    def __call__(self, args):
        raise RuntimeError('the hook failed on ' + repr(args.exc_value))

    def __repr__(self):
        return '<Failing hook>'


def hook(args):
    print('hook:', type(args).__name__, args.exc_type.__name__, repr(args.exc_value), args.err_msg,
          args.object, args.exc_traceback is not None, args.exc_traceback.tb_lineno)


def set_hook(h):
    print('hook set to', h)
    sys.unraisablehook = h


# Registered in the reverse of the order they run.
atexit.register(Callback('to the default'))
atexit.register(set_hook, None)
atexit.register(Callback('to a failing hook'))
atexit.register(set_hook, Failing())
atexit.register(Callback('to the hook'))
sys.unraisablehook = hook
print('default kept:', sys.__unraisablehook__ is not hook, sys.__unraisablehook__.__name__)
print('end of the program')
