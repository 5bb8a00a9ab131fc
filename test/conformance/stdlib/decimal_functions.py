# sqrt, exp, ln, log10, quantize, integral rounding, normalize and predicates
from decimal import *
D = Decimal
print(D(2).sqrt(), D(16).sqrt(), D('0.01').sqrt(), D(100).sqrt(), D('1e-3').sqrt(), D(0).sqrt(), D('-0').sqrt(), D('1.00').sqrt(), D('inf').sqrt())
print(D(1).exp(), D(-1).exp(), D(10).exp(), D('0.001').exp(), D(100).exp(), D('-100').exp(), D(0).exp(), D('-inf').exp(), D('1e-30').exp())
print(D(2).ln(), D(10).ln(), D('0.5').ln(), D('1.0001').ln(), D(1).ln(), D('1e100').ln(), D(3).ln(), D('0.999').ln(), D(0).ln())
print(D(2).log10(), D(100).log10(), D('0.001').log10(), D('1.0').log10(), D(3).log10(), D('1e-20').log10(), D('2E+5').log10(), D('0.3').log10())
for p in [1, 5, 50]:
    with localcontext(prec=p):
        print(p, D(2).sqrt(), D(1).exp(), D(2).ln(), D(7).log10(), D(2) ** D('0.5'))
for f in [lambda: D(-1).sqrt(), lambda: D(-1).ln(), lambda: D(-2).log10(), lambda: D(10000000).exp(), lambda: D('1.5').quantize(D('1e-30'), context=Context(prec=5))]:
    try:
        print(f())
    except ArithmeticError as e:
        print(type(e).__name__, e)
print(D('-10000000').exp(context=Context(traps=[])))
print(D('1.2345').quantize(D('0.01')), D('1.2355').quantize(D('1e-3')), D('123').quantize(D('1e1')), D('1.5').quantize(D(1), rounding=ROUND_DOWN))
print(D('-0.5').quantize(D(1)), D('0').quantize(D('1e-5')), D('inf').quantize(D('inf')), D('1.5').quantize(D('1.000000')))
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(mode, D('2.5').quantize(D(1), rounding=mode), D('-2.5').to_integral_value(mode), D('1.05').quantize(D('0.1'), mode), D('-0.01').to_integral_exact(mode))
print(D('1.2300').normalize(), D('0.00').normalize(), D('120e3').normalize(), D('-1E+2').normalize(), D('1.5').to_integral_value(), D('1e5').to_integral_value())
c = Context(traps=[])
print(c.to_integral_exact(D('2.5')), c.to_integral_exact(D('1.0')), sorted(k.__name__ for k, v in c.flags.items() if v))
for x in ['1', '-0', 'inf', '-inf', 'nan', 'snan', '1e-999999', '1e-1000000', '-1.5']:
    d = D(x)
    print(x, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_finite(), d.is_zero(), d.is_signed())
print(D('123.45').adjusted(), D('0.001').adjusted(), D('inf').adjusted(), D('-1.5e10').as_integer_ratio())
