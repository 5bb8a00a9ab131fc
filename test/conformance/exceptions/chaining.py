# Exception chaining: __context__ (implicit), __cause__ (raise ... from ...), __suppress_context__.
def show(e):
    print(type(e).__name__, e)
    print('  cause:', repr(e.__cause__))
    print('  context:', repr(e.__context__))
    print('  suppress_context:', e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('while handling')
except ValueError as e:
    show(e)

try:
    try:
        {}['x']
    except KeyError as k:
        raise RuntimeError('explicit') from k
except RuntimeError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError('no context shown') from None
except TypeError as e:
    show(e)

# A context set in a finally block.
try:
    try:
        raise OSError('first')
    finally:
        try:
            raise EOFError('second')
        except EOFError as inner:
            print('inner context:', repr(inner.__context__))
except OSError as e:
    show(e)

# raise from a class instantiates it.
try:
    raise LookupError('lk') from KeyError
except LookupError as e:
    show(e)

# Cause must be an exception or None.
try:
    raise ValueError('v') from 42
except TypeError as e:
    print('TypeError:', e)

# Setting __cause__ by hand also sets __suppress_context__.
e = ValueError('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__)

# A context chain does not loop when the same exception is re-raised inside its handler.
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise a
        except ValueError as b:
            print('same object:', a is b, 'context:', repr(b.__context__))
            raise
except ValueError as e:
    show(e)
