/**
 * Builtins about objects and iteration: callable chr ord hash id all any,
 * with CPython 3.12's messages. (getattr, setattr, hasattr, delattr,
 * isinstance, issubclass are src/objects/type-builtins.ts's; sorted, iter,
 * next src/objects/list-builtins.ts's; dir and vars are builtins-dir.ts's.) (globals/locals/eval/exec/compile are in
 * builtins-exec.ts, __import__ in builtins-import.ts, open/input in
 * io-open.ts.)
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { bytesLength, bytesView, isBytes } from '../objects/bytes.js';
import { byteArrayLength, byteArrayView, isByteArray } from '../objects/bytearray.js';
import { exactHash } from '../objects/hash-wide.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { hasIndex, indexOf, intToBigInt } from '../objects/list-args.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { charStr, strCodePoint, strLength } from '../objects/str.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { slotsOf, TPF_HEAPTYPE, typeFlags } from '../objects/typeobject.js';
import { getIter, hashValue, isTrue, iterNext, typeNameOf } from '../vm/abstract.js';
import { lookupTypeString } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { argAt, exactlyOne } from './builtins-args.js';

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

/** chr() refuses what does not fit a C int with OverflowError, as CPython. */
const INT_LIMIT = 2n ** 31n;

defineFunction('builtins', 'chr', (_s, argv, argc, kwnames) => {
  exactlyOne('chr', argc, kwnames);
  const v = argAt(argv, 0);
  // A small int, the common case, without the BigInt conversion.
  if ((v & 1) !== 0 && v >> 1 >= 0 && v >> 1 <= 0x10ffff) return charStr(v >> 1);
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(indexOf(v));
  if (n < -INT_LIMIT || n >= INT_LIMIT) throw raise(E.OverflowError, 'Python int too large to convert to C int');
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
  const h = hashValue(argAt(argv, 0));
  // Past 2**53 the slot's number is rounded; the exact 64-bit hash is kept beside it.
  return Number.isSafeInteger(h) ? intFromNumber(h) : intFromBigInt(exactHash(h));
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

