/**
 * The JSON encoder of the `_json` module (what json.JSONEncoder.encode runs):
 * the text of a Python value with the encoder's options, as CPython's C
 * encoder writes it: dicts (and subclasses) through their items, lists and
 * tuples (and subclasses), str, int and float (their base type's repr, so an
 * IntEnum is its number), True/False/None, and anything else through
 * `default` (a Python callable); circular containers are refused.
 *
 * The text is built as a JS string. Everything met on the way is kept in
 * handles, since `default`, sorting the keys and reprs of ints run Python
 * code.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictEntryIndex, dictNextEntry, isDictLike } from '../objects/dict.js';
import { floatValue } from '../objects/float.js';
import { listGet, listLength, listAppend, newList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype } from '../objects/typecheck.js';
import { repr, typeNameOf } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getDepth, getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { recursionLimit } from '../vm/interpreter.js';
import { floatRepr } from '../numeric/float-format.js';

export interface EncodeOptions {
  defaultFn: number; // handle, or -1
  sortedFn: number; // handle of builtins.sorted, or -1 when keys are not sorted
  indent: string | null;
  keySep: string;
  itemSep: string;
  skipKeys: boolean;
  ensureAscii: boolean;
  allowNan: boolean;
  checkCircular: boolean;
}

const HEX = '0123456789abcdef';

/** A JSON string literal for s. */
export function quote(s: string, ensureAscii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | null = null;
    if (c === 34) esc = '\\"';
    else if (c === 92) esc = '\\\\';
    else if (c < 0x20) {
      esc = c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : c === 8 ? '\\b' : c === 12 ? '\\f' : u4(c);
    } else if (ensureAscii && c > 0x7e) esc = u4(c);
    if (esc !== null) {
      out += s.slice(run, i) + esc;
      run = i + 1;
    }
  }
  return out + s.slice(run) + '"';
}

