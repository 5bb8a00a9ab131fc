# LOAD_NAME and STORE_NAME in module and class bodies and exec (src/vm/name-cache.ts remembers the dict entry of each):
# names deleted, shadowing builtins, set through globals(), absent until assigned.
x = 1
for i in range(5):
    x = x + i
print(x)
def f():
    global y
    y = 5
for k in range(3):
    if k == 1:
        del x
        x = 100
    x = x + 1
print(x)
for k in range(3):
    try:
        print(zz)
    except NameError as e:
        print(e)
    if k == 1:
        zz = 'now'
ns = {}
exec("a = 1\nfor j in range(4):\n    a = a * 2\nb = len('abc')\n", ns)
print(ns['a'], ns['b'])
class C:
    v = 1
    for q in range(3):
        v = v + q
    del q
print(C.v, hasattr(C, 'q'))
len = lambda s: 42
print(len('x'))
del len
print(len('x'))
d = globals()
for t in range(3):
    d['w'] = t
    print(w)
