/**
 * The `operator` module and `_operator` (CPython's C half, whose functions
 * report '_operator' as their module): every operator as a function over the
 * protocols of src/vm/abstract.ts, with CPython's argument messages, the
 * __dunder__ aliases, and the callable types attrgetter, itemgetter and
 * methodcaller:
 *
 *     operator.attrgetter:   | paths (tuple of tuples of interned str) | names (tuple of str) |
 *     operator.itemgetter:   | items (tuple) |
 *     operator.methodcaller: | name | args (tuple) | kwargs (dict) |
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { dictGetStr, dictSet, dictSize, newDict, dictEntriesCount, dictEntryIndex } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromBigInt, intFromNumber, intValue } from '../objects/int.js';
import { unboxed } from '../objects/type-layout.js';
import { intern, internStr } from '../objects/intern.js';
import { hasIndex, indexOf, ssizeArg } from '../objects/list-args.js';
import { newList, listAppend } from '../objects/list.js';
import { defineFunction, defineMethod, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS } from '../objects/roots.js';
import { newStr, strIsAscii, strValue } from '../objects/str.js';
import { bytesLikeData } from '../objects/bytes.js';
import { allocTuple, newTuple, tupleFromWords, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { isSubtype, isStr, typeOf } from '../objects/typecheck.js';
import { declareSlots, getField, slotsOf, typeDict, TPF_HEAPTYPE, typeFlags } from '../objects/typeobject.js';
import {
  binaryOp,
  boolValue,
  contains,
  delItem,
  getItem,
  getIter,
  isTrue,
  iterNext,
  length,
  repr,
  richCompare,
  richEq,
  setItem,
  typeNameOf,
  unaryOp,
} from '../vm/abstract.js';
import { callFound0, getAttr, lookupTypeString } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { getHandle, handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { importAbsolute } from './import.js';
import { declareLayout, fld, newObject, setFld } from './itertools-common.js';

const M = '_operator';

function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}
function noKw(name: string, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `_operator.${name}() takes no keyword arguments`);
}
function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

/** The module's public names, in definition order (the two modules' contents and __all__). */
const PUBLIC: string[] = [];
/** name -> dunder alias (`add` -> `__add__`). */
const ALIASES: [string, string][] = [];

function fn(name: string, f: (argv: number, argc: number, kwnames: Ref) => Value, dunder: string | null = `__${name}__`): void {
  defineFunction(M, name, (_s, argv, argc, kwnames) => f(argv, argc, kwnames));
  PUBLIC.push(name);
  if (dunder !== null) ALIASES.push([name, dunder]);
}

/** A function of exactly `n` positional arguments (`add expected 2 arguments, got 1`). */
function fixed(name: string, n: number, f: (argv: number) => Value, dunder?: string | null): void {
  fn(
    name,
    (argv, argc, kwnames) => {
      noKw(name, kwnames);
      unpackCount(name, argc, n, n);
      return f(argv);
    },
    dunder,
  );
}

/** METH_O: `_operator.not_() takes exactly one argument (0 given)`. */
function unary(name: string, f: (v: Value) => Value, dunder?: string | null): void {
  fn(
    name,
    (argv, argc, kwnames) => {
      noKw(name, kwnames);
      if (argc !== 1) throw raise(E.TypeError, `_operator.${name}() takes exactly one argument (${argc} given)`);
      return f(arg(argv, 0));
    },
    dunder,
  );
}

// ---- comparisons, truth, identity ------------------------------------------------------------

const COMPARISONS = ['lt', 'le', 'eq', 'ne', 'gt', 'ge'];
COMPARISONS.forEach((name, op) => fixed(name, 2, (argv) => richCompare(arg(argv, 0), arg(argv, 1), op)));
unary('not_', (v) => boolValue(!isTrue(v)), '__not__');
unary('truth', (v) => boolValue(isTrue(v)), null);
fixed('is_', 2, (argv) => boolValue(arg(argv, 0) === arg(argv, 1)), null);
fixed('is_not', 2, (argv) => boolValue(arg(argv, 0) !== arg(argv, 1)), null);

// ---- arithmetic --------------------------------------------------------------------------------

/** The binary operators with BINARY_OP's numbers (in-place forms are these plus 13). */
const BINARY: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6],
  ['or_', 7], ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
]; // prettier-ignore
const dunderOf = (name: string): string => `__${name.replace(/_$/, '')}__`;

