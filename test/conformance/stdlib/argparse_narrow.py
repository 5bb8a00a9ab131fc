# argparse: help and usage laid out for narrow terminals (COLUMNS=40, 30 and 12): the help
# column moves left, invocations get their own line, usage wraps under the program name
# or under "usage:" when the name is long, and text never gets narrower than 11 columns.
import os
import argparse
import shutil


def build(prog):
    p = argparse.ArgumentParser(prog=prog, description='Narrow layout check with a description that wraps.',
                                epilog='The end.')
    p.add_argument('-a', '--alpha', help='first option with a long help text that wraps several times')
    p.add_argument('-b', action='store_true', help='bee')
    p.add_argument('--gamma-delta', nargs='+', metavar='GD', help='gamma')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--left', action='store_true')
    g.add_argument('--right', action='store_true')
    p.add_argument('target', help='the target')
    p.add_argument('more', nargs='*', help='more targets')
    sub = p.add_argument_group('extra', 'Extra options in a group of their own.')
    sub.add_argument('--extra-thing', type=int, default=3, help='extra (default %(default)s)')
    return p


for cols in ('40', '30', '12'):
    os.environ['COLUMNS'] = cols
    print('COLUMNS', cols, shutil.get_terminal_size().columns)
    for prog in ('np', 'a_long_program_name'):
        p = build(prog)
        print(p.format_usage(), end='')
        print(p.format_help(), end='')
        print('=' * 10)
