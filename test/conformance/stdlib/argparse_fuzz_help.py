# argparse: help of 25 random parsers (options and positionals with random help text, nargs,
# metavars, choices, required, a group or a mutually exclusive group) at random COLUMNS
# (25 to 100), from a differential fuzzer against CPython (cases generated once, seed 17).
import os
import argparse
CASES = [('p', 'quick long-winded jumps fox extraordinarily while words dog', [(['pos0_with_a_long_name'], {'help': 'over jumps brown long-winded extraordinarily extraordinarily dog several jumps', 'nargs': '?', 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['-b'], {'help': 'extraordinarily a brown dog the brown words long-winded appear fox brown appear extraordinarily dog dog long-winded several fox over dog quick'}),
    (['-c', '--opt2'], {'nargs': 2}),
    (['-d', '--option3'], {'help': 'lazy'})], 1, '100'),
    ('prog', 'brown', [(['-a'], {'nargs': '+'}),
    (['pos1'], {'help': '', 'nargs': '+', 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['-c', '--x2'], {'help': 'extraordinarily extraordinarily', 'metavar': 'A_VERY_LONG_METAVAR_NAME', 'required': True}),
    (['-d'], {})], 1, '25'),
    ('prog', 'jumps several a lazy quick dog quick dog several fox fox dog jumps while brown long-winded jumps the extraordinarily appear lazy while a words lazy fox', [], 2, '100'),
    ('p', 'the extraordinarily dog the fox dog jumps jumps over over dog while words', [(['-a', '--option0'], {'help': 'quick lazy long-winded fox fox lazy over words fox over while the extraordinarily while'}),
    (['-b'], {'help': 'fox jumps a over lazy while quick dog quick dog the fox while appear extraordinarily dog long-winded brown lazy lazy lazy words dog brown', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos2'], {'help': 'over fox the jumps quick dog several extraordinarily the the quick lazy extraordinarily appear jumps while fox long-winded quick long-winded appear words words the'})], 1, '25'),
    ('p', 'fox brown appear extraordinarily brown long-winded fox a dog over dog long-winded lazy long-winded dog long-winded brown jumps fox', [(['pos0'], {'choices': ['c1', 'c2', 'choice3']}),
    (['-b', '--option1'], {'help': 'over over quick over brown dog words fox appear', 'metavar': 'M'}),
    (['-c'], {'help': 'long-winded while brown long-winded jumps quick a lazy dog appear a long-winded dog while long-winded appear', 'nargs': 3, 'metavar': 'A_VERY_LONG_METAVAR_NAME'})], 1, '25'),
    ('p', 'words long-winded appear several several long-winded appear long-winded jumps fox fox fox dog words over words extraordinarily a a jumps quick jumps a appear several fox appear over the the', [(['-a'], {'help': 'the several quick over lazy quick a quick appear dog a', 'nargs': '?', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos1'], {})], 1, '100'),
    ('prog', 'jumps several a dog jumps long-winded while the long-winded several the extraordinarily dog jumps dog while appear', [(['-a'], {'help': 'several lazy a a while jumps extraordinarily jumps lazy appear long-winded brown long-winded a fox fox fox words over extraordinarily appear', 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['pos1'], {'help': 'while lazy extraordinarily lazy', 'metavar': 'M'}),
    (['pos2_with_a_long_name'], {'help': 'lazy over words words extraordinarily long-winded fox over a appear fox words', 'nargs': '?'}),
    (['-d'], {'help': 'lazy the jumps lazy brown', 'nargs': '+', 'metavar': 'M'})], 2, '80'),
    ('a_longer_program_name', 'a long-winded long-winded several jumps while fox while dog extraordinarily a while brown', [(['pos0_with_a_long_name'], {'help': 'while over appear lazy fox long-winded dog quick the'}),
    (['pos1'], {'help': 'the while long-winded long-winded quick over dog', 'choices': ['c1', 'c2', 'choice3']}),
    (['-c', '--a-much-longer-option-name2'], {'help': 'quick several extraordinarily lazy brown several fox dog long-winded lazy the several', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos3'], {'help': 'over dog the a quick a the several lazy quick appear over dog long-winded over extraordinarily lazy appear long-winded', 'nargs': 2, 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['pos4'], {'help': 'words several brown long-winded quick several over several the words brown words appear while several fox words jumps', 'choices': ['c1', 'c2', 'choice3']})], 1, '60'),
    ('prog', 'dog dog lazy while appear words the the quick quick', [(['-a', '--a-much-longer-option-name0'], {'help': 'several over lazy over long-winded appear fox'}),
    (['-b', '--opt1'], {'help': 'quick fox the jumps the appear', 'nargs': '+', 'required': True}),
    (['-c', '--opt2'], {'help': 'over extraordinarily while over long-winded long-winded several appear brown long-winded over while while several over while fox words jumps while lazy appear lazy quick', 'nargs': '*', 'choices': ['c1', 'c2', 'choice3'], 'required': True}),
    (['-d', '--a-much-longer-option-name3'], {'help': 'a quick jumps fox fox brown extraordinarily the while lazy over brown lazy fox a extraordinarily over jumps extraordinarily extraordinarily appear lazy', 'metavar': 'M'}),
    (['pos4'], {'help': 'the lazy long-winded appear jumps extraordinarily brown dog fox fox quick the', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos5_with_a_long_name'], {'help': 'brown words appear while while'})], 1, '100'),
    ('a_longer_program_name', 'extraordinarily a fox brown while while a appear appear appear jumps lazy dog jumps several the extraordinarily long-winded long-winded dog', [(['pos0_with_a_long_name'], {'help': 'long-winded a several the brown words jumps brown long-winded over words extraordinarily brown appear extraordinarily words over appear'})], 2, '40'),
    ('prog', 'lazy words while lazy over', [(['-a', '--option0'], {'metavar': 'VALUE'})], 0, '60'),
    ('p', 'a dog lazy while extraordinarily extraordinarily several brown quick several long-winded over lazy a extraordinarily dog the dog a lazy fox while appear long-winded the quick the jumps over', [(['-a', '--option0'], {'help': 'fox while fox long-winded appear a the long-winded fox long-winded dog appear words fox long-winded', 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['-b'], {'help': 'long-winded jumps jumps quick extraordinarily words lazy jumps appear lazy'}),
    (['-c'], {'help': 'the lazy jumps quick while long-winded several several over appear jumps dog over extraordinarily jumps extraordinarily fox the fox the lazy quick long-winded', 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['-d'], {'help': 'several appear jumps jumps appear dog jumps while appear dog words the the jumps several long-winded over the extraordinarily', 'metavar': 'M'}),
    (['-e'], {'help': 'over the fox jumps dog long-winded appear jumps dog extraordinarily fox dog the over a quick jumps long-winded extraordinarily'}),
    (['-f', '--a-much-longer-option-name5'], {'help': 'while fox while brown jumps the while extraordinarily appear brown lazy words while several words jumps quick', 'metavar': 'M'})], 0, '100'),
    ('a_longer_program_name', 'appear', [(['pos0'], {'help': 'several appear long-winded while while', 'nargs': '?'}),
    (['pos1_with_a_long_name'], {'help': 'over dog appear several', 'nargs': 3, 'choices': ['c1', 'c2', 'choice3']}),
    (['pos2_with_a_long_name'], {'help': 'a appear over while fox appear dog extraordinarily fox fox jumps jumps a', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos3_with_a_long_name'], {'help': 'the fox over dog long-winded over several appear words jumps lazy over a dog a jumps several appear brown fox the while jumps while', 'choices': ['c1', 'c2', 'choice3']}),
    (['-e'], {'nargs': '*'}),
    (['-f', '--opt5'], {'help': 'the fox brown dog brown over jumps the fox over words a while extraordinarily several quick appear long-winded extraordinarily jumps over', 'nargs': '+', 'required': True})], 1, '80'),
    ('a_longer_program_name', 'several long-winded jumps jumps quick several the fox extraordinarily brown appear dog the words a brown long-winded brown words', [(['pos0'], {'help': 'long-winded a extraordinarily brown while appear while over over jumps the the a lazy dog several', 'nargs': '+', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos1_with_a_long_name'], {'help': 'while fox the over quick fox the the several the appear appear while brown while quick over several fox over words dog extraordinarily the the', 'choices': ['c1', 'c2', 'choice3']}),
    (['-c', '--option2'], {'help': 'the extraordinarily several over long-winded fox words over fox jumps words while lazy long-winded several long-winded'}),
    (['pos3'], {})], 2, '60'),
    ('a_longer_program_name', 'several dog while long-winded the quick a a appear a jumps dog fox long-winded jumps a words fox a fox dog words fox while', [(['pos0_with_a_long_name'], {}),
    (['-b', '--x1'], {'help': 'jumps while lazy jumps dog brown dog extraordinarily extraordinarily fox dog quick long-winded the while while dog words jumps appear'}),
    (['-c', '--x2'], {'help': 'the quick jumps dog dog a brown appear', 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['-d', '--option3'], {'help': 'over words lazy several dog long-winded extraordinarily the long-winded words jumps', 'required': True}),
    (['-e', '--option4'], {'help': 'brown over appear appear', 'nargs': '?'}),
    (['pos5'], {'help': 'long-winded several quick words a the appear lazy lazy appear words dog appear jumps appear extraordinarily a appear lazy', 'nargs': 2, 'metavar': 'VALUE'})], 0, '100'),
    ('prog', 'dog the a lazy the several brown dog fox fox over dog jumps several', [(['pos0'], {'help': 'several appear over fox', 'nargs': 2, 'choices': ['c1', 'c2', 'choice3']}),
    (['-b', '--opt1'], {'metavar': 'A_VERY_LONG_METAVAR_NAME', 'required': True}),
    (['-c'], {'help': 'jumps words brown fox dog over lazy words a appear appear fox the jumps words several words a words long-winded jumps long-winded the a', 'metavar': 'A_VERY_LONG_METAVAR_NAME', 'required': True}),
    (['pos3'], {'nargs': 2, 'metavar': 'A_VERY_LONG_METAVAR_NAME'}),
    (['-e', '--opt4'], {'help': 'appear the several jumps quick over quick the while extraordinarily brown lazy quick', 'nargs': '+', 'metavar': 'VALUE'}),
    (['pos5'], {'help': 'over a long-winded lazy quick while a jumps lazy jumps while while dog jumps jumps lazy quick several over jumps a a jumps over quick'})], 0, '100'),
    ('p', 'several', [(['-a', '--a-much-longer-option-name0'], {'help': 'dog words fox lazy a words over over a brown jumps the extraordinarily dog the a lazy appear appear while extraordinarily words words long-winded', 'nargs': '+', 'required': True}),
    (['pos1'], {'help': 'long-winded over dog fox fox jumps'}),
    (['pos2'], {}),
    (['-d', '--x3'], {'help': ''}),
    (['pos4'], {'nargs': '+', 'metavar': 'VALUE'}),
    (['pos5_with_a_long_name'], {'help': 'several lazy extraordinarily long-winded quick jumps fox several fox the a brown several'})], 1, '100'),
    ('prog', 'while several several while several words quick dog while over long-winded while jumps fox several brown fox extraordinarily lazy a appear words quick lazy extraordinarily dog extraordinarily dog extraordinarily', [(['pos0_with_a_long_name'], {'help': 'fox quick quick fox words the quick', 'nargs': 2, 'choices': ['c1', 'c2', 'choice3']}),
    (['pos1'], {'choices': ['c1', 'c2', 'choice3']}),
    (['-c', '--opt2'], {'nargs': '*', 'choices': ['c1', 'c2', 'choice3'], 'required': True})], 0, '60'),
    ('a_longer_program_name', '', [(['-a', '--opt0'], {'help': 'brown brown appear over fox quick several while jumps jumps several long-winded dog the several appear the lazy dog a words quick brown jumps over', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos1'], {'help': 'while quick brown words appear brown lazy'}),
    (['-c', '--option2'], {'help': 'words fox lazy fox jumps words while dog jumps lazy'})], 1, '60'),
    ('prog', 'brown over lazy jumps extraordinarily the long-winded over extraordinarily long-winded jumps appear quick over the words', [(['pos0_with_a_long_name'], {'help': 'words appear lazy extraordinarily jumps the fox while dog fox quick over dog dog dog long-winded lazy while long-winded long-winded'}),
    (['-b'], {'help': 'long-winded brown a over jumps the dog a quick while appear brown', 'nargs': 3, 'metavar': 'M'}),
    (['pos2'], {}),
    (['pos3_with_a_long_name'], {'help': 'long-winded brown long-winded brown appear while brown dog several extraordinarily the lazy the'}),
    (['-e', '--a-much-longer-option-name4'], {'help': 'dog while a extraordinarily brown several while brown the'}),
    (['pos5'], {'help': 'while quick appear words', 'nargs': '?', 'metavar': 'VALUE'})], 1, '60'),
    ('a_longer_program_name', 'appear words extraordinarily dog jumps lazy fox quick while the several', [(['pos0_with_a_long_name'], {'help': 'words over appear appear fox words fox brown over several the long-winded words extraordinarily brown', 'choices': ['c1', 'c2', 'choice3']}),
    (['pos1_with_a_long_name'], {'help': 'several words dog over the words', 'metavar': 'VALUE'})], 2, '60'),
    ('p', 'quick dog the extraordinarily appear quick several words jumps a jumps lazy appear words while dog a brown over words quick several dog while quick dog dog', [(['pos0'], {'help': 'quick over while', 'nargs': '*'}),
    (['-b', '--opt1'], {'help': '', 'nargs': '*', 'choices': ['c1', 'c2', 'choice3'], 'required': True}),
    (['-c', '--option2'], {'help': 'dog words a a the quick extraordinarily dog jumps fox extraordinarily fox extraordinarily while'})], 2, '25'),
    ('prog', 'dog lazy the jumps', [(['-a'], {'help': 'extraordinarily the brown lazy quick several over over words several a while extraordinarily the fox while words appear dog extraordinarily several quick while', 'choices': ['c1', 'c2', 'choice3'], 'required': True}),
    (['pos1'], {'choices': ['c1', 'c2', 'choice3']}),
    (['-c'], {'nargs': 3, 'required': True})], 1, '80'),
    ('p', 'quick the the over the brown quick extraordinarily the long-winded over fox fox lazy brown extraordinarily long-winded words words brown extraordinarily fox dog', [(['-a', '--x0'], {'help': 'quick'}),
    (['-b'], {'help': 'extraordinarily fox extraordinarily long-winded brown a appear brown brown extraordinarily a extraordinarily fox words quick appear several words a fox appear words words a the'}),
    (['-c', '--option2'], {'nargs': '*', 'metavar': 'A_VERY_LONG_METAVAR_NAME'})], 2, '25'),
    ('a_longer_program_name', 'appear', [(['-a'], {'help': 'fox brown appear several lazy lazy lazy extraordinarily quick jumps extraordinarily lazy fox the long-winded appear fox extraordinarily lazy quick extraordinarily lazy the lazy extraordinarily'}),
    (['pos1'], {'help': 'over several dog a words lazy while lazy while quick several over words quick lazy', 'choices': ['c1', 'c2', 'choice3']}),
    (['-c', '--a-much-longer-option-name2'], {'help': 'while brown the while extraordinarily dog appear brown over a lazy words long-winded several a dog a while quick', 'choices': ['c1', 'c2', 'choice3']}),
    (['-d', '--a-much-longer-option-name3'], {'help': 'jumps brown extraordinarily the extraordinarily a brown appear jumps appear brown dog several dog long-winded lazy dog a brown brown appear'})], 0, '60')]


for n, (prog, desc, items, groups, cols) in enumerate(CASES):
    os.environ['COLUMNS'] = cols
    p = argparse.ArgumentParser(prog=prog, description=desc or None, epilog=desc[::-1] or None)
    target = p
    if groups:
        target = p.add_argument_group('grouped', desc[:20] or None)
    mx = p.add_mutually_exclusive_group() if groups == 2 else None
    for k, (names, kw) in enumerate(items):
        where = target
        if mx is not None and names[0].startswith('-') and not kw.get('required') and k % 2:
            where = mx
        try:
            where.add_argument(*names, **kw)
        except Exception as e:
            print('build', type(e).__name__, e)
    print(n, cols)
    try:
        print(p.format_help())
    except ValueError as e:
        print('ValueError', str(e)[:11])
