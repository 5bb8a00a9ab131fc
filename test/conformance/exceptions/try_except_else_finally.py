# try / except / else / finally: which blocks run, in what order, and what they return.
def run(kind):
    log = []
    try:
        log.append('try')
        if kind == 'value':
            raise ValueError('bad value')
        if kind == 'key':
            {}['missing']
        if kind == 'zero':
            1 / 0
    except ValueError as e:
        log.append('except ValueError: %s' % e)
    except (KeyError, IndexError) as e:
        log.append('except lookup: %r' % (e,))
    except Exception as e:
        log.append('except Exception: %s %s' % (type(e).__name__, e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log

for kind in ['none', 'value', 'key', 'zero']:
    print(kind, run(kind))

def finally_return():
    try:
        return 'from try'
    finally:
        print('finally runs before the return completes')

print(finally_return())

def finally_overrides():
    try:
        return 1
    finally:
        return 2  # noqa: the finally's return wins

print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

print(loop_with_finally())

# The name bound by 'except ... as' is deleted at the end of the handler.
try:
    raise TypeError('t')
except TypeError as err:
    pass
try:
    err
except NameError as e:
    print('NameError:', e)

# Nested try: the inner handler does not match, the outer one does.
try:
    try:
        raise KeyError('k')
    except ValueError:
        print('not here')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', repr(e))

# Bare except catches everything, including BaseException subclasses.
try:
    raise KeyboardInterrupt
except:
    print('bare except caught KeyboardInterrupt')
