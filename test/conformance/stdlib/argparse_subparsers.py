# argparse: add_subparsers (dest, required, help, title/description, metavar, aliases),
# subparser prog and help, set_defaults(func=...) per subcommand, nested subcommands,
# errors inside subcommands, unknown arguments from a subcommand.
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


p = argparse.ArgumentParser(prog='git', description='A fake version control tool.')
p.add_argument('--debug', action='store_true')
subs = p.add_subparsers(dest='command', help='the subcommand to run')
c = subs.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
l = subs.add_parser('log', help='show history')
l.add_argument('-n', type=int, default=10)
l.add_argument('paths', nargs='*')
l.set_defaults(func='do_log')
r = subs.add_parser('remote')
rs = r.add_subparsers(dest='rcmd', required=True, metavar='ACTION')
ra = rs.add_parser('add', help='add a remote')
ra.add_argument('name')
ra.add_argument('url')
rs.add_parser('list', help='list remotes')
print(c.prog, '|', ra.prog, '|', r.prog)

for argv in ([], ['commit', '-m', 'msg'], ['--debug', 'ci', '-m', 'x', '--amend'],
             ['log', '-n', '3', 'a', 'b'], ['log'], ['commit'], ['push'], ['log', '-n', 'x'],
             ['remote'], ['remote', 'add', 'origin', 'url://x'], ['remote', 'list'], ['remote', 'rm'],
             ['commit', '-m', 'x', '--debug'], ['log', '--bogus'], ['-h'], ['commit', '-h'],
             ['remote', '-h'], ['remote', 'add', '-h']):
    run(p, argv)
run(p, ['log', '--bogus', 'p'], known=True)

# required subcommand without dest; title and description make a group of their own
q = argparse.ArgumentParser(prog='tool')
q.add_argument('infile')
qs = q.add_subparsers(title='commands', description='Available commands.', required=True)
qs.add_parser('start', help='start it')
qs.add_parser('stop', help='stop it', description='Stops the thing.')
for argv in (['f'], ['f', 'start'], ['f', 'halt'], ['-h'], ['f', 'stop', '-h']):
    run(q, argv)

# second add_subparsers is an error
try:
    with contextlib.redirect_stderr(io.StringIO()) as e:
        q.add_subparsers()
except SystemExit as exc:
    print('SystemExit', exc.code, e.getvalue().splitlines()[-1])

# subparser with help=SUPPRESS entries and a prog given explicitly
z = argparse.ArgumentParser(prog='zz')
zs = z.add_subparsers(dest='cmd', prog='ZPROG')
zs.add_parser('a', help='visible')
zs.add_parser('b', help=argparse.SUPPRESS)
zs.add_parser('c')
print(zs.add_parser('d', prog='custom-d').prog, zs.add_parser('e').prog)
run(z, ['-h'])
run(z, ['b'])
run(z, ['e', '-h'])
try:
    zs.add_parser('a')
except argparse.ArgumentError as exc:
    print('ArgumentError:', exc)
