# printf-style % formatting of str: conversions, flags, width/precision, mapping keys, errors.
print('%s|%r|%a|%d|%i|%u' % ('str', 'str', 'é', 42, -7, 3))
print('%5s|%-5s|%.2s|%5.1s|' % ('ab', 'ab', 'abcdef', 'xyz'))
print('%x|%X|%#x|%#X|%o|%#o|%08x|%-8x|' % (255, 255, 255, 255, 8, 8, 255, 255))
print('%05d|%+d|% d|%-5d|%5d|%.3d|%+.2d' % (42, 42, 42, 42, -42, 7, 3))
print('%c%c%c' % ('a', 98, 0x1F600), '%%', '100%% sure' % ())
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, 3.14159))
print('%s' % (1,), '%s' % [1, 2], '%s %s' % (None, True), '%r' % ((1, 2),), '%s' % {'a': 1})
print('%d' % True, '%s' % 1.0, '%r' % 1.0, '%i' % 2.9, '%e' % 12345, '%g' % 0.00001, '%g' % 1e16)
print('%-10s|' % 'left', '%10s|' % 'right', '%s and %s' % ('this', 'that'))
errors = [lambda: '%d' % 'x', lambda: '%s %s' % ('one',), lambda: '%s' % ('a', 'b'), lambda: '%z' % 1,
          lambda: '%(key)s' % {}, lambda: '%c' % 'ab', lambda: '%(a)s %s' % {'a': 1}, lambda: '%' % (),
          lambda: '%c' % -1, lambda: '%d' % None]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class Obj:
    def __str__(self):
        return 'STR'
    def __repr__(self):
        return 'REPR'
print('%s %r %a %5s %-6r|' % (Obj(), Obj(), Obj(), Obj(), Obj()))
print('%s' % 'ünïcode', '%a' % 'ünïcode', '%r' % '\n\t', '%x' % -255, '%o' % -8, '%#o' % 0)
print('%3c|%-3c|' % ('x', 'y'), '%.0s|' % 'gone', '%s' % b'bytes', '%d%%' % 50)
print('%(x)s %(x)r %(y)05.1f' % {'x': 'v', 'y': 2.345})
