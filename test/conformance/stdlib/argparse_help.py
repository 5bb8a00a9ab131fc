# argparse: help and usage at COLUMNS=80: wrapping of descriptions and help, the help
# column, long invocations, %(default)s / %(prog)s / %(choices)s / %(type)s expansion,
# metavars (str, tuple, choices), SUPPRESS, formatter classes, long usage wrapping.
import os
os.environ['COLUMNS'] = '80'
import argparse


def show(parser):
    print(parser.format_usage(), end='')
    print('-' * 20)
    print(parser.format_help(), end='')
    print('=' * 20)


p = argparse.ArgumentParser(
    prog='tool',
    description='Process a collection of input files and produce a report. '
                'The report can be written in several formats, and the amount of detail '
                'is controlled by the verbosity flags.   Extra   spaces collapse.',
    epilog='Report bugs to the maintainers. %(prog)s is free software.')
p.add_argument('inputs', nargs='+', metavar='FILE', help='files to read')
p.add_argument('output', nargs='?', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-f', '--format', choices=['text', 'json', 'csv'], default='text',
               help='output format, one of %(choices)s; default %(default)r')
p.add_argument('-v', '--verbose', action='count', default=0, help='more detail, repeatable')
p.add_argument('-n', '--max-count', type=int, metavar='N', help='stop after %(metavar)s records of type %(type)s')
p.add_argument('--a-rather-long-option-name', help='an option whose invocation is longer than the help column')
p.add_argument('--coords', nargs=2, metavar=('X', 'Y'), type=float, help='a point')
p.add_argument('--tags', nargs='*', help='tags')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--empty', help='')
p.add_argument('--blank', help='   ')
p.add_argument('--dry-run', action='store_true', help='do not write anything; this help text is long enough that it has to wrap onto a second and maybe a third line of output')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=False, help='colourise')
p.add_argument('--version', action='version', version='1.0')
show(p)

# usage given explicitly, no help option, no arguments at all
show(argparse.ArgumentParser(prog='bare', add_help=False))
show(argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] file', description='Short.'))
s = argparse.ArgumentParser(prog='supp', usage=argparse.SUPPRESS, add_help=False)
s.add_argument('x')
show(s)

# formatter classes
text = 'First line\n  indented line\n\nSecond paragraph with   spaces.'
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    q = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls, description=text, epilog=text)
    q.add_argument('--n', type=int, default=4, help='a number\n  on two lines')
    q.add_argument('--s', type=str, default='x', help='text %(default)s')
    q.add_argument('--q', type=float, help=None)
    q.add_argument('--flag', action='store_true', help='flag')
    q.add_argument('p', type=int, help='positional')
    q.add_argument('opt', type=str, nargs='?', default='o', help='optional positional')
    show(q)

# a custom max_help_position via a formatter factory
w = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=70))
w.add_argument('--some-long-option', metavar='VALUE', help='goes at column 40 when it fits in the width')
w.add_argument('-s', help='short')
show(w)

# long usage lines: many options, then long positionals
big = argparse.ArgumentParser(prog='big_program_name')
for i in range(14):
    big.add_argument('--option-%d' % i, metavar='V%d' % i)
big.add_argument('--req', required=True)
big.add_argument('source_directory')
big.add_argument('destination_directory', nargs='+')
big.add_argument('extra_positional_thing', nargs='*')
show(big)

longprog = argparse.ArgumentParser(prog='a_program_name_that_is_quite_long_indeed_for_sure_yes_really')
longprog.add_argument('--alpha', help='a')
longprog.add_argument('--beta-option-with-a-long-name')
longprog.add_argument('positional_one')
longprog.add_argument('positional_two')
show(longprog)

only_pos = argparse.ArgumentParser(prog='only_positionals_here', add_help=False)
for name in ('first_positional_argument', 'second_positional_argument', 'third_positional_argument', 'fourth'):
    only_pos.add_argument(name)
show(only_pos)
p.print_usage()
p.print_help()
