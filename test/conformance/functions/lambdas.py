# Lambdas: defaults, closures, immediate calls, sorting keys, repr-free introspection.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
print((lambda a, b=10, *c, d=1, **e: (a, b, c, d, e))(1, 2, 3, d=4, f=5))
print((lambda: 'no args')())
print((lambda *a: sum(a))(1, 2, 3))
print((lambda x, /, y: x - y)(10, y=3))
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda s: s.upper(), ['x', 'y'])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(20))
class K:
    m = lambda self: 'method from lambda'
    s = staticmethod(lambda: 'static lambda')
print(K().m(), K.s())
def outer():
    return lambda: lambda: 'nested'
print(outer()()(), outer().__qualname__, outer()().__qualname__)
print((lambda: (yield 1))().__next__())
cond = lambda x: 'big' if x > 10 else 'small'
print(cond(5), cond(50))
print((lambda x: [y for y in range(x)])(4))
