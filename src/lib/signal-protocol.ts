/**
 * What the `signal` module's two halves say to each other: a Python thread
 * (src/lib/signal-module.ts) asks the Node main thread (src/cli/signal-server.ts),
 * which owns the process's signal dispositions. Free of the heap and the
 * interpreter, so that the main thread can import it.
 */
import { constants as osConstants } from 'node:os';

/**
 * How the process takes a signal: left to the system, ignored, handled by a Python handler, or
 * (SIGINT only) by default_int_handler, CPython's start-up handler for Ctrl-C.
 */
export type SignalAction = 'default' | 'ignore' | 'handle' | 'interrupt';

/** A request, answered through `reply` (Int32: [0] 1 once answered, [1] the answer). */
export type SignalRequest =
  /** Take `signum` as `action`. */
  | { kind: 'signal'; signum: number; action: SignalAction; reply: SharedArrayBuffer }
  /** signal.alarm: SIGALRM in `seconds` (0: none); the answer is the seconds the previous alarm had left. */
  | { kind: 'alarm'; seconds: number; reply: SharedArrayBuffer };

/** Node's name of signal `signum` (`SIGUSR1`), or undefined for the numbers it has none for. */
export function signalName(signum: number): NodeJS.Signals | undefined {
  for (const [name, n] of Object.entries(osConstants.signals)) if (n === signum) return name as NodeJS.Signals;
  return undefined;
}
