/**
 * Argument handling for the math module, with CPython 3.12's messages:
 *
 *   realArg(v)       PyFloat_AsDouble: floats, __float__ (which must return a float),
 *                    __index__; TypeError 'must be real number, not str'; OverflowError
 *                    'int too large to convert to float'
 *   indexArg(v)      PyNumber_Index as a bigint: "'str' object cannot be interpreted as an integer"
 *   oneArg / twoArgs the METH_O and _PyArg_CheckPositional checks
 *   parseMathClinic  argument clinic with '/' and '*' (isclose, nextafter, prod), in the
 *                    wording of 3.12's _PyArg_UnpackKeywords
 *   guardNumeric     run a src/numeric kernel, its NumericError raised as the Python exception
 *
 * __float__ and __index__ may be Python methods: callers re-read argv after
 * each conversion and hold no other unrooted references across them.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { callIndex } from '../objects/float-convert.js';
import { bigOf, bigToDouble, floatOperand, floatValue, intOperand } from '../objects/float.js';
import { numericError } from '../objects/int-errors.js';
import { E, S } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { callFound0, lookupTypeString } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';

/** PyFloat_AsDouble. */
export function realArg(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  const f = floatOperand(v);
  if (f !== NULL) return floatValue(f);
  const n = intOperand(v);
  if (n !== NULL) return bigToDouble(n);
  const m = lookupTypeString(typeOf(v), '__float__');
  if (m !== NULL && m !== S.None) {
    const r = callFound0(m, v);
    const rf = floatOperand(r);
    if (rf === NULL) throw raise(E.TypeError, `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    return floatValue(rf);
  }
  const i = callIndex(v);
  if (i !== NULL) return bigToDouble(i);
  throw raise(E.TypeError, `must be real number, not ${typeNameOf(v)}`);
}

/** PyNumber_Index, as a bigint. */
export function indexArg(v: Value): bigint {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  const n = intOperand(v);
  if (n !== NULL) return bigOf(n);
  const i = callIndex(v);
  if (i === NULL) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return bigOf(i);
}

export function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

export function noKeywords(name: string, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `math.${name}() takes no keyword arguments`);
}

/** METH_O: `math.sqrt() takes exactly one argument (2 given)`. */
export function oneArg(name: string, argc: number, kwnames: Ref): void {
  noKeywords(name, kwnames);
  if (argc !== 1) throw raise(E.TypeError, `math.${name}() takes exactly one argument (${argc} given)`);
}

/** _PyArg_CheckPositional: `atan2 expected 2 arguments, got 1`. */
export function argCount(name: string, argc: number, kwnames: Ref, min: number, max: number): void {
  noKeywords(name, kwnames);
  if (argc >= min && argc <= max) return;
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  if (min === max) throw raise(E.TypeError, `${name} expected ${min} ${plural(min)}, got ${argc}`);
  if (argc < min) throw raise(E.TypeError, `${name} expected at least ${min} ${plural(min)}, got ${argc}`);
  throw raise(E.TypeError, `${name} expected at most ${max} ${plural(max)}, got ${argc}`);
}

/**
 * Argument clinic: positional parameters `names` (the first `posOnly` of them
 * positional-only, all required), then the optional keyword-only `kwOnly`.
 * Fills `out` in that order, NULL for the ones not given.
 */
export function parseMathClinic(
  fname: string,
  argv: number,
  argc: number,
  kwnames: Ref,
  names: readonly string[],
  posOnly: number,
  kwOnly: readonly string[],
  out: Value[],
): void {
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  const total = names.length + kwOnly.length;
  const plural = (n: number): string => (n === 1 ? '' : 's');
  for (let i = 0; i < total; i++) out[i] = NULL;
  if (argc > total) throw raise(E.TypeError, `${fname}() takes at most ${total} argument${plural(total)} (${argc} given)`);
  if (npos > names.length || npos < posOnly) {
    throw raise(E.TypeError, `${fname}() takes exactly ${names.length} positional argument${plural(names.length)} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = i32[argv + i]!;
  const used: boolean[] = [];
  const keyAt = (k: number): string => strValue(tupleGet(kwnames, k));
  for (let i = npos; i < names.length; i++) {
    for (let k = 0; k < nkw; k++) {
      if (i >= posOnly && keyAt(k) === names[i]) {
        out[i] = i32[argv + npos + k]!;
        used[k] = true;
      }
    }
    if (out[i] === NULL) throw raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  for (let k = 0; k < nkw; k++) {
    if (used[k] === true) continue;
    const key = keyAt(k);
    const j = kwOnly.indexOf(key);
    if (j >= 0) {
      out[names.length + j] = i32[argv + npos + k]!;
      continue;
    }
    const i = names.indexOf(key);
    if (i >= posOnly && i < npos) {
      throw raise(E.TypeError, `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
    }
    throw raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
  }
}

/** f(a) with f's NumericError raised as the Python exception (no closure: math.sqrt and the like are hot). */
export function guard1<A, R>(f: (a: A) => R, a: A): R {
  try {
    return f(a);
  } catch (e) {
    throw numericError(e);
  }
}

export function guard2<A, B, R>(f: (a: A, b: B) => R, a: A, b: B): R {
  try {
    return f(a, b);
  } catch (e) {
    throw numericError(e);
  }
}

/** Run a src/numeric kernel; its NumericError becomes the Python exception. */
export function guardNumeric<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    throw numericError(e);
  }
}
