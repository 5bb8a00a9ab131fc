# argparse: parsing of options and positionals: -xVALUE, --opt=value, combined short
# flags, abbreviations, '--', negative numbers, parse_known_args, Namespace.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, contextlib


def run(parser, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            res = parser.parse_known_args(argv) if known else parser.parse_args(argv)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    print(argv, '->', res)
    for label, buf in (('out', out), ('err', err)):
        if buf.getvalue():
            print('  ' + label + ':', buf.getvalue().replace('\n', '\n       '))


p = argparse.ArgumentParser(prog='prog')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', type=int)
p.add_argument('--long-name', dest='ln')
p.add_argument('--level', type=float, default=1.5)
p.add_argument('--lever')
p.add_argument('pos')
p.add_argument('rest', nargs='*')
for argv in (['x'], ['-a', 'x'], ['-ab', 'x'], ['-abc5', 'x'], ['-c', '7', 'x', 'y', 'z'],
             ['-c7', 'x'], ['-c=7', 'x'], ['--long-name', 'v', 'x'], ['--long-name=v=w', 'x'],
             ['--long', 'q', 'x'], ['--leve', '3', 'x'], ['--lev', '3', 'x'], ['--level=2e3', 'x'],
             ['x', '--', '-a', '--level'], ['--', '-x'], ['x', '-a', 'y'], ['x', 'y', '-a', 'z'],
             ['-ba', 'x', '-c', '-1'], ['-c', '-1', 'x'], ['-1'], ['x', '-2.5'], ['-a=1', 'x'],
             ['-ax', 'x'], ['--lev=3', 'x'], ['x', '--level'], ['x', '--nope'], ['-', 'x'],
             ['x', '-q'], ['x', '-a', '--', '--', 'z'], ['-cx', 'q']):
    run(p, argv)

for argv in (['x', '--nope', 'y', '-z', '--lev', '1'], ['--unknown=3', 'x'], ['x', '-qa']):
    run(p, argv, known=True)

# negative-number-looking options switch off the negative-number rule
q = argparse.ArgumentParser(prog='neg')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('v', nargs='?')
for argv in (['-1'], ['-1', 'z'], ['-2'], ['--', '-2']):
    run(q, argv)

# allow_abbrev=False
r = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
r.add_argument('--verbose', action='store_true')
r.add_argument('-v', action='count')
for argv in (['--verbose'], ['--verb'], ['-vv'], ['-v', '-v']):
    run(r, argv)

# prefix_chars
s = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
s.add_argument('+f', action='store_true')
s.add_argument('++bar')
s.add_argument('/x', type=int)
for argv in (['+f'], ['++bar', 'B', '/x', '4'], ['++bar=Q'], ['-f'], ['+h']):
    run(s, argv)

# Namespace behaviour
ns = argparse.Namespace(b=2, a=1)
print(ns, 'a' in ns, 'z' in ns, ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1))
print(vars(argparse.Namespace(**{'odd key': 1, 'x': 2})), argparse.Namespace(**{'odd key': 1, 'x': 2}))
print(ns == 3, argparse.Namespace())
ns2 = argparse.Namespace(c=9)
print(p.parse_args(['x'], namespace=ns2), ns2.c)
print(p.parse_args(['x', '-c', '3'], namespace=argparse.Namespace(c=9, pos='old')))
