# Object lifetime that CPython and a tracing collector agree on: objects stay alive while referenced,
# identity is stable, and del only unbinds names (no __del__ timing is printed).
class Box:
    count = 0
    def __init__(self, v):
        Box.count += 1
        self.v = v
a = Box(1)
b = a
del a
print(b.v, Box.count)
boxes = [Box(i) for i in range(1000)]
ids = [id(x) for x in boxes]
print(len(set(ids)) == 1000, ids[10] == id(boxes[10]), Box.count)
alias = boxes[500]
boxes.clear()
print(alias.v, alias is alias, type(alias).__name__)
cache = {}
def memo(n):
    if n not in cache:
        cache[n] = Box(n)
    return cache[n]
print(memo(5) is memo(5), memo(6) is not memo(5), len(cache))
holder = [Box('x')]
ref = holder[0]
holder[0] = None
print(ref.v)
def closure_keeps():
    obj = Box('captured')
    return lambda: obj.v
f = closure_keeps()
for _ in range(5000):
    [Box(i) for i in range(5)]
print(f(), Box.count)
s = 'built ' + 'at runtime'
t = ''.join(['built ', 'at runtime'])
print(s == t, hash(s) == hash(t))
