/**
 * Free-threading mode's thread states and stop-the-world, as CPython's
 * free-threaded build (Python/pystate.c: _PyThreadState_Attach/Detach,
 * _PyEval_StopTheWorld).
 *
 * A thread is *attached* while it runs Python and may touch the heap, and
 * *detached* while it blocks (lock waits, sleeps, joins, I/O) or parks; a
 * detached thread's frames are saved and its allocation buffer parked, as
 * under the GIL. CB_ATTACHED counts attached threads.
 *
 * A collection stops the world: the collecting thread claims CB_STW (0 to its
 * ident), sets the eval breaker, and waits until it is the only attached
 * thread. Every other thread sees the breaker at its next safepoint and parks
 * (detaches, waits for CB_STW to clear, attaches again); a detached thread
 * that wants to attach meanwhile waits the same way. Claiming and attaching
 * are each an atomic update followed by a check of the other word, so that
 * of two threads doing them at once at least one sees the other (every
 * Atomics operation is sequentially consistent).
 *
 * Per-object locks are released on detaching (src/vm/object-lock.ts): a
 * parked thread never holds up one that runs.
 */
import { CB_ATTACHED, CB_GC_REQUESTED, CB_STW } from '../heap/memory.js';

/** How long the stopping thread waits between two settings of the eval breaker (ms). */
const BREAKER_RETRY_MS = 1;

/** Count this thread as attached, waiting first while another thread has the world stopped; true if it waited. */
export function enterWorld(): boolean {
  for (let waited = false; ; waited = true) {
    Atomics.add(i32, CB_ATTACHED, 1);
    if (Atomics.load(i32, CB_STW) === 0) return waited;
    // A stop is under way: do not count, and let the stopper know.
    Atomics.sub(i32, CB_ATTACHED, 1);
    Atomics.notify(i32, CB_ATTACHED);
    waitWhileStopped();
  }
}

/** Stop counting this thread as attached (its frames are saved, its buffer parked). */
export function leaveWorld(): void {
  Atomics.sub(i32, CB_ATTACHED, 1);
  if (Atomics.load(i32, CB_STW) !== 0) Atomics.notify(i32, CB_ATTACHED);
}

function waitWhileStopped(): void {
  for (;;) {
    const s = Atomics.load(i32, CB_STW);
    if (s === 0) return;
    Atomics.wait(i32, CB_STW, s);
  }
}

/** Is some thread stopping the world (a safepoint should park)? */
export function worldStopRequested(): boolean {
  return Atomics.load(i32, CB_STW) !== 0;
}

/**
 * Try to stop the world, as the attached thread `ident`: false if another
 * thread is stopping it (the caller parks, then decides again); true once
 * every other thread is detached.
 */
export function tryStopWorld(ident: number): boolean {
  if (Atomics.compareExchange(i32, CB_STW, 0, ident) !== 0) return false;
  for (;;) {
    const attached = Atomics.load(i32, CB_ATTACHED);
    if (attached <= 1) return true;
    // Set again each time: a thread clearing the breaker at its safepoint may have raced with ours.
    Atomics.store(i32, CB_GC_REQUESTED, 1);
    Atomics.wait(i32, CB_ATTACHED, attached, BREAKER_RETRY_MS);
  }
}

/** Let the stopped threads go on. */
export function startWorld(): void {
  Atomics.store(i32, CB_STW, 0);
  Atomics.notify(i32, CB_STW);
}
