from fractions import Fraction as F
import math, numbers
for s in ['3/4', ' -1.5e3 ', '1_000/3', '+7', '.5', '5.', '1e-3', '-0', '3 / 4', '1/0', '1__0', '_1', '1_', '', ' ', '1.5/2', 'inf', 'nan', '0x10', '1e', '1.2.3', '−1', '٣', '1E+2', '12.5E-1_0', '2/-3', '\t9/12\n', '1_2.3_4e1_0']:
    try: print(repr(s), repr(F(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for args in [(), (5,), (6, -4), (-6, -4), (0, -3), (1, 0), (F(1,3), F(2,5)), (1.5,), (F(7,3),), (True,), (3, True), (1.5, 2), ('1', 2), (None,), (2**100, 6**40)]:
    try: print(args, repr(F(*args)))
    except Exception as e: print(args, type(e).__name__, e)
for x in [0.1, -2.5, 1e300, 5e-324, float('inf'), float('nan'), 0.0, -0.0]:
    try: print(x, repr(F(x)), repr(F.from_float(x)))
    except Exception as e: print(x, type(e).__name__, e)
for bad in [F.from_float]:
    for v in [3, '1', 1.5, None]:
        try: print(repr(bad(v)))
        except Exception as e: print(type(e).__name__, e)
a, b = F(3, 4), F(-5, 6)
for o in [b, 2, -3, 0.5, 2j, True, F(0)]:
    for name, fn in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y), ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y), ('divmod', divmod), ('**', lambda x, y: x ** y)]:
        for l, r in [(a, o), (o, a)]:
            try: print(repr(l), name, repr(o if l is a else a), '=', repr(fn(l, r)))
            except Exception as e: print(name, type(e).__name__, e)
print(F(2, 3) ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2), F(4, 9) ** 0.5, 2 ** F(3), 2 ** F(-3), 2.0 ** F(1, 2), F(1, 2) ** F(2))
try: F(0) ** -2
except ZeroDivisionError as e: print(e)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), float(F(10**400 + 1, 3 * 10**399)))
print([round(F(n, 2)) for n in range(-7, 8)], round(F(12345, 1000), 2), round(F(12355, 1000), 2), round(F(12345, 1), -2), round(F(15, 1), -1), round(F(25), -1), repr(round(F(7, 3), 0)))
print(F(1, 3).limit_denominator(), F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1), F(5, 4).limit_denominator(2), F(-7, 4).limit_denominator(3))
try: F(1, 3).limit_denominator(0)
except ValueError as e: print(e)
print(F(7, 2).is_integer(), F(4, 2).is_integer(), F(6, 4).as_integer_ratio(), F(6, 4).numerator, F(6, 4).denominator, F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate(), complex(F(1, 2)))
print(str(F(3)), str(F(-3, 9)), repr(F(-3, 9)), bool(F(0)), bool(F(1, 9)), +F(1, 2), -F(1, 2), abs(F(-1, 2)))
