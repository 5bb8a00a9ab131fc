# Deeply nested containers: repr and == raise RecursionError at CPython's C nesting limit.
def ok_repr(n):
    l = []
    for i in range(n): l = [l]
    try:
        repr(l)
        return True
    except RecursionError:
        return False
def ok_eq(n):
    l = []
    m = []
    for i in range(n):
        l = [l]
        m = [m]
    try:
        l == m
        return True
    except RecursionError:
        return False
def ok_dict(n):
    l = {}
    for i in range(n): l = {1: l}
    try:
        repr(l)
        return True
    except RecursionError:
        return False
for f in (ok_repr, ok_eq, ok_dict):
    print(f(1496), f(1497), f(1498), f(1600))
l = []
for i in range(1600): l = [l]
try:
    repr(l)
except RecursionError as e:
    print(e)
