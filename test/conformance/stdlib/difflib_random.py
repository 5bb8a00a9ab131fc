# difflib: a seeded random cross-check. Strings and lists (some 200+ items long, so that
# autojunk applies), with and without isjunk: opcodes, matching blocks, ratios, and ndiff
# and unified_diff of random line lists, all to be exactly CPython's.
import difflib
import random

random.seed(20240611)


def rand_str(alphabet, lo, hi):
    return ''.join(random.choice(alphabet) for _ in range(random.randint(lo, hi)))


def mutate(seq, alphabet, rate):
    out = []
    for item in seq:
        r = random.random()
        if r < rate:
            continue
        if r < 2 * rate:
            out.append(random.choice(alphabet))
            continue
        if r < 3 * rate:
            out.append(random.choice(alphabet))
        out.append(item)
    return out


JUNKS = [None, lambda c: c == ' ', lambda c: c in 'a ']
for t in range(200):
    alphabet = random.choice(['ab', 'abc', 'abcdef', 'ab \t', 'abcdefghij  '])
    if t % 8 == 7:
        a = rand_str(alphabet, 190, 240)
        b = ''.join(mutate(a, alphabet, 0.08))
    elif t % 8 == 6:
        a = [random.randint(0, 20) for _ in range(random.randint(195, 230))]
        b = mutate(a, list(range(25)), 0.1)
    else:
        a = rand_str(alphabet, 0, 25)
        b = ''.join(mutate(a, alphabet, random.random() * 0.5)) if random.random() < 0.7 else rand_str(alphabet, 0, 25)
    s = difflib.SequenceMatcher(random.choice(JUNKS) if isinstance(a, str) else None, a, b,
                                autojunk=random.random() < 0.7)
    print(t, s.get_opcodes())
    print('  ', [tuple(m) for m in s.get_matching_blocks()], len(s.bpopular),
          round(s.ratio(), 12), round(s.quick_ratio(), 12))
    la, lb = len(a), len(b)
    alo = random.randint(0, la)
    ahi = random.randint(alo, la)
    blo = random.randint(0, lb)
    bhi = random.randint(blo, lb)
    print('  ', tuple(s.find_longest_match(alo, ahi, blo, bhi)))

LINES = ['foo\n', 'bar\n', 'baz qux\n', 'baz quux\n', '\n', '  # c\n', 'hello world\n',
         'hello  wrld\n', 'x = 1\n', 'x = 2\n', '\tindent\n', ' indent\n']
for t in range(60):
    A = [random.choice(LINES) for _ in range(random.randint(0, 10))]
    if random.random() < 0.4:
        B = [random.choice(LINES) for _ in range(random.randint(0, 10))]
    else:
        B = [''.join(mutate(line[:-1], 'abxyz #\t', 0.15)) + '\n' if random.random() < 0.4 else line
             for line in A]
    delta = list(difflib.ndiff(A, B, linejunk=random.choice([None, difflib.IS_LINE_JUNK])))
    print(t, delta)
    print('  ', list(difflib.restore(delta, 1)) == A, list(difflib.restore(delta, 2)) == B)
    print('  ', list(difflib.unified_diff(A, B, n=random.randint(0, 3))))
