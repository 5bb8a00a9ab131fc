# Argument edges: negative count/maxsplit, endpos before pos, str subclasses and bytearrays as subjects, keywords, flag ints.
import re
print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', -5), re.split('a', 'bab', -1), re.split('a', 'babab', 1))
print(re.compile('a').search('aaa', 2, 1), re.compile('').search('abc', 2, 1), re.compile('a').findall('aaa', 2, 1))
class S(str): pass
m = re.search('b', S('abc'))
print(type(m.string).__name__, type(m.group()).__name__, re.findall('b', S('abc')), type(re.sub('x', 'y', S('abc'))).__name__, type(re.sub('b', 'y', S('abc'))).__name__)
ba = bytearray(b'abc')
m = re.search(b'b', ba)
print(m, type(m.group()).__name__, re.findall(b'b', ba), re.sub(b'b', b'x', ba), re.split(b'b', ba), type(re.sub(b'z', b'x', ba)).__name__)
print(re.compile('a').match('ba', True), re.compile('(a)(b)').match('ab').span(True))
try: re.compile('a').match('a', 'x')
except TypeError as e: print('TypeError', e)
try: re.compile('a', 'x')
except TypeError as e: print('TypeError', e)
print(re.compile('a').search(string='xa', pos=1), re.search(pattern='a', string='ba'), re.sub('a', repl='b', string='a'))
print(re.compile('x').sub('y', 'x' * 3, count=2), re.compile(r'(\d)').split('a1b2c', maxsplit=1))
print(re.findall(r'\d', 'a1b2c3', re.A), re.match(r'(?P<n>\d)', '1').groupdict(), re.match('(a)', 'a').group(0, 1, 0))
print(hash(re.I) == hash(2), re.I in {2}, {re.I: 1}[2], bool(re.NOFLAG), re.I < re.M)
