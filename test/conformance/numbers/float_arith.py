# float arithmetic: division, floor division, modulo signs, round (banker's and to digits), int/float mixing.
print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 % -2, 7.5 // -2, divmod(7.5, 2), divmod(-7.5, 2))
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 10, 5 % 0.3, -5 % 0.3, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(3 / 2, 4 / 2, 1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5, 10 / 3, 1 / 10 ** 20, 10 ** 20 / 7)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(123.456, -1), round(123.456, -2))
print(round(1e300, 2), round(-0.0), round(0.1, 20), round(1.23456789e-5, 8), round(2.5, 0), round(-2.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(7.0, -1), round(15.0, -1), round(25.0, -1))
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf > 1e308, nan > 0, nan < 0, nan != nan)
print(abs(-2.5), abs(-0.0), abs(-inf), max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0), sum([0.1] * 10), sum([1e20, 1, -1e20]))
for a, b in [(1, 0.0), (1.0, 0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    round(inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(nan)
except ValueError as e:
    print('ValueError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print((-8.0) ** (1 / 3), 0.0 ** 0, (-2.0) ** 2, (-2.0) ** -1, 2 ** 0.5, pow(2.0, 3), pow(-1.0, 0.5))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9, 0.1 + 0.2 == 0.3, 1e16 + 1, 1e16 + 2)
print(int(1e16 + 2), float(2 ** 53) + 1.0, 2 ** 53 + 1.0, 1.0 == 1, 1.5 == 3 / 2, 2 ** 0.5 < 1.5)
print(float.__add__(1.0, 2), (1.5).__rtruediv__(3), (2.0).__rpow__(3), float.__floordiv__(7.0, 2))
