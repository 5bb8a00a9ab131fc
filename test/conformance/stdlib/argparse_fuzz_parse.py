# argparse: 30 random parsers (positionals and options of every nargs, store/store_true/count/
# append, abbreviations, combined flags, '--', negative numbers) fed 6 random command lines
# each, from a differential fuzzer against CPython (cases generated once, seed 7).
import os; os.environ['COLUMNS'] = '80'
import argparse, io, contextlib
CASES = [([(['p0'], {'nargs': '?'}),
    (['p1'], {'nargs': 2}),
    (['--alpha'], {'action': 'store_true'})], [['y', '--beta=3', '-ab', 'y'], [], ['--beta', '5', '-ba'], [], ['--beta', 'y', '-c=1', '--'], []]),
    ([(['p0'], {}),
    (['-1', '--alp'], {}),
    (['-c', '--gamma'], {'action': 'store_true'}),
    (['-b'], {'nargs': '*'}),
    (['--alpha'], {'action': 'append'}),
    (['-a'], {})], [['-', '--gamma', '--beta'], ['--alpha', '--bet', '--', '--bet', '--alp', '-a5'], ['z w'], ['--zzz'], ['-ba', '5', '--', '-a5', '--beta=3', '--b'], ['-q', '--bet']]),
    ([(['p0'], {}),
    (['p1'], {}),
    (['-1', '--beta'], {'action': 'count'}),
    (['--alpha'], {'nargs': '?', 'const': 'K'}),
    (['-c'], {'action': 'append'}),
    (['--gamma'], {'action': 'count'})], [['--zzz', '-', '5'], [], ['--zzz', '-a5', '-2', '--', '-'], ['--bet', '-a5', '--zzz', '--al', '-', '--alp'], [], ['--alp', '-c', '-1']]),
    ([(['-a', '--beta'], {}),
    (['-1', '--bet-x'], {'action': 'count'}),
    (['--gamma'], {'action': 'store_true'})], [['--zzz', '--beta'], ['-', '--al'], ['-b'], [], ['-b'], ['-']]),
    ([(['p0'], {}),
    (['-b', '--alpha'], {'action': 'append'}),
    (['-c'], {'nargs': argparse.REMAINDER}),
    (['-a', '--gamma'], {'action': 'count'}),
    (['-1', '--bet-x'], {})], [['--bet'], ['-a'], ['-1', 'y'], [], [], ['-b', '--gamma', '-a', '--alp']]),
    ([(['-b'], {'action': 'store_true'})], [['--alp', '--b', '-a', '-a'], ['--b', '--bet', '--b', '--b', '-a5', '5'], ['-a'], ['--alpha', '-q', '-ax', '--b', '-c=1'], ['-c', '--beta=3', 'x', '-ab', '--beta=3'], ['-b', '--zzz']]),
    ([(['--alpha'], {'nargs': '+'}),
    (['--beta'], {}),
    (['-c'], {}),
    (['--alp'], {}),
    (['-1'], {})], [['-ax', '--b', '-ax', '-ab', '--zzz', '-1'], ['--bet', 'z w'], ['--alp', '--alp', '5', '-ba', '-a'], ['--b'], ['--alpha'], ['--b']]),
    ([(['--alpha'], {'nargs': '?', 'const': 'K'}),
    (['--alp'], {'action': 'count'}),
    (['-b', '--beta'], {'nargs': 2}),
    (['-1'], {'nargs': '*'})], [['-b'], [], ['--'], ['z w', '-2', '-b'], ['-c=1', '-1', '--b', '-'], ['-b', '--gamma']]),
    ([(['p0'], {}),
    (['-a', '--alp'], {})], [['-ab', 'x', '-ax', '-ab', '-a5', '--beta=3'], ['--alpha=v'], ['--alpha', '-ax', '--gamma', '--beta'], ['-b', 'y', '-q', '--alp', '--bet', '-'], ['-c=1', '--beta=3', '--beta', '-c=1'], ['-b', '--gamma', '-b', '--beta=3']]),
    ([(['-b', '--alp'], {'action': 'count'}),
    (['-a'], {'action': 'append'}),
    (['--alpha'], {'action': 'append'})], [['-ax'], [], ['-a', '--beta=3', '--bet', '--gamma', 'x', '--alpha=v'], [], ['--alpha', '-1', '--beta=3'], ['--beta=3', '-ab', '--zzz', '-ax']]),
    ([(['p0'], {'nargs': argparse.REMAINDER}),
    (['p1'], {'nargs': '*'}),
    (['p2'], {'nargs': '+'}),
    (['--alp'], {'action': 'count'}),
    (['-a', '--beta'], {}),
    (['-1'], {}),
    (['-b'], {'action': 'count'})], [['-q'], [], ['--b', '-c', '-'], ['-ba', '-c', '--zzz', '--beta', '--beta=3', '--al'], ['--beta', '-ab'], ['--alpha', '5']]),
    ([(['p0'], {}),
    (['p1'], {'nargs': 1}),
    (['-1', '--alpha'], {'action': 'append'}),
    (['-c'], {}),
    (['-a'], {}),
    (['--alp'], {'action': 'count'})], [['-', '-c=1', '-ax', '--al', '-b', '--gamma'], ['--', '--b', '--zzz', '--alpha'], [], ['y', 'z w'], ['-c', '--beta', '5', '-ax', 'x'], ['5', 'z w', '-ax', '5', '-1']]),
    ([(['p0'], {}),
    (['-a'], {'action': 'count'}),
    (['-c'], {}),
    (['--alp'], {'action': 'store_true'})], [[], ['-ab'], ['-2', '-a5'], ['--alpha=v', '-ab', '-a5', '--bet'], ['-', '-c', '-ax', '--alp'], ['x', '-ax', 'y', 'x', 'x', '-q']]),
    ([(['p0'], {'nargs': argparse.REMAINDER}),
    (['-1'], {'action': 'append'}),
    (['--gamma'], {'action': 'store_true'})], [['-ab', '-ba', '--alpha', '-ab', '-c=1'], ['-q', '-2', '-b', '--al', '--alp'], [], ['-b', 'x', '5', '-2', '-q', '-ax'], ['-c', 'y', '5'], ['-c=1', '--al', '--beta=3', '-', '-a5']]),
    ([(['p0'], {'nargs': '+'}),
    (['-1', '--beta'], {'action': 'store_true'})], [['--alpha', '--gamma'], ['-ba', 'y'], ['-ab', '--alp'], ['x'], ['--al', '5'], ['-ax', '--beta=3', '-2']]),
    ([(['p0'], {'nargs': '*'}),
    (['-a', '--alpha'], {'action': 'append'}),
    (['--bet-x'], {}),
    (['-c', '--alp'], {'action': 'append'}),
    (['-b', '--gamma'], {'action': 'store_true'}),
    (['-1'], {'nargs': '*'})], [[], ['-c=1', '--zzz', '--beta=3', '-2', '--beta', '-q'], ['z w', '--beta=3', '-b', '--beta=3', '--alpha=v'], ['--', '-c=1', '-c=1', 'z w'], [], ['-', '--', 'z w', '--zzz', '-', '--zzz']]),
    ([(['p0'], {}),
    (['-a'], {'action': 'count'})], [['--bet', '--gamma', 'y', '-2', 'x', '-2'], ['-', '-ba', '--b', '-ax'], [], ['z w', '5', '-q'], ['--gamma', '5', '-', '--beta=3'], []]),
    ([(['p0'], {'nargs': '+'}),
    (['p1'], {}),
    (['p2'], {'nargs': '+'}),
    (['-b', '--bet-x'], {'action': 'count'}),
    (['-a'], {'action': 'append'})], [['-2', '-ab', '5', '-1', '-b'], ['-ax', '-2'], ['--zzz', '-a5', '-1', '--', '-b'], [], ['y', '--b', '-ax'], ['-a', '--zzz', '-ab', '-', '--b']]),
    ([(['p0'], {'nargs': '+'}),
    (['p1'], {'nargs': argparse.REMAINDER}),
    (['--gamma'], {}),
    (['--bet-x'], {}),
    (['-c'], {'action': 'count'})], [['-ab'], [], ['5', '-b', '-q', '--beta=3'], ['--alp', '-b'], ['-c=1', '-2', '--beta=3', '-ax'], []]),
    ([(['p0'], {'nargs': '*'}),
    (['p1'], {'nargs': argparse.REMAINDER}),
    (['-1'], {'nargs': 2}),
    (['--beta'], {'nargs': '*'})], [[], ['--alpha', 'x', '--alpha', '--alpha=v', '--alpha', '-c=1'], ['-a', '-ab', '--zzz'], [], ['-a5', '-ax', '--alp', '5', '--al'], ['--', '5', '--alp']]),
    ([(['p0'], {'nargs': '+'}),
    (['p1'], {}),
    (['p2'], {'nargs': '+'}),
    (['--beta'], {'nargs': '*'})], [['-ax'], ['--beta=3', '--alpha', '-ab'], ['--alp', 'z w', '--beta', 'x', 'z w', '--alpha=v'], ['--al', '--gamma', '--gamma', '-ab', '-q'], [], []]),
    ([(['p0'], {'nargs': argparse.REMAINDER}),
    (['p1'], {'nargs': '?'}),
    (['p2'], {'nargs': '+'}),
    (['--gamma'], {}),
    (['-b', '--beta'], {'action': 'store_true'}),
    (['-c', '--alp'], {'action': 'append'}),
    (['-1'], {})], [['--beta=3'], ['--b', '--gamma', '-ba', '--bet', '--alpha', '--alpha=v'], ['--beta', '-b', '--gamma'], ['-ba'], [], ['--alpha']]),
    ([(['-b', '--gamma'], {}),
    (['-1'], {}),
    (['--beta'], {'action': 'store_true'})], [['y', '--b', '-ax', '--', '--alp', '-b'], ['--beta=3', '--beta=3', '-2', 'z w', '-ab'], [], ['-ba', '--al'], ['-2', '--bet', '--beta'], ['-c=1', 'x']]),
    ([(['p0'], {}),
    (['--bet-x'], {}),
    (['-a'], {'action': 'count'}),
    (['--alp'], {}),
    (['-b'], {'nargs': 2})], [[], ['--alpha=v', 'y', 'x', 'z w'], ['-ba'], ['y', '-2', '--zzz', '-a5'], ['-2'], ['--beta=3', '-2']]),
    ([(['p0'], {}),
    (['p1'], {}),
    (['p2'], {}),
    (['-b'], {}),
    (['-a', '--bet-x'], {'action': 'store_true'})], [['-ba', '--gamma', '-ba', 'x'], ['--zzz', '-2', '-a5'], [], [], ['--b'], ['-2', '--beta', '5', '-ax', '-ba']]),
    ([(['p0'], {'nargs': 1}),
    (['p1'], {'nargs': '*'}),
    (['p2'], {'nargs': argparse.REMAINDER}),
    (['--beta'], {'nargs': 2})], [['x'], ['-a5', '-q', '--beta=3', '5', '-ab', '--b'], ['-a5'], ['-c=1', '-ab', '-ba', '--bet', '-ba', '-ax'], ['-a5', '-a', '-1', '--b', '-1', '-c'], ['--b']]),
    ([(['p0'], {}),
    (['p1'], {'nargs': '?'}),
    (['p2'], {'nargs': 2}),
    (['-b', '--gamma'], {})], [['y', '-c', '--al', '--bet', '--zzz'], ['-q', '-a'], [], ['--alpha'], ['-c'], ['--beta=3', '-q', '--bet', 'y', '-a5']]),
    ([(['p0'], {'nargs': 1}),
    (['p1'], {'nargs': 1}),
    (['p2'], {'nargs': argparse.REMAINDER}),
    (['-a', '--beta'], {'action': 'count'}),
    (['--gamma'], {})], [['--alp', '--alpha=v', '-c=1'], ['-c=1', 'z w'], ['5', 'y', '--zzz'], ['-ab', '--alp', '--gamma'], ['-ab', '--alpha', '--alp'], ['--b', 'x', '-2', '--beta', '-ba']]),
    ([(['p0'], {}),
    (['p1'], {'nargs': 2}),
    (['p2'], {}),
    (['--alpha'], {'action': 'store_true'}),
    (['--gamma'], {'action': 'store_true'}),
    (['-c'], {}),
    (['--beta'], {'action': 'store_true'})], [['x', '-q'], ['-1', 'z w', '-2', '5', 'x', '-c=1'], ['-a'], ['--zzz', '--bet', '--alpha=v'], ['z w', '-ax', '--beta'], ['--b', '-b', '--b', '-c', 'x', 'z w']]),
    ([(['p0'], {'nargs': '?'}),
    (['p1'], {'nargs': '*'}),
    (['-c', '--gamma'], {}),
    (['--alp'], {'action': 'count'}),
    (['-a'], {'action': 'store_true'})], [['--beta'], [], [], ['-1', '5'], ['-a'], ['--b', '--zzz', '--bet']])]


def run(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            res = parser.parse_known_args(argv)
    except SystemExit as e:
        res = 'SystemExit(%r)' % (e.code,)
    except argparse.ArgumentError as e:
        res = 'ArgumentError(%s)' % e
    except Exception as e:
        res = type(e).__name__
    print(argv, '->', res, err.getvalue().splitlines()[1:])


for n, (specs, argvs) in enumerate(CASES):
    p = argparse.ArgumentParser(prog='f%d' % n, exit_on_error=(n % 2 == 0))
    try:
        for names, kw in specs:
            p.add_argument(*names, **kw)
    except Exception as e:
        print(n, 'build', type(e).__name__, e)
        continue
    print(n, p.format_usage().strip())
    for argv in argvs:
        run(p, argv)
