# int: bit operations on big and negative ints, shifts, pow with modulus, round on ints.
vals = [0, 1, -1, 5, -5, 2 ** 70, -(2 ** 70), 0xdeadbeef]
for v in vals:
    print(v, ~v, v & 0xff, v | 0x100, v ^ -1, v << 3, v >> 2, v >> 100)
print(2 ** 100 & 2 ** 100 - 1, (2 ** 100 | 1) & 3, -(2 ** 100) & 0xffff, -(2 ** 100) ^ 7)
print(1 << 200, (1 << 200) >> 199, -1 << 65, -(1 << 65) >> 64)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), 2 ** -2, (-8) ** (1 / 3) if False else 'skip')
print(pow(3, 200, 1000000007), pow(2, 10 ** 18, 97), pow(-3, 5, 7), pow(3, 5, -7))
print(pow(3, -1, 7), pow(10, -2, 101), pow(2 ** 80 + 1, 12345, 2 ** 61 - 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5), round(5, 2), type(round(5, 2)).__name__, round(2 ** 70 + 1, -20))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(2 ** 70, 12345))
print((-7) % 3, 7 % -3, -7 // 3, 7 // -3, (2 ** 100) % -3, (-(2 ** 100)) // 3)
print(0 ** 0, 0 ** 5, (-1) ** 101, (-2) ** 64, 10 ** -1, 4 ** 0.5, (-4) ** 0.5)
print(int.__or__(5, 3), (5).__rsub__(10), (3).__pow__(2, 5), (6).__floordiv__(4))
print(bin(-37), oct(-37), hex(-37), bin(2 ** 65), hex(255), oct(8))
print(format(255, 'b'), format(255, '#x'), format(-255, '#X'), format(1234567, ','), format(1234567, '_'))
print(format(42, '08d'), format(-42, '+06d'), format(42, '^9d'), format(42, 'c'), format(42, 'e'), format(12, '%'))
print(f'{2 ** 64:,}', f'{0xFF:#010b}', f'{5:+}', f'{-5: }', f'{123456789:_x}', f'{3:=+5}')
