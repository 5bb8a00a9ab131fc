/**
 * The JSON decoder of the `_json` module (what json.JSONDecoder runs): one
 * value of a document, from a position, with the decoder's options, as
 * CPython's C scanner reads it (the same grammar, the same error messages at
 * the same positions, NaN/Infinity/-Infinity accepted, control characters
 * refused in strict mode).
 *
 * The document is read as a JS string; positions given and returned are in
 * code points (a str index), converted where the document has astral
 * characters. Containers being built are kept in handles, since the hooks
 * (object_hook, parse_float, ...) run Python code.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intFromNumber } from '../objects/int.js';
import { listAppend, newList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strKind } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { call1, callArray } from '../vm/call.js';
import { raise, raiseObject } from '../vm/errors.js';
import { getDepth, getHandle, handleCount, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { recursionLimit } from '../vm/interpreter.js';

/** What a parse needs besides the document (the hooks are NULL when they are the defaults). */
export interface DecodeOptions {
  strict: boolean;
  objectHook: number; // handle numbers (or -1 for none)
  pairsHook: number;
  parseFloat: number;
  parseInt: number;
  parseConstant: number;
  errorClass: number;
}

/** A decode error to raise as errorClass(msg, doc, pos). */
class Fail {
  constructor(
    readonly msg: string,
    readonly at: number,
  ) {}
}

