key = lambda item: (item[1], -item[0])
pick = lambda a, b=1: a if a > b else b
data = sorted([(1, 2), (3, 1)], key=key)
assert data, 'empty'
assert len(data) == 2
