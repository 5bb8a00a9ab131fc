# shlex: split (POSIX and not, comments, quotes, escapes, the errors), quote (safe and unsafe
# characters, empty strings, single quotes, the TypeErrors) and join, and round trips.
import shlex

print(shlex.__all__)
cases = [
    'a b c', '  leading and trailing  ', 'one\ttwo\nthree', "'single quoted' \"double quoted\"",
    'mixed"quo"ted\'wor\'ds', 'esc\\ aped \\"q\\" back\\\\slash', '"in \\"double\\" \\$x \\\\ \\a"',
    "'in \\single'", "''", '""', "a '' b", 'x="1 2" y=\'3\'', 'ls -la /tmp | grep foo > out.txt 2>&1',
    'cmd # a comment', 'a#b', 'echo "#not" #yes', 'ünïcödé wörds', 'a\\\nb', '$HOME ~/x *.py',
    "it's", 'a "b\'c" d', "'a\"b' c", '\\', '"unterminated', "'unterminated", 'end\\', '', '   ',
    'a;b&&c||d', '(a) {b} [c]',
]
for s in cases:
    for comments in (False, True):
        for posix in (True, False):
            try:
                out = shlex.split(s, comments=comments, posix=posix)
            except ValueError as e:
                out = '%s: %s' % (type(e).__name__, e)
            print(repr(s), comments, posix, out)
for bad in (None,):
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)

words = ['', 'plain', 'with space', "it's", 'a"b', '$x', 'a*b', '@%+=:,./-_', 'tab\there', 'new\nline',
         'é', '~user', '-n', 'back\\slash', "''", '!bang', '{a,b}', 'x;y', 'A1_']
for w in words:
    print(repr(w), shlex.quote(w), shlex.split(shlex.quote(w)) == [w] if w else shlex.split(shlex.quote(w)))
print(shlex.join(words))
print(shlex.split(shlex.join(words)) == words)
print(shlex.join([]), shlex.join(('a b', 'c')), shlex.join(iter(['x', 'y z'])))
for bad in (1, b'abc', None, ['a']):
    try:
        print(repr(shlex.quote(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    shlex.join(['a', 2])
except TypeError as e:
    print(type(e).__name__, e)