function u4(c: number): string {
  return `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
}

function isInstance(v: Value, t: Ref): boolean {
  return (v & 1) === 0 && v !== NULL && (i32[v >> 2] === t || isSubtype(i32[v >> 2]!, t));
}

function floatText(x: number, o: EncodeOptions): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!o.allowNan) throw raise(E.ValueError, `Out of range float values are not JSON compliant: ${Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf'}`);
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function intText(v: Value): string {
  const u = unboxed(v);
  if ((u & 1) !== 0) return String(u >> 1);
  return strValue(repr(u)); // int's own repr (bool and subclasses excluded by the caller)
}

class Encoder {
  readonly parts: string[] = [];
  /** Addresses of the containers being encoded (each kept alive by a handle). */
  readonly active = new Set<number>();
  depth = 0;
  constructor(readonly o: EncodeOptions) {}

  enter(v: Value): void {
    if (++this.depth + getDepth() > recursionLimit) {
      throw raise(E.RecursionError, 'maximum recursion depth exceeded while encoding a JSON object');
    }
    if (this.o.checkCircular) {
      if (this.active.has(v)) throw raise(E.ValueError, 'Circular reference detected');
      this.active.add(v);
    }
  }
  leave(v: Value): void {
    this.depth--;
    if (this.o.checkCircular) this.active.delete(v);
  }

  newline(level: number): string {
    return '\n' + this.o.indent!.repeat(level);
  }

  value(v: Value, level: number): void {
    const out = this.parts;
    if (v === S.None) return void out.push('null');
    if (v === S.True) return void out.push('true');
    if (v === S.False) return void out.push('false');
    if ((v & 1) !== 0) return void out.push(String(v >> 1));
    if (isInstance(v, T.str)) return void out.push(quote(strValue(unboxed(v)), this.o.ensureAscii));
    if (isInstance(v, T.int)) return void out.push(intText(v));
    if (isInstance(v, T.float)) return void out.push(floatText(floatValue(unboxed(v)), this.o));
    const mark = handleCount();
    try {
      const h = pushHandle(v);
      if (isInstance(v, T.list) || isInstance(v, T.tuple)) return this.array(getHandle(h), level);
      if (isDictLike(v)) return this.object(getHandle(h), level);
      if (this.o.defaultFn < 0) throw raise(E.TypeError, `Object of type ${typeNameOf(v)} is not JSON serializable`);
      this.enter(getHandle(h));
      const replacement = pushHandle(call1(getHandle(this.o.defaultFn), getHandle(h)));
      this.value(getHandle(replacement), level);
      this.leave(getHandle(h));
    } finally {
      releaseHandles(mark);
    }
  }

  array(seq: Ref, level: number): void {
    const isList = isInstance(seq, T.list);
    const items = isList ? seq : unboxed(seq);
    const count = (): number => (isList ? listLength(items) : tupleLength(items));
    if (count() === 0) return void this.parts.push('[]');
    this.enter(seq);
    const indent = this.o.indent !== null;
    const sep = indent ? this.o.itemSep + this.newline(level + 1) : this.o.itemSep;
    this.parts.push(indent ? '[' + this.newline(level + 1) : '[');
    for (let i = 0; i < count(); i++) {
      if (i > 0) this.parts.push(sep);
      this.value(isList ? listGet(items, i) : tupleGet(items, i), level + 1);
    }
    this.parts.push(indent ? this.newline(level) + ']' : ']');
    this.leave(seq);
  }

  /** The key as JSON text, or null to skip it (skipkeys). */
  key(k: Value): string | null {
    if (isInstance(k, T.str)) return quote(strValue(unboxed(k)), this.o.ensureAscii);
    let text: string;
    if (k === S.True) text = 'true';
    else if (k === S.False) text = 'false';
    else if (k === S.None) text = 'null';
    else if ((k & 1) !== 0 || isInstance(k, T.int)) text = intText(k);
    else if (isInstance(k, T.float)) text = floatText(floatValue(unboxed(k)), this.o);
    else if (this.o.skipKeys) return null;
    else throw raise(E.TypeError, `keys must be str, int, float, bool or None, not ${typeNameOf(k)}`);
    return quote(text, this.o.ensureAscii);
  }

  object(d: Ref, level: number): void {
    if (this.o.sortedFn >= 0) return this.sortedObject(d, level);
    if (dictNextEntry(d, 0) < 0) return void this.parts.push('{}');
    const mark = handleCount();
    try {
      // The entries are read in place (the dict is kept by its handle; an entry's address is
      // recomputed after anything that may run Python code and so resize the dict).
      const hd = pushHandle(d);
      this.enter(d);
      const indent = this.o.indent !== null;
      const sep = indent ? this.o.itemSep + this.newline(level + 1) : this.o.itemSep;
      this.parts.push(indent ? '{' + this.newline(level + 1) : '{');
      let first = true;
      for (let k = dictNextEntry(getHandle(hd), 0); k >= 0; k = dictNextEntry(getHandle(hd), k + 1)) {
        const keyText = this.key(i32[dictEntryIndex(getHandle(hd), k) + 1]!);
        if (keyText === null) continue;
        if (!first) this.parts.push(sep);
        first = false;
        this.parts.push(keyText, this.o.keySep);
        const e = dictEntryIndex(getHandle(hd), k);
        if (i32[e + 1] === NULL) throw raise(E.RuntimeError, 'dictionary changed size during iteration');
        this.value(i32[e + 2]!, level + 1);
      }
      this.parts.push(indent ? this.newline(level) + '}' : '}');
      this.leave(getHandle(hd));
    } finally {
      releaseHandles(mark);
    }
  }

  /** A dict with sort_keys: its items sorted by Python's sorted() first. */
  sortedObject(d: Ref, level: number): void {
    const mark = handleCount();
    try {
      const hd = pushHandle(d);
      const hItems = pushHandle(newList(0));
      for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) {
        const e = dictEntryIndex(d, k);
        listAppend(getHandle(hItems), newTuple([i32[e + 1]!, i32[e + 2]!]));
      }
      if (listLength(getHandle(hItems)) === 0) return void this.parts.push('{}');
      const hSorted = pushHandle(call1(getHandle(this.o.sortedFn), getHandle(hItems)));
      this.enter(getHandle(hd));
      const indent = this.o.indent !== null;
      const sep = indent ? this.o.itemSep + this.newline(level + 1) : this.o.itemSep;
      this.parts.push(indent ? '{' + this.newline(level + 1) : '{');
      let first = true;
      for (let i = 0; i < listLength(getHandle(hSorted)); i++) {
        const keyText = this.key(tupleGet(listGet(getHandle(hSorted), i), 0));
        if (keyText === null) continue;
        if (!first) this.parts.push(sep);
        first = false;
        this.parts.push(keyText, this.o.keySep);
        this.value(tupleGet(listGet(getHandle(hSorted), i), 1), level + 1);
      }
      this.parts.push(indent ? this.newline(level) + '}' : '}');
      this.leave(getHandle(hd));
    } finally {
      releaseHandles(mark);
    }
  }
}

/** The JSON text of v. */
export function encodeValue(v: Value, o: EncodeOptions): string {
  const enc = new Encoder(o);
  const mark = handleCount();
  try {
    pushHandle(v);
    enc.value(v, 0);
    return enc.parts.join('');
  } finally {
    releaseHandles(mark);
  }
}
