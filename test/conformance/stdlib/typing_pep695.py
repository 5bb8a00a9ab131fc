# PEP 695 syntax: type parameters on functions and classes, bounds and constraints, type aliases
from typing import Generic, TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, get_args, get_origin

def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, type(first.__type_params__[0]).__name__)
T, = first.__type_params__
print(T, T.__name__, T.__bound__, T.__constraints__, T.__infer_variance__, T.__covariant__, T.__module__)
print(first.__annotations__)

def bounded[N: int, S: (str, bytes)](n: N, s: S) -> tuple[N, S]:
    return n, s
N, S = bounded.__type_params__
print(N, N.__bound__, N.__constraints__, S.__bound__, S.__constraints__, bounded(1, 'a'))

def later[X: Later]() -> None:
    pass
class Later:
    pass
print(later.__type_params__[0].__bound__)

def variadic[*Ts, **P](*args: *Ts) -> None:
    pass
Ts, P = variadic.__type_params__
print(type(Ts).__name__, Ts, type(P).__name__, P, P.args, P.kwargs)

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box.__type_params__, Box.__parameters__, Box[int], Box.__mro__)
print(Box.__orig_bases__, Box[str](5).get(), get_origin(Box[int]) is Box, get_args(Box[int]))
print(issubclass(Box, Generic), Box[int] == Box[int])
class Pair[K, V](dict):
    pass
print(Pair.__mro__, Pair[str, int], Pair.__parameters__)
try:
    Box[int, str]
except TypeError as e:
    print('TypeError', e)

type Alias = list[int]
print(Alias, type(Alias).__name__, Alias.__name__, Alias.__value__, Alias.__type_params__)
type Recursive = list[Recursive] | None
print(Recursive.__value__)
type Generic2[A, B] = dict[A, B]
print(Generic2.__type_params__, Generic2.__value__, Generic2[int, str])
class Method:
    def m[U](self, u: U) -> U:
        return u
print(Method().m(7), Method.m.__type_params__)
