# difflib: Differ/ndiff (with '? ' hint lines), restore, unified_diff, context_diff and
# diff_bytes (headers, dates, n, lineterm), the junk predicates, and their error cases.
import difflib


def show(lines):
    for line in lines:
        print(repr(line))
    print('--')


a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(keepends=True)
b = 'zero\none\ntree\nfour\nfive\nsix\nseven\neight\nnine\nten!\neleven\n'.splitlines(keepends=True)

# Differ and ndiff
show(difflib.ndiff(a, b))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
show(result)
show(difflib.restore(result, 1))
show(difflib.restore(result, 2))
show(difflib.restore(iter(result), '2'))
show(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
# the hints keep tabs where the line has them, and drop trailing blanks
show(difflib.ndiff(['\tabc def\n'], ['\tabd def\n']))
show(difflib.ndiff(['x\tab  c\n'], ['x\tab  cd\n']))
show(difflib.ndiff(['abcdefgh\n'], ['abXdefgh\n']))
show(difflib.ndiff(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n']))
# identical lines inside a replaced region, junk lines, plain replace (shorter side first)
show(difflib.ndiff(['a\n', '#\n', 'b\n'], ['c\n', '#\n', 'd\n', 'e\n'], linejunk=difflib.IS_LINE_JUNK))
show(difflib.ndiff(['aaa\n', 'bbb\n'], ['xyz\n']))
show(difflib.ndiff(['xyz\n'], ['aaa\n', 'bbb\n']))
show(difflib.ndiff([], ['new\n']))
show(difflib.ndiff(['old\n'], []))
show(difflib.ndiff([], []))
show(difflib.ndiff(['same\n'], ['same\n']))
show(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(['a b c\n'], ['a  b  x\n']))
show(difflib.ndiff(['no newline'], ['no newlines']))
for which in (0, 3, 'x'):
    try:
        list(difflib.restore(result, which))
    except ValueError as e:
        print(type(e).__name__, e)

# unified_diff
show(difflib.unified_diff(a, b))
show(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2005-01-26 23:30:50', '2010-04-02 10:20:52'))
show(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py', n=0))
show(difflib.unified_diff(a, b, n=1, lineterm=''))
show(difflib.unified_diff(a, a))
show(difflib.unified_diff([], ['x\n']))
show(difflib.unified_diff(['x\n'], []))
show(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], fromfiledate='today'))
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
show(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
long_a = ['line %d\n' % i for i in range(30)]
long_b = long_a[:2] + ['new\n'] + long_a[2:14] + long_a[15:27] + ['changed\n'] + long_a[28:]
for n in (0, 2, 5, 100):
    show(difflib.unified_diff(long_a, long_b, n=n))

# context_diff
show(difflib.context_diff(a, b))
show(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
show(difflib.context_diff(a, b, 'a.txt', 'b.txt', 'Mon', 'Tue', n=0, lineterm=''))
show(difflib.context_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n']))
show(difflib.context_diff(['a\n', 'c\n'], ['a\n', 'b\n', 'c\n']))
show(difflib.context_diff([], ['x\n', 'y\n']))
show(difflib.context_diff(['x\n'], []))
show(difflib.context_diff(a, a))
for n in (1, 3):
    show(difflib.context_diff(long_a, long_b, n=n))

# bytes
show(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\xfe\n'], [b'a\n', b'\xfe\n'],
                        b'old', b'new', b'd1', b'd2'))
show(difflib.diff_bytes(difflib.context_diff, [b'x\n'], [b'y\n'], lineterm=b''))
show(difflib.diff_bytes(difflib.unified_diff, [], []))
for args in [([b'a'], ['b']), ([b'a'], [b'b'], 'from'), ([b'a'], [b'b'], b'', b'', b'', b'', 3, '\n')]:
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *args))
    except TypeError as e:
        print(type(e).__name__, e)

# str-only formats
for f in (difflib.unified_diff, difflib.context_diff):
    for args, kw in [(([b'a\n'], ['b\n']), {}), ((['a\n'], [1]), {}), ((['a\n'], ['b\n']), {'fromfile': b'f'}),
                     ((['a\n'], ['b\n']), {'lineterm': None}), (([], []), {'tofiledate': 3})]:
        try:
            print(list(f(*args, **kw)))
        except TypeError as e:
            print(type(e).__name__, e)

# junk predicates
for line in ['\n', '  #   \n', 'hello\n', '#\n', '##\n', '', ' # x\n']:
    print(repr(line), difflib.IS_LINE_JUNK(line))
for ch in [' ', '\t', '\n', 'x', '']:
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch))
