# string.Template subclasses that change the placeholder rules (idpattern, braceidpattern,
# flags, or a whole pattern): these go through the re module.
import re
import string

class Dotted(string.Template):
    idpattern = r'[a-z][_a-z0-9.]*'
print(Dotted('$user.name is ${user.id}').substitute({'user.name': 'ann', 'user.id': 7}))
class Braced(string.Template):
    braceidpattern = r'[^}]+'
print(Braced('${with space} and $plain').substitute({'with space': 1, 'plain': 2}))
class CaseSensitive(string.Template):
    flags = 0
    idpattern = r'[a-z]+'
print(CaseSensitive('$abc$ABC').safe_substitute(abc=1, ABC=2))
class Custom(string.Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>\{[a-z]+\})\]\] |
      (?P<invalid>)
    )'''
c = Custom('[[x]] [[[[ [[?')
print(c.safe_substitute(x=1), c.is_valid(), c.get_identifiers())
try:
    c.substitute(x=1)
except ValueError as e:
    print('ValueError', e)
print(type(string.Template.pattern).__name__)
print(bool(Dotted.pattern.match('$a.b')), Custom.pattern.flags & re.VERBOSE != 0)
class Empty(string.Template):
    pattern = r'\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>)|(?P<never>!))'
print(Empty('$$ $a ${b}').substitute(a=1, b=2))
