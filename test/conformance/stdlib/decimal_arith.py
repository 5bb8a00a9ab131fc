# Decimal arithmetic, rounding modes and comparisons
from decimal import *
D = Decimal
print(D(1) / D(3), D(2) / D(3), D(1) / D(8), D(100) / D(4), D('1.00') / D('0.25'), D(-7) / D(2), D('1E+2') / D('1E-2'))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(-2), D(-7) % D(2), divmod(D(17), D(5)), divmod(D('-17.5'), D(4)))
print(D('1.1') + D('2.22'), D('1.1') - D('1.1'), D('-0') + D('0'), D('1e30') + D('1e-30'), D(1) - D('1e-40'))
print(D('1.5') * D('2.0'), D(2) ** 10, D(2) ** -2, D('1.1') ** 3, D(3) ** 100, D('2.0') ** -1, D(10) ** -2)
print(D(4) ** D('0.5'), D(2) ** D('0.5'), D(10) ** D('-1.5'), D('-8') ** 3, D(0) ** 5, D(0) ** -1, D('-0') ** -3)
print(-D('0'), +D('-0'), abs(D('-1.50')), -D('1.2345678901234567890123456789012'), +D('9.99999999999999999999999999999'))
print(1 + D(2), 3 - D(1), 2 * D('1.5'), 1 / D(4), 7 // D(2), 7 % D(3), 2 ** D(3), divmod(7, D(2)))
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    c = Context(prec=3, rounding=mode)
    vals = [c.plus(D(x)) for x in ['1.235', '1.245', '-1.235', '1.2501', '1.201', '1.251', '-1.209', '1.00000001', '999.9']]
    print(mode, ' '.join(map(str, vals)), c.divide(1, 7), c.divide(-2, 3))
c = Context(prec=5, traps=[])
for a, b in [('inf', 'inf'), ('inf', '-inf'), ('0', '0'), ('1', '0'), ('-1', '0'), ('inf', '1'), ('1', 'inf'), ('nan', '1'), ('snan', '2')]:
    x, y = D(a), D(b)
    print(a, b, c.add(x, y), c.subtract(x, y), c.multiply(x, y), c.divide(x, y), c.divide_int(x, y), c.remainder(x, y), c.divmod(x, y))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) % 0, lambda: D('inf') - D('inf'), lambda: divmod(D(1), D(0)),
          lambda: D(10) ** 1000000, lambda: D('1e999999') * 10, lambda: D(1) + 1.5, lambda: 1.5 * D(1), lambda: D(10 ** 30) // D('0.1'),
          lambda: D(-1) ** D('0.5'), lambda: D(0) ** 0, lambda: D('snan') + 1]:
    try:
        print(f())
    except ArithmeticError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print(type(e).__name__)
print(D(1) < 2, D(1) == 1.0, D('1.0') == D(1), D(3) > 2.5, D(2) <= D('2.00'), D(1) != D('nan'), D('nan') == D('nan'))
print(max(D(1), D(2)), D(1).max(D('1.0')), D(-1).min(D(2)), D(1).compare(D(2)), D('nan').compare(D(1)), D(2).compare(D('2.0')))
print(D('-0').max(D('0')), D('nan').max(D(3)), D(3).min(D('nan')), D('1.00').min(D('1.0')), D(-5).max_mag(D(3)))
for f in [lambda: D('nan') < 1, lambda: D(1) >= D('snan'), lambda: D('snan') == 1]:
    try:
        print(f())
    except InvalidOperation as e:
        print('InvalidOperation', e)
print(sorted([D('1.5'), D(-2), D('0.1'), D(1), D('1E+1')]), D(5) in [5], {D(1): 'a'}[1])
print(D('1.5').fma(2, D('0.25')), D(2).fma(3, 4), D(1).copy_sign(D('-0')), D('-3').copy_abs(), D(3).copy_negate())
print(D('1.5').scaleb(3), D('1.5').scaleb(-3), D(1).same_quantum(D('1.0')), D('nan').same_quantum(D('snan')), D(7).remainder_near(D(4)))
print(D(10).compare_total(D('1E+1')), D('-nan').compare_total(D(1)), D(1).next_plus(), D(1).next_minus(), D(1234).logb())
