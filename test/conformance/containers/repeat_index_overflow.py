# Sequence repeat counts and indexes past the index range: CPython's OverflowError and IndexError
# 'cannot fit ... into an index-sized integer' (lists, tuples, strs, bytes, bytearray, array).
import array
for f in (lambda: [1] * (2**70), lambda: [1][2**70], lambda: (1,)[-2**80], lambda: 'ab'[2**64], lambda: array.array('i', [1])[2**70],
          lambda: b'x' * (2**65), lambda: [1, 2][True], lambda: 'abc' * True):
    try:
        print(repr(f()))
    except (OverflowError, IndexError, MemoryError) as e:
        print(type(e).__name__, e)
for f in (lambda: b'ab' * 3, lambda: 3 * bytearray(b'x'), lambda: b'x' * -1, lambda: b'x' * 'a', lambda: [1] * 1.5, lambda: (1,) * 2**64, lambda: bytearray(b'x') * 2**63):
    try:
        print(repr(f()))
    except (OverflowError, TypeError, MemoryError) as e:
        print(type(e).__name__, e)
for f in (lambda: 'ab' * 3, lambda: 'a' * -1, lambda: 'a' * -2**70, lambda: 'a' * 2**70, lambda: 2**64 * 'a', lambda: 'a' * 1.5):
    try:
        print(repr(f()))
    except (OverflowError, TypeError, MemoryError) as e:
        print(type(e).__name__, e)
