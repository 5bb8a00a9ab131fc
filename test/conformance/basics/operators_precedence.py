# Operator precedence and evaluation order: arithmetic, bitwise, comparisons, boolean short-circuit, unary minus and power.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, -3 // 2, -(3 // 2))
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, ~5 + 1, not 1 == 2, not (1 == 2))
print(1 < 2 == 2 > 1, 3 > 2 > 1, 1 == 1.0 == True, 'a' < 'b' < 'c', 1 < 2 < 0, 2 in [1, 2] in [[1, 2]])
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, 7 % 3 ** 2)
print(True + True * 2, 3 if 0 else 4 + 1, (lambda: 1)() + 1, [1, 2][-1] ** 2, -1 ** 0.5 if False else '')
log = []
def v(name, result):
    log.append(name)
    return result
print(v('a', 0) and v('b', 1), log)
log.clear()
print(v('a', 1) or v('b', 0), log)
log.clear()
print(v('a', 1) and v('b', 2) and v('c', 0) and v('d', 3), log)
log.clear()
print(v('a', 1) < v('b', 2) < v('c', 0) < v('d', 5), log)
log.clear()
result = v('left', 2) + v('right', 3) * v('mult', 4)
print(result, log)
log.clear()
d = {v('k1', 'a'): v('v1', 1), v('k2', 'b'): v('v2', 2)}
print(d, log)
log.clear()
def f(*args, **kw):
    return args, kw
f(v('p1', 1), v('p2', 2), kw=v('kw', 3))
print(log)
log.clear()
lst = [0, 0]
lst[v('index', 0)] = v('value', 9)
print(lst, log)
x = 5
print(-x, +x, --x, -+-x, ~~x, not not x, x if x else -x)
print(0 or None, '' or 0 or [], 1 and 2 and 3, 1 or 1 / 0, 0 and 1 / 0)
print(3 * 'ab' + 'c', 'x' * 2 * 2, [0] * 2 + [1], 2 * 3 ** 2, (2 * 3) ** 2, 10 - -3)
print(1_000 + 0x10 + 0o10 + 0b10, 1e3 + .5, 1j * 1j, 0.1 + 0.2 == 0.3, 7 .__add__(1))
