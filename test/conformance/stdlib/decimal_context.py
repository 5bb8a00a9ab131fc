# Context objects, signals, flags and traps
import decimal
from decimal import *
D = Decimal
print(getcontext())
print(repr(DefaultContext), BasicContext.prec, BasicContext.rounding, ExtendedContext.prec, ExtendedContext.traps[InvalidOperation])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal),
      issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(ConversionSyntax, InvalidOperation))
print([c.__name__ for c in Underflow.__mro__], DecimalException.__bases__, repr(InvalidOperation))
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(c, c.Etiny(), c.Etop())
print(c.create_decimal('1.23456789'), c.create_decimal('1e-20'), c.create_decimal('1.5e9'), c.to_sci_string(D('1E+5')))
c.clear_flags()
print(c.add(D('1e10'), D('1e10')) if False else c.multiply(D('1e-9'), D('1e-9')), sorted(k.__name__ for k, v in c.flags.items() if v))
try:
    c.multiply(D('9e10'), 10)
except Overflow as e:
    print('Overflow', e)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, c2.flags == c.flags)
for kw in [dict(prec=0), dict(prec='x'), dict(rounding='x'), dict(Emin=5), dict(Emax=-1), dict(capitals=2), dict(clamp=-1)]:
    try:
        Context(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(7), getcontext().prec)
print(D(1) / D(7), getcontext().prec)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(D(1) / D(7), ctx.rounding)
with localcontext(Context(prec=4)):
    print(D(2).sqrt())
try:
    localcontext(foo=1)
except TypeError as e:
    print('TypeError', e)
old = getcontext()
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, D('abc'), getcontext().prec, getcontext() is ExtendedContext)
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
setcontext(old)
getcontext().clear_flags()
D(1) / D(3)
print(getcontext().flags[Inexact], getcontext().flags[Rounded], getcontext().flags[Overflow])
getcontext().traps[Inexact] = True
try:
    D(1) / D(3)
except Inexact as e:
    print('Inexact', e)
getcontext().traps[Inexact] = False
getcontext().traps[FloatOperation] = True
try:
    D(1.5)
except FloatOperation as e:
    print('FloatOperation', e)
try:
    print(D(1) < 1.5)
except FloatOperation as e:
    print('FloatOperation', e)
print(D(1) == 1.0, D.from_float(1.5))
getcontext().traps[FloatOperation] = False
getcontext().clear_flags()
with localcontext(Emin=-5, Emax=5, prec=3, traps=[]) as cx:
    print(D('1.23e-7') + 0, D('9.999e5') * 1, D('1e-9') * 1, D(1) / D('1e-10'))
    print(sorted(k.__name__ for k, v in cx.flags.items() if v))
    print(cx.flags)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, ROUND_HALF_EVEN)
ctx = Context()
print(ctx.add(1, 2), ctx.multiply(D('1.5'), 2), ctx.divide(1, 4), ctx.power(2, 8), ctx.sqrt(2), ctx.abs(-3), ctx.minus(5), ctx.plus(D('-0')))
try:
    ctx.add(1.5, 1)
except TypeError as e:
    print('TypeError', e)
print(ctx.compare(1, 2), ctx.max(1, 2), ctx.min(3, D('1.5')), ctx.quantize(D('1.2345'), D('0.01')), ctx.to_integral_value(D('2.5')), ctx.fma(2, 3, 4))
print(ctx.is_nan(D('nan')), ctx.is_zero(0), ctx.is_signed(-1), ctx.number_class(D('-0')), ctx.normalize(D('1.500')), ctx.to_eng_string(D('1E+7')))
