/**
 * What the itertools types share (src/lib/itertools-*.ts): field access on
 * their values bodies, the declaration of a type's layout, argument parsing
 * in the wording of CPython's PyArg_ParseTupleAndKeywords (which most of
 * itertools' constructors use), and counters kept as Python ints.
 *
 * Every itertools object is a values body (all words traced by the
 * collector); counters and flags are small ints (or heap ints past 2**30).
 */
import { HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { onLayouts } from '../objects/bootstrap-hooks.js';
import { intFromNumber } from '../objects/int.js';
import { allocInstance } from '../objects/list.js';
import { intToNumber } from '../objects/list-args.js';
import { E, T, type BuiltinTypeName } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import {
  TP_BASIC,
  TP_NAME,
  TPF_BASETYPE,
  getField,
  setField,
  setTypeFlags,
  typeFlags,
} from '../objects/typeobject.js';
import { raise } from '../vm/errors.js';
import { underLock } from '../vm/object-lock.js';

/** Body word `k` of `o`. */
export function fld(o: Ref, k: number): Value {
  return i32[(o >> 2) + HEADER_WORDS + k]!;
}
export function setFld(o: Ref, k: number, v: Value): void {
  i32[(o >> 2) + HEADER_WORDS + k] = v;
}

/** A counter field as a JS number (small int or heap int). */
export function numFld(o: Ref, k: number): number {
  const v = i32[(o >> 2) + HEADER_WORDS + k]!;
  return (v & 1) !== 0 ? v >> 1 : intToNumber(v);
}
export function setNumFld(o: Ref, k: number, n: number): void {
  i32[(o >> 2) + HEADER_WORDS + k] = n >= -(2 ** 30) && n < 2 ** 30 ? fromSmallInt(n) : intFromNumber(n);
}

/**
 * Declare the instance layout of an itertools-like built-in type: `words`
 * body words, __qualname__ the part of the dotted name after its module,
 * and (`subclassable`) accepted as a base class, as CPython's are.
 */
export function declareLayout(name: BuiltinTypeName, words: number, subclassable: boolean): void {
  onLayouts(() => {
    const t = T[name];
    setField(t, TP_BASIC, fromSmallInt(words));
    if (subclassable) setTypeFlags(t, typeFlags(t) | TPF_BASETYPE);
  });
}

/** A new instance of `cls` (the type itself or a subclass) with `words` base words, all NULL. */
export function newObject(cls: Ref, words: number): Ref {
  return allocInstance(cls, words);
}

/** The short name of a type (after the module prefix), for reprs that use it as CPython's _PyType_Name. */
export function shortTypeName(type: Ref): string {
  const full = strValue(getField(type, TP_NAME));
  return full.slice(full.lastIndexOf('.') + 1);
}

/**
 * PyArg_ParseTupleAndKeywords for parameters `names`, the first `required`
 * of them required, at most `maxPos` given by position (the rest keyword-only):
 * fills `out` (NULL where not given) with CPython's messages.
 */
export function parseKeywords(
  fname: string,
  argv: number,
  argc: number,
  kwnames: Ref,
  names: readonly string[],
  required: number,
  maxPos: number,
  out: Value[],
): void {
  const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
  const npos = argc - nkw;
  const total = names.length;
  const s = (n: number): string => (n === 1 ? '' : 's');
  if (argc > total) {
    throw raise(E.TypeError, `${fname}() takes at most ${total} ${npos === 0 ? 'keyword ' : ''}argument${s(total)} (${argc} given)`);
  }
  if (npos > maxPos) {
    const how = required < total ? 'at most' : 'exactly';
    throw raise(E.TypeError, `${fname}() takes ${how} ${maxPos} positional argument${s(maxPos)} (${npos} given)`);
  }
  for (let i = 0; i < total; i++) {
    if (i < npos) {
      out[i] = i32[argv + i]!;
      continue;
    }
    let found = -1;
    for (let k = 0; k < nkw; k++) if (strValue(tupleGet(kwnames, k)) === names[i]) found = k;
    if (found >= 0) out[i] = i32[argv + npos + found]!;
    else if (i < required) throw raise(E.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    else out[i] = NULL;
  }
  // Then each keyword, in order: a parameter already given by position, or no parameter at all.
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const i = names.indexOf(key);
    if (i < 0) throw raise(E.TypeError, `'${key}' is an invalid keyword argument for ${fname}()`);
    if (i < npos) throw raise(E.TypeError, `argument for ${fname}() given by name ('${key}') and position (${i + 1})`);
  }
}

/** Keyword refusal of the exact type (`cycle() takes no keyword arguments`); subclasses may take keywords. */
export function noKeywordsFor(cls: Ref, type: Ref, fname: string, kwnames: Ref): void {
  if (cls === type && kwnames !== NULL && tupleLength(kwnames) > 0) {
    throw raise(E.TypeError, `${fname}() takes no keyword arguments`);
  }
}

/**
 * A next slot as a critical section on its iterator (free-threading mode;
 * under the GIL it calls the step directly): for the iterators whose step
 * updates an index state in place and reads a pool through it (the
 * combinatoric ones), where two threads stepping one iterator at once could
 * otherwise make an index run past the pool. Steps that only replace a field
 * need no lock: sharing an iterator may repeat or skip items, as in CPython.
 */
export function lockedNext(step: (it: Value) => Value): (it: Value) => Value {
  return (it) => underLock(it, step, it);
}