let text = '';
let docHandle = -1;
let opts: DecodeOptions;
let depth = 0;
/** Where the value just parsed ends (set by value() and its helpers, instead of returning pairs). */
let end = 0;
/** Key strs already made in this document (only without hooks, when every one stays reachable). */
let keys: Map<string, Ref> | null = null;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function skipWs(i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

/** Parse the string whose opening quote is at `start - 1`; returns [value, index after the closing quote]. */
export function scanString(s: string, start: number, strict: boolean): [string, number] {
  let out = '';
  let i = start;
  let runStart = i;
  const n = s.length;
  for (;;) {
    if (i >= n) throw new Fail('Unterminated string starting at', start - 1);
    const c = s.charCodeAt(i);
    if (c === 34) {
      out += s.slice(runStart, i);
      return [out, i + 1];
    }
    if (c < 0x20 && strict) throw new Fail('Invalid control character at', i);
    if (c !== 92) {
      i++;
      continue;
    }
    out += s.slice(runStart, i);
    if (i + 1 >= n) throw new Fail('Unterminated string starting at', start - 1);
    const e = s.charCodeAt(i + 1);
    if (e === 117) {
      let cp = hex4(s, i + 2);
      if (cp < 0) throw new Fail('Invalid \\uXXXX escape', i + 1);
      i += 6;
      if (cp >= 0xd800 && cp <= 0xdbff && s.charCodeAt(i) === 92 && s.charCodeAt(i + 1) === 117) {
        const lo = hex4(s, i + 2);
        if (lo < 0) throw new Fail('Invalid \\uXXXX escape', i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(cp);
    } else {
      const m = ESCAPES[e];
      if (m === undefined) throw new Fail('Invalid \\escape', i);
      out += m;
      i += 2;
    }
    runStart = i;
  }
}

const ESCAPES: Record<number, string> = { 34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t' };

function hex4(s: string, at: number): number {
  if (at + 4 > s.length) return -1;
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(at + k);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Raise RecursionError past the interpreter's limit, as CPython's scanner does. */
function enter(what: string): void {
  if (++depth + getDepth() > recursionLimit) {
    throw raise(E.RecursionError, `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
  }
}

/** One value at `i` (no whitespace skipped), its end in `end`. Throws Fail('Expecting value', i). */
function value(i: number): Value {
  if (i >= text.length) throw new Fail('Expecting value', i);
  const c = text.charCodeAt(i);
  switch (c) {
    case 34: {
      const [s, after] = scanString(text, i + 1, opts.strict);
      end = after;
      return newStr(s);
    }
    case 123:
      enter('object');
      try {
        return object(i + 1);
      } finally {
        depth--;
      }
    case 91:
      enter('array');
      try {
        return array(i + 1);
      } finally {
        depth--;
      }
    case 110:
      if (text.startsWith('null', i)) return at(S.None, i + 4);
      break;
    case 116:
      if (text.startsWith('true', i)) return at(S.True, i + 4);
      break;
    case 102:
      if (text.startsWith('false', i)) return at(S.False, i + 5);
      break;
    case 78:
      if (text.startsWith('NaN', i)) return at(constant('NaN'), i + 3);
      break;
    case 73:
      if (text.startsWith('Infinity', i)) return at(constant('Infinity'), i + 8);
      break;
    case 45:
      if (text.startsWith('-Infinity', i)) return at(constant('-Infinity'), i + 9);
      break;
  }
  return number(i);
}

function at(v: Value, after: number): Value {
  end = after;
  return v;
}

function constant(name: string): Value {
  const h = opts.parseConstant;
  if (h < 0) return newFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity);
  return call1(getHandle(h), newStr(name));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function number(start: number): Value {
  let i = start;
  if (text.charCodeAt(i) === 45) i++;
  const first = text.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  } else throw new Fail('Expecting value', start);
  let isFloat = false;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(text.charCodeAt(i))) i++;
    isFloat = true;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (isDigit(text.charCodeAt(j))) {
      j++;
      while (isDigit(text.charCodeAt(j))) j++;
      i = j;
      isFloat = true;
    }
  }
  const lit = text.slice(start, i);
  let v: Value;
  if (isFloat) {
    v = opts.parseFloat >= 0 ? call1(getHandle(opts.parseFloat), newStr(lit)) : newFloat(Number(lit));
  } else if (opts.parseInt >= 0) v = call1(getHandle(opts.parseInt), newStr(lit));
  else if (lit.length <= 15) v = intFromNumber(Number(lit));
  else v = call1(T.int, newStr(lit)); // int() of the text: CPython's digit limit applies
  end = i;
  return v;
}

function array(from: number): Value {
  const mark = handleCount();
  try {
    const list = pushHandle(newList(0));
    let i = skipWs(from);
    if (text.charCodeAt(i) === 93) return at(getHandle(list), i + 1);
    for (;;) {
      const v = value(i);
      listAppend(getHandle(list), v);
      i = skipWs(end);
      const c = text.charCodeAt(i);
      if (c === 93) return at(getHandle(list), i + 1);
      if (c !== 44) throw new Fail("Expecting ',' delimiter", i);
      i = skipWs(i + 1);
    }
  } finally {
    releaseHandles(mark);
  }
}

function keyStr(k: string): Ref {
  if (keys === null) return newStr(k);
  let r = keys.get(k);
  if (r === undefined) {
    r = newStr(k);
    keys.set(k, r);
  }
  return r;
}

function object(from: number): Value {
  const mark = handleCount();
  try {
    const pairsMode = opts.pairsHook >= 0;
    const acc = pushHandle(pairsMode ? newList(0) : newDict());
    const key = pushHandle(NULL);
    let i = skipWs(from);
    let close = -1;
    if (text.charCodeAt(i) === 125) close = i + 1;
    while (close < 0) {
      if (text.charCodeAt(i) !== 34) throw new Fail('Expecting property name enclosed in double quotes', i);
      const [k, afterKey] = scanString(text, i + 1, opts.strict);
      setHandle(key, keyStr(k));
      i = skipWs(afterKey);
      if (text.charCodeAt(i) !== 58) throw new Fail("Expecting ':' delimiter", i);
      i = skipWs(i + 1);
      const v = value(i);
      if (pairsMode) listAppend(getHandle(acc), newTuple([getHandle(key), v]));
      else dictSet(getHandle(acc), getHandle(key), v);
      i = skipWs(end);
      const c = text.charCodeAt(i);
      if (c === 125) {
        close = i + 1;
        break;
      }
      if (c !== 44) throw new Fail("Expecting ',' delimiter", i);
      i = skipWs(i + 1);
    }
    if (pairsMode) return at(call1(getHandle(opts.pairsHook), getHandle(acc)), close);
    if (opts.objectHook >= 0) return at(call1(getHandle(opts.objectHook), getHandle(acc)), close);
    return at(getHandle(acc), close);
  } finally {
    releaseHandles(mark);
  }
}

// ---- code point positions -------------------------------------------------------------------

/** JS index of code point `cp` in s (identity without astral characters). */
function unitIndex(s: string, cp: number, astral: boolean): number {
  if (!astral) return cp;
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}
/** Code point index of JS index `u` in s. */
function cpIndex(s: string, u: number, astral: boolean): number {
  if (!astral) return u;
  let k = 0;
  for (let i = 0; i < u && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return k;
}

function raiseDecodeError(f: Fail, astral: boolean): never {
  const pos = cpIndex(text, f.at, astral);
  const exc = callArray(getHandle(opts.errorClass), [newStr(f.msg), getHandle(docHandle), intFromNumber(pos)]);
  throw raiseObject(exc);
}

/**
 * Decode one value of `doc` (a str: `docText` is its JS text) at code point
 * `idx`: [value, end]. Errors are raised as opts.errorClass(msg, doc, pos).
 * Re-entrant (a hook may decode another document).
 */
export function decodeAt(doc: Ref, docText: string, idx: number, options: DecodeOptions): [Value, number] {
  const saved = { text, docHandle, opts, depth, keys };
  const mark = handleCount();
  const astral = strKind(doc) === 4;
  try {
    text = docText;
    docHandle = pushHandle(doc);
    opts = options;
    depth = 0;
    const hooks = options.objectHook >= 0 || options.pairsHook >= 0 || options.parseFloat >= 0 || options.parseInt >= 0 || options.parseConstant >= 0;
    keys = hooks ? null : new Map();
    try {
      const v = value(unitIndex(docText, idx, astral));
      return [v, cpIndex(docText, end, astral)];
    } catch (e) {
      if (e instanceof Fail) raiseDecodeError(e, astral);
      throw e;
    }
  } finally {
    text = saved.text;
    docHandle = saved.docHandle;
    opts = saved.opts;
    depth = saved.depth;
    keys = saved.keys;
    releaseHandles(mark);
  }
}

/** py_scanstring / c_scanstring: the string whose opening quote is before `end`; [str, end]. */
export function scanStringAt(doc: Ref, docText: string, end: number, strict: boolean, errorClass: number): [Value, number] {
  const astral = strKind(doc) === 4;
  const saved = { text, docHandle, opts };
  const mark = handleCount();
  try {
    text = docText;
    docHandle = pushHandle(doc);
    opts = { strict, objectHook: -1, pairsHook: -1, parseFloat: -1, parseInt: -1, parseConstant: -1, errorClass };
    try {
      const [s, after] = scanString(docText, unitIndex(docText, end, astral), strict);
      return [newStr(s), cpIndex(docText, after, astral)];
    } catch (e) {
      if (e instanceof Fail) raiseDecodeError(e, astral);
      throw e;
    }
  } finally {
    text = saved.text;
    docHandle = saved.docHandle;
    opts = saved.opts;
    releaseHandles(mark);
  }
}

