# itertools (with operator and functools.reduce) over many small inputs: every combinatoric, slice, group, tee, zip_longest result
import itertools as it, operator, functools
out = []
seqs = ['', 'ab', 'abcd', [1, 1, 2], (3, 1, 3, 1), range(5)]
for s in seqs:
    for r in range(0, 5):
        out.append((list(it.permutations(s, r)), list(it.combinations(s, r)), list(it.combinations_with_replacement(s, r))))
    for rep in range(3):
        out.append(list(it.product(s, 'xy', repeat=rep)))
    for a in [None, 1, 5]:
        for b in [None, 0, 3]:
            for c in [None, 2]:
                try:
                    out.append(list(it.islice(s, a, b, c)))
                except ValueError as e:
                    out.append(str(e))
    out.append([(k, list(g)) for k, g in it.groupby(sorted(s, key=str), key=str)])
    out.append(list(it.zip_longest(s, 'xyz', range(2), fillvalue=0)))
    out.append(list(it.accumulate(s)) if not isinstance(s, str) or s else [])
    out.append(list(it.pairwise(s)))
    out.append(list(it.batched(s, 2)))
    out.append(list(it.compress(s, [0, 1, 1, 0, 1])))
    a, b, c = it.tee(s, 3)
    out.append((list(it.islice(a, 2)), list(b), list(a), list(c)))
    out.append(functools.reduce(operator.add, s, 'S' if isinstance(s, str) else 0))
    out.append(list(it.starmap(operator.mul, zip(s, it.count(1)))) if not isinstance(s, str) else None)
for x in out:
    print(x)
