# str.format and format(): fields, indexes, attributes, conversions, nested specs, the mini-language.
print('{} {} {}'.format(1, 'two', 3.0), '{1} {0} {1}'.format('a', 'b'), '{name}-{0}'.format('pos', name='kw'))
print('{0[0]} {0[1]} {1[key]} {2.real} {2.imag}'.format([10, 20], {'key': 'v'}, 3 + 4j))
print('{0!r} {1!s} {2!a} {0!r:>10}'.format('é', 'é', 'é'))
print('{:<8}|{:>8}|{:^8}|{:*^8}|{:08}|{:+}|{: }|{:,}|{:_}'.format('ab', 'ab', 'ab', 'ab', 42, 42, 42, 1234567, 1234567))
print('{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c} {:d} {:n}'.format(10, 10, 255, 255, 10, 10, 255, 65, 42, 1000))
print('{:.3} {:.3s} {:10.3f} {:e} {:%} {:.0%} {:g}'.format('abcdef', 'abcdef', 3.14159, 1234.5, 0.25, 0.5, 1e-5))
w, p = 10, 3
print('{:{w}.{p}f}|{:>{w}}|{:{fill}{align}{width}}'.format(3.14159, 'r', 'x', w=w, p=p, fill='-', align='^', width=7))
print('{{literal}} {0} {{{0}}}'.format('v'))
print(format(3.5), format('s', '>3'), format(1234, ','), format(-0.5, '=+8.2f'), format(10, 'x'), format([1, 2]))
print('{0:=^20}'.format(' title '), '{:#>5}'.format(7), '{:<05}'.format(7), '{:=5}'.format(-7), '{:^+7}'.format(7))
print('{:,.2f}'.format(1234567.891), '{:_b}'.format(255), '{:#_x}'.format(2 ** 32), '{:,d}'.format(-1234))
class P:
    x, y = 1, 2
print('{p.x},{p.y}'.format(p=P()), '{0.__class__.__name__}'.format(P()))
print('{:s}'.format('str'), '{}'.format(None), '{:>6}'.format(None) if False else '', '{:10}|'.format(True), '{:d}'.format(True))
errors = [lambda: '{}'.format(), lambda: '{0} {}'.format(1, 2), lambda: '{:d}'.format('x'), lambda: '{'.format(1),
          lambda: '}'.format(1), lambda: '{1}'.format(0), lambda: '{x}'.format(y=1), lambda: '{0[2]}'.format([1]),
          lambda: '{:,s}'.format('x'), lambda: '{:=}'.format('x'), lambda: '{!x}'.format(1), lambda: '{:.2d}'.format(1),
          lambda: format('x', '+'), lambda: '{0.missing}'.format(1)]
for f in errors:
    try:
        print(f())
    except (IndexError, ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print('{0}{1}{0}'.format('ab', 'cd'), '{:.2}'.format(1 / 3), '{:10.4}|'.format('truncate'))
print('{:>{}}'.format('x', 4), '{:{}{}}'.format(5, '>', 3), '{0:{1}}'.format(3.14159, '.2f'))
print(str.format('{} + {} = {}', 1, 2, 3), '{a}{b}'.format_map({'a': 1, 'b': 2}))
