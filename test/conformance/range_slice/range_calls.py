# range(...) called on the class itself is made without type.__call__'s lookups: every form,
# argument type and error against the generic path's.
def f(n):
    t = 0
    for i in range(n):
        for j in range(3):
            t += j
    return t
print(f(1000))
for args in [(5,), (2, 9), (9, 2, -3), (True, 4), (0,)]:
    print(list(range(*args)))
for bad in [(), (1, 2, 3, 4), (1.5,), ('a', 2), (1, 2, 0)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print('TypeError', e)
print(range(10**20, 10**20 + 3)[1], range(0, 10**30, 7)[-1])
try:
    len(range(0, 10**30, 7))
except OverflowError as e:
    print('OverflowError', e)
class I:
    def __index__(self): return 4
print(list(range(I())), list(range(1, I())))
