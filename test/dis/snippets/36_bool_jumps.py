def f(a, b, c):
    if not (a and b):
        return 1
    if a or b and not c:
        return 2
    while a and not b:
        a = b
    x = a and b or c
    if 1:
        y = 2
    while 0:
        y = 3
    if a is None or b is not None:
        return 3
    return x if a else y
