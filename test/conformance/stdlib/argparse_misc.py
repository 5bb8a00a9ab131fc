# argparse: odds and ends: ArgumentDefaultsHelpFormatter with SUPPRESS defaults, tuple metavars
# for '*' and '+', %% in help, bad %(name)s keys, suppressed help, subcommand help at a
# narrow width, long version strings, intermixed parsing, module constants, default prog.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, contextlib
p = argparse.ArgumentParser(prog='e', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--a', default=argparse.SUPPRESS, help='sup %(prog)s')
p.add_argument('--b', nargs='*', metavar=('X', 'Y'), help='two metavars')
p.add_argument('--c', nargs='+', metavar=('X', 'Y'))
p.add_argument('--d', type=int, default=5)
p.add_argument('--e', help='percent %% sign, default %(default)s')
p.add_argument('pos', nargs='?', default=3, type=int, help='p')
p.add_argument('many', nargs='*', help='m')
print(p.format_help())
print(p.parse_args([]))
print(p.parse_args(['--b', '1', '2', '3', '--c', 'q']))
try:
    p.add_argument('--f', help='bad %(nosuch)s')
    p.format_help()
except KeyError as e:
    print('KeyError', e)
q = argparse.ArgumentParser(prog='q')
q.add_argument('--x', action='store_true', help=argparse.SUPPRESS)
q.add_argument('y', help=argparse.SUPPRESS)
print(q.format_help())
print(repr(q.format_usage()))
# subparsers help at narrow width
os.environ['COLUMNS'] = '30'
r = argparse.ArgumentParser(prog='r')
s = r.add_subparsers(title='cmds', dest='c', help='pick one of these commands please')
s.add_parser('first-command', help='does the first thing in a long way', aliases=['fc', 'f1'])
s.add_parser('s', help='short')
print(r.format_help())
os.environ['COLUMNS'] = '80'
# version with default formatting
v = argparse.ArgumentParser(prog='v')
v.add_argument('-V', action='version', version='%(prog)s version 2.0 with a long line ' * 4)
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        v.parse_args(['-V'])
except SystemExit as e:
    print(e.code, out.getvalue())
# intermixed
i = argparse.ArgumentParser(prog='i')
i.add_argument('--foo')
i.add_argument('cmd')
i.add_argument('rest', nargs='*')
print(i.parse_intermixed_args(['a', '--foo', 'x', 'b', 'c']))
print(i.parse_known_intermixed_args(['a', '--foo', 'x', 'b', '--zz', 'c']))
j = argparse.ArgumentParser(prog='j')
j.add_argument('r', nargs=argparse.REMAINDER)
try:
    j.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
print(argparse.ArgumentParser(prog='rp', usage='u', description='d'))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
print(p._actions[-1], p._optionals.title, p._positionals.title, [g.title for g in p._action_groups])
ns = argparse.Namespace(a=1)
print(ns != argparse.Namespace(a=1), hash(ns) if False else '', str(ns))
print(argparse.ArgumentParser().prog)
import sys; sys.argv[1:] = ['--n', '4']
d = argparse.ArgumentParser(); d.add_argument('--n', type=int); print(d.parse_args())
