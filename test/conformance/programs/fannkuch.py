# A smaller run of bench/programs/fannkuch.py (the benchmark, with its size constants reduced),
# so the conformance suite checks its output against CPython.
# Integer lists and slices: the fannkuch-redux benchmark (pancake flips over every permutation).
import sys

SIZE = 7


def fannkuch(n):
    """Returns (checksum, most flips) over all permutations of range(n), taken in the
    order of the counting scheme below (the checksum adds and subtracts alternately)."""
    perm = list(range(n))
    count = [0] * n
    most = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1
        # Flip the front until a 0 reaches the head.
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > most:
                most = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Next permutation: rotate the first r+1 items until a counter is still live.
        while True:
            if r == n:
                return checksum, most
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    checksum, most = fannkuch(n)
    print(checksum)
    print('Pfannkuchen(%d) = %d' % (n, most))


main()
