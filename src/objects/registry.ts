/**
 * The built-in types and singletons, as this worker knows them.
 *
 * They live in the heap; `T` holds their addresses. The worker that creates
 * the heap makes them (src/objects/bootstrap.ts) and stores every address in
 * the root table at a fixed index (ROOT_INDEX), so a worker that attaches to an
 * existing heap fills `T` by reading that table back (`loadRegistry`).
 */
import type { Ref } from '../heap/layout.js';

/** Names of the built-in types, in root-table order. Add new ones at the end. */
export const BUILTIN_TYPE_NAMES = [
  'type', 'object', 'str', 'dict', 'tuple', 'int', 'bool', 'float', 'complex', 'NoneType',
  'NotImplementedType', 'ellipsis', 'list', 'set', 'frozenset', 'bytes', 'bytearray', 'range',
  'slice', 'function', 'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor',
  'method', 'code', 'module', 'cell', 'property', 'staticmethod', 'classmethod', 'super',
  'generator', 'coroutine', 'async_generator', 'frame', 'traceback', 'memoryview',
  'valuearray', 'rawarray', 'bigint', 'stack', 'thread_state', 'getset_descriptor',
  'member_descriptor', 'mappingproxy', 'dict_keys', 'dict_values', 'dict_items',
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'list_iterator',
  'list_reverseiterator', 'tuple_iterator', 'str_iterator', 'range_iterator', 'set_iterator',
  'bytes_iterator', 'iterator', 'callable_iterator', 'enumerate', 'zip', 'map', 'filter',
  'reversed', 'coroutine_wrapper', 'NoneIterator', 'cell_contents',
  // io (src/lib/io*.ts): file objects, one shared layout
  '_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom', '_io.FileIO',
  // async generators (src/objects/async-generator.ts)
  'async_generator_wrapped_value', 'async_generator_asend', 'async_generator_athrow',
  // memoryview iteration (src/objects/memoryview-slots.ts)
  'memory_iterator',
  // types.GenericAlias, what list[int] gives (src/objects/generic-alias.ts)
  'GenericAlias',
  // str iteration (src/objects/str-iter.ts): CPython 3.12's iterator of an ASCII str
  'str_ascii_iterator',
  // itertools (src/lib/itertools-*.ts): CPython's tp_name, module prefix included
  'itertools.count', 'itertools.repeat', 'itertools.cycle', 'itertools.accumulate', 'itertools.batched',
  'itertools.chain', 'itertools.compress', 'itertools.dropwhile', 'itertools.takewhile',
  'itertools.filterfalse', 'itertools.groupby', 'itertools._grouper', 'itertools.islice',
  'itertools.pairwise', 'itertools.starmap', 'itertools._tee', 'itertools._tee_dataobject',
  'itertools.zip_longest', 'itertools.product', 'itertools.permutations', 'itertools.combinations',
  'itertools.combinations_with_replacement',
  // operator (src/lib/operator-module.ts)
  'operator.attrgetter', 'operator.itemgetter', 'operator.methodcaller',
  // collections (src/lib/collections-deque.ts)
  'collections.deque', 'collections._deque_iterator', 'collections._deque_reverse_iterator',
  'collections._tuplegetter',
  // functools (src/lib/functools-core.ts)
  'functools.partial', 'functools._lru_cache_wrapper', 'functools.KeyWrapper',
  // types.UnionType, what int | str gives (src/lib/types-union.ts)
  'types.UnionType',
  // _thread (src/lib/thread-lock.ts)
  '_thread.lock', '_thread.RLock',
] as const; // prettier-ignore

export type BuiltinTypeName = (typeof BUILTIN_TYPE_NAMES)[number];

/** Addresses of the built-in types (0 until the heap is made or attached). */
export const T = Object.fromEntries(BUILTIN_TYPE_NAMES.map((n) => [n, 0])) as Record<BuiltinTypeName, Ref>;

/** Addresses of the singletons. */
export const S = { None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0, emptyTuple: 0, emptyStr: 0 };
export type SingletonName = keyof typeof S;
export const SINGLETON_NAMES = Object.keys(S) as SingletonName[];

/** The built-in exception classes and their bases, bases first (root-table order after the types). */
export const EXCEPTION_TYPES = [
  ['BaseException', 'object'], ['BaseExceptionGroup', 'BaseException'], ['Exception', 'BaseException'],
  ['GeneratorExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['SystemExit', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'], ['EOFError', 'Exception'], ['ImportError', 'Exception'],
  ['LookupError', 'Exception'], ['MemoryError', 'Exception'], ['NameError', 'Exception'], ['OSError', 'Exception'],
  ['ReferenceError', 'Exception'], ['RuntimeError', 'Exception'], ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'], ['SyntaxError', 'Exception'], ['SystemError', 'Exception'],
  ['TypeError', 'Exception'], ['ValueError', 'Exception'], ['Warning', 'Exception'],
  ['BlockingIOError', 'OSError'], ['BytesWarning', 'Warning'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['DeprecationWarning', 'Warning'], ['EncodingWarning', 'Warning'],
  ['ExceptionGroup', 'BaseExceptionGroup'], ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'],
  ['FloatingPointError', 'ArithmeticError'], ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'],
  ['IndentationError', 'SyntaxError'], ['IndexError', 'LookupError'], ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'], ['KeyError', 'LookupError'], ['ModuleNotFoundError', 'ImportError'],
  ['NotADirectoryError', 'OSError'], ['NotImplementedError', 'RuntimeError'], ['OverflowError', 'ArithmeticError'],
  ['PendingDeprecationWarning', 'Warning'], ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'],
  ['RecursionError', 'RuntimeError'], ['ResourceWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'], ['TimeoutError', 'OSError'], ['UnboundLocalError', 'NameError'],
  ['UnicodeError', 'ValueError'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
  ['ZeroDivisionError', 'ArithmeticError'], ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'], ['TabError', 'IndentationError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
] as const; // prettier-ignore

export type ExceptionName = (typeof EXCEPTION_TYPES)[number][0];

/** Addresses of the built-in exception classes. */
export const E = Object.fromEntries(EXCEPTION_TYPES.map(([n]) => [n, 0])) as Record<ExceptionName, Ref>;
