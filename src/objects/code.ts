/**
 * Code objects in the heap, made from the compiler's CodeObject.
 *
 *     code body (values):
 *     | bytecode | consts | names | localsplusnames | kinds | filename | name | qualname |
 *     | firstlineno | argcount | posonly | kwonly | stacksize | flags | nlocalsplus | ncells |
 *     | nfree | linetable | exceptiontable | serial | fastargc | framewords |
 *
 *   bytecode, kinds, linetable, exceptiontable   rawarrays (src/objects/arrays.ts)
 *   consts, names, localsplusnames               tuples (names are interned strs)
 *   the rest                                     small ints
 *
 * The interpreter reads instructions straight from the heap. The JS-side
 * CodeObject (for line numbers, exception tables, dis) is cached per worker,
 * keyed by serial; a worker that never saw it rebuilds it from the heap.
 */
import { fuse, unfuse } from '../bytecode/superinstructions.js';
import { CO_FAST_CELL, CO_FAST_FREE, CO_VARARGS, CO_VARKEYWORDS, CodeObject, isCodeObject } from '../bytecode/code.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex, type ConstValue } from '../compiler/ast.js';
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { CB_NEXT_SERIAL } from '../heap/memory.js';
import { newRawArray, rawArrayData, rawArrayLength } from './arrays.js';
import { intern } from './intern.js';
import { intFromBigInt } from './int.js';
import { S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { allocTuple, tupleGet, tupleLength, tupleSet } from './tuple.js';
import { getField, setField } from './typeobject.js';
import { constHooks } from './const-hooks.js';

export const CO_BYTECODE = 0;
export const CO_CONSTS = 1;
export const CO_NAMES = 2;
export const CO_LOCALSPLUSNAMES = 3;
export const CO_KINDS = 4;
export const CO_FILENAME = 5;
export const CO_NAME = 6;
export const CO_QUALNAME = 7;
export const CO_FIRSTLINENO = 8;
export const CO_ARGCOUNT = 9;
export const CO_POSONLY = 10;
export const CO_KWONLY = 11;
export const CO_STACKSIZE = 12;
export const CO_FLAGS = 13;
export const CO_NLOCALSPLUS = 14;
export const CO_NCELLS = 15;
export const CO_NFREE = 16;
export const CO_LINETABLE = 17;
export const CO_EXCEPTIONTABLE = 18;
export const CO_SERIAL = 19;
/** Small int: co_argcount when a call can bind positionally only (no *args, **kwargs, keyword-only), else -1. */
export const CO_FAST_ARGC = 20;
/** Small int: words a frame for this code needs (src/vm/frame.ts). */
export const CO_FRAME_WORDS = 21;
const CO_WORDS = 22;

const jsCode = new Map<number, CodeObject>();

/** Forget the cached JS code objects (serials restart with a new heap). */
export function resetCodeCache(): void {
  jsCode.clear();
}

function rawBytes(data: Uint8Array): Ref {
  const a = newRawArray(data.length);
  u8.set(data, rawArrayData(a));
  return a;
}
function readRaw(a: Ref): Uint8Array {
  const d = rawArrayData(a);
  return u8.slice(d, d + rawArrayLength(a));
}

/** Identifier-like str constants are interned, as CPython does. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The heap value of a compile-time constant. */
export function constValue(c: ConstValue): Value {
  if (c === null) return S.None;
  if (c === true) return S.True;
  if (c === false) return S.False;
  if (typeof c === 'bigint') return intFromBigInt(c);
  if (typeof c === 'number') return constHooks.newFloat(c);
  if (typeof c === 'string') return IDENTIFIER.test(c) || c.length <= 1 ? intern(c) : newStr(c);
  if (c === Ellipsis) return S.Ellipsis;
  if (c instanceof Uint8Array) return constHooks.newBytes(c);
  if (c instanceof PyComplex) return constHooks.newComplex(c.real, c.imag);
  if (c instanceof ConstTuple) return constTuple(c.items);
  if (c instanceof ConstFrozenSet) return constHooks.newFrozenSet(c.items.map(constValue));
  if (isCodeObject(c)) return loadCode(c);
  throw new Error(`unknown constant ${String(c)}`);
}

function constTuple(items: readonly ConstValue[]): Ref {
  // No collection can run while loading: holding refs in JS is safe.
  const t = allocTuple(items.length);
  items.forEach((item, i) => tupleSet(t, i, constValue(item)));
  return t;
}

function nameTuple(names: readonly string[]): Ref {
  const t = allocTuple(names.length);
  names.forEach((n, i) => tupleSet(t, i, intern(n)));
  return t;
}

/** Put a compiled code object (and its nested ones) in the heap. */
export function loadCode(code: CodeObject): Ref {
  const r = allocate(T.code, HEADER_BYTES + CO_WORDS * 4, false);
  // Atomic: threads load code at once (free-threading mode); the serial keys per-worker caches.
  const serial = Atomics.add(i32, CB_NEXT_SERIAL, 1);
  setField(r, CO_SERIAL, fromSmallInt(serial));
  // The heap's copy runs pairs of common instructions as one (superinstructions.ts).
  setField(r, CO_BYTECODE, rawBytes(fuse(code.co_code)));
  setField(r, CO_CONSTS, constTuple(code.co_consts));
  setField(r, CO_NAMES, nameTuple(code.co_names));
  setField(r, CO_LOCALSPLUSNAMES, nameTuple(code.co_localsplusnames));
  setField(r, CO_KINDS, rawBytes(code.co_localspluskinds));
  setField(r, CO_FILENAME, newStr(code.co_filename));
  setField(r, CO_NAME, intern(code.co_name));
  setField(r, CO_QUALNAME, newStr(code.co_qualname));
  setField(r, CO_FIRSTLINENO, fromSmallInt(code.co_firstlineno));
  setField(r, CO_ARGCOUNT, fromSmallInt(code.co_argcount));
  setField(r, CO_POSONLY, fromSmallInt(code.co_posonlyargcount));
  setField(r, CO_KWONLY, fromSmallInt(code.co_kwonlyargcount));
  setField(r, CO_STACKSIZE, fromSmallInt(code.co_stacksize));
  setField(r, CO_FLAGS, fromSmallInt(code.co_flags));
  setField(r, CO_NLOCALSPLUS, fromSmallInt(code.co_localsplusnames.length));
  let ncells = 0;
  let nfree = 0;
  for (const k of code.co_localspluskinds) {
    if (k & CO_FAST_FREE) nfree++;
    else if (k & CO_FAST_CELL) ncells++;
  }
  setField(r, CO_NCELLS, fromSmallInt(ncells));
  setField(r, CO_NFREE, fromSmallInt(nfree));
  setField(r, CO_LINETABLE, rawBytes(code.co_linetable));
  setField(r, CO_EXCEPTIONTABLE, rawBytes(code.co_exceptiontable));
  const simple = (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0;
  setField(r, CO_FAST_ARGC, fromSmallInt(simple ? code.co_argcount : -1));
  // F_LOCALSPLUS (12) header words, then localsplus and the value stack: see src/vm/frame.ts.
  setField(r, CO_FRAME_WORDS, fromSmallInt(12 + code.co_localsplusnames.length + code.co_stacksize));
  jsCode.set(serial, code);
  return r;
}

export function codeInt(code: Ref, field: number): number {
  return smallIntValue(getField(code, field));
}

/** Byte address of the first instruction. */
export function codeBytecodeAddress(code: Ref): number {
  return rawArrayData(getField(code, CO_BYTECODE));
}

/** The JS-side CodeObject (line table, exception table, names) for a heap code object. */
export function codeObjectOf(code: Ref): CodeObject {
  const serial = codeInt(code, CO_SERIAL);
  const hit = jsCode.get(serial);
  if (hit !== undefined) return hit;
  const strs = (t: Ref): string[] => Array.from({ length: tupleLength(t) }, (_, i) => strValue(tupleGet(t, i)));
  const rebuilt = new CodeObject({
    co_argcount: codeInt(code, CO_ARGCOUNT),
    co_posonlyargcount: codeInt(code, CO_POSONLY),
    co_kwonlyargcount: codeInt(code, CO_KWONLY),
    co_stacksize: codeInt(code, CO_STACKSIZE),
    co_flags: codeInt(code, CO_FLAGS),
    co_code: unfuse(readRaw(getField(code, CO_BYTECODE))),
    co_consts: [],
    co_names: strs(getField(code, CO_NAMES)),
    co_localsplusnames: strs(getField(code, CO_LOCALSPLUSNAMES)),
    co_localspluskinds: readRaw(getField(code, CO_KINDS)),
    co_filename: strValue(getField(code, CO_FILENAME)),
    co_name: strValue(getField(code, CO_NAME)),
    co_qualname: strValue(getField(code, CO_QUALNAME)),
    co_firstlineno: codeInt(code, CO_FIRSTLINENO),
    co_linetable: readRaw(getField(code, CO_LINETABLE)),
    co_exceptiontable: readRaw(getField(code, CO_EXCEPTIONTABLE)),
  });
  jsCode.set(serial, rebuilt);
  return rebuilt;
}
