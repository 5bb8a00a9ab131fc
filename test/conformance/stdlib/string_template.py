# string.Template: substitute / safe_substitute (mapping, keywords, both), $$, ${name}, invalid
# placeholders and their line/column, get_identifiers, is_valid, other delimiters.
import string

T = string.Template
t = T('$who likes ${what}; $$5 is $$$cost.')
print(t.template, t.substitute(who='tim', what='kung pao', cost=3))
print(t.substitute({'who': 'ann', 'what': 'tea', 'cost': 1.5}))
print(t.substitute({'who': 'ann', 'what': 'tea', 'cost': 1}, who='bob'))
print(t.safe_substitute(who='x'), t.safe_substitute(), t.safe_substitute({}))
print(t.get_identifiers(), t.is_valid())
print(T('$a$a${a}$b').get_identifiers())
for text in ['$', 'abc $', '$ x', '${', '${x', '${x y}', '$1', '${1}', 'line\n  $!', 'a\nb\nc$', '$$$',
             '${}', '$_ok $__ $x9', 'ün$ü', '$a.b', '$ab-c', '\n\n$', 'x\r\ny $%', '${a}}']:
    tt = T(text)
    try:
        r = tt.substitute(a=1, x='X', _ok='O', __='U', x9=9, ab='AB', y='Y')
    except (KeyError, ValueError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(text), repr(r), repr(tt.safe_substitute(a=1)), tt.is_valid(), end=' ')
    try:
        print(tt.get_identifiers())
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: T('$missing').substitute(), lambda: T('${m}').substitute({'x': 1}),
            lambda: T('$x').substitute({}, y=1), lambda: T('$x').substitute({'x': 1}, {'y': 2}),
            lambda: T('$x').substitute(mapping={'x': 1}), lambda: T('a $ b').substitute()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(T('$x').safe_substitute(mapping=5))

class Percent(T):
    delimiter = '%'
p = Percent('%who owes %%%{amount} to %{whom} and $x')
print(p.substitute(who='A', amount=5, whom='B'), p.get_identifiers())
class Multi(T):
    delimiter = '<<'
m = Multi('<<a and <<<<, <<{b} << end')
print(m.safe_substitute(a=1, b=2), m.is_valid())
class Dotted(T):
    delimiter = '.'
print(Dotted('.x..y.{z}').substitute(x=1, z=3))

class Lookup:
    def __getitem__(self, key):
        if key == 'boom':
            raise ValueError('boom!')
        return key.upper()
print(T('$abc ${de} $$').substitute(Lookup()))
try:
    T('$boom').safe_substitute(Lookup())
except ValueError as e:
    print('ValueError', e)
print(T('$a').substitute(a=[1, 2]), T('$a').substitute(a=None))
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags == 2)
