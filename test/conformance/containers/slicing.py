# Slicing lists, tuples, ranges and strings-free sequences: get, set (simple and extended), delete.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::3], l[::-3], l[8:2:-2], l[100:], l[-100:2], l[5:5])
m = list(range(10))
m[2:5] = ['a']
print(m)
m[:0] = [7, 7]
print(m)
m[len(m):] = [8, 9]
print(m)
m[::3] = ['x', 'y', 'z', 'w']
print(m)
m[1:3] = m
print(m, len(m))
del m[::2]
print(m)
del m[-1:-4:-1]
print(m)
del m[:]
print(m)
n = list(range(8))
n[5:1:-1] = 'abcd'
print(n)
n[2:6] = ()
print(n)
n[::-1] = range(len(n))
print(n)
t = tuple(range(10))
print(t[1:4], t[::-2], t[3:3], t[:], t[-2:])
r = range(3, 40, 4)
print(r[2:], r[::-1], r[1:7:2], r[-3:], list(r[::3]))
s = slice(2, None, -1)
print(l[s], s.indices(10), slice(None).indices(3), slice(-3, None).indices(10))
nested = [[1, 2], [3, 4]]
nested[0][1:] = [20, 30]
print(nested, nested[1][::-1], [nested] * 2)