unary('abs', (v) => {
  const abs = dictGetStr(rootGet(ROOT_BUILTINS), intern('abs'));
  const mark = handleCount();
  try {
    const h = pushHandle(v);
    return callValue(abs, handleWord(h), 1, NULL);
  } finally {
    releaseHandles(mark);
  }
});
for (const [name, nb] of BINARY) fixed(name, 2, (argv) => binaryOp(arg(argv, 0), arg(argv, 1), nb), dunderOf(name));

unary('index', (v) => {
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  // PyNumber_Index: an exact int (True gives 1, an int subclass its plain value).
  const r = indexOf(v);
  if (r === S.True) return fromSmallInt(1);
  if (r === S.False) return fromSmallInt(0);
  if ((r & 1) !== 0 || typeOf(r) === T.int) return r;
  return intFromBigInt(intValue(unboxed(r)));
});
unary('inv', (v) => unaryOp(v, 2));
unary('invert', (v) => unaryOp(v, 2));
unary('neg', (v) => unaryOp(v, 0));
unary('pos', (v) => unaryOp(v, 1));

/** PySequence_Check: __getitem__ (a dict is no sequence). */
function isSequence(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = typeOf(v);
  if (isSubtype(t, T.dict)) return false;
  if ((typeFlags(t) & TPF_HEAPTYPE) !== 0) return lookupTypeString(t, '__getitem__') !== NULL;
  return slotsOf(t).getitem !== undefined;
}

function concat(a: Value, b: Value, nb: number): Value {
  if (!isSequence(a)) throw raise(E.TypeError, `'${typeNameOf(a)}' object can't be concatenated`);
  return binaryOp(a, b, nb);
}
fixed('concat', 2, (argv) => concat(arg(argv, 0), arg(argv, 1), 0));

// ---- sequences -------------------------------------------------------------------------------

/** Is `v` something `in` or iter() accepts (`argument of type 'int' is not iterable` otherwise)? */
function searchable(v: Value): void {
  const slots = slotsOf(typeOf(v));
  if (slots.iter === undefined && slots.getitem === undefined) {
    throw raise(E.TypeError, `argument of type '${typeNameOf(v)}' is not iterable`);
  }
}

/** Walk `seq` comparing each item to `x`: the count, or the first index (-1 if none). */
function search(seq: Value, x: Value, count: boolean): number {
  searchable(seq);
  const mark = handleCount();
  try {
    pushHandle(x);
    const it = pushHandle(getIter(seq));
    let n = 0;
    for (let i = 0; ; i++) {
      const item = iterNext(getHandle(it));
      if (item === NULL) return count ? n : -1;
      const h = pushHandle(item);
      if (richEq(getHandle(h), x)) {
        if (!count) return i;
        n++;
      }
      releaseHandles(h);
    }
  } finally {
    releaseHandles(mark);
  }
}

fixed('contains', 2, (argv) => boolValue(contains(arg(argv, 0), arg(argv, 1))));
fixed('countOf', 2, (argv) => intFromNumber(search(arg(argv, 0), arg(argv, 1), true)), null);
fixed('delitem', 2, (argv) => {
  delItem(arg(argv, 0), arg(argv, 1));
  return S.None;
});
fixed('getitem', 2, (argv) => getItem(arg(argv, 0), arg(argv, 1)));
fixed('indexOf', 2, (argv) => {
  const i = search(arg(argv, 0), arg(argv, 1), false);
  if (i < 0) throw raise(E.ValueError, 'sequence.index(x): x not in sequence');
  return intFromNumber(i);
}, null); // prettier-ignore
fixed('setitem', 3, (argv) => {
  setItem(arg(argv, 0), arg(argv, 1), arg(argv, 2));
  return S.None;
});

/** PyObject_LengthHint: len() if it has one, else __length_hint__, else `dflt`. */
function lengthHint(obj: Value, dflt: number): number {
  const t = typeOf(obj);
  const heap = (typeFlags(t) & TPF_HEAPTYPE) !== 0;
  const hasLen = heap ? lookupTypeString(t, '__len__') !== NULL : slotsOf(t).len !== undefined;
  if (hasLen) {
    try {
      return length(obj);
    } catch (e) {
      if (!isPyError(e) || !exceptionMatches(E.TypeError)) throw e;
      fetchException();
    }
  }
  const hint = lookupTypeString(t, '__length_hint__');
  if (hint === NULL) return dflt;
  let r: Value;
  try {
    r = callFound0(hint, obj);
  } catch (e) {
    if (!isPyError(e) || !exceptionMatches(E.TypeError)) throw e;
    fetchException();
    return dflt;
  }
  if (r === S.NotImplemented) return dflt;
  if ((r & 1) === 0 && !isSubtype(typeOf(r), T.int)) {
    throw raise(E.TypeError, `__length_hint__ must be an integer, not ${typeNameOf(r)}`);
  }
  const n = ssizeArg(r);
  if (n < 0) throw raise(E.ValueError, '__length_hint__() should return >= 0');
  return n;
}

