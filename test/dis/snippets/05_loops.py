def loops(items):
    total = 0
    for i, item in enumerate(items):
        if item is None:
            continue
        if item > 100:
            break
        total += item
    else:
        total = -1
    n = 10
    while n > 0:
        n -= 1
        if n == 5:
            break
    return total, n
