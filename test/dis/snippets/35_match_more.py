import enum


class Color(enum.Enum):
    RED = 1


def m(v):
    match v:
        case None:
            return 0
        case True | False:
            return 1
        case Color.RED:
            return 2
        case {'k': [1, *_], **kw} if kw:
            return 3
        case (1 | 2) as n:
            return n
        case [*_, last]:
            return last
        case -1 | 1.5 | 2j | 'str' | b'bytes':
            return 4
        case int(x) | float(x):
            return x
