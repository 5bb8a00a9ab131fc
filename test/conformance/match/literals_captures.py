# match: literal, capture, wildcard, value (dotted), or-patterns, as-patterns, guards.
class Color:
    RED = 'red'
    GREEN = 'green'
def classify(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 'hello' | 'hi':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case None:
            return 'None'
        case True:
            return 'True'
        case Color.RED:
            return 'value pattern RED'
        case 2j:
            return 'complex'
        case (1 | 2) as n if n > 0:
            return 'unreachable'
        case str() as s if len(s) > 5:
            return f'long string {s!r}'
        case x if isinstance(x, int) and x > 100:
            return f'big int {x}'
        case _:
            return f'other {v!r}'
for v in [0, 2, -1, 1.5, 'hi', b'bytes', None, True, 'red', 2j, 'lengthy', 500, 50, False, 1.0]:
    print(repr(v), '->', classify(v))

def capture(v):
    match v:
        case x:
            return 'captured ' + repr(x)
print(capture([1]))
value = 'unchanged'
match 42:
    case value:
        pass
print('capture binds in the enclosing scope:', value)
def nested_or(v):
    match v:
        case ('a' | 'b') as first, ('x' | 'y') as second:
            return first + second
        case _:
            return 'no'
print(nested_or(('a', 'y')), nested_or(('c', 'y')), nested_or('ay'))
