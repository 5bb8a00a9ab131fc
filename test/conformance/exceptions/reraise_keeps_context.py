# A re-raise at the end of a finally block (RERAISE) does not chain: a __context__ set there stays
def f(err, kept):
    try:
        raise err
    finally:
        err.__context__ = kept

try:
    raise KeyError('handled')
except KeyError:
    e = ValueError('x')
    try:
        f(e, None)
    except ValueError as v:
        print('context', repr(v.__context__))
    e2 = ValueError('y')
    try:
        f(e2, IndexError('chosen'))
    except ValueError as v:
        print('context', repr(v.__context__))
    try:
        raise TypeError('normal')
    except TypeError as t:
        print('context', repr(t.__context__))
