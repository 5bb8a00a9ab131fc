/**
 * The root table: a value array whose address is in the control block
 * (CB_ROOTS). Everything reachable from it survives collection. It holds the
 * built-in types, exception classes and singletons at fixed positions (so an
 * attaching worker can find them, src/objects/registry.ts), the interned
 * strings, `sys.modules`, and the thread states.
 *
 *     | interned | modules | builtins | threads | types ... | exceptions ... | singletons ... |
 */
import type { Ref, Value } from '../heap/layout.js';
import { HEADER_WORDS } from '../heap/layout.js';
import { CB_ROOTS } from '../heap/memory.js';
import { BUILTIN_TYPE_NAMES, EXCEPTION_TYPES, SINGLETON_NAMES } from './registry.js';

export const ROOT_INTERNED = 0;
/** sys.modules (a dict). */
export const ROOT_MODULES = 1;
/** The builtins module's dict. */
export const ROOT_BUILTINS = 2;
/** A list of thread states (one per live Python thread). */
export const ROOT_THREADS = 3;
/** The sys module. */
export const ROOT_SYS = 4;
/** Preallocated MemoryError instance (raised when the heap is full). */
export const ROOT_MEMORY_ERROR = 5;
// 6: the switch interval (src/lib/sys.ts), 7: the atexit callbacks (src/lib/atexit-module.ts).
// 8: the live weak references, 9: weak-reference callbacks to run (src/objects/weakref-core.ts).
export const ROOT_WEAKREFS = 8;
export const ROOT_WEAK_PENDING = 9;
/** A list of (ident, counters) for threads that have ended (src/vm/threads.ts), for the statistics. */
export const ROOT_ENDED_THREADS = 10;
/** Thread states of ended threads, kept for new threads to reuse (src/vm/threads.ts). */
export const ROOT_THREAD_CACHE = 11;
/** Imports under way (src/lib/import-lock.ts): module name -> ident of the importing thread, and thread ident -> name it waits for. */
export const ROOT_IMPORTING = 12;
export const ROOT_IMPORT_WAITERS = 13;
/** Creation sites of lockable objects (src/vm/lock-sites.ts): a list of (description, kind) and a dict key -> id. */
export const ROOT_LOCK_SITES = 14;
export const ROOT_LOCK_SITE_IDS = 15;
/** The Python-level signal handlers, a list indexed by signal number (src/lib/signal-module.ts); NULL until `_signal` loads. */
export const ROOT_SIGNAL_HANDLERS = 16;
export const ROOT_FIRST_TYPE = 17;
export const ROOT_FIRST_EXCEPTION = ROOT_FIRST_TYPE + BUILTIN_TYPE_NAMES.length;
export const ROOT_FIRST_SINGLETON = ROOT_FIRST_EXCEPTION + EXCEPTION_TYPES.length;
export const ROOT_COUNT = ROOT_FIRST_SINGLETON + SINGLETON_NAMES.length;

export function rootGet(k: number): Value {
  return i32[(i32[CB_ROOTS]! >> 2) + HEADER_WORDS + k]!;
}
export function rootSet(k: number, v: Value): void {
  i32[(i32[CB_ROOTS]! >> 2) + HEADER_WORDS + k] = v;
}
export function rootTable(): Ref {
  return i32[CB_ROOTS]!;
}
