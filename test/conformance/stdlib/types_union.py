# types.UnionType: X | Y on classes, None, generic aliases and unions; with typing objects
import types, typing
u = int | str
print(u, type(u), u.__args__, int | None, None | int, list[int] | None, int | str | float)
print((int | str) == (str | int), hash(int | str) == hash(str | int), int | int, int | str | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, int | None))
try: isinstance([], list[int] | None)
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
print(typing.get_origin(int | str), typing.get_args(int | None))
print(int | typing.List[int], typing.Optional[int] == (int | None), (int | None) == typing.Optional[int])
print(typing.Union[int | str, float], str | typing.Literal[1])
class A: pass
print(A | None, types.UnionType, type.__or__(int, str), int.__ror__(str))
import abc
class M(abc.ABC): pass
print(M | int, int | M)
print((int | list[int]).__parameters__)
T = typing.TypeVar('T')
print(int | T, (list[T] | None).__parameters__)
from dataclasses import dataclass
@dataclass
class WithUnion:
    a: int | None = None
    b: list[str] | dict[str, int] | None = None
print(WithUnion(), WithUnion.__annotations__)
print(typing.get_type_hints(WithUnion))
def f(x: int | str) -> float | None: pass
print(f.__annotations__)
print(repr(int | A), (int | str).__or__(float), (int | str).__ror__(None))
for bad in ['int | 1', '1 | int', '"a" | int', 'int | "str"']:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