fn(
  'length_hint',
  (argv, argc, kwnames) => {
    noKw('length_hint', kwnames);
    unpackCount('length_hint', argc, 1, 2);
    const dflt = argc === 2 ? ssizeArg(arg(argv, 1)) : 0;
    return intFromNumber(lengthHint(arg(argv, 0), dflt));
  },
  null,
);

fn('call', (argv, argc, kwnames) => {
  const npos = argc - kwCount(kwnames);
  if (npos < 1) throw raise(E.TypeError, `call expected at least 1 argument, got ${npos}`);
  return callValue(arg(argv, 0), argv + 1, argc - 1, kwnames);
});

// ---- _compare_digest (hmac's constant-time comparison) -----------------------------------------

/** Equal byte (or code unit) sequences, examining every item whatever the first difference. */
function sameItems(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  // With different lengths, b is compared with itself: the time still depends on b alone.
  const same = a.length === b.length;
  const left = same ? a : b;
  let diff = same ? 0 : 1;
  for (let i = 0; i < b.length; i++) diff |= left[i]! ^ b[i]!;
  return diff === 0;
}

defineFunction(M, '_compare_digest', (_s, argv, argc, kwnames) => {
  noKw('_compare_digest', kwnames);
  unpackCount('_compare_digest', argc, 2, 2);
  const a = arg(argv, 0);
  const b = arg(argv, 1);
  if (isStr(a) && isStr(b)) {
    const ua = unboxed(a);
    const ub = unboxed(b);
    if (!strIsAscii(ua) || !strIsAscii(ub)) {
      throw raise(E.TypeError, 'comparing strings with non-ASCII characters is not supported');
    }
    const ca = Array.from(strValue(ua), (c) => c.charCodeAt(0));
    const cb = Array.from(strValue(ub), (c) => c.charCodeAt(0));
    return boolValue(sameItems(ca, cb));
  }
  if (isStr(a) || isStr(b)) throw raise(E.TypeError, "a bytes-like object is required, not 'str'");
  const da = bytesLikeData(a);
  const db = bytesLikeData(b);
  if (da === null || db === null) {
    throw raise(E.TypeError, `unsupported operand types(s) or combination of types: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
  }
  return boolValue(sameItems(da, db));
});

// ---- in-place operators ----------------------------------------------------------------------

for (const [name, nb] of BINARY) fixed(`i${name.replace(/_$/, '')}`, 2, (argv) => binaryOp(arg(argv, 0), arg(argv, 1), nb + 13), `__i${name.replace(/_$/, '')}__`);
fixed('iconcat', 2, (argv) => concat(arg(argv, 0), arg(argv, 1), 13));

// ---- attrgetter ------------------------------------------------------------------------------

declareLayout('operator.attrgetter', 2, false);
declareLayout('operator.itemgetter', 1, false);
declareLayout('operator.methodcaller', 3, false);

onAfterTypes(() => {
  const docs: [keyof typeof T, string][] = [
    ['operator.attrgetter', 'attrgetter(attr, *attrs): a callable that fetches the named attributes (dotted paths allowed) of its operand.'],
    ['operator.itemgetter', 'itemgetter(item, *items): a callable that fetches the given items of its operand.'],
    ['operator.methodcaller', 'methodcaller(name, /, *args, **kwargs): a callable that calls the named method of its operand.'],
  ];
  for (const [t, doc] of docs) dictSet(typeDict(T[t]), intern('__doc__'), newStr(doc));
});

defineMethod(
  'operator.attrgetter',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'attrgetter() takes no keyword arguments');
    const n = argc - 1;
    if (n < 1) throw raise(E.TypeError, 'attrgetter expected 1 argument, got 0');
    const mark = handleCount();
    try {
      const names = pushHandle(tupleFromWords(argv + 1, n));
      const paths = pushHandle(allocTuple(n));
      for (let k = 0; k < n; k++) tupleSet(getHandle(paths), k, S.None);
      for (let k = 0; k < n; k++) {
        const name = tupleGet(getHandle(names), k);
        if (!isStr(name)) throw raise(E.TypeError, 'attribute name must be a string');
        const parts = strValue(name).split('.');
        const path = allocTuple(parts.length);
        for (let j = 0; j < parts.length; j++) tupleSet(path, j, intern(parts[j]!));
        tupleSet(getHandle(paths), k, path);
      }
      const o = newObject(cls, 2);
      setFld(o, 0, getHandle(paths));
      setFld(o, 1, getHandle(names));
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

/** The one operand of a getter's call (`attrgetter expected 1 argument, got 2`). */
function operand(kind: string, argv: number, argc: number, kwnames: Ref): Value {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${kind}() takes no keyword arguments`);
  if (argc !== 1) throw raise(E.TypeError, `${kind} expected 1 argument, got ${argc}`);
  return arg(argv, 0);
}

function followPath(obj: Value, path: Ref): Value {
  const mark = handleCount();
  try {
    const h = pushHandle(obj);
    for (let j = 0; j < tupleLength(path); j++) {
      const v = getAttr(getHandle(h), tupleGet(path, j));
      i32[handleWord(h)] = v;
    }
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}

/** A tuple of f(k) for k < n, built with each item rooted as it comes. */
function tupleOf(n: number, f: (k: number) => Value): Ref {
  const mark = handleCount();
  try {
    const t = pushHandle(allocTuple(n));
    for (let k = 0; k < n; k++) tupleSet(getHandle(t), k, S.None);
    for (let k = 0; k < n; k++) {
      const v = f(k);
      tupleSet(getHandle(t), k, v);
    }
    return getHandle(t);
  } finally {
    releaseHandles(mark);
  }
}

/** `operator.attrgetter('a', 'b')`: the type's name, then the reprs of `items`. */
function getterRepr(name: string, items: Ref): Ref {
  const parts: string[] = [];
  for (let k = 0; k < tupleLength(items); k++) parts.push(strValue(repr(tupleGet(items, k))));
  return newStr(`${name}(${parts.join(', ')})`);
}

declareSlots('operator.attrgetter', {
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    const obj = operand('attrgetter', argv, argc, kwnames);
    const paths = fld(self, 0);
    if (tupleLength(paths) === 1) return followPath(obj, tupleGet(paths, 0));
    return tupleOf(tupleLength(paths), (k) => followPath(obj, tupleGet(fld(self, 0), k)));
  },
  repr: (self: Value) => getterRepr('operator.attrgetter', fld(self, 1)),
});
defineMethod('operator.attrgetter', '__reduce__', (self) => newTuple([typeOf(self), fld(self, 1)]));

// ---- itemgetter ------------------------------------------------------------------------------

defineMethod(
  'operator.itemgetter',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'itemgetter() takes no keyword arguments');
    const n = argc - 1;
    if (n < 1) throw raise(E.TypeError, 'itemgetter expected 1 argument, got 0');
    const mark = handleCount();
    try {
      const items = pushHandle(tupleFromWords(argv + 1, n));
      const o = newObject(cls, 1);
      setFld(o, 0, getHandle(items));
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

declareSlots('operator.itemgetter', {
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    const obj = operand('itemgetter', argv, argc, kwnames);
    const items = fld(self, 0);
    if (tupleLength(items) === 1) return getItem(obj, tupleGet(items, 0));
    return tupleOf(tupleLength(items), (k) => getItem(obj, tupleGet(fld(self, 0), k)));
  },
  repr: (self: Value) => getterRepr('operator.itemgetter', fld(self, 0)),
});
defineMethod('operator.itemgetter', '__reduce__', (self) => newTuple([typeOf(self), fld(self, 0)]));

// ---- methodcaller ----------------------------------------------------------------------------

defineMethod(
  'operator.methodcaller',
  '__new__',
  (_s, argv, argc, kwnames) => {
    const cls = arg(argv, 0);
    const nkw = kwCount(kwnames);
    const npos = argc - 1 - nkw;
    if (npos < 1) throw raise(E.TypeError, 'methodcaller needs at least one argument, the method name');
    const name = arg(argv, 1);
    if (!isStr(name)) throw raise(E.TypeError, 'method name must be a string');
    const mark = handleCount();
    try {
      const args = pushHandle(tupleFromWords(argv + 2, npos - 1));
      const kwargs = pushHandle(newDict());
      for (let k = 0; k < nkw; k++) dictSet(getHandle(kwargs), tupleGet(kwnames, k), arg(argv, 1 + npos + k));
      const o = newObject(cls, 3);
      setFld(o, 0, internStr(name));
      setFld(o, 1, getHandle(args));
      setFld(o, 2, getHandle(kwargs));
      return o;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

/** The keyword arguments of a methodcaller as parallel lists of names and values. */
function kwargsOf(d: Ref): [Ref[], Value[]] {
  const names: Ref[] = [];
  const values: Value[] = [];
  for (let i = 0; i < dictEntriesCount(d); i++) {
    const e = dictEntryIndex(d, i);
    if (i32[e + 1] === NULL) continue;
    names.push(i32[e + 1]!);
    values.push(i32[e + 2]!);
  }
  return [names, values];
}

declareSlots('operator.methodcaller', {
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    const obj = operand('methodcaller', argv, argc, kwnames);
    const mark = handleCount();
    try {
      const method = pushHandle(getAttr(obj, fld(self, 0)));
      const args = fld(self, 1);
      const n = tupleLength(args);
      const first = handleCount();
      for (let k = 0; k < n; k++) pushHandle(tupleGet(args, k));
      const kwargs = fld(self, 2);
      if (dictSize(kwargs) === 0) return callValue(getHandle(method), handleWord(first), n, NULL);
      const [names, values] = kwargsOf(kwargs);
      for (const v of values) pushHandle(v);
      const kn = newTuple(names);
      pushHandle(kn);
      return callValue(getHandle(method), handleWord(first), n + values.length, kn);
    } finally {
      releaseHandles(mark);
    }
  },
  repr(self: Value): Ref {
    const parts: string[] = [strValue(repr(fld(self, 0)))];
    const args = fld(self, 1);
    for (let k = 0; k < tupleLength(args); k++) parts.push(strValue(repr(tupleGet(args, k))));
    const [names, values] = kwargsOf(fld(self, 2));
    const mark = handleCount();
    try {
      for (const v of values) pushHandle(v);
      for (let k = 0; k < names.length; k++) parts.push(`${strValue(names[k]!)}=${strValue(repr(values[k]!))}`);
    } finally {
      releaseHandles(mark);
    }
    return newStr(`operator.methodcaller(${parts.join(', ')})`);
  },
});

defineMethod('operator.methodcaller', '__reduce__', (self) => {
  const args = fld(self, 1);
  const kwargs = fld(self, 2);
  const mark = handleCount();
  try {
    if (dictSize(kwargs) === 0) {
      const all = pushHandle(allocTuple(tupleLength(args) + 1));
      tupleSet(getHandle(all), 0, fld(self, 0));
      for (let k = 0; k < tupleLength(args); k++) tupleSet(getHandle(all), k + 1, tupleGet(args, k));
      return newTuple([typeOf(self), getHandle(all)]);
    }
    // functools.partial(type(self), name, **kwargs), args: as CPython's reduction.
    const functools = pushHandle(importAbsolute('functools'));
    const partial = pushHandle(getAttr(getHandle(functools), intern('partial')));
    const [names, values] = kwargsOf(kwargs);
    const first = handleCount();
    pushHandle(typeOf(self));
    pushHandle(fld(self, 0));
    for (const v of values) pushHandle(v);
    const kn = pushHandle(newTuple(names));
    const p = pushHandle(callValue(getHandle(partial), handleWord(first), 2 + values.length, getHandle(kn)));
    return newTuple([getHandle(p), args]);
  } finally {
    releaseHandles(mark);
  }
});

// ---- the modules -----------------------------------------------------------------------------

const DOC = 'Operator interface: the operators of Python as functions (operator.add(x, y) is x + y, and so on).';
const getC = defineBuiltinModule('_operator', DOC, (d) => {
  dictSet(d, intern('attrgetter'), T['operator.attrgetter']);
  dictSet(d, intern('itemgetter'), T['operator.itemgetter']);
  dictSet(d, intern('methodcaller'), T['operator.methodcaller']);
});

defineBuiltinModule(
  'operator',
  DOC,
  (d) => {
    const mark = handleCount();
    try {
      const c = pushHandle(getC());
      const cd = getField(getHandle(c), MOD_DICT);
      const all = pushHandle(newList(0));
      const names = [...PUBLIC, 'attrgetter', 'itemgetter', 'methodcaller'].sort();
      for (const name of names) {
        dictSet(d, intern(name), dictGetStr(cd, intern(name)));
        listAppend(getHandle(all), intern(name));
      }
      for (const [name, alias] of ALIASES) dictSet(d, intern(alias), dictGetStr(cd, intern(name)));
      dictSet(d, intern('__all__'), getHandle(all));
      // operator._abs: the builtin abs, as CPython's operator.py imports it.
      dictSet(d, intern('_abs'), dictGetStr(rootGet(ROOT_BUILTINS), intern('abs')));
    } finally {
      releaseHandles(mark);
    }
  },
  'operator-none',
);


