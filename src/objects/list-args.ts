/**
 * Argument checking and index conversion shared by the container natives
 * (list, tuple, dict, set, range, slice and the iterator types), with
 * CPython 3.12's messages.
 *
 * Native methods receive `self` apart and their arguments at i32[argv ..
 * argv + argc), the last len(kwnames) of them keywords (src/objects/native.ts).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { heapIntAsNumber, intValue } from './int.js';
import { E, T } from './registry.js';
import { strValue } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { slotsOf, TPF_HEAPTYPE, typeFlags } from './typeobject.js';
import { lookupSpecial } from './iterators.js';

/** Largest index magnitude we keep exact (lengths never come near it). */
export const INDEX_MAX = Number.MAX_SAFE_INTEGER;

export function kwCountOf(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

/** `name() takes no keyword arguments` unless kwnames is empty. */
export function noKeywords(name: string, kwnames: Ref): void {
  if (kwnames !== NULL && tupleLength(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
}

/** Clinic-style positional count check: `pop expected at most 1 argument, got 2`. */
export function checkPositional(name: string, argc: number, min: number, max: number): void {
  if (argc >= min && argc <= max) return;
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  if (min === max) throw raise(E.TypeError, `${name} expected ${min} ${plural(min)}, got ${argc}`);
  if (argc < min) throw raise(E.TypeError, `${name} expected at least ${min} ${plural(min)}, got ${argc}`);
  throw raise(E.TypeError, `${name} expected at most ${max} ${plural(max)}, got ${argc}`);
}

/** METH_O / METH_NOARGS style: `list.append() takes exactly one argument (0 given)`. */
export function checkExactlyOne(qualname: string, argc: number, kwnames: Ref): void {
  noKeywords(qualname, kwnames);
  if (argc !== 1) throw raise(E.TypeError, `${qualname}() takes exactly one argument (${argc} given)`);
}
export function checkNoArgs(qualname: string, argc: number, kwnames: Ref): void {
  noKeywords(qualname, kwnames);
  if (argc !== 0) throw raise(E.TypeError, `${qualname}() takes no arguments (${argc} given)`);
}

/** Keyword name k of a call (a JS string). */
export function kwName(kwnames: Ref, k: number): string {
  return strValue(tupleGet(kwnames, k));
}

export function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

// ---- ints and indexes ----------------------------------------------------------------------------

/** Is v an int or bool (exactly, or a subclass whose value is the int itself)? */
function isPlainInt(v: Value): boolean {
  if ((v & 1) !== 0) return true;
  const t = i32[v >> 2]!;
  return t === T.int || t === T.bool;
}

/** Does v support __index__ (ints, bools, and types with an index slot)? */
export function hasIndex(v: Value): boolean {
  if (isPlainInt(v)) return true;
  const t = typeOf(v);
  // Classes share one slot table that has every slot: ask for __index__ itself.
  if ((typeFlags(t) & TPF_HEAPTYPE) !== 0) return lookupSpecial(v, '__index__') !== NULL;
  return slotsOf(t).index !== undefined;
}

/** v.__index__() as an int value (v itself for ints). Caller checked hasIndex. */
export function indexOf(v: Value): Value {
  if (isPlainInt(v)) return v;
  const r = slotsOf(typeOf(v)).index!(v);
  if (!isSubtype(typeOf(r), T.int)) {
    throw raise(E.TypeError, `__index__ returned non-int (type ${typeNameOf(r)})`);
  }
  return r;
}

/** An int value as a JS number; NaN when it exceeds the safe range. */
export function intToNumber(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  const n = heapIntAsNumber(v);
  return n;
}

/** An int value as a bigint. */
export function intToBigInt(v: Value): bigint {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  return intValue(v);
}

const SSIZE_LIMIT = 1n << 63n;

/**
 * The overflow message CPython gives an index: `cannot fit 'int' into an index-sized integer`,
 * made from v's type only when it is raised (made at every call, it cost `seq * n` and the
 * subscripts that take this path a type-name decoding each).
 */
export const CANNOT_FIT: unique symbol = Symbol('cannot fit');

/**
 * PyNumber_AsSsize_t with an error class for overflow: the index of `v`
 * (`'str' object cannot be interpreted as an integer` when it has none).
 * errOnOverflow NULL clamps to ±INDEX_MAX instead. overflowMessage CANNOT_FIT stands for
 * `cannot fit '<v's type>' into an index-sized integer`.
 */
export function asSsize(v: Value, overflowType: Ref | null, overflowMessage: string | typeof CANNOT_FIT): number {
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const iv = indexOf(v);
  const n = intToNumber(iv);
  if (!Number.isNaN(n) && Math.abs(n) <= INDEX_MAX) return n;
  // Past JS's exact range but within C's ssize_t, CPython still has an index: no sequence is
  // that long, so a clamped value behaves the same (out of range, or MemoryError for repeats).
  const b = intToBigInt(iv);
  if (overflowType === null || (b >= -SSIZE_LIMIT && b < SSIZE_LIMIT)) return b < 0n ? -INDEX_MAX : INDEX_MAX;
  throw raise(overflowType, overflowMessage === CANNOT_FIT ? `cannot fit '${typeNameOf(v)}' into an index-sized integer` : overflowMessage);
}

/**
 * The repeat count of `seq * v` (lists, tuples, bytes): `can't multiply sequence by non-int of
 * type 'str'`, and CPython's OverflowError for counts past the index range.
 */
export function repeatCount(v: Value): number {
  if (!hasIndex(v)) throw raise(E.TypeError, `can't multiply sequence by non-int of type '${typeNameOf(v)}'`);
  return asSsize(v, E.OverflowError, CANNOT_FIT);
}

/** Argument converted like clinic's Py_ssize_t converter. */
export function ssizeArg(v: Value): number {
  return asSsize(v, E.OverflowError, 'Python int too large to convert to C ssize_t');
}

/** A subscript index: IndexError `cannot fit 'int' into an index-sized integer` on overflow. */
export function subscriptIndex(v: Value): number {
  return asSsize(v, E.IndexError, CANNOT_FIT);
}

/**
 * _PyEval_SliceIndex: None gives `dflt`, an index is clamped, anything else
 * is `slice indices must be integers or None or have an __index__ method`.
 */
export function sliceIndexArg(v: Value, dflt: number, allowNone = true): number {
  if (allowNone && v === sNone()) return dflt;
  if (!hasIndex(v)) {
    throw raise(
      E.TypeError,
      allowNone
        ? 'slice indices must be integers or None or have an __index__ method'
        : 'slice indices must be integers or have an __index__ method',
    );
  }
  return asSsize(v, null, '');
}

import { S } from './registry.js';
function sNone(): Ref {
  return S.None;
}
