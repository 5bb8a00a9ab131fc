# pathlib: pure paths (no file system): parsing, parts, names and suffixes, joining, relative_to
# with walk_up, match, comparison, as_uri, and PureWindowsPath's drives, UNC shares and case.
import os
import pathlib
from pathlib import PurePath, PurePosixPath as P, PureWindowsPath as W


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(type(PurePath('a')).__name__, sorted(pathlib.__all__))
for s in ['', '.', 'a/./b', 'a//b/', '/', '//', '///x', '//x/y', '../a', '~/x', 'a/../b']:
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), p.parent, p.is_absolute())
print(P('a', 'b', '/c', 'd'), P('a') / 'b' / 'c', 'x' / P('y'), P('/a').joinpath('b', 'c'))
print(P(P('a'), 'b'), P(W('a\\b')), os.fspath(P('a/b')), bytes(P('/tmp/é')), str(P()))

p = P('/usr/lib/archive.tar.gz')
print(p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parent.parent.parent, p.anchor)
print(p.parents, len(p.parents), list(p.parents), p.parents[0], p.parents[-1], p.parents[1:])
attempt('parents[3]', lambda: p.parents[3])
attempt('parents[-4]', lambda: p.parents[-4])
for name in ['.bashrc', 'a.', 'a..b', '..', 'x.tar.', 'noext', '.a.b']:
    q = P(name)
    print(repr(name), repr(q.suffix), q.suffixes, repr(q.stem))

print(p.with_name('x.zip'), p.with_stem('data'), p.with_suffix('.bz2'), p.with_suffix(''))
print(P('a/b').with_suffix('.c'), P('a/b.c').with_stem('d'), P('a').with_name('..'))
for call, f in [("with_name('')", lambda: p.with_name('')), ("with_name('a/b')", lambda: p.with_name('a/b')),
                ("with_name('.')", lambda: p.with_name('.')), ("P('/').with_name('x')", lambda: P('/').with_name('x')),
                ("with_suffix('gz')", lambda: p.with_suffix('gz')), ("with_suffix('.')", lambda: p.with_suffix('.')),
                ("with_suffix('./x')", lambda: p.with_suffix('./x')), ("P('').with_suffix('.x')", lambda: P('').with_suffix('.x')),
                ("P('.').with_stem('x')", lambda: P('.').with_stem('x'))]:
    attempt(call, f)

print(P('/a/b/c').relative_to('/a'), P('/a/b').relative_to('/a/b'), P('a/b').relative_to(P('a')))
print(P('/a/b').relative_to('/a/c/d', walk_up=True), P('/a').relative_to('/', walk_up=True))
for a, b, walk in [('/a/b', '/c', False), ('/a/b', 'a', False), ('a/b', '/a', True), ('/a/b', '/a/..', True),
                   ('a', 'b', False), ('a', 'b', True)]:
    attempt(f'relative_to({a!r}, {b!r}, walk_up={walk})', lambda: P(a).relative_to(b, walk_up=walk))
print(P('/a/b').is_relative_to('/a'), P('/a/b').is_relative_to('/b'), P('a').is_relative_to(''))

for path, pat in [('a/b.py', '*.py'), ('a/b.py', 'b.py'), ('a/b.py', 'a/*.py'), ('/a/b.py', '/*.py'),
                  ('/a/b.py', '/a/*.py'), ('a/b.py', '*/*/*.py'), ('a/b/c.py', '**/*.py'), ('c.py', '**/*.py'),
                  ('a/b.PY', '*.py'), ('.', '*'), ('a/.hidden', '*'), ('a/b', 'a/?'), ('ab', '[a-c]b')]:
    print(path, pat, P(path).match(pat))
print(P('a/B.PY').match('*.py', case_sensitive=False), W('a/B.PY').match('*.py'),
      W('a/b.py').match('*.py', case_sensitive=True))
attempt("match('')", lambda: P('a').match(''))

print(P('a') == P('a'), P('a') == P('a/'), P('a') == P('A'), P('a') == 'a', P('a') != W('a'))
print(P('a') < P('b'), P('a/b') < P('a.b'), sorted([P('b'), P('a/z'), P('a'), P('/z')]))
print(hash(P('a/b')) == hash(P('a//b')), len({P('x'), P('x/'), P('./x')}))
attempt("P('a') < W('a')", lambda: P('a') < W('a'))
attempt("P('a') < 'a'", lambda: P('a') < 'a')
attempt('P(1)', lambda: P(1))
attempt("P(b'a')", lambda: P(b'a'))
attempt("P('a') / 1", lambda: P('a') / 1)
attempt('1 / P(a)', lambda: 1 / P('a'))
attempt('setattr', lambda: setattr(P('a'), 'extra', 1))

print(P('/a b/c%d~é').as_uri(), P('/').as_uri())
attempt('as_uri relative', lambda: P('a').as_uri())
print(P('nul').is_reserved(), P('a').as_posix())


class Tagged(P):
    def __init__(self, *args, tag='none'):
        super().__init__(*args)
        self.tag = tag

    def with_segments(self, *args):
        return type(self)(*args, tag=self.tag)


t = Tagged('a/b/c', tag='T')
print(repr(t), t.tag, t.parent.tag, (t / 'x').tag, t.with_name('z').tag, [q.tag for q in t.parents])

# Windows rules
for s in ['c:', 'c:/', 'C:\\a\\b', 'c:a', '/x', '//server/share', '//server/share/dir/f.txt',
          '\\\\?\\c:\\x', '//?/UNC/srv/sh/x', './c:a', '//server', 'a/b\\c']:
    w = W(s)
    print(repr(s), repr(w), str(w), w.parts, repr(w.drive), repr(w.root), repr(w.anchor), repr(w.name),
          str(w.parent), w.is_absolute(), w.as_posix())
print(W('c:/a', 'd:b'), W('c:/a', 'C:b'), W('c:/a', '/b'), W('c:a', 'b'), W('//s/sh', 'x'), W('a', 'c:'))
print(W('c:/A/b') == W('C:/a/B'), hash(W('X')) == hash(W('x')), W('a') < W('B'), sorted([W('B'), W('a')]))
print(W('c:/x/y').relative_to('C:/X'), list(W('c:a/b').parents), W('c:/a').with_name('b'), W('x.TXT').suffix)
print(W('C:/a b/c').as_uri(), W('//srv/sh/a b').as_uri())
attempt("W('c:a').as_uri()", lambda: W('c:a').as_uri())
for s in ['nul', 'a/CON.txt', 'com1', 'lpt9:x', 'foo', '//s/sh/nul', 'NUL ']:
    print(s, W(s).is_reserved())
print(W('c:\\x\\y.py').match('*.PY'), W('c:/x/y.py').match('c:/*/*.py'), W('x/y').match('X/Y'))
attempt("W('a').with_name('b/c')", lambda: W('a').with_name('b/c'))
attempt("W('a').with_suffix('.b\\\\c')", lambda: W('a').with_suffix('.b\\c'))
