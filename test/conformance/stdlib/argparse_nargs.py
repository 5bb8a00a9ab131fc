# argparse: nargs None/N/?/*/+/REMAINDER for positionals and options, const with '?',
# how runs of arguments are shared between several positionals, '--' in the middle.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, contextlib


def run(parser, argv, known=False):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            res = parser.parse_known_args(argv) if known else parser.parse_args(argv)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    print(argv, '->', res)
    if err.getvalue():
        print('  err:', err.getvalue().replace('\n', '\n       '))


def make(specs, prog='n'):
    p = argparse.ArgumentParser(prog=prog)
    for args, kw in specs:
        p.add_argument(*args, **kw)
    print('usage line:', p.format_usage().strip())
    return p


p = make([(('a',), {}), (('b',), {'nargs': '?', 'default': 'B'}), (('c',), {'nargs': '*'})])
for argv in ([], ['1'], ['1', '2'], ['1', '2', '3', '4'], ['1', '--', '2'], ['--', '1', '2', '--', '3']):
    run(p, argv)

p = make([(('a',), {'nargs': '+'}), (('b',), {'nargs': 2}), (('c',), {'nargs': '?'})])
for argv in (['1'], ['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '2', '3', '4', '5', '6']):
    run(p, argv)

p = make([(('-x',), {'nargs': '?', 'const': 'C', 'default': 'D'}), (('-y',), {'nargs': '*'}),
          (('-z',), {'nargs': '+', 'type': int}), (('-w',), {'nargs': 2, 'metavar': ('P', 'Q')}),
          (('pos',), {'nargs': '*'})])
for argv in ([], ['-x'], ['-x', 'v'], ['-xv'], ['-y'], ['-y', 'a', 'b'], ['-z', '1', '2', 'p'],
             ['-z'], ['-w', 'a'], ['-w', 'a', 'b', 'c'], ['p', '-x', 'q'], ['-y', '--', 'a'],
             ['p1', 'p2', '-y', 'y1', '--', 'p3'], ['-x', '--', 'v'], ['-z', '1', '-x', '2', '3'],
             ['p', '-y', 'a', 'p2']):
    run(p, argv)

p = make([(('--opt',), {}), (('cmd',), {}), (('args',), {'nargs': argparse.REMAINDER})])
for argv in (['run'], ['run', '-x', '--opt', 'v'], ['--opt', 'o', 'run', 'a', '--', 'b'], ['run', '--', 'z']):
    run(p, argv)

p = make([(('-r',), {'nargs': argparse.REMAINDER}), (('p',), {'nargs': '?'})])
for argv in (['-r', 'a', '-b', '--c'], ['x', '-r'], ['-r']):
    run(p, argv)

p = make([(('first',), {'nargs': '?'}), (('-v',), {'action': 'store_true'}), (('last',), {'nargs': '*'})])
for argv in (['a', '-v', 'b', 'c'], ['-v', 'a', 'b'], ['a', 'b', '-v', 'c']):
    run(p, argv)
    run(p, argv, known=True)

p = make([(('-n',), {'nargs': 3, 'type': float}), (('rest',), {'nargs': '+'})])
for argv in (['-n', '1', '2', '3', 'r'], ['r', '-n', '1', '2'], ['-n', '1', '2', '3']):
    run(p, argv)

p = make([(('one',), {'nargs': 1}), (('two',), {'nargs': '*', 'default': ['d']}),
          (('-k',), {'nargs': '?', 'type': int, 'const': '5'})])
for argv in (['a'], ['a', 'b'], ['a', '-k'], ['a', '-k', '6', 'b']):
    run(p, argv)

print(p.parse_intermixed_args(['a', '-k', '1', 'b', 'c']))
q = make([(('--foo',), {}), (('cmd',), {}), (('rest',), {'nargs': '*', 'type': int})])
print(q.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(q.parse_known_args('doit 1 --foo bar 2 3'.split()))
