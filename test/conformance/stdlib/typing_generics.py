# typing: TypeVar, Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints, decorators
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType,
                    ParamSpec, TypeVarTuple, List, Dict, Optional, Union, Callable, Annotated,
                    ClassVar, Final, get_type_hints, cast, overload, get_overloads, final,
                    dataclass_transform, assert_never, assert_type, no_type_check, Required,
                    NotRequired, is_typeddict, SupportsInt, SupportsAbs, SupportsIndex, Iterable,
                    get_origin, get_args, Any, override, ForwardRef, Tuple)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=int)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, Contra.__contravariant__)
print(T.__bound__, T.__constraints__, type(T).__name__)
for bad in ["TypeVar('X', int)", "TypeVar('X', int, str, bound=int)", "TypeVar('X', covariant=True, contravariant=True)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(T): pass
except TypeError as e:
    print('TypeError', e)
print(List[T], Dict[K, V], List[T][int], Dict[K, V][str, int], Dict[str, T][List[int]])
print(List[T].__parameters__, Dict[K, List[V]].__parameters__, Callable[[T], K][int, str], Optional[T][str])
print(Union[T, int][str], Union[T, None][int], list[T], list[T].__parameters__)
try:
    List[int][str]
except TypeError as e:
    print('TypeError', e)
try:
    Dict[K, V][int]
except TypeError as e:
    print('TypeError', e)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(Box, Box[int], Box[str] == Box[str], Box.__parameters__, b.get(), b.__orig_class__)
print(Box.__mro__, Box.__orig_bases__, get_origin(Box[int]) is Box, get_args(Box[int]))
class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair[str, List[V]], Pair[str, List[V]][int], Pair.__parameters__)
class IntBox(Box[int]):
    pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
class Mixed(Box[T], Pair[K, int]):
    pass
print(Mixed.__parameters__)
class MyList(List[T]):
    pass
print(MyList.__mro__[1:], MyList[int], MyList.__parameters__)
for src in ['class E(Generic): pass', 'Generic[int]', 'Generic[T, T]', 'Box[int, str]', 'Generic[()]',
            'class F(Generic[T], Generic[K]): pass', 'class G(Box[T], Generic[K]): pass', 'Generic()', 'IntBox[int]']:
    try:
        exec(src)
        print(src, 'ok')
    except TypeError as e:
        print(src, '->', e)

class Closable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
class HasName(Protocol):
    name: str
class File:
    def close(self):
        pass
    def __len__(self):
        return 0
print(isinstance(File(), Sized2), isinstance(3, Sized2), isinstance([], Sized2), issubclass(File, Sized2))
try:
    isinstance(File(), Closable)
except TypeError as e:
    print('TypeError', e)
try:
    Closable()
except TypeError as e:
    print('TypeError', e)
class Impl(Closable):
    pass
print(type(Impl()).__name__, Closable._is_protocol, Impl._is_protocol)
try:
    runtime_checkable(File)
except TypeError as e:
    print('TypeError', e)
@runtime_checkable
class Named(Protocol):
    name: str
class Person:
    def __init__(self):
        self.name = 'p'
print(isinstance(Person(), Named), isinstance(3, Named))
try:
    issubclass(Person, Named)
except TypeError as e:
    print('TypeError', e)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3, SupportsIndex), isinstance(-2.5, SupportsAbs))
class GenProto(Protocol[T]):
    def get(self) -> T: ...
print(GenProto[int], GenProto.__parameters__)

class Movie(TypedDict):
    name: str
    year: int
class PartialMovie(TypedDict, total=False):
    name: str
    rating: Required[float]
    note: NotRequired[str]
class Extended(Movie):
    director: str
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, PartialMovie.__total__)
print(sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__), sorted(Extended.__required_keys__))
print(Extended.__annotations__, is_typeddict(Movie), is_typeddict(dict))
TD = TypedDict('TD', {'a': int, 'b': str}, total=False)
print(TD(a=1), sorted(TD.__optional_keys__), TD.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print('TypeError', e)

UserId = NewType('UserId', int)
print(UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)))
try:
    class Bad(UserId): pass
except TypeError as e:
    print('TypeError', e)

P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[P, int][[str, bytes]], Callable[P, T][..., str])
Ts = TypeVarTuple('Ts')
print(Ts, *Ts)

class Node:
    parent: 'Optional[Node]'
    children: List['Node']
    value: int = 0
    tag: Annotated[str, 'label']
    shared: ClassVar[int] = 1
def func(a: 'int', b: List['str'] = None, *args: int, c: Annotated[float, 'unit'] = 1.0) -> None:
    pass
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['tag'])
print(get_type_hints(func))
print(get_type_hints(func, include_extras=True)['c'])
class Child(Node):
    extra: 'Dict[str, int]'
print(list(get_type_hints(Child)))
print(get_type_hints(len) if False else get_type_hints(lambda: 0))
print(ForwardRef('int'), ForwardRef('int') == ForwardRef('int'), List['int'])

print(cast(int, 'not an int'), cast('List[int]', 5), assert_type(3, int))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(get_overloads(f)))
try:
    overload(lambda x: x)(1)
except NotImplementedError as e:
    print('NotImplementedError', str(e)[:40])
@final
class Leaf:
    @final
    def m(self): pass
    @override
    def n(self): pass
print(Leaf.__final__, Leaf.m.__final__, Leaf.n.__override__)
@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls
print(model.__dataclass_transform__)
try:
    assert_never(5)
except AssertionError as e:
    print('AssertionError', e)
@no_type_check
def untyped(x: 'nonsense') -> 'more': pass
print(untyped.__no_type_check__, get_type_hints(untyped))
