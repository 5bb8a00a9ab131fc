# Allocation churn and reference cycles: a collector must free garbage and keep everything reachable intact.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.prev = None
def ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next, b.prev = b, a
    return nodes[0]
kept = []
for round_ in range(200):
    r = ring(50)
    if round_ % 40 == 0:
        kept.append(r)
    garbage = {'self': None, 'data': list(range(100))}
    garbage['self'] = garbage
    pair = [None]
    pair[0] = pair
print(len(kept))
for r in kept:
    total, node = 0, r
    for _ in range(50):
        total += node.value
        node = node.next
    print(total, node is r, r.prev.value, r.next.next.value)
strings = []
for i in range(5000):
    s = 'item-' + str(i) * 3
    if i % 1000 == 0:
        strings.append(s)
print(strings)
big = {}
for i in range(20000):
    big[i] = (i, str(i), [i])
for i in range(0, 20000, 2):
    del big[i]
print(len(big), big[19999], sum(k for k in big) % 100000)
tree = None
for i in range(3000):
    tree = (i, tree)
depth, t = 0, tree
while t is not None:
    depth += 1
    t = t[1]
print(depth, tree[0], tree[1][0])
floats = [x * 0.5 for x in range(10000)]
ints = [x * 10 ** 20 for x in range(2000)]
print(sum(floats), sum(ints) % 1000003, floats[-1], ints[-1])
