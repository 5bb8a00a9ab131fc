# An exception raised in a finally block replaces the one in flight; the old one is its context.
def cleanup():
    raise OSError('cleanup failed')

def work():
    try:
        print('working')
        raise ValueError('work failed')
    finally:
        print('cleaning up')
        cleanup()

try:
    work()
except OSError as e:
    print('caught', repr(e), 'context', repr(e.__context__))

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue  # discards the exception
            print('last iteration, exception continues')

try:
    swallow()
except KeyError as e:
    print('KeyError', e)

work()
