/**
 * Per-module import locks, as importlib's _ModuleLock (Lib/importlib/_bootstrap.py):
 * a module is run once however many threads import it at once, and none of
 * them sees it before its body has finished, except in the cases where
 * CPython shows a partly initialized module too (a circular import in one
 * thread, or two threads each importing what the other is importing: the
 * "deadlock" that _ModuleLock detects and breaks).
 *
 * Imports under way are two heap dicts in the root table, changed under the
 * first one's lock: ROOT_IMPORTING maps a module name to the ident of the
 * thread running its body, ROOT_IMPORT_WAITERS a waiting thread's ident to
 * the name it waits for. Waiting releases the GIL (or detaches), as any
 * blocking call, and wakes up when an import ends (CB_IMPORTS_DONE).
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_IMPORTS_DONE } from '../heap/memory.js';
import { dictDel, dictGet, dictSet, dictSize, newDict } from '../objects/dict.js';
import { rootGet, rootSet, rootTable, ROOT_IMPORT_WAITERS, ROOT_IMPORTING } from '../objects/roots.js';
import { reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { lockObject, unlockObject } from '../vm/object-lock.js';
import { threadIdent } from '../vm/thread-state.js';

/** A waiter looks again at least this often (ms), in case a wake-up was missed. */
const WAIT_SLICE_MS = 20;
/** The longest chain of waiting threads followed when looking for a deadlock. */
const MAX_CHAIN = 64;

function table(k: number): Ref {
  let d = rootGet(k);
  if (d === NULL) {
    lockObject(rootTable());
    try {
      d = rootGet(k);
      if (d === NULL) {
        d = newDict();
        rootSet(k, d);
      }
    } finally {
      unlockObject(rootTable());
    }
  }
  return d;
}

/** Is some import under way (in any thread)? The common answer, no, costs a load or two. */
export function importsUnderway(): boolean {
  const d = rootGet(ROOT_IMPORTING);
  return d !== NULL && dictSize(d) !== 0;
}

/** Would waiting for `owner` wait, through a chain of waiters, for this thread? */
function wouldDeadlock(owner: number, me: number): boolean {
  const importing = table(ROOT_IMPORTING);
  const waiters = table(ROOT_IMPORT_WAITERS);
  let t = owner;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const name = dictGet(waiters, fromSmallInt(t));
    if (name === NULL) return false;
    const next = dictGet(importing, name);
    if (next === NULL) return false;
    if (next >> 1 === me) return true;
    t = next >> 1;
  }
  return false;
}

/** The thread importing `name`, when it is another thread that this one may wait for; 0 otherwise. */
function ownerToWaitFor(name: Value, me: number): number {
  const importing = table(ROOT_IMPORTING);
  lockObject(importing);
  try {
    const owner = dictGet(importing, name);
    if (owner === NULL || owner >> 1 === me || wouldDeadlock(owner >> 1, me)) return 0;
    return owner >> 1;
  } finally {
    unlockObject(importing);
  }
}

/** Wait until some import ends (the caller looks again). */
function waitForAnImport(name: Value, me: number): void {
  const seen = Atomics.load(i32, CB_IMPORTS_DONE);
  const waiters = table(ROOT_IMPORT_WAITERS);
  const importing = table(ROOT_IMPORTING);
  lockObject(importing);
  try {
    dictSet(waiters, fromSmallInt(me), name);
  } finally {
    unlockObject(importing);
  }
  releaseForBlocking();
  try {
    Atomics.wait(i32, CB_IMPORTS_DONE, seen, WAIT_SLICE_MS);
  } finally {
    reacquireAfterBlocking();
    lockObject(importing);
    try {
      dictDel(waiters, fromSmallInt(me));
    } finally {
      unlockObject(importing);
    }
  }
}

/**
 * A module found in sys.modules: if another thread is still running its body,
 * wait until it is done. Returns true if it waited (the caller looks in
 * sys.modules again: the import may have failed).
 */
export function waitWhileImported(name: Value): boolean {
  const me = threadIdent();
  if (ownerToWaitFor(name, me) === 0) return false;
  while (ownerToWaitFor(name, me) !== 0) waitForAnImport(name, me);
  return true;
}

/** claimImport's answers. */
export const CLAIMED = 1;
/** This thread imports `name` already (nested), or waiting would deadlock: go on without a claim. */
export const NOT_CLAIMED = 2;
/** Another thread imported it meanwhile (or failed to): look in sys.modules again. */
export const WAITED = 0;

/** Before running a module's body: become the thread that imports `name`, or wait for the one that does. */
export function claimImport(name: Value): number {
  const me = threadIdent();
  const importing = table(ROOT_IMPORTING);
  lockObject(importing);
  let owner: Value;
  try {
    owner = dictGet(importing, name);
    if (owner === NULL) {
      dictSet(importing, name, fromSmallInt(me));
      return CLAIMED;
    }
  } finally {
    unlockObject(importing);
  }
  if (owner >> 1 === me) return NOT_CLAIMED;
  if (ownerToWaitFor(name, me) === 0) return NOT_CLAIMED;
  waitForAnImport(name, me);
  return WAITED;
}

/** After the body ran (or failed): others may look at `name` now. */
export function releaseImport(name: Value): void {
  const importing = table(ROOT_IMPORTING);
  lockObject(importing);
  try {
    dictDel(importing, name);
  } finally {
    unlockObject(importing);
  }
  Atomics.add(i32, CB_IMPORTS_DONE, 1);
  Atomics.notify(i32, CB_IMPORTS_DONE);
}
