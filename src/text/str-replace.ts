/**
 * Rewriting a Python str: replace join translate maketrans.
 *
 *   strReplace(s, old, new, count = -1)   count < 0: all; old '' inserts between code points
 *   strJoin(sep, parts)                   parts already checked to be str by the VM
 *   joinItemTypeError(index, typeName)    CPython's TypeError for a non-str item
 *   strTranslate(s, lookup)               lookup(cp): undefined = no entry (kept), null = delete,
 *                                         number = code point, string = replacement
 *   strMakeTrans(x, y, z?)                the two/three-argument form -> Map<cp, cp | null>
 *   makeTransKey(key)                     key of the dict form: 1-char str -> its code point
 */
import { codePoints, cpLength, hasEdgeSurrogate } from './codepoints.js';
import { TextError } from './errors.js';
import { unitFind } from './str-search.js';

export function strReplace(s: string, old: string, repl: string, count: number = -1): string {
  return tooLongAsMemoryError(() => replaceImpl(s, old, repl, count));
}

/** Runs f, turning JS's RangeError for an over-long string into CPython's MemoryError. */
function tooLongAsMemoryError<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new TextError('MemoryError', '');
    throw e;
  }
}

function replaceImpl(s: string, old: string, repl: string, count: number): string {
  if (count === 0) return s;
  let left = count < 0 ? Infinity : count;
  if (old.length === 0) {
    // Between every pair of code points, and at both ends.
    let out = '';
    let i = 0;
    while (i < s.length && left > 0) {
      const cp = s.codePointAt(i) as number;
      const w = cp > 0xffff ? 2 : 1;
      out += repl + s.slice(i, i + w);
      i += w;
      left--;
    }
    if (left > 0) return out + repl;
    return out + s.slice(i);
  }
  if (left === Infinity && !hasEdgeSurrogate(old)) {
    // Every match, and none can cut a surrogate pair: JS's native split and join.
    return s.indexOf(old) < 0 ? s : s.split(old).join(repl);
  }
  let i = unitFind(s, old, 0, s.length);
  if (i < 0) return s;
  let out = '';
  let from = 0;
  while (i >= 0 && left > 0) {
    out += s.slice(from, i) + repl;
    from = i + old.length;
    left--;
    i = unitFind(s, old, from, s.length);
  }
  return out + s.slice(from);
}

export function strJoin(sep: string, parts: readonly string[]): string {
  return tooLongAsMemoryError(() => parts.join(sep));
}

export function joinItemTypeError(index: number, typeName: string, kind: 'str' | 'bytes' = 'str'): TextError {
  return kind === 'str'
    ? new TextError('TypeError', `sequence item ${index}: expected str instance, ${typeName} found`)
    : new TextError('TypeError', `sequence item ${index}: expected a bytes-like object, ${typeName} found`);
}

export type TranslateResult = string | number | null | undefined;

export function strTranslate(s: string, lookup: (cp: number) => TranslateResult): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    const w = cp > 0xffff ? 2 : 1;
    const r = lookup(cp);
    if (r === undefined) out += s.slice(i, i + w);
    else if (typeof r === 'string') out += r;
    else if (r !== null) {
      if (r < 0 || r > 0x10ffff || !Number.isInteger(r)) {
        throw new TextError('ValueError', 'character mapping must be in range(0x110000)');
      }
      out += String.fromCodePoint(r);
    }
    i += w - 1;
  }
  return out;
}

export function strMakeTrans(x: string, y: string, z?: string): Map<number, number | null> {
  if (cpLength(x) !== cpLength(y)) {
    throw new TextError('ValueError', 'the first two maketrans arguments must have equal length');
  }
  const m = new Map<number, number | null>();
  const xs = codePoints(x);
  const ys = codePoints(y);
  xs.forEach((c, i) => m.set(c, ys[i] as number));
  if (z !== undefined) for (const c of codePoints(z)) m.set(c, null);
  return m;
}

/** Key of maketrans's dict form. The VM raises for other types: see MAKETRANS_KEY_TYPE_ERROR. */
export function makeTransKey(key: string | number): number {
  if (typeof key === 'number') return key;
  if (cpLength(key) !== 1) throw new TextError('ValueError', 'string keys in translate table must be of length 1');
  return key.codePointAt(0) as number;
}

export const MAKETRANS_KEY_TYPE_ERROR = 'keys in translate table must be strings or integers';
export const MAKETRANS_ONE_ARG_ERROR = 'if you give only one argument to maketrans it must be a dict';
/** Prefix of maketrans's TypeError for a non-str second argument (+ the type name). */
export const MAKETRANS_SECOND_ARG_ERROR = 'maketrans() argument 2 must be str, not ';
