# sys.setrecursionlimit(100000) allows a Python recursion 50000 deep.
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50000))

def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(20000)
d = 0
while nested:
    nested = nested[0]
    d += 1
print('nested lists', d)

def ackermann_like(n, acc):
    if n == 0:
        return acc
    return ackermann_like(n - 1, acc + n % 7)
print(ackermann_like(45000, 0))

class Walker:
    def walk(self, n):
        return n if n == 0 else self.walk(n - 1) + 1
print(Walker().walk(30000))
gen_depth = 0
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
print(sum(gen(2000)))
