/**
 * Argument handling shared by the str, bytes and bytearray natives: CPython's argument-count
 * and keyword messages (they differ between functions converted by Argument Clinic and older
 * ones, so each helper names the style it reproduces), __index__ conversions, slice bounds of
 * find/count/startswith, and turning src/text's TextError into a Python exception.
 *
 *   checkNoArgs('str.upper', argc, kw)            str.upper() takes no arguments (1 given)
 *   checkOneArg('str.join', argc, kw)             str.join() takes exactly one argument (0 given)
 *   checkArgcOld('find', argc, kw, 1, 3, 'str.find')  find() takes at least 1 argument (0 given)
 *   checkArgcClinic('center', argc, kw, 1, 2)     center expected at least 1 argument, got 0
 *   parseKwArgs('split', argv, argc, kw, ['sep', 'maxsplit'], out)
 *   indexOf(v) / ssizeOf(v) / sliceBound(v)       ints for counts, widths and bounds
 *   textCall(() => ...)                           runs a src/text function, TextError -> raise
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { TextError } from '../text/errors.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { heapIntValue } from './int.js';
import { unboxed } from './type-layout.js';
import { E, S, T } from './registry.js';
import { strValue } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { slotsOf } from './typeobject.js';

export function typeError(message: string): never {
  throw raise(E.TypeError, message);
}

function kwCountOf(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

/** `qual() takes no keyword arguments` when any were given. */
export function noKeywords(qual: string, kwnames: Ref): void {
  if (kwnames !== NULL && tupleLength(kwnames) > 0) typeError(`${qual}() takes no keyword arguments`);
}

/** METH_NOARGS functions. */
export function checkNoArgs(qual: string, argc: number, kwnames: Ref): void {
  noKeywords(qual, kwnames);
  if (argc !== 0) typeError(`${qual}() takes no arguments (${argc} given)`);
}

/** METH_O functions. */
export function checkOneArg(qual: string, argc: number, kwnames: Ref): void {
  noKeywords(qual, kwnames);
  if (argc !== 1) typeError(`${qual}() takes exactly one argument (${argc} given)`);
}

/** PyArg_ParseTuple-style positional functions (find, count, startswith...). */
export function checkArgcOld(name: string, argc: number, kwnames: Ref, min: number, max: number, qual: string): void {
  noKeywords(qual, kwnames);
  if (argc < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${argc} given)`);
  if (argc > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${argc} given)`);
}

/** Argument Clinic positional-only functions (center, strip, replace...). */
export function checkArgcClinic(name: string, argc: number, kwnames: Ref, min: number, max: number, qual: string): void {
  noKeywords(qual, kwnames);
  if (argc < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${argc}`);
  if (argc > max) typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${argc}`);
}

/**
 * Argument Clinic functions with keywords: fills out[k] with the argument for names[k] (NULL
 * when not given) and returns out. argc counts positional and keyword arguments together.
 */
export function parseKwArgs(
  fname: string,
  argv: number,
  argc: number,
  kwnames: Ref,
  names: readonly string[],
  out: Value[],
  minArgs = 0,
): Value[] {
  const nkw = kwCountOf(kwnames);
  const npos = argc - nkw;
  const max = names.length;
  for (let k = 0; k < max; k++) out[k] = NULL;
  if (argc > max) {
    if (nkw === 0) typeError(`${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${argc} given)`);
    typeError(`${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${argc} given)`);
  }
  for (let k = 0; k < npos; k++) out[k] = i32[argv + k]!;
  for (let j = 0; j < nkw; j++) {
    const key = tupleGet(kwnames, j);
    const text = strValue(key);
    const k = names.indexOf(text);
    if (k < 0) typeError(`'${text}' is an invalid keyword argument for ${fname}()`);
    if (k < npos) typeError(`argument for ${fname}() given by name ('${text}') and position (${k + 1})`);
    out[k] = i32[argv + npos + j]!;
  }
  for (let k = 0; k < minArgs; k++) {
    if (out[k] === NULL) {
      typeError(`${fname}() missing required argument '${names[k]}' (pos ${k + 1})`);
    }
  }
  return out;
}

