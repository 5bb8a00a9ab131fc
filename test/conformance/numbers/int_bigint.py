# int: arbitrary precision arithmetic, floor division and modulo signs, comparisons with floats.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, a), divmod(-b, a), divmod(b, -a))
print(10 ** 50 // 3, 10 ** 50 % 997, (10 ** 50 + 1) * (10 ** 50 - 1))
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)), f % (10 ** 9 + 7))
print(-(2 ** 64), abs(-(2 ** 64)), -(-(2 ** 63)), +(2 ** 70))
print(2 ** 63 - 1, -2 ** 63, 2 ** 31, -2 ** 31 - 1, 2 ** 30, 2 ** 53 + 1)
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2 ** 65 + 3, 2 ** 33)]:
    print(x, y, x // y, x % y, x / y)
print(a == 2.0 ** 100, a < 2.0 ** 100 + 1e15, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308)
print(10 ** 400 > float('inf'), -10 ** 400 < float('-inf'), 10 ** 20 == 1e20)
print(int(2 ** 100 / 3), int(1e20), int(-2.5), int(2.9), int(-0.0))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length(), (0).bit_length(), (255).bit_count(), (-1).bit_count())
print((12).as_integer_ratio(), (5).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print(int.from_bytes(b'\x01\x00', 'big'), (1024).to_bytes(4, 'little'))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
x = 1
for _ in range(200):
    x = x * 3 + 1
print(x, x.bit_length(), x % 1000000007)
print(7 ** 77 // 13 ** 20, (7 ** 77) % (13 ** 20))
print(abs(-5), -0, 0 == -0, 5 // 1, True + True, 3 * True)
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    2 ** 10000 / 1
    float(2 ** 10000)
except OverflowError as e:
    print('OverflowError:', e)
try:
    10 ** 400 / 10 ** 10
except OverflowError as e:
    print('OverflowError:', e)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399))
