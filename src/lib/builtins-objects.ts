/**
 * Builtins about objects and iteration: callable chr ord hash id dir vars
 * all any, with CPython 3.12's messages. (getattr, setattr, hasattr,
 * delattr, isinstance, issubclass are src/objects/type-builtins.ts's; sorted,
 * iter, next src/objects/list-builtins.ts's; dir and vars here replace
 * type-builtins.ts's, adding function locals and module dirs.) (globals/locals/eval/exec/compile are in
 * builtins-exec.ts, __import__ in builtins-import.ts, open/input in
 * io-open.ts.)
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { i32 } from '../heap/memory.js';
import { bytesLength, bytesView, isBytes } from '../objects/bytes.js';
import { byteArrayLength, byteArrayView, isByteArray } from '../objects/bytearray.js';
import { dictEntryIndex, dictNextEntry, isDictLike } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { newCallableIterator } from '../objects/iterators.js';
import { hasIndex, indexOf, intToBigInt } from '../objects/list-args.js';
import { listAppend, listFromIterable, newList } from '../objects/list.js';
import { listSort } from '../objects/sort.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { charStr, strCodePoint, strLength } from '../objects/str.js';
import { strValue } from '../objects/str.js';
import { tupleGet } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField, slotsOf, TPF_HEAPTYPE, typeFlags } from '../objects/typeobject.js';
import { getIter, hashValue, isTrue, iterNext, typeNameOf } from '../vm/abstract.js';
import { delAttr, getAttr, getAttrOptional, lookupTypeString, setAttr, callFound0 } from '../vm/attributes.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { argAt, exactlyOne, isStrValue, kwCount, noKeywords, unpackCount } from './builtins-args.js';
import { frameLocals } from './builtins-frame.js';

defineFunction('builtins', 'callable', (_s, argv, argc, kwnames) => {
  exactlyOne('callable', argc, kwnames);
  return isCallable(argAt(argv, 0)) ? S.True : S.False;
});

export function isCallable(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = typeOf(v);
  if ((typeFlags(t) & TPF_HEAPTYPE) !== 0) return lookupTypeString(t, '__call__') !== NULL;
  return slotsOf(t).call !== undefined;
}

defineFunction('builtins', 'chr', (_s, argv, argc, kwnames) => {
  exactlyOne('chr', argc, kwnames);
  const v = argAt(argv, 0);
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(indexOf(v));
  if (n < -(2n ** 31n) || n >= 2n ** 31n) throw raise(E.OverflowError, 'Python int too large to convert to C int');
  if (n < 0n || n > 0x10ffffn) throw raise(E.ValueError, 'chr() arg not in range(0x110000)');
  return charStr(Number(n));
});

defineFunction('builtins', 'ord', (_s, argv, argc, kwnames) => {
  exactlyOne('ord', argc, kwnames);
  const v = argAt(argv, 0);
  if ((v & 1) === 0) {
    if (isSubtype(typeOf(v), T.str)) {
      const s = unboxedStr(v);
      const n = strLength(s);
      if (n === 1) return intFromNumber(strCodePoint(s, 0));
      throw raise(E.TypeError, `ord() expected a character, but string of length ${n} found`);
    }
    if (isBytes(v)) {
      const n = bytesLength(v);
      if (n === 1) return intFromNumber(bytesView(v)[0]!);
      throw raise(E.TypeError, `ord() expected a character, but string of length ${n} found`);
    }
    if (isByteArray(v)) {
      const n = byteArrayLength(v);
      if (n === 1) return intFromNumber(byteArrayView(v)[0]!);
      throw raise(E.TypeError, `ord() expected a character, but string of length ${n} found`);
    }
  }
  throw raise(E.TypeError, `ord() expected string of length 1, but ${typeNameOf(v)} found`);
});

import { unboxed } from '../objects/type-layout.js';
function unboxedStr(v: Value): Ref {
  return typeOf(v) === T.str ? v : unboxed(v);
}

defineFunction('builtins', 'hash', (_s, argv, argc, kwnames) => {
  exactlyOne('hash', argc, kwnames);
  return intFromNumber(hashValue(argAt(argv, 0)));
});

defineFunction('builtins', 'id', (_s, argv, argc, kwnames) => {
  exactlyOne('id', argc, kwnames);
  return intFromBigInt(idOf(argAt(argv, 0)));
});

/** id(): the address for objects; small ints (which have none) get numbers above every address. */
export function idOf(v: Value): bigint {
  if ((v & 1) !== 0) return (1n << 32n) + BigInt(v >>> 0);
  return BigInt(v >>> 0);
}

