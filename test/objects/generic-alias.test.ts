/**
 * types.GenericAlias (src/objects/generic-alias.ts): `list[int]` and the other built-in
 * __class_getitem__s, and str.__rmod__ keeping a str subclass (`'%s' % s` reaches its
 * __str__). The expected lines were printed by CPython 3.12 running the same snippet.
 */
import { beforeAll, expect, test } from 'vitest';
import { startRuntime } from '../../src/vm/runtime.js';
import { runSnippet } from './class-helpers.js';

beforeAll(() => {
  startRuntime();
});

const SNIPPET = `p(list[int], dict[str, list[int]], type(list[int]).__name__, type(list[int]).__module__)
p(list[int].__origin__, list[int].__args__, list[int].__parameters__, tuple[int, ...], list[()], list[[int, str]])
p(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
p(list[int]('ab'), dict[str, int](a=1), list[int].__name__, list[int].append is list.append)
try:
    isinstance([], list[int])
except TypeError as e:
    p('TypeError:', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    p('TypeError:', e)
class A(list[int]):
    pass
p(A.__mro__, A.__orig_bases__, A[str], frozenset[int], set[int], enumerate[int], BaseExceptionGroup[int])
def f():
    pass
p(dict[f, A], list[1, 'x', ...])
try:
    list[int].missing
except AttributeError as e:
    p('AttributeError:', e)
class S(str):
    def __str__(self):
        return 'S.__str__'
p('%s' % S('raw'), str.__rmod__(S('raw'), '%s'))
p(type[int], type[int].__origin__)
try:
    str[int]
except TypeError as e:
    p('TypeError:', e)
`;

const EXPECTED = [
  "list[int] dict[str, list[int]] GenericAlias types",
  "<class 'list'> (<class 'int'>,) () tuple[int, ...] list[()] list[[int, str]]",
  "True True False True",
  "['a', 'b'] {'a': 1} list True",
  "TypeError: isinstance() argument 2 cannot be a parameterized generic",
  "TypeError: issubclass() argument 2 cannot be a parameterized generic",
  "(<class '__main__.A'>, <class 'list'>, <class 'object'>) (list[int],) __main__.A[str] frozenset[int] set[int] enumerate[int] BaseExceptionGroup[int]",
  "dict[__main__.f, __main__.A] list[1, 'x', ...]",
  "AttributeError: type object 'list' has no attribute 'missing'",
  "S.__str__ S.__str__",
  "type[int] <class 'type'>",
  "TypeError: type 'str' is not subscriptable"
];

test('GenericAlias against CPython 3.12', () => {
  expect(runSnippet(SNIPPET)).toEqual(EXPECTED);
});
