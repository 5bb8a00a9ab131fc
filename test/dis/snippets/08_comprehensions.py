def comps(xs):
    a = [x * 2 for x in xs if x]
    b = {x: str(x) for x in xs}
    c = {x % 3 for x in xs}
    d = list(x + 1 for x in xs)
    e = [(x, y) for x in xs for y in range(x)]
    return a, b, c, d, e
