# typing: special forms and aliases, their reprs, equality, get_origin/get_args, errors
import typing
from typing import (Any, List, Dict, Tuple, Set, FrozenSet, Optional, Union, Callable, Type,
                    Literal, Final, ClassVar, Annotated, Iterable, Iterator, Sequence, Mapping,
                    MutableMapping, Generator, get_origin, get_args, NoReturn, Never, Self,
                    LiteralString, TypeAlias, TypeGuard, Required, NotRequired, Concatenate,
                    ParamSpec, Text, AnyStr, Hashable, Sized, Awaitable, Coroutine,
                    AsyncIterator, ContextManager, AbstractSet, TYPE_CHECKING)
import collections.abc

print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Set[int], FrozenSet[str], Type[int], Iterable[int], Iterator[str], Sequence[bytes])
print(Mapping[str, int], MutableMapping[str, Any], Generator[int, None, str])
print(Callable, Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[List[int], str], Dict[str, int]])
print(Optional[int], Union[int, str], Union[int, str, None], Union[None, int], Optional[Union[int, str]])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], hash(Union[int, str]) == hash(Union[str, int]))
print(Literal[1, 'a', None], Literal[1, 1, 2], Literal[Literal[1], 2], Literal[1] == Literal[1], Literal[1] == Literal[True])
print(Final[int], ClassVar[List[int]], Annotated[int, 'meta', 5], Annotated[Annotated[int, 1], 2])
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, TypeGuard[int], Required[int], NotRequired[str])
print(Hashable, Sized, Awaitable[int], Coroutine[int, int, str], AsyncIterator[int], ContextManager[int], AbstractSet[int])
print(Text is str, AnyStr, AnyStr.__constraints__, TYPE_CHECKING)
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], hash(List[int]) == hash(List[int]))

print(get_origin(List[int]), get_args(List[int]), get_origin(List), get_args(List))
print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_origin(Tuple[()]), get_args(Tuple[()]))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_args(Callable[..., int]))
print(get_origin(Union[int, str]) is Union, get_args(Optional[int]), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(get_origin(Annotated[int, 'x']) is Annotated, get_args(Annotated[int, 'x', 'y']), get_origin(int), get_args(int))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(ClassVar[int]), get_args(Final[str]))
print(get_origin(Iterable[int]) is collections.abc.Iterable, get_origin(typing.Generic))
print(Union[int, str].__args__, Optional[str].__args__, Callable[[int], str].__args__, Annotated[int, 'm'].__metadata__)

print(isinstance([], List), issubclass(list, List), isinstance({}, Mapping), isinstance(3, Iterable))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), issubclass(bool, Union[int, str]))
print(isinstance([1], Sequence), issubclass(dict, MutableMapping), isinstance((x for x in []), Generator))
for expr in ['isinstance([], List[int])', 'isinstance(1, Any)', 'isinstance(1, Literal[1])',
             'List[int, str]', 'Dict[str]', 'Optional[int, str]', 'Union[()]', 'List[ClassVar]',
             'List()', 'Dict[str, int]()', 'Union()', 'Any()', 'ClassVar[int, str]',
             'Annotated[int]', 'Callable[int]', 'NoReturn[int]', 'class X(Union): pass',
             'List[int][str]', 'Tuple[int, str][int]', 'Final()', 'issubclass(int, Optional)']:
    try:
        exec(expr)
        print(expr, 'ok')
    except TypeError as e:
        print(expr, '->', 'TypeError', e)

print(List[int]([1, 2]) if False else list(List.__origin__([1])), Tuple.__origin__, Callable.__origin__)
print(Union[int, List[int]] | None, List[int] | None, None | List[int], Optional[int] | str)
print(Literal['a'] | Literal['b'], Annotated[int, 'x'] == Annotated[int, 'x'], Annotated[int, 'x'] == Annotated[int, 'y'])
print(typing.Union[typing.Literal[1], typing.Literal[2]], Callable[[int], str] == Callable[[int], str])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict[str, int], typing.Counter[str], typing.ChainMap[str, int])
print(typing.Pattern, typing.Match[str], typing.IO, typing.TextIO, typing.BinaryIO)
print(sorted(n for n in typing.__all__ if not hasattr(typing, n)))
