# slice objects: attributes, indices(), use with lists/str/tuples, assignment, extended slices.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2) == slice(1, 2))
print(s.indices(5), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(100, -100, -3).indices(10))
data = list(range(10))
print(data[s], data[slice(-3, None)], 'abcdefghij'[s], tuple(data)[::-3], data[slice(None, None, -2)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::3], rec[1:2, 3], rec[...], rec[:, None], rec[1:2:3, ::-1])
lst = list(range(8))
lst[1:3] = 'ab'
lst[-2:] = []
lst[::2] = [0] * 3
print(lst)
del lst[:2]
print(lst, lst[10:20], lst[-100:100])
for bad in [lambda: lst.__setitem__(slice(None, None, 2), [1]), lambda: hash(slice(1, 2)) if False else 'x'[slice('a', None)]]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(slice(1, 2).__reduce__(), slice(0, 10, 3).indices(7), range(10)[slice(2, 8, 3)])
a = [1, 2, 3, 4, 5]
a[1:4] = a[1:4][::-1]
print(a, a[:], a[:] is not a, a[::1] == a)
