# Integer loops: a sieve of Eratosthenes and Collatz sequence lengths (while/for loops, list indexing, int ops).
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [i for i in range(n + 1) if is_prime[i]]


def collatz_longest(limit):
    best, best_len = 1, 1
    for start in range(1, limit):
        n = start
        steps = 1
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > best_len:
            best, best_len = start, steps
    return best, best_len


primes = sieve(1_000_000)
print(len(primes), primes[-1], sum(primes) % 1_000_000_007)
print(collatz_longest(60_000))
