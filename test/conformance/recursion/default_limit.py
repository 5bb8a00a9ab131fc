# RecursionError at the default limit of 1000.
import sys
print('limit', sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
    print(isinstance(e, RuntimeError))

depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    # CPython's exact depth is not portable between runtimes; it is within a small margin of the limit.
    print('stopped near the limit:', 900 < depth <= 1000)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return 'Node(%r)' % (self.nxt,)
n = None
for i in range(5000):
    n = Node(n)
try:
    repr(n)
except RecursionError as e:
    print('repr:', e)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', e)

# Recursion still works after the error, and well under the limit.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) % 1000003)
