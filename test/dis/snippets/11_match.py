def describe(point):
    match point:
        case (0, 0):
            return 'origin'
        case (x, 0) | (0, x):
            return f'axis {x}'
        case {'x': x, 'y': y, **rest}:
            return 'dict'
        case Point(x=0, y=yy) if yy > 0:
            return 'up'
        case [1, 2, *others]:
            return others
        case str() | bytes():
            return 'text'
        case _:
            return 'other'
