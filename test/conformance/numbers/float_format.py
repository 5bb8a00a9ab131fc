# Formatting floats: format specs, %-formatting, f-strings, presentation types, alignment.
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e21, 123456789.0, float('inf'), float('nan'), -0.0]
for v in vals:
    print(f'{v}|{v:.2f}|{v:10.3f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v:%}|{v:,.2f}|{v:+.1f}|{v:n}')
print(format(2.5, ''), format(1e16, ''), format(1e16, 'g'), format(1.0, 'g'), format(0.0001, 'g'), format(0.00001, 'g'))
print(format(12.0, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(1e50, 'f'))
print(format(3.0, '#g'), format(3.0, '#.0f'), format(3.0, '#e'), format(-0.0, 'z.1f') if True else '', format(1.23, '010.2f'))
print(f'{3.5:<10}|{3.5:>10}|{3.5:^10}|{3.5:*^11.2f}|{-3.5:=10.2f}|{3.5: }|{3.5:_>8}')
print(f'{1234567.5:_.1f}', f'{0.000123:.2e}', f'{123.456:.1%}', f'{1/3:.15f}', f'{2/3:.20g}', f'{1e-300:.3}')
print('%f %e %g %.2f %10.4f %-10.2f| %+.3e %G %E' % (3.5, 3.5, 3.5, 3.14159, 2.5, 2.5, 12345.678, 1e-10, 1e100))
print('%.0f %.1f %5.1f%% %r %s %a' % (0.5, 0.05, 99.5, 0.1, 0.1, 1e22))
print('%d %i %x' % (3.9, -3.9, 255))
print('{:.3}'.format(3.14159), '{0:>8.2f}{0:<8.2f}|'.format(2.5), '{:.2f}'.format(float('inf')))
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError:', e)
try:
    '%x' % 1.5
except TypeError as e:
    print('TypeError:', e)
print(str(1e16), str(1.0e15), repr(1e-5), str(0.1 + 0.2), f'{0.1 + 0.2}', f'{0.1 + 0.2!r}', f'{1e300 * 10}')
