# Decimal.__format__ and format()
from decimal import *
D = Decimal
vals = ['0', '-0', '1', '-1.5', '1234567.891', '0.000012345', '1.5E+10', '123.456', '-0.0001', '1E-10', '99.995', '0E+5', 'nan', '-inf']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', '.0e', 'g', '.3g', 'G', '.10g', '%', '.1%', ',', ',.2f', '>14.3f', '<14', '^16,.1f',
         '=+14.2f', '014,.2f', '+.4e', ' g', 'z.1f', '*^20.4g', '012', '-.5%', '.1', '10.4']
for v in vals:
    d = D(v)
    print(v, [format(d, s) for s in specs])
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.99'), '.1f'), format(D('-1.99'), '.0f'), format(D('2.675'), '.2e'))
with localcontext(capitals=0):
    print(format(D('1E+20'), ''), str(D('1E+20')), repr(D('1E-20')))
print('{:.3f} {:>10} {:,.0f}'.format(D('3.14159'), D('2.5'), D('1234567')), f'{D("7.125"):.2f}')
for bad in ['#f', '_f', 'x', '.f', '10.2q']:
    try:
        print(format(D('1.5'), bad))
    except ValueError as e:
        print('ValueError', e)
