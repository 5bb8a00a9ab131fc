# string.Formatter: format/vformat, automatic and manual numbering, attributes and indexes,
# conversions, nested specs, parse(), and overriding get_value/format_field/check_unused_args.
import string

f = string.Formatter()
print(f.format('{} + {} = {}', 1, 2, 3), f.format('{1}{0}{1}', 'a', 'b'))
print(f.format('{name:>8}|{n:05.1f}|{n!r:>6}', name='x', n=3.14159))
print(f.format('{0.real} {0.imag} {1[0]} {1[1][k]} {2[-1]}', 3 + 4j, ['z', {'k': 'v'}], {'-1': 'neg'}))
print(f.format('{:{w}.{p}f}|{:{}}', 2.71828, 'ab', 6, w=10, p=2))
print(f.format('{!s} {!r} {!a}', 'é', 'é', 'é'))
print(f.format('{{literal}} {{{0}}}', 'x'), f.vformat('{a}-{0}', ('p',), {'a': 'q'}))
print(list(f.parse('a{{b}}c{0!r:>{w}}d{x.y[1]}e{}')))
print(list(f.parse('')), list(f.parse('plain')), list(f.parse('{}')), list(f.parse('}}')))
for fmt, args in [('{', ()), ('}', ()), ('{0', ()), ('{0!x}', (1,)), ('{!}', (1,)), ('{0!rr}', (1,)),
                  ('{}{0}', (1,)), ('{0}{}', (1,)), ('{1}', (1,)), ('{x}', ()), ('{0[}', (1,)),
                  ('{0.}', (1,)), ('{0[0]x}', ([1],)), ('{:{:{}}}', (1, 2, 3)), ('{a{b}', ()),
                  ('{0:d}', ('s',)), ('{0.nope}', (1,)), ('{0[5]}', ([],))]:
    try:
        print(repr(fmt), repr(f.format(fmt, *args)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else '<%d?>' % key
        return kwargs.get(key, '<%s?>' % key)
    def format_field(self, value, spec):
        return '[' + super().format_field(value, spec) + ']'
d = Defaulting()
print(d.format('{0} {1} {name} {0:>4}', 'A', name='N'), d.format('{x} {y}', x=1))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError('unused: %r' % (unused,))
s = Strict()
print(s.format('{0} {a}', 1, a=2))
try:
    s.format('{0}', 1, 2, b=3)
except ValueError as e:
    print(e)

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format('{0!u} {0!r} {0}', 'abc'))
seen = []
class Tracking(string.Formatter):
    def get_field(self, name, args, kwargs):
        seen.append(name)
        return super().get_field(name, args, kwargs)
print(Tracking().format('{0.__class__.__name__} {k[a]}', 5, k={'a': 'b'}), seen)
print(f.get_field('0.real', (2,), {}), f.get_value(0, ('z',), {}), f.get_value('k', (), {'k': 1}))
print(f.convert_field(1, None), f.convert_field('x', 'r'), f.format_field(3, '03'))
try:
    f.format(format_string='x')
except TypeError as e:
    print('TypeError', e)
print(f.format('{format_string}', format_string='kw ok'), f.format('{self}', self='me'))
