/**
 * Argument handling shared by the builtins module's functions, with the
 * messages of CPython 3.12's bltinmodule.c (argument clinic and
 * PyArg_UnpackTuple styles).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { E, T } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { raise } from '../vm/errors.js';

export function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

export function argAt(argv: number, k: number): Value {
  return i32[argv + k]!;
}

export function isStrValue(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str);
}

/** `name() takes no keyword arguments`. */
export function noKeywords(name: string, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
}

/** PyArg_UnpackTuple's check: `name expected at least 1 argument, got 0`. */
export function unpackCount(name: string, argc: number, min: number, max: number): void {
  if (argc >= min && argc <= max) return;
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  if (min === max) throw raise(E.TypeError, `${name} expected ${min} ${plural(min)}, got ${argc}`);
  if (argc < min) throw raise(E.TypeError, `${name} expected at least ${min} ${plural(min)}, got ${argc}`);
  throw raise(E.TypeError, `${name} expected at most ${max} ${plural(max)}, got ${argc}`);
}

/** METH_O: `name() takes exactly one argument (2 given)`. */
export function exactlyOne(name: string, argc: number, kwnames: Ref): void {
  noKeywords(name, kwnames);
  if (argc !== 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
}

/**
 * Argument clinic parsing: positional parameters `names` (the first
 * `posOnly` positional-only), then keyword-only `kwOnly`; fills `out` in that
 * order with NULL for the missing ones; the first `required` are required.
 */
export function parseClinic(
  fname: string,
  argv: number,
  argc: number,
  kwnames: Ref,
  names: readonly string[],
  posOnly: number,
  required: number,
  kwOnly: readonly string[],
  out: Value[],
): void {
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  const total = names.length + kwOnly.length;
  for (let i = 0; i < total; i++) out[i] = NULL;
  if (argc > total) {
    throw raise(E.TypeError, `${fname}() takes at most ${total} argument${total === 1 ? '' : 's'} (${argc} given)`);
  }
  if (npos > names.length) {
    throw raise(E.TypeError, `${fname}() takes at most ${names.length} positional argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = i32[argv + i]!;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    let i = names.indexOf(key);
    if (i >= 0 && i < posOnly) i = -1;
    if (i < 0) {
      const j = kwOnly.indexOf(key);
      if (j < 0) throw raise(E.TypeError, `${fname}() got an unexpected keyword argument '${key}'`);
      i = names.length + j;
    } else if (i < npos) {
      throw raise(E.TypeError, `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
    }
    out[i] = i32[argv + npos + k]!;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) {
      if (i < posOnly) {
        const plural = required === 1 ? 'argument' : 'arguments';
        throw raise(E.TypeError, `${fname}() takes ${required === names.length ? 'exactly' : 'at least'} ${required} positional ${plural} (${npos} given)`);
      }
      throw raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
}
