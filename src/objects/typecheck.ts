/**
 * Type of a value and subtype tests: the small helpers every other module needs.
 */
import type { Ref, Value } from '../heap/layout.js';
import { T } from './registry.js';
import { getField, TP_MRO } from './typeobject.js';
import { tupleBase, tupleLength } from './tuple.js';

/** The type object of any value (small ints are ints). */
export function typeOf(v: Value): Ref {
  return (v & 1) !== 0 ? T.int : i32[v >> 2]!;
}

/** Is `sub` the type `base` or a subclass of it (by MRO)? */
export function isSubtype(sub: Ref, base: Ref): boolean {
  if (sub === base) return true;
  const mro = getField(sub, TP_MRO);
  if (mro === 0) return false;
  const b = tupleBase(mro);
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) if (i32[b + i] === base) return true;
  return false;
}

export function isInstanceOfType(v: Value, type: Ref): boolean {
  return isSubtype(typeOf(v), type);
}

export function isStr(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === T.str;
}
export function isExactType(v: Value, type: Ref): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === type;
}
