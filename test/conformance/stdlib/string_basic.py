# string: the constants and capwords.
import string

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.__all__)
for s, sep in [('hello world', None), ('  hello   wORLD  again ', None), ('a-b-c', '-'),
               ('x--y', '-'), ('', None), ('', ','), ('one,two', ','), ("it's o'clock", None),
               ('tab\tand\nnewline', None), ('ñandú ßtraße', None), ('abc', ''), ('ab cd', ' ')]:
    try:
        print(repr(s), repr(sep), repr(string.capwords(s, sep)))
    except ValueError as e:
        print(repr(s), repr(sep), 'ValueError', e)
print(string.capwords('hello world', sep=None))
