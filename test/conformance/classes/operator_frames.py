# Operators on two instances of one class run the class's Python method as a frame of the interpreter's loop:
# results, NotImplemented, exceptions, generators, subclasses with reflected methods, recursion, tracebacks.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o): raise ValueError('no mul')
    def __truediv__(self, o): return 'div'
    def __repr__(self): return f'V({self.x})'
    def __matmul__(self, o):
        yield 1
class W(V):
    def __rsub__(self, o): return 'W.rsub'
    def __radd__(self, o): return 'W.radd'
a, b = V(1), V(2)
print(a + b, (a + b + a).x, a / b)
try: a - b
except TypeError as e: print('TypeError', e)
try: a * b
except ValueError as e: print('ValueError', e)
print(type(a @ b).__name__)
print(a - W(3), a + W(4), W(1) + W(2))
def deep(n, v):
    return v if n == 0 else deep(n - 1, v + v)
print(deep(10, V(1)))
class R:
    def __add__(self, o): return self + o
try: R() + R()
except RecursionError as e: print('RecursionError', str(e)[:40])
class S(V):
    pass
print(S(5) + S(6), [V(i) + V(i) for i in range(3)])
x = V(1)
x += V(10)
print(x)
def f():
    return a - b
try: f()
except TypeError as e:
    print('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_next)
V(1) - V(2)
