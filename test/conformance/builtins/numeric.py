# Numeric builtins: abs, divmod, pow, round, sum, min, max, bin, hex, oct, int/float/complex/bool constructors.
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 80)))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, -2), divmod(2 ** 70, -3), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 1 / 3) if False else '', pow(7, 2, 5), pow(base=3, exp=3), pow(2, 3, mod=3))
print(round(3.14159, 3), round(-2.5), round(7, -1), round(0.5 + 1e-9), round(1e15 + 0.5), round(2 ** 60 + 1, -1))
print(sum([]), sum([1, 2, 3]), sum((0.5, 0.25)), sum([[1], [2]], []), sum(range(10), 5), sum(x for x in [1.5, 2]))
print(min(1, 2), min([3, 1, 2]), min('cab'), min([], default=0), min((1, 'z'), (1, 'a')), min([5, 3], key=lambda v: -v))
print(max(1, 2.5), max([3, 1, 2]), max('cab'), max([], default=None), max({3: 'a', 9: 'b'}), max([-5, 3], key=abs))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(64), oct(-64), oct(0))
print(int('42'), int(' -3 '), int(3.99), int('101', 2), int('0x1f', 16), int('z', 36), int(), int(True))
print(float('1.5'), float(' -2 '), float(3), float('inf'), float('-0'), float(), float('1e3'))
print(complex(1, 2), complex('3+4j'), complex(2), complex(), bool(0), bool('x'), bool([]), bool())
for f in [lambda: abs('x'), lambda: divmod(1, 0), lambda: divmod('a', 1), lambda: round('x'), lambda: round(1.5, 'a'),
          lambda: bin(1.5), lambda: hex('a'), lambda: oct(None), lambda: pow(2, 'x'), lambda: sum([1], 'a')]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
class Num:
    def __abs__(self):
        return 'custom abs'
    def __round__(self, n=None):
        return f'custom round {n}'
    def __index__(self):
        return 10
print(abs(Num()), round(Num()), round(Num(), 3), bin(Num()), hex(Num()), oct(Num()), divmod(Num().__index__(), 3))
