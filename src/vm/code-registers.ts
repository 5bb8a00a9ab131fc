/**
 * What the interpreter reads of a code object at every frame switch (call,
 * return, resumption), gathered once per code object into a JS object found
 * by the code's serial in an array.
 *
 * Reading these words from the heap at each switch (six field reads through
 * the module's heap view, and a Map lookup for the LOAD_GLOBAL cache) was
 * about a third of the cost of a call (profile of a loop of calls to an
 * empty function). The values never change for a given code object: its
 * bytecode, constants and names are immutable, and objects never move. A
 * code object's serial is never reused within a heap, so an entry cannot be
 * confused with another code object's; entries of code objects that the
 * collector freed are dropped after each collection (pruneCodeRegisters).
 */
import { HEADER_WORDS, type Ref } from '../heap/layout.js';
import { rawArrayData, rawArrayLength } from '../objects/arrays.js';
import { CO_BYTECODE, CO_CONSTS, CO_EXCEPTIONTABLE, CO_FAST_ARGC, CO_FRAME_WORDS, CO_NAMES, CO_NFREE, CO_NLOCALSPLUS, CO_SERIAL } from '../objects/code.js';
import { T } from '../objects/registry.js';
import { tupleBase } from '../objects/tuple.js';
import { markReusableOperands } from './float-reuse.js';

export class CodeRegisters {
  constructor(
    /** The code object (to recognise a dead entry after a collection). */
    readonly code: Ref,
    readonly serial: number,
    /** Byte address of instruction 0. */
    readonly bytecode: number,
    /** Number of locals, cells and free variables (the value stack starts after them). */
    readonly nlocalsplus: number,
    /** i32 index of co_consts[0] and of co_names[0]. */
    readonly consts: number,
    readonly names: number,
    /** Words of a frame for this code (header, localsplus, stack). */
    readonly frameWords: number,
    /** The positional parameter count when a call with exactly that many positional arguments needs no binding; else -1. */
    readonly fastArgc: number,
    readonly nfree: number,
    /** LOAD_GLOBAL's inline cache (src/vm/global-cache.ts): one entry per 2-byte instruction. */
    readonly globalCache: Int32Array,
    /**
     * LOAD_ATTR's and STORE_ATTR's inline cache (src/vm/attr-cache.ts), likewise; a BINARY_OP's
     * first word holds its float-reuse flags (src/vm/float-reuse.ts).
     */
    readonly attrCache: Int32Array,
  ) {}
}

let bySerial: (CodeRegisters | undefined)[] = [];

function field(code: Ref, k: number): number {
  return i32[(code >> 2) + HEADER_WORDS + k]!;
}

/**
 * Registers of code objects looked up lately, in a table indexed by bits of
 * the code's address: a hit is a typed-array read and a comparison, and
 * saves the read of the code's serial and the lookup in bySerial (about a
 * tenth of fib.py). A hit writes nothing: storing a JS object into a module
 * variable or array costs a call of V8's write barrier while the object is
 * young, and a program that allocates little on the JS heap keeps its
 * registers young for its whole run (8% of a loop of calls went to the
 * barrier when a two-entry cache swapped its entries on each hit). Safe
 * because the table is emptied at every collection (pruneCodeRegisters),
 * before a dead code object's address can be reused. 1024 entries: with 256, two of
 * deltablue.py's hot functions shared an entry and 113,000 of its 9.6 million lookups missed
 * (1,000 with 1024; richards.py, pystone.py, go.py: a few hundred either way).
 */
const RECENT_SIZE = 1024;
/**
 * The table's index for `code` is `(code >>> 3) & RECENT_MASK` (heap objects are 8-byte aligned;
 * the next bits spread code objects over the table). The interpreter loop reads the table itself
 * at each frame switch (a hit there is two typed reads: V8 does not inline codeRegisters into the
 * loop, and the call was 4.7% of deltablue.py), and calls codeRegisters on a miss.
 */
export const RECENT_MASK = RECENT_SIZE - 1;
export const recentCodes = new Int32Array(RECENT_SIZE);
export const recentRegs: (CodeRegisters | null)[] = new Array<CodeRegisters | null>(RECENT_SIZE).fill(null);

/** The registers of heap code object `code`. */
export function codeRegisters(code: Ref): CodeRegisters {
  const i = (code >>> 3) & RECENT_MASK;
  if (recentCodes[i] === code) return recentRegs[i]!;
  const found = bySerial[field(code, CO_SERIAL) >> 1];
  const r = found !== undefined ? found : makeRegisters(code);
  recentCodes[i] = code;
  recentRegs[i] = r;
  return r;
}

function forgetRecent(): void {
  recentCodes.fill(0);
  recentRegs.fill(null);
}

/** Words of a LOAD_GLOBAL cache entry (see global-cache.ts) and of a LOAD_ATTR/STORE_ATTR entry (attr-cache.ts). */
export const GLOBAL_CACHE_WORDS = 6;
const ATTR_CACHE_WORDS = 4;

function makeRegisters(code: Ref): CodeRegisters {
  const serial = field(code, CO_SERIAL) >> 1;
  const bytecode = field(code, CO_BYTECODE);
  const r = new CodeRegisters(
    code,
    serial,
    rawArrayData(bytecode),
    field(code, CO_NLOCALSPLUS) >> 1,
    tupleBase(field(code, CO_CONSTS)),
    tupleBase(field(code, CO_NAMES)),
    field(code, CO_FRAME_WORDS) >> 1,
    field(code, CO_FAST_ARGC) >> 1,
    field(code, CO_NFREE) >> 1,
    new Int32Array((rawArrayLength(bytecode) >> 1) * GLOBAL_CACHE_WORDS),
    new Int32Array((rawArrayLength(bytecode) >> 1) * ATTR_CACHE_WORDS),
  );
  // BINARY_OP's word of the attribute cache holds which of its operands may be reused in place.
  const table = field(code, CO_EXCEPTIONTABLE);
  markReusableOperands(r.bytecode, rawArrayLength(bytecode), rawArrayData(table), rawArrayLength(table), r.attrCache);
  // Filled up to the serial, so that the array stays a packed one: a store far past its end
  // (serials are shared with type objects) would turn it into a slow dictionary.
  while (bySerial.length < serial) bySerial.push(undefined);
  bySerial[serial] = r;
  return r;
}

/** Every entry (the LOAD_GLOBAL caches are zeroed through this after a collection). */
export function forEachCodeRegisters(visit: (r: CodeRegisters) => void): void {
  for (const r of bySerial) if (r !== undefined) visit(r);
}

/** Drop the entries of code objects the last collection freed (their address now holds something else, or nothing). */
export function pruneCodeRegisters(): void {
  forgetRecent();
  for (let s = 0; s < bySerial.length; s++) {
    const r = bySerial[s];
    if (r === undefined) continue;
    if (i32[r.code >> 2] !== T.code || field(r.code, CO_SERIAL) >> 1 !== r.serial) bySerial[s] = undefined;
  }
}

/** A new heap: serials start over. */
export function resetCodeRegisters(): void {
  forgetRecent();
  bySerial = [];
}
