# match: sequence patterns (fixed, star, nested), mapping patterns (**rest), which types count as sequences.
def seq(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} ({len(middle)} in between)'
        case [0, *rest]:
            return f'starts with 0, rest={rest}'
        case [[a, b], *_]:
            return f'nested pair {a},{b}'
        case (x, y, z):
            return f'triple {x} {y} {z}'
        case _:
            return 'not a sequence pattern'
for v in [[], [1], (1, 2), [1, 2, 3, 4, 5, 6], [0, 9, 8], [[1, 2], 3, 4], (7, 8, 9), 'abc', b'ab',
          range(2), {'a': 1}, 5, [1, 2, 3, 4]]:
    print(repr(v), '->', seq(v))

def mapping(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', 'r': r, **rest}:
            return f'circle r={r} rest={rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 5, 'color': 'red'},
          {'type': 'hex'}, {'other': 1}, {}, [('type', 'point')], 'str']:
    print(v, '->', mapping(v))

from_dict = {'key': 'value'}
class MissingDict(dict):
    def __missing__(self, k):
        return 'default'
match MissingDict(a=1):
    case {'b': b}:
        print('matched missing key?!', b)
    case {'a': a}:
        print('mapping patterns use get(), not __missing__:', a)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print('deep', a + b + c + d)
match (1, 2, 3, 4):
    case (*head, 4):
        print('head', head)
match {'k': [1, {'inner': (5, 6)}]}:
    case {'k': [1, {'inner': (p, q)}]}:
        print('inner', p, q)