function attrName(v: Value, what: string): Ref {
  if (!isStrValue(v)) throw raise(E.TypeError, `${what} must be string, not '${typeNameOf(v)}'`);
  return v;
}

/** The keys of a dict as a new list. */
function dictKeyList(d: Ref): Ref {
  const out = newList(0);
  for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) listAppend(out, i32[dictEntryIndex(d, k) + 1]!);
  return out;
}

defineFunction('builtins', 'dir', (_s, argv, argc, kwnames) => {
  noKeywords('dir', kwnames);
  unpackCount('dir', argc, 0, 1);
  const mark = handleCount();
  try {
    let names: Value;
    if (argc === 0) {
      const locals = frameLocals();
      pushHandle(locals);
      if (isDictLike(locals)) names = dictKeyList(locals);
      else names = listFromIterable(locals);
    } else {
      const obj = argAt(argv, 0);
      if ((obj & 1) === 0 && isSubtype(typeOf(obj), T.module) && lookupTypeString(typeOf(obj), '__dir__') === lookupTypeString(T.object, '__dir__')) {
        // module.__dir__: the module dict's keys.
        const d = getAttr(obj, internName('__dict__'));
        if (!isDictLike(d)) throw raise(E.TypeError, '<module>.__dict__ is not a dictionary');
        names = dictKeyList(d);
      } else {
        const f = lookupTypeString(typeOf(obj), '__dir__');
        if (f === NULL) throw raise(E.TypeError, 'object does not provide __dir__');
        const r = callFound0(f, obj);
        pushHandle(r);
        names = listFromIterable(r);
      }
    }
    pushHandle(names);
    listSort(names, NULL, false);
    return names;
  } finally {
    releaseHandles(mark);
  }
});

import { intern } from '../objects/intern.js';
function internName(s: string): Ref {
  return intern(s);
}

defineFunction('builtins', 'vars', (_s, argv, argc, kwnames) => {
  noKeywords('vars', kwnames);
  unpackCount('vars', argc, 0, 1);
  if (argc === 0) return frameLocals();
  const obj = argAt(argv, 0);
  if ((obj & 1) === 0 && typeOf(obj) === T.module) return getField(obj, MOD_DICT);
  try {
    return getAttr(obj, intern('__dict__'));
  } catch (e) {
    if (isPyError(e) && exceptionMatches(E.AttributeError)) {
      fetchException();
      throw raise(E.TypeError, 'vars() argument must have __dict__ attribute');
    }
    throw e;
  }
});

function allAny(name: string, argv: number, argc: number, kwnames: Ref, want: boolean): Value {
  exactlyOne(name, argc, kwnames);
  const mark = handleCount();
  try {
    const h = pushHandle(getIter(argAt(argv, 0)));
    for (;;) {
      const item = iterNext(getHandle(h));
      if (item === NULL) return want ? S.False : S.True;
      if (isTrue(item) === want) return want ? S.True : S.False;
    }
  } finally {
    releaseHandles(mark);
  }
}
defineFunction('builtins', 'all', (_s, argv, argc, kw) => allAny('all', argv, argc, kw, false));
defineFunction('builtins', 'any', (_s, argv, argc, kw) => allAny('any', argv, argc, kw, true));

