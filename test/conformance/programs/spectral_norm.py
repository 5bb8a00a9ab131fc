# A smaller run of bench/programs/spectral_norm.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Float arithmetic in nested loops and generators: the spectral norm of the infinite matrix
# A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by the power method on A^T A.
import sys

SIZE = 40
ROUNDS = 10


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(vec):
    """A times vec."""
    n = len(vec)
    return [sum(entry(i, j) * vec[j] for j in range(n)) for i in range(n)]


def times_transposed(vec):
    """A^T times vec."""
    n = len(vec)
    return [sum(entry(j, i) * vec[j] for j in range(n)) for i in range(n)]


def ata_times(vec):
    return times_transposed(times(vec))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(ROUNDS):
        v = ata_times(u)
        u = ata_times(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print('%.9f' % spectral_norm(n))
    # A second, smaller check: the first few entries of A, exactly.
    print([round(entry(i, j), 6) for i in range(3) for j in range(3)])


main()
