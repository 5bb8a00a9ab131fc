# Float results that are reused in place by the next operation (gilvm overwrites a temporary
# that only the value stack refers to): every value that a name, a container or an object
# still holds must keep its value.

SHARED = 2.5
kept = []


class Shared:
    """Arithmetic that returns a float referenced elsewhere (a global, a list)."""

    def __mul__(self, other):
        return SHARED

    def __add__(self, other):
        t = other * 3.0 if isinstance(other, float) else 1.5  # a fresh float, then stored
        kept.append(t)
        return t

    __rmul__ = __mul__


s = Shared()
print((s * 3) + 1.0, SHARED)
print((s * s) + 1.0, SHARED)
print(1.0 + (3 * s) * 2.0, SHARED)
print((s + s) * 4.0, kept)
print((s + 1) - 0.25, kept)
print((s + 0.5) - 0.25, (s + 2.0) * 2.0, kept)

x, y, z = 1.5, 2.25, 0.5
print(x * x + y * y + z * z, x, y, z)
print((x - y) * (y - z) / (x + z), x, y, z)
print((2 * x) + 1, (x * 2) ** 2, -(x * y) + 1.0)
t = x * y
print(t + t, t)
print((u := x * y) + u, u)
acc = 0.0
for i in range(5):
    acc += x * i + y
print(acc)

v = [1.0, 2.0, 3.0]
w = v
v[0] -= x * y
v[1] += x * y * z
print(v, w)


class P:
    def __init__(self):
        self.a = 1.0

    @property
    def b(self):
        return self.a * 2.0


p = P()
p.a += p.b * 3.0
print(p.a, p.b + p.b * p.a)

# The slow path's result lands where a fast result may have been recorded before: functions
# with different numbers of locals put their own temporaries at many stack addresses.
for nlocals in range(70):
    names = ", ".join(f"l{i}" for i in range(nlocals)) or "_"
    src = f"""
def mul(self, other):
    {names} = {"(" + ", ".join("0" for _ in range(nlocals)) + ",)" if nlocals > 1 else "0"}
    t = base * 2.0
    kept2.append(t)
    return t
"""
    ns = {"kept2": [], "base": 1.25}
    exec(src, ns)
    K = type("K", (), {"__mul__": ns["mul"]})
    k = K()
    r1 = (k * k) + 1.0
    r2 = (k * 7) * 3.0
    if ns["kept2"] != [2.5, 2.5] or (r1, r2) != (3.5, 7.5):
        print("wrong", nlocals, ns["kept2"], r1, r2)
print("slow paths ok")


def gen():
    a = 2.0
    while True:
        b = (a * 3.0) + (yield a * a)
        a = b - a


g = gen()
print(next(g), g.send(1.0), g.send(2.0), g.send(0.5))

try:
    print((x * y) / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, x, y)
print(sum(q * q + 1.0 for q in [0.5, 1.5]), [q * 2.0 + q for q in (1.0, 2.0)])
