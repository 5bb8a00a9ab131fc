# os.path: the functions that only rewrite strings
import os.path as p

cases = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b', '//a//b//', '.', '..',
         'a/./b', 'a/../b', '/../a', '../../a', 'a/b/../../..', '/a/b/c.txt', '.bashrc',
         'a/.b.c', 'a.b/c', 'x.', '..ext', 'a/b..c', '///a/./../b']
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), repr(p.basename(c)), repr(p.dirname(c)),
          repr(p.normpath(c)), p.isabs(c), p.splitdrive(c), p.splitroot(c))
print([p.normpath(b'/a/./b/../c//'), p.split(b'/x/y'), p.splitext(b'f.py'), p.basename(b'a/b')])

print(p.join('a'), p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'),
      p.join('a', ''), p.join('', ''), p.join(b'a', b'b'))
for args in [('a', b'b'), (b'a', 'b'), ('a', 1), (1, 'a'), ('a', None)]:
    try:
        p.join(*args)
    except TypeError as e:
        print('TypeError', e)

print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), repr(p.commonprefix([])), p.commonprefix(['abc']))
print(p.commonpath(['/usr/lib', '/usr/local/x', '/usr/lib/y']), p.commonpath(['a/b', 'a/c']), p.commonpath(['/a']),
      repr(p.commonpath(['a', 'b'])), p.commonpath(['a/./b', 'a/b/c']), p.commonpath([b'/x/y', b'/x/z']))
for bad in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        p.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'),
      p.relpath(b'/a/b', b'/a'))
try:
    p.relpath('')
except ValueError as e:
    print('ValueError', e)
print(p.abspath('/a/b/../c'), p.abspath('x') == p.join(__import__('os').getcwd(), 'x'))

import os
os.environ['HOME'] = '/home/someone'
os.environ['GILVM_V'] = 'value'
print(p.expanduser('~'), p.expanduser('~/x'), p.expanduser('a/~'), p.expanduser(b'~/y'), p.expanduser('~nosuchuserzz/x'))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/z'))
print(p.expandvars('$GILVM_V/${GILVM_V}/$GILVM_NOPE/${GILVM_NOPE}/$/${}/a$'), p.expandvars(b'$GILVM_V-x'),
      p.expandvars('${GILVM_V'), p.expandvars('$GILVM_V.txt'))
print(p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.devnull, p.normcase('AbC'), p.supports_unicode_filenames)
