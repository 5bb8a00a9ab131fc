/**
 * Argument checking for the number types' methods, with CPython's
 * (Argument Clinic's) messages. `argv` points at the first argument after
 * self; `n` counts them, keywords included (the last len(kwnames)).
 *
 *   noArgs(qual, argc, kwnames)           'int.bit_length() takes no arguments (1 given)'
 *   optionalArg(qual, name, argv, n, kwnames)   one optional positional-only argument, or NULL
 *   clinicArgs(fname, argv, n, kwnames, names, maxPos, required, out)
 *                                         positional-or-keyword then keyword-only arguments
 *   indexArg(v)                           operator.index(v) as an exact int value
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { callIndex } from './float-convert.js';
import { intOperand } from './float.js';
import { exactInt } from './int-slots.js';
import { kwCount } from './native.js';
import { E } from './registry.js';
import { strValue } from './str.js';
import { tupleGet } from './tuple.js';

export function noArgs(qual: string, n: number, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${qual}() takes no keyword arguments`);
  if (n !== 0) throw raise(E.TypeError, `${qual}() takes no arguments (${n} given)`);
}

/** `name` is the short method name for 'name expected at most 1 argument, got 2'. */
export function optionalArg(qual: string, name: string, argv: number, n: number, kwnames: Ref): Value {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${qual}() takes no keyword arguments`);
  if (n > 1) throw raise(E.TypeError, `${name} expected at most 1 argument, got ${n}`);
  return n === 1 ? i32[argv]! : NULL;
}

export function clinicArgs(
  fname: string,
  argv: number,
  n: number,
  kwnames: Ref,
  names: readonly string[],
  maxPos: number,
  required: number,
  out: Value[],
): void {
  const nkw = kwCount(kwnames);
  const npos = n - nkw;
  if (npos > maxPos) {
    const what = maxPos === names.length ? 'arguments' : 'positional arguments';
    throw raise(E.TypeError, `${fname}() takes at most ${maxPos} ${what} (${npos} given)`);
  }
  for (let i = 0; i < names.length; i++) out[i] = i < npos ? i32[argv + i]! : NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const i = names.indexOf(key);
    if (i < 0) throw raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
    if (i < npos) throw raise(E.TypeError, `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
    out[i] = i32[argv + npos + k]!;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) throw raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
}

/** operator.index(v): an exact int value, or TypeError "'X' object cannot be interpreted as an integer". */
export function indexArg(v: Value): Value {
  const x = intOperand(v);
  if (x !== NULL) return exactInt(x);
  const r = callIndex(v);
  if (r === NULL) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return exactInt(r);
}
