# float repr: shortest round-tripping repr, exponents, tricky values, str(), inf/nan.
values = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
          0.0001234, 1.5e300, 2.5e-300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          100.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004, 3.141592653589793, 2.718281828459045,
          1234.5678, -1e-7, 123e-20, 4.35, 0.5, 1 / 7, 1e100, float('inf'), float('-inf'), float('nan')]
for v in values:
    print(repr(v), str(v))
print(float('1e500'), float('-1e500'), float('1e-500'), float(' 12.5 '), float('1_000.5'), float('+.5'), float('5.'))
print(float('inf'), float('-Infinity'), float('nAn'), float('  -inf\n'), float(10 ** 20), float(True))
print(0.1 * 3, 0.1 + 0.7, 1.1 * 1.1, 4.35 * 100, 1 - 0.9, 100 * 1.1)
print(2.0 ** 0.5, 10 ** 0.5, 2 ** -1074, 2.0 ** 1023, 1e308 * 10, -1e308 * 10)
print([1.0, 2.5, -0.5], (1e-10,), {'f': 1e10})
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('0x1.fffffffffffffp1023'), float.fromhex('inf'))
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), (0.0).hex(), (5e-324).hex(), (1e308).hex(), float('inf').hex())
print((0.1).as_integer_ratio(), (-1.5).as_integer_ratio(), (0.0).as_integer_ratio(), (1e20).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (2.5).real, (2.5).imag, (2.5).conjugate())
for bad in ['', 'abc', '1e', '1.2.3', '0x10', '1__0', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
try:
    float([1])
except TypeError as e:
    print('TypeError:', e)
