/**
 * Argument parsing for the class machinery's natives (CPython's
 * PyArg_ParseTupleAndKeywords messages). Natives receive their arguments at
 * i32[argv .. argv + argc), the last len(kwnames) of them keywords.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { raise } from '../vm/errors.js';
import { E } from './registry.js';
import { strValue } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';

export function kwLen(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

/**
 * Fill `out[i]` with the argument for `names[i]` (NULL when not given);
 * the first `required` are required.
 */
export function parseArgs(
  fname: string,
  argv: number,
  argc: number,
  kwnames: Ref,
  names: readonly string[],
  required: number,
  out: Value[],
): void {
  const nkw = kwLen(kwnames);
  const npos = argc - nkw;
  if (npos > names.length) {
    throw raise(
      E.TypeError,
      `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`,
    );
  }
  for (let i = 0; i < names.length; i++) out[i] = i < npos ? i32[argv + i]! : NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const i = names.indexOf(key);
    if (i < 0) throw raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
    if (i < npos) {
      throw raise(E.TypeError, `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
    }
    out[i] = i32[argv + npos + k]!;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) throw raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
}

export function noKwargs(fname: string, kwnames: Ref): void {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, `${fname}() takes no keyword arguments`);
}
