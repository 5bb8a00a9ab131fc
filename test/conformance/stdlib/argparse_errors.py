# argparse: error messages (usage + "prog: error: ..." on stderr, exit status 2), type
# and choices errors, ArgumentTypeError, required arguments, ambiguous options,
# exit_on_error=False, error() and exit() called directly, FileType basics.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, contextlib, sys


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


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % text)
    return n


class Mode:
    def __init__(self, text):
        if text not in ('r', 'w'):
            raise ValueError(text)
        self.text = text
    def __repr__(self):
        return 'Mode(%r)' % self.text


p = argparse.ArgumentParser(prog='errs')
p.add_argument('-n', type=int)
p.add_argument('--even', type=even)
p.add_argument('--mode', type=Mode)
p.add_argument('--ratio', type=float, choices=[0.5, 1.0])
p.add_argument('--pick', choices=['alpha', 'beta', 'gamma'])
p.add_argument('--num', type=int, choices=range(1, 4))
p.add_argument('--need', required=True)
p.add_argument('--lam', type=lambda s: int(s, 16))
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-info', action='store_true')
p.add_argument('src')
p.add_argument('dst', nargs='+')
for argv in ([], ['a'], ['--need', 'x', 'a'], ['--need', 'x', 'a', 'b', '-n', 'z'],
             ['--need=x', 'a', 'b', '--even', '3'], ['--need=x', 'a', 'b', '--even', 'q'],
             ['--need=x', 'a', 'b', '--mode', 'x'], ['--need=x', 'a', 'b', '--mode', 'w'],
             ['--need=x', 'a', 'b', '--ratio', '2'], ['--need=x', 'a', 'b', '--pick', 'delta'],
             ['--need=x', 'a', 'b', '--num', '7'], ['--need=x', 'a', 'b', '--num', '2'],
             ['--need=x', 'a', 'b', '--ver'], ['--need=x', 'a', 'b', '--v'],
             ['--need=x', 'a', 'b', '--lam', 'ff'], ['--need=x', 'a', 'b', '--lam', 'gg'],
             ['--need', 'a', 'b'], ['--need=x', 'a', 'b', '-n'], ['--need=x', 'a', 'b', 'c', '--bad'],
             ['--need=x', 'a', 'b', '--pick'], ['--need=x', 'a', 'b', '--verbose=yes']):
    run(p, argv)

# exit_on_error=False raises ArgumentError instead (but missing arguments still exit)
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices='xy')
q.add_argument('p')
for argv in (['--n', 'z', 'p'], ['--c', 'q', 'p'], ['--n'], [], ['p', 'extra']):
    try:
        with contextlib.redirect_stderr(io.StringIO()) as e:
            print(q.parse_args(argv))
    except argparse.ArgumentError as exc:
        print('ArgumentError:', exc, '|', exc.argument_name, '|', exc.message)
    except SystemExit as exc:
        print('SystemExit', exc.code, e.getvalue().splitlines())

# error() and exit() directly
r = argparse.ArgumentParser(prog='direct', usage='%(prog)s [stuff]')
for call in (lambda: r.error('custom problem'), lambda: r.exit(), lambda: r.exit(3, 'bye\n'),
             lambda: r.exit(0, '')):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            call()
    except SystemExit as e:
        print('SystemExit', e.code, repr(err.getvalue()))

print(str(argparse.ArgumentError(None, 'plain')))
a = r.add_argument('--zz', metavar='ZED')
print(str(argparse.ArgumentError(a, 'bad zz')))
print(str(argparse.ArgumentTypeError('tte')))

# FileType
print(argparse.FileType('r'), argparse.FileType('wb', 0), argparse.FileType('w', encoding='utf-8', errors='strict'))
print(argparse.FileType()('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
f = argparse.ArgumentParser(prog='files')
f.add_argument('infile', type=argparse.FileType('r'))
run(f, ['/nonexistent/dir/file.txt'])
with open('argparse_errors_tmp.txt', 'w') as h:
    h.write('hello\n')
ns = f.parse_args(['argparse_errors_tmp.txt'])
print(ns.infile.read())
ns.infile.close()
os.remove('argparse_errors_tmp.txt')
