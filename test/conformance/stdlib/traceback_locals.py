# traceback: capture_locals shows the locals of every frame of the traceback
import traceback


def with_locals(a, b=2):
    c = [a, b]
    raise ValueError(c)


def run():
    try:
        with_locals(1)
    except ValueError as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        print(''.join(te.format()))
        print([fs.locals for fs in te.stack])


run()
