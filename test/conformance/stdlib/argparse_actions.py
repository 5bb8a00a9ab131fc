# argparse: every built-in action, BooleanOptionalAction, custom Action subclasses,
# set_defaults / get_default, argument_default, conflict handling, action reprs.
import os
os.environ['COLUMNS'] = '80'
import argparse, io, contextlib


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            res = parser.parse_args(argv)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    print(argv, '->', res)
    for label, buf in (('out', out), ('err', err)):
        if buf.getvalue():
            print('  ' + label + ':', buf.getvalue().replace('\n', '\n       '))


p = argparse.ArgumentParser(prog='acts')
p.add_argument('--store', default='d')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-t', action='store_true')
p.add_argument('-f', action='store_false')
p.add_argument('--app', action='append', type=int)
p.add_argument('--appc', action='append_const', const='C', dest='consts')
p.add_argument('--appc2', action='append_const', const='D', dest='consts')
p.add_argument('-v', action='count')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
for argv in ([], ['--store', 's', '--const', '-t', '-f'], ['--app', '1', '--app=2', '--app', '3'],
             ['--appc', '--appc2', '--appc'], ['-vvv', '-v'], ['--ext', 'a', 'b', '--ext', 'c'],
             ['--no-color'], ['--color'], ['--no-color', '--color'], ['--version'], ['--const=3'],
             ['-tf'], ['--no-col'], ['-t=x']):
    run(p, argv)

# append with a list default copies it instead of changing it
dflt = ['x']
p2 = argparse.ArgumentParser(prog='app')
p2.add_argument('--a', action='append', default=dflt)
print(p2.parse_args(['--a', 'y']), dflt)

# custom Action
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values.upper() if isinstance(values, str) else values))

class Pair(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        kw['nargs'] = 2
        super().__init__(option_strings, dest, **kw)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, tuple(values))

p3 = argparse.ArgumentParser(prog='custom')
p3.add_argument('--up', action=Upper)
p3.add_argument('word', action=Upper)
p3.add_argument('--pair', action=Pair)
run(p3, ['--up', 'abc', 'def', '--pair', '1', '2'])
run(p3, ['w', '--pair', '1'])

# set_defaults, get_default, argument_default
p4 = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
p4.add_argument('--x', type=int)
p4.add_argument('--y', default=5)
p4.set_defaults(func='handler', y=7)
print(p4.parse_args([]), p4.get_default('y'), p4.get_default('func'), p4.get_default('zz'))
print(p4.parse_args(['--x', '1']))
p5 = argparse.ArgumentParser(prog='defs2')
p5.set_defaults(n='10')
p5.add_argument('--n', type=int)
p5.add_argument('--s', type=int, default='12')
p5.add_argument('--sup', default=argparse.SUPPRESS)
print(p5.parse_args([]), p5.parse_args(['--n', '3', '--sup', 'q']))

# conflicts
p6 = argparse.ArgumentParser(prog='conf')
p6.add_argument('-x', '--ex')
for args in (('-x',), ('--ex', '-y'), ('-h',)):
    try:
        p6.add_argument(*args)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)
p7 = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p7.add_argument('-x', '--ex', help='old')
p7.add_argument('-x', help='new')
p7.add_argument('--ex', help='newer')
print(p7.format_help())
print(p7.parse_args(['-x', '1', '--ex', '2']))

# construction errors
def attempt(*args, **kw):
    try:
        a = argparse.ArgumentParser(prog='bad').add_argument(*args, **kw)
        print('ok', a)
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt('--a', action='store', nargs=0)
attempt('--a', action='append', nargs=0)
attempt('--a', const=3)
attempt('--a', action='bogus')
attempt('--a', type='nope')
attempt('--a', type=argparse.FileType)
attempt('--a', nargs=2, metavar=('A', 'B', 'C'))
attempt('x', required=True)
attempt('x', dest='y')
attempt('a-b', '-c')
attempt('---')
attempt('-x', action='store_true', type=int)
attempt('-x', action='count', default=3, help='hm')
attempt('pos', nargs='?', default='dv', choices=['dv', 'q'])
attempt('--ver', action='version', version='1')
attempt('--h2', action='help')
attempt('--b', action=argparse.BooleanOptionalAction)
attempt('--c', action='store_const')
attempt('--a', '-b', dest='zz', metavar='M')
