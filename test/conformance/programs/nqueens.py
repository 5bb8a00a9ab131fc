# A smaller run of bench/programs/nqueens.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Generators, sets and recursion: the n-queens problem, solved twice (every permutation of the
# columns filtered by the diagonals, as the classic benchmark does; and by backtracking).
import sys

SIZE = 6


def arrangements(items):
    """Yields every ordering of the list items (lexicographic in positions), as tuples."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for k in range(len(items)):
        rest = items[:k] + items[k + 1:]
        for tail in arrangements(rest):
            yield (items[k],) + tail


def queens_by_permutation(n):
    rows = range(n)
    for cols in arrangements(list(rows)):
        if n == len(set(cols[r] + r for r in rows)) == len(set(cols[r] - r for r in rows)):
            yield cols


def queens_by_backtracking(n):
    solutions = []
    placed = []
    used_cols = set()
    used_up = set()
    used_down = set()

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in used_cols or (row + c) in used_up or (row - c) in used_down:
                continue
            used_cols.add(c)
            used_up.add(row + c)
            used_down.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            used_cols.discard(c)
            used_up.discard(row + c)
            used_down.discard(row - c)

    place(0)
    return solutions


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    found = list(queens_by_permutation(n))
    print(n, 'queens:', len(found), 'solutions')
    print('first', found[0], 'last', found[-1])
    for m in range(4, n + 4):
        sols = queens_by_backtracking(m)
        print(m, len(sols), sols[0] if sols else None)
    assert sorted(found) == queens_by_backtracking(n)


main()
