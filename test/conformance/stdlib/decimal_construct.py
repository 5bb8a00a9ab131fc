# Decimal construction, str/repr/eng strings, tuples and conversions
from decimal import Decimal as D, InvalidOperation, getcontext
import decimal

for s in ['1.23', '-0', '1e5', '1E-7', '0.000001', '0.0000001', '123.456e3', 'NaN', '-sNaN12',
          'Infinity', '-inf', '  12_345.6_7  ', '0E+3', '1_000', '12e-2', '.5', '5.', '+7',
          '-0.00E-9', '1e+999999', 'nan123', '  -INF ', '9' * 40]:
    d = D(s)
    print(repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
for s in ['0E+1', '0E-7', '0E+2', '0E-8', '0E-9', '0E+4', '1E+4', '12E-8', '-0E+5', '123E+5', '1.5E-10']:
    print(s, D(s).to_eng_string())
for bad in ['', 'abc', '1e', '_', '1.2.3', 'e5', '1 2', '--1', 'nan1.5', 'infinit']:
    try:
        print(D(bad))
    except InvalidOperation as e:
        print('InvalidOperation', e, e.args)
print(D(0.1))
print(D(-2.5), D(1e300) == 1e300, D(float('nan')), D(float('-inf')), D(-0.0))
print(D((1, (1, 2, 3), -2)), D((0, (), 'n')), D((0, (1,), 'N')), D((1, (0,), 'F')), D([0, [4, 2], 3]))
print(D(12345678901234567890123456789012), D(-5), D(D('1.50')), D('3.14', getcontext()))
for bad in [(1, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,)), [1.5], None, 1j]:
    try:
        print(D(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(D.from_float(0.25), D.from_float(5), D.from_float(float('inf')))
for x in ['1.7', '-1.7', '2.5', '-2.5', '1e3', '123.999']:
    d = D(x)
    print(x, int(d), float(d), round(d), round(d, 1), round(d, -1), d.as_integer_ratio())
import math
print(math.floor(D('-1.5')), math.ceil(D('1.2')), math.trunc(D('-1.7')), complex(D(2)))
for bad in ['nan', 'inf', '-inf', 'snan']:
    for f in (int, float, D.as_integer_ratio):
        try:
            print(f(D(bad)))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(hash(D(5)) == hash(5), hash(D('0.5')) == hash(0.5), hash(D('-1')), hash(D('1.25')) == hash(1.25))
print(hash(D('inf')), hash(D('-inf')), hash(D('1E+30')) == hash(10 ** 30), hash(D('-0')), hash(D('0.1')) == hash(D('0.100')))
try:
    hash(D('snan'))
except TypeError as e:
    print('TypeError', e)
print(D(3).real, D(3).imag, D(3).conjugate(), bool(D(0)), bool(D('0E-5')), bool(D('nan')))
print(repr(D('1.5').as_tuple()), type(D(1)).__name__, D.__module__, issubclass(decimal.DecimalTuple, tuple))
class Sub(D):
    pass
s = Sub('1.5')
print(type(s).__name__, s, type(s + 1).__name__, isinstance(s, D))