/** How CPython names an argument's type in 'must be str, not X' messages (None is 'None'). */
export function argTypeName(v: Value): string {
  return v === S.None ? 'None' : typeNameOf(v);
}

/** Is v an int (or bool, or int subclass)? */
export function isIntValue(v: Value): boolean {
  return (v & 1) !== 0 || isSubtype(typeOf(v), T.int);
}

/** The value of an int as a JS number (exact for safe integers; huge ones lose precision). */
export function intToNumber(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  const x = unboxed(v);
  return (x & 1) !== 0 ? x >> 1 : Number(heapIntValue(x));
}

/**
 * operator.index(v) as a JS number, or NaN when v has no __index__ (the caller raises its own
 * message). Huge values come back as large (unsafe) numbers: callers clamp or raise.
 */
export function indexOrNaN(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  if (isSubtype(typeOf(v), T.int)) {
    // Instances of int subclasses box their int (type-layout.ts).
    const x = unboxed(v);
    return (x & 1) !== 0 ? x >> 1 : Number(heapIntValue(x));
  }
  const f = slotsOf(typeOf(v)).index;
  if (f === undefined) return NaN;
  const r = f(v);
  if ((r & 1) !== 0) return r >> 1;
  if (!isSubtype(typeOf(r), T.int)) typeError(`__index__ returned non-int (type ${typeNameOf(r)})`);
  return Number(heapIntValue(r));
}

const SSIZE_MAX = 2 ** 63 - 1;

/** An int argument that must fit a C ssize_t (widths, counts): CPython's messages. */
export function ssizeOf(v: Value): number {
  const n = indexOrNaN(v);
  if (Number.isNaN(n)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1) throw raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/** An int argument that must fit a C int (expandtabs' tabsize). */
export function cIntOf(v: Value): number {
  const n = indexOrNaN(v);
  if (Number.isNaN(n)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  if (n > 2147483647 || n < -2147483648) throw raise(E.OverflowError, 'Python int too large to convert to C int');
  return n;
}

/** A start/end argument of find/count/...: null for None or NULL; huge ints are clamped by the callers' windows. */
export function sliceBound(v: Value): number | null {
  if (v === NULL || v === S.None) return null;
  const n = indexOrNaN(v);
  if (Number.isNaN(n)) typeError('slice indices must be integers or None or have an __index__ method');
  return n;
}

/** Truth of a bool-ish flag argument (splitlines' keepends accepts any int). */
export function flagOf(v: Value): boolean {
  if (v === NULL) return false;
  if (v === S.True) return true;
  if (v === S.False) return false;
  const n = indexOrNaN(v);
  if (Number.isNaN(n)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return n !== 0;
}

/** Run a src/text function, turning a TextError into the Python exception it names. */
export function textCall<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof TextError) throw raiseTextError(e);
    throw e;
  }
}

/** Raise the Python exception a TextError names. */
export function throwText(e: TextError): never {
  throw raiseTextError(e);
}

/** Hook for the Unicode errors' extra attributes (the codec layer may set richer objects). */
export let raiseTextError = (e: TextError): unknown => {
  // exceptions-types.ts installs the Unicode errors' five-argument form over this.
  const type = (E as Record<string, Ref>)[e.kind] ?? E.ValueError;
  return raise(type, e.message);
};
export function setRaiseTextError(f: (e: TextError) => unknown): void {
  raiseTextError = f;
}

/**
 * The str inside a str value: the value itself for an exact str, the boxed str of an instance
 * of a str subclass (type-layout.ts's boxed layout), or NULL for anything else.
 */
export function strOf(v: Value): Ref {
  if ((v & 1) !== 0 || v === NULL) return NULL;
  const t = i32[v >> 2]!;
  if (t === T.str) return v;
  if (isSubtype(t, T.str)) return unboxed(v);
  return NULL;
}
