/**
 * Which code objects make generators whose closing may run code: a generator or coroutine
 * suspended at a `yield` inside a `try`/`with` runs its `finally` or `__exit__` when closed, and
 * the end of the program closes those still suspended (generator-finalize.ts,
 * closeSuspendedAtExit), finding them by a walk of the whole heap: 27 ms for float.py's 80 MB
 * heap, which holds no generator at all. Every generator's code has one handler of its own, the
 * StopIteration wrapper around its body, which runs nothing on close; a code object with any
 * other handler may. newGenerator notes each generator's code here, and the first that may
 * sets CB_CLOSABLE_GENERATORS, without which the walk is skipped.
 */
import { decodeExceptionTable } from '../bytecode/exceptiontable.js';
import { INTRINSIC_1, Op } from '../bytecode/opcodes.js';
import type { Ref } from '../heap/layout.js';
import { CB_CLOSABLE_GENERATORS } from '../heap/memory.js';
import { CO_SERIAL, codeObjectOf } from '../objects/code.js';
import { getField } from '../objects/typeobject.js';

const STOPITERATION_ERROR = INTRINSIC_1.indexOf('INTRINSIC_STOPITERATION_ERROR');

/** Whether the instruction at byte offset `target` of `bytes` (co_code) is the StopIteration wrapper's first: CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR. */
export function isStopIterationWrapper(bytes: Uint8Array, target: number): boolean {
  return bytes[target] === Op.CALL_INTRINSIC_1 && bytes[target + 1] === STOPITERATION_ERROR;
}

/** This worker's answers so far, by code serial (serials are never reused). */
const answered = new Map<number, boolean>();

/** Whether a generator of `code` (a heap code object) may run code when it is closed suspended. */
function closingMayRunCode(code: Ref): boolean {
  const serial = getField(code, CO_SERIAL) >> 1;
  let may = answered.get(serial);
  if (may === undefined) {
    const co = codeObjectOf(code);
    may = decodeExceptionTable(co.co_exceptiontable).some((e) => !isStopIterationWrapper(co.co_code, e.target));
    answered.set(serial, may);
  }
  return may;
}

/** A generator or coroutine of `code` was made (objects/generator.ts, newGenerator). */
export function noteGeneratorCode(code: Ref): void {
  if (i32[CB_CLOSABLE_GENERATORS] === 0 && closingMayRunCode(code)) i32[CB_CLOSABLE_GENERATORS] = 1;
}

/** Whether any generator made so far, by any thread, may run code when closed. */
export function closableGeneratorsMade(): boolean {
  return Atomics.load(i32, CB_CLOSABLE_GENERATORS) !== 0;
}
