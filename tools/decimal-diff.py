# Differential test of stdlib/decimal.py against CPython: copy stdlib/decimal.py to mydec.py next to
# this script, then compare `python3.12 decimal-diff.py my SEED N` with `... c SEED N` (diff the outputs).
import sys, random
if sys.argv[1] == 'my':
    import mydec as dm
else:
    import decimal as dm
D = dm.Decimal
random.seed(int(sys.argv[2]))
def rnd():
    k = random.random()
    if k < 0.05: return random.choice(['0', '-0', 'inf', '-inf', 'nan', '0E-5', '1E+10'])
    c = random.randrange(10 ** random.randrange(1, 35))
    e = random.randrange(-40, 10)
    s = random.choice(['', '-'])
    return '%s%dE%d' % (s, c, e)
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod', 'compare', 'max', 'min', 'quantize', 'fma', 'remainder_near', 'max_mag']
un = ['sqrt', 'exp', 'ln', 'log10', 'normalize', 'plus', 'minus', 'abs', 'to_integral_value', 'to_integral_exact', 'number_class', 'to_eng_string', 'to_sci_string', 'logb', 'next_plus']
for i in range(int(sys.argv[3])):
    ctx = dm.Context(prec=random.choice([1, 3, 9, 28, 40]), rounding=random.choice(['ROUND_DOWN','ROUND_HALF_UP','ROUND_HALF_EVEN','ROUND_CEILING','ROUND_FLOOR','ROUND_UP','ROUND_HALF_DOWN','ROUND_05UP']), traps=[], Emin=random.choice([-999999, -30]), Emax=random.choice([999999, 30]), clamp=random.choice([0,0,1]))
    a, b, c = D(rnd()), D(rnd()), D(rnd())
    if random.random() < 0.5:
        op = random.choice(un); args = (a,)
        if op in ('exp',) and a.is_finite() and a.adjusted() > 3: continue
    else:
        op = random.choice(ops); args = (a, b, c) if op == 'fma' else (a, b)
        if op == 'quantize' and random.random() < 0.7 and b.is_finite(): args = (a, D((0, (1,), random.randrange(-20, 5))))
    try:
        r = getattr(ctx, op)(*args)
    except Exception as ex:
        r = 'EXC ' + type(ex).__name__
    fl = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, op, ctx.prec, ctx.rounding, ctx.Emin, ctx.clamp, [str(x) for x in args], str(r) if not isinstance(r, tuple) else tuple(map(str, r)), fl)
