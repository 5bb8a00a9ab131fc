/**
 * The Node main thread's half of the `signal` module (src/lib/signal-module.ts): the process's
 * signal dispositions belong to this thread, the one Node delivers signals to. For each signal
 * the program set a handler for, a listener makes the signal pending for Python's main thread
 * (requestInterrupt), which runs the handler at its next safepoint; SIG_IGN is a listener that
 * does nothing; SIG_DFL removes the listener, so the system's default action applies again.
 *
 * SIGINT starts with CPython's default_int_handler: Ctrl-C raises KeyboardInterrupt in the main
 * thread, and a second Ctrl-C before the program has ended ends the process at once (a program
 * stuck in a call that never reaches a safepoint would otherwise need kill -9). signal.alarm is a
 * timer here that sends SIGALRM to the process.
 */
import { signalName, type SignalAction, type SignalRequest } from '../lib/signal-protocol.js';
import { requestInterrupt, SIGINT } from '../heap/memory.js';

export class SignalServer {
  private readonly listeners = new Map<NodeJS.Signals, () => void>();
  private interrupts = 0;
  private alarmTimer: NodeJS.Timeout | null = null;
  private alarmDue = 0;

  /**
   * `heap`: the Python heap once the worker has made it (null before); `interactive`: at the
   * interactive prompt every Ctrl-C is a KeyboardInterrupt, as in CPython.
   */
  constructor(
    private readonly heap: () => Int32Array | null,
    private readonly interactive: () => boolean,
  ) {
    this.take(SIGINT, 'interrupt');
  }

  /** Answer a worker's request, waking it through the request's reply buffer. */
  answer(m: SignalRequest): void {
    const words = new Int32Array(m.reply);
    if (m.kind === 'signal') this.take(m.signum, m.action);
    else words[1] = this.alarm(m.seconds);
    Atomics.store(words, 0, 1);
    Atomics.notify(words, 0);
  }

  /** Stop listening and cancel the alarm: the program has ended. */
  close(): void {
    for (const [name, listener] of this.listeners) process.off(name, listener);
    this.listeners.clear();
    if (this.alarmTimer !== null) clearTimeout(this.alarmTimer);
    this.alarmTimer = null;
  }

  private take(signum: number, action: SignalAction): void {
    const name = signalName(signum);
    if (name === undefined) return;
    const old = this.listeners.get(name);
    if (old !== undefined) process.off(name, old);
    this.listeners.delete(name);
    if (action === 'default') return;
    const listener = (): void => this.arrived(signum, action);
    this.listeners.set(name, listener);
    process.on(name, listener);
  }

  private arrived(signum: number, action: SignalAction): void {
    const heap = this.heap();
    if (action === 'ignore') return;
    if (action === 'interrupt') {
      this.interrupts++;
      if (heap !== null && (this.interrupts === 1 || this.interactive())) requestInterrupt(heap, signum);
      else process.exit(130);
      return;
    }
    if (heap !== null) requestInterrupt(heap, signum);
  }

  /** alarm(seconds): SIGALRM to the process in `seconds` (0: cancel); the seconds the last one had left. */
  private alarm(seconds: number): number {
    const now = Date.now();
    // alarm(2) rounds what is left up to whole seconds (and says 1 for less than one).
    const left = this.alarmTimer === null ? 0 : Math.max(1, Math.round((this.alarmDue - now) / 1000));
    if (this.alarmTimer !== null) clearTimeout(this.alarmTimer);
    this.alarmTimer = null;
    if (seconds > 0) {
      this.alarmDue = now + seconds * 1000;
      this.arm();
    }
    return left;
  }

  /** Wait for alarmDue, in steps that setTimeout can take (it fires at once past 2^31 - 1 ms). */
  private arm(): void {
    const wait = Math.min(this.alarmDue - Date.now(), 0x7fffffff);
    this.alarmTimer = setTimeout(() => {
      if (Date.now() < this.alarmDue) return this.arm();
      this.alarmTimer = null;
      process.kill(process.pid, 'SIGALRM');
    }, Math.max(0, wait));
  }
}
