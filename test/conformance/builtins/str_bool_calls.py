# str(x) and bool(x) called on the class itself are made without type.__call__'s lookups:
# every kind of argument, the errors, and the forms that still take the generic path.
class S:
    def __str__(self): return 'S.__str__'
class R:
    def __repr__(self): return 'R.__repr__'
class BadStr:
    def __str__(self): return 42
class Sub(str):
    pass
class Truthy:
    def __bool__(self): return False
class Sized:
    def __len__(self): return 3
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
for v in (1, -2.5, 10**30, 1j, None, True, 'text', b'by', [1], (2,), {3: 4}, {5}, S(), R(), Sub('sub'), range(2), str, print):
    s = str(v)
    print(type(s).__name__, s if not s.startswith('<built-in') else '<builtin>')
print(type(str(Sub('x'))).__name__, str(Sub('x')) == 'x')
for v in (0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), {}, set(), None, Truthy(), Sized(), 10**30, 0j):
    print(repr(v)[:12], bool(v))
for bad in (BadStr(),):
    try:
        str(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in (BadBool(), BadLen()):
    try:
        bool(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str(), bool(), str(b'\xc3\xa9', 'utf-8'), str(object=5), repr(str(b'x')))
for args, kw in (((1, 2, 3, 4), {}), ((1, 2), {}), ((), {'x': 1})):
    try:
        print(bool(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(str(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
