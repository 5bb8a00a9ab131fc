# Closing at exit after an uncaught exception: the traceback is printed first, then the suspended
# generators' finally blocks run, and the exit status stays the exception's.
def stubborn(tag):
    try:
        yield 1
    finally:
        print('finally', tag)


class Holder:
    def __init__(self):
        self.gen = stubborn('held by an instance')
        next(self.gen)


a = stubborn('global')
next(a)
holder = Holder()
print('before the error')
{}['missing']
