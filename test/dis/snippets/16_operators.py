def ops(a, b, c):
    x = a < b < c
    y = a is not None and b not in c or not a
    z = a @ b ** 2 // 3 % 4 << 1 >> 2 & 5 | 6 ^ 7
    a += 1
    a[b] = c
    a[1:2] = b
    del a[0]
    return x if y else ~z
