/**
 * Signals as Python's main thread sees them. In CPython a signal's C handler only notes the
 * signal; the main thread runs the Python handler between two bytecodes. gilvm has the same
 * split across threads: the Node main thread's listener (src/cli/signal-server.ts), or a Python
 * thread that sends a signal to its own process, sets the signal's bit in CB_PENDING_SIGNALS and
 * raises CB_INTERRUPT (src/heap/memory.ts requestInterrupt); the main thread's safepoint takes the
 * bits and runs the handlers here, lowest signal first, as PyErr_CheckSignals does.
 *
 * Which handler: the `_signal` module (src/lib/signal-module.ts) registers its dispatcher when it
 * loads. Before that, only SIGINT can be pending (Ctrl-C, _thread.interrupt_main), and its
 * default handler raises KeyboardInterrupt.
 */
import { CB_GC_REQUESTED, CB_INTERRUPT, CB_PENDING_SIGNALS, SIGINT } from '../heap/memory.js';

/** Runs the Python handler of `signum` (throws what it raises); false when there is no handler table yet. */
export type SignalDispatcher = (signum: number) => boolean;

let dispatcher: SignalDispatcher | null = null;

/** Installed by the `_signal` module when it loads, in each worker that loads it. */
export function setSignalDispatcher(d: SignalDispatcher): void {
  dispatcher = d;
}

/**
 * Take the pending signals and run their handlers (Python's main thread, at a safepoint, its ip
 * and sp saved, CB_INTERRUPT already cleared). `interrupt` is SIGINT's handler while no `_signal`
 * module exists. A handler that raises leaves the signals after it pending, for the next
 * safepoint, as CPython leaves them tripped.
 */
export function runPendingSignals(interrupt: () => never): void {
  const lo = Atomics.exchange(i32, CB_PENDING_SIGNALS, 0);
  const hi = Atomics.exchange(i32, CB_PENDING_SIGNALS + 1, 0);
  const words = [lo, hi];
  for (let word = 0; word < 2; word++) {
    while (words[word] !== 0) {
      const bits = words[word]!;
      const bit = bits & -bits;
      words[word] = bits ^ bit;
      const signum = word * 32 + 31 - Math.clz32(bit);
      try {
        if ((dispatcher === null || !dispatcher(signum)) && signum === SIGINT) interrupt();
      } catch (e) {
        if (words[0] !== 0 || words[1] !== 0) {
          Atomics.or(i32, CB_PENDING_SIGNALS, words[0]!);
          Atomics.or(i32, CB_PENDING_SIGNALS + 1, words[1]!);
          Atomics.store(i32, CB_INTERRUPT, 1);
          Atomics.store(i32, CB_GC_REQUESTED, 1);
        }
        throw e;
      }
    }
  }
}
