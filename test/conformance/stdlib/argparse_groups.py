# argparse: argument groups (titles, descriptions, order in help), mutually exclusive
# groups (usage brackets, "not allowed with argument", required groups, groups inside
# argument groups, suppressed members), parents=, fromfile_prefix_chars.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, contextlib


def run(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            res = parser.parse_args(argv)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    print(argv, '->', res)
    if err.getvalue():
        print('  err:', err.getvalue().replace('\n', '\n       '))


p = argparse.ArgumentParser(prog='grp', description='Groups.')
net = p.add_argument_group('network', 'Network settings.')
net.add_argument('--host', default='localhost', help='host name')
net.add_argument('--port', type=int, default=80, help='port')
out = p.add_argument_group('output')
mx = out.add_mutually_exclusive_group()
mx.add_argument('-q', '--quiet', action='store_true', help='say less')
mx.add_argument('-v', '--verbose', action='count', help='say more')
req = p.add_mutually_exclusive_group(required=True)
req.add_argument('--json', action='store_true')
req.add_argument('--xml', action='store_true')
req.add_argument('--fmt')
p.add_argument('file')
p.add_argument_group('empty group')
print(p.format_help())
for argv in (['--json', 'f'], ['f'], ['--json', '--xml', 'f'], ['-q', '-v', '--xml', 'f'],
             ['--fmt', 'yaml', '-vv', 'f'], ['--xml', '-qv', 'f'], ['--port', 'x', '--json', 'f'],
             ['--json', '--json', 'f']):
    run(p, argv)

# a required group with one visible member, suppressed members, positional in a group
s = argparse.ArgumentParser(prog='supp')
g1 = s.add_mutually_exclusive_group(required=True)
g1.add_argument('--only')
g1.add_argument('--secret', help=argparse.SUPPRESS)
g2 = s.add_mutually_exclusive_group()
g2.add_argument('--a', action='store_true')
g2.add_argument('pos', nargs='?', default='P')
print(s.format_help())
for argv in ([], ['--only', 'x'], ['--only', 'x', '--secret', 'y'], ['--only', 'x', '--a', 'q'],
             ['--secret', 's', 'q']):
    run(s, argv)

try:
    s.add_mutually_exclusive_group().add_argument('--r', required=True)
except ValueError as e:
    print('ValueError:', e)

# default values do not count as "given" for conflicts; store_const with same value does
t = argparse.ArgumentParser(prog='dflt')
g = t.add_mutually_exclusive_group()
g.add_argument('--x', default='X')
g.add_argument('--y', action='store_const', const=1)
for argv in (['--x', 'X', '--y'], ['--x', 'Z', '--y'], ['--y', '--x', 'X']):
    run(t, argv)

# parents=
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', help='config file')
bg = base.add_argument_group('shared', 'Shared options.')
bg.add_argument('--log', default='info')
bmx = base.add_mutually_exclusive_group()
bmx.add_argument('--on', action='store_true')
bmx.add_argument('--off', action='store_true')
base.set_defaults(origin='base')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('thing')
print(child.format_help())
run(child, ['--config', 'c', '--log', 'debug', 't'])
run(child, ['--on', '--off', 't'])

# fromfile_prefix_chars
with open('argparse_groups_args.txt', 'w') as fh:
    fh.write('--host\nexample.org\n--json\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--host')
ff.add_argument('--json', action='store_true')
ff.add_argument('rest', nargs='*')
run(ff, ['@argparse_groups_args.txt', 'x'])
run(ff, ['a', '@argparse_groups_args.txt', '--host', 'h2'])
run(ff, ['@missing_file.txt'])
os.remove('argparse_groups_args.txt')
print(repr(p)[:60])
