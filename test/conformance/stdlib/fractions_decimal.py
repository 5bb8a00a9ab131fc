# Fraction and Decimal: construction, from_decimal, and its errors.
from fractions import Fraction as F
from decimal import Decimal as D
for v in [D('1.25'), D('-0.001'), D(7), D('1e-5'), D('123.4500')]:
    print(repr(v), repr(F(v)), repr(F.from_decimal(v)))
for v in [3, True, '1', 1.5, None]:
    try: print(repr(F.from_decimal(v)))
    except TypeError as e: print('TypeError', e)
for v in [D('inf'), D('nan')]:
    try: print(F(v))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(F(1, 4) == D('0.25') if False else '', hash(F(1, 4)) == hash(D('0.25')))
