/**
 * subprocess.Popen's natives, in `_gilvm_subprocess` beside run()'s
 * (subprocess-module.ts). A child that runs while Python runs is served by
 * the Node main thread (src/cli/process-server.ts), through a channel in the
 * heap (its layout: src/lib/process-protocol.ts) that the Popen object owns,
 * so that any thread can read the child's output or wait for it:
 *
 *     popen_spawn(channel, argv, executable, env, cwd, stdin, stdout, stderr) -> (pid, errno)
 *     popen_poll(channel)                   returncode, or None while it runs
 *     popen_wait(channel, timeout_ms)       returncode, or None at the timeout (None: no timeout)
 *     popen_read(channel, pipe, n)          up to n bytes (n < 0: all, to the end) of pipe 0
 *                                           (stdout) or 1 (stderr); b'' at its end
 *     popen_collect(channel, timeout_ms)    (stdout bytes, stderr bytes, complete): what both
 *                                           pipes hold until both end or the timeout
 *     popen_write(channel, data)            bytes for the child's stdin
 *     popen_close_stdin(channel)
 *     popen_done(channel)                   the main thread has let go of the channel
 *
 * Every wait releases the GIL (detaches) and sleeps on the channel's events
 * word; the main thread waits in 20 ms slices so that Ctrl-C raises
 * KeyboardInterrupt there, as in CPython's waitpid and communicate.
 */
import type { Value } from '../heap/layout.js';
import { CB_INTERRUPT } from '../heap/memory.js';
import { byteArrayData, byteArrayLength, isByteArray } from '../objects/bytearray.js';
import { bytesLikeData, newBytes } from '../objects/bytes.js';
import { intFromNumber } from '../objects/int.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isTupleLike } from '../objects/tuple-slots.js';
import { isStr } from '../objects/typecheck.js';
import { raise } from '../vm/errors.js';
import { isMainThread, reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { safepoint } from '../vm/safepoint.js';
import {
  CHANNEL_BYTES,
  EXITED,
  FAILED,
  RING_BYTES,
  STARTING,
  W_CODE,
  W_DONE,
  W_DRAIN,
  W_EVENTS,
  W_PID,
  W_STATE,
  pipeWord,
  ringOffset,
  type ProcessRequest,
  type StreamSpec,
} from './process-protocol.js';

/** The main thread's wait slice, between looks for Ctrl-C (ms). */
const MAIN_SLICE_MS = 20;

/**
 * How this worker reaches the Node main thread: set by the program's workers
 * (workers/python-main.ts, workers/python-thread.ts). Elsewhere (a VM run in-process
 * by a test runner) nobody serves children, and Popen raises OSError(ENOSYS).
 */
let post: ((m: ProcessRequest) => void) | null = null;

export function setProcessRequester(ask: ((m: ProcessRequest) => void) | null): void {
  post = ask;
}

/** The channel's byte address, checked for the shape the main thread writes into. */
function channelArg(v: Value): number {
  if (!isByteArray(v) || byteArrayLength(v) !== CHANNEL_BYTES) throw raise(E.TypeError, 'not a Popen channel');
  const at = byteArrayData(v);
  if ((at & 3) !== 0) throw raise(E.SystemError, 'misaligned Popen channel');
  return at;
}

function strTuple(v: Value, what: string): string[] {
  if (!isTupleLike(v)) throw raise(E.TypeError, `${what} must be a tuple of str`);
  const out: string[] = [];
  for (let i = 0; i < tupleLength(v); i++) {
    const s = tupleGet(v, i);
    if (!isStr(s)) throw raise(E.TypeError, `${what} must be a tuple of str`);
    out.push(strValue(s));
  }
  return out;
}

/** None (inherit), PIPE (-1), STDOUT (-2, stderr only), DEVNULL (-3) or a descriptor. */
function streamSpec(v: Value): StreamSpec | 'stdout' {
  if (v === S.None) return 'inherit';
  if ((v & 1) !== 1) throw raise(E.TypeError, 'bad stream argument');
  const n = v >> 1;
  if (n === -1) return 'pipe';
  if (n === -2) return 'stdout';
  if (n === -3) return 'ignore';
  if (n < 0) throw raise(E.ValueError, 'bad stream argument');
  return n;
}

/**
 * Wait, with the GIL released, until `ready()` or `deadline` (performance.now() ms);
 * whether it became ready. Ctrl-C in the main thread runs the handlers, then waits on.
 */
function waitFor(base: number, ready: () => boolean, deadline: number): boolean {
  if (ready()) return true;
  const main = isMainThread();
  for (;;) {
    let ok = false;
    let interrupted = false;
    releaseForBlocking();
    try {
      for (;;) {
        const seen = Atomics.load(i32, base + W_EVENTS);
        if (ready()) {
          ok = true;
          break;
        }
        const left = deadline - performance.now();
        if (left <= 0) break;
        if (main && Atomics.load(i32, CB_INTERRUPT) !== 0) {
          interrupted = true;
          break;
        }
        Atomics.wait(i32, base + W_EVENTS, seen, main ? Math.min(left, MAIN_SLICE_MS) : left);
      }
    } finally {
      reacquireAfterBlocking();
    }
    if (!interrupted) return ok;
    safepoint(); // a handler that raises ends the wait
  }
}

function deadlineOf(v: Value): number {
  if (v === S.None) return Infinity;
  if ((v & 1) !== 1) throw raise(E.TypeError, 'timeout must be an int of milliseconds');
  return performance.now() + Math.max(0, v >> 1);
}

function returncode(base: number): Value {
  return Atomics.load(i32, base + W_STATE) === EXITED ? intFromNumber(Atomics.load(i32, base + W_CODE)) : S.None;
}

/** Bytes waiting in pipe p's ring. */
function available(base: number, p: number): number {
  const w = base + pipeWord(p);
  return (Atomics.load(i32, w) - Atomics.load(i32, w + 1)) >>> 0;
}

function ended(base: number, p: number): boolean {
  return Atomics.load(i32, base + pipeWord(p) + 2) !== 0 && available(base, p) === 0;
}

/** Take up to n bytes from pipe p's ring into `out`; tell the main thread if it held data back. */
function take(at: number, p: number, n: number, out: Uint8Array[]): number {
  const base = at >> 2;
  const w = base + pipeWord(p);
  const tail = Atomics.load(i32, w + 1) >>> 0;
  const count = Math.min(n, available(base, p));
  if (count === 0) return 0;
  const ring = at + ringOffset(p);
  const chunk = new Uint8Array(count);
  for (let done = 0; done < count; ) {
    const from = (tail + done) % RING_BYTES;
    const run = Math.min(count - done, RING_BYTES - from);
    chunk.set(u8.subarray(ring + from, ring + from + run), done);
    done += run;
  }
  out.push(chunk);
  Atomics.store(i32, w + 1, (tail + count) | 0);
  if (Atomics.load(i32, base + W_DRAIN) !== 0) post?.({ kind: 'proc-drained', channel: at });
  return count;
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const c of chunks) {
    out.set(c, n);
    n += c.length;
  }
  return out;
}

defineFunction('_gilvm_subprocess', 'popen_spawn', (_s, argv, argc) => {
  if (argc !== 8) throw raise(E.TypeError, `popen_spawn() takes 8 arguments (${argc} given)`);
  const at = channelArg(i32[argv]!);
  const args = strTuple(i32[argv + 1]!, 'argv');
  if (args.length === 0) throw raise(E.ValueError, 'argv must not be empty');
  const executable = strValue(i32[argv + 2]!);
  const env: Record<string, string> = {};
  for (const kv of strTuple(i32[argv + 3]!, 'env')) {
    const eq = kv.indexOf('=');
    env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  const cwd = i32[argv + 4]! === S.None ? undefined : strValue(i32[argv + 4]!);
  const stdin = streamSpec(i32[argv + 5]!);
  const stdout = streamSpec(i32[argv + 6]!);
  const stderr = streamSpec(i32[argv + 7]!);
  if (stdin === 'stdout' || stdout === 'stdout') throw raise(E.ValueError, 'STDOUT is only for stderr');
  if (post === null) return newTuple([S.None, intFromNumber(38)]); // ENOSYS: nobody serves children here
  let file = executable;
  let rest = args.slice(1);
  let argv0 = args[0]!;
  let errSpec: StreamSpec;
  if (stderr === 'stdout') {
    if (stdout === 'pipe') {
      // One pipe for both, in the order written (as run() does: see subprocess-module.ts).
      file = '/bin/sh';
      rest = ['-c', 'exec "$0" "$@" 2>&1', executable, ...rest];
      argv0 = 'sh';
      errSpec = 'inherit';
    } else {
      errSpec = stdout === 'inherit' ? 1 : stdout;
    }
  } else {
    errSpec = stderr;
  }
  const base = at >> 2;
  post({ kind: 'proc-spawn', channel: at, file, args: rest, argv0, cwd, env, stdio: [stdin, stdout, errSpec] });
  waitFor(base, () => Atomics.load(i32, base + W_STATE) !== STARTING, Infinity);
  if (Atomics.load(i32, base + W_STATE) === FAILED) return newTuple([S.None, intFromNumber(Atomics.load(i32, base + W_CODE))]);
  return newTuple([intFromNumber(Atomics.load(i32, base + W_PID)), intFromNumber(0)]);
});

defineFunction('_gilvm_subprocess', 'popen_poll', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'popen_poll() takes 1 argument');
  return returncode(channelArg(i32[argv]!) >> 2);
});

defineFunction('_gilvm_subprocess', 'popen_wait', (_s, argv, argc) => {
  if (argc !== 2) throw raise(E.TypeError, 'popen_wait() takes 2 arguments');
  const base = channelArg(i32[argv]!) >> 2;
  waitFor(base, () => Atomics.load(i32, base + W_STATE) === EXITED, deadlineOf(i32[argv + 1]!));
  return returncode(base);
});

defineFunction('_gilvm_subprocess', 'popen_read', (_s, argv, argc) => {
  if (argc !== 3) throw raise(E.TypeError, 'popen_read() takes 3 arguments');
  const at = channelArg(i32[argv]!);
  const base = at >> 2;
  const p = i32[argv + 1]! >> 1 === 1 ? 1 : 0;
  const v = i32[argv + 2]!;
  if ((v & 1) !== 1) throw raise(E.TypeError, 'n must be an int');
  const n = v >> 1;
  const chunks: Uint8Array[] = [];
  if (n < 0) {
    // To the end: whatever arrives, until the child closes the pipe.
    for (;;) {
      take(at, p, Infinity, chunks);
      if (ended(base, p)) break;
      waitFor(base, () => available(base, p) > 0 || ended(base, p), Infinity);
    }
  } else if (n > 0) {
    waitFor(base, () => available(base, p) > 0 || ended(base, p), Infinity);
    take(at, p, n, chunks);
  }
  return newBytes(chunks.length === 0 ? new Uint8Array(0) : joined(chunks));
});

defineFunction('_gilvm_subprocess', 'popen_collect', (_s, argv, argc) => {
  if (argc !== 4) throw raise(E.TypeError, 'popen_collect() takes 4 arguments');
  const at = channelArg(i32[argv]!);
  const base = at >> 2;
  const want = [i32[argv + 1]! === S.True, i32[argv + 2]! === S.True];
  const deadline = deadlineOf(i32[argv + 3]!);
  const got: Uint8Array[][] = [[], []];
  const finished = (): boolean => want.every((w, p) => !w || ended(base, p));
  const ready = (): boolean => finished() || want.some((w, p) => w && available(base, p) > 0);
  for (;;) {
    for (let p = 0; p < 2; p++) if (want[p]) take(at, p, Infinity, got[p]!);
    if (finished()) break;
    if (!waitFor(base, ready, deadline)) break;
  }
  const out = (p: number): Value => (want[p] ? newBytes(got[p]!.length === 0 ? new Uint8Array(0) : joined(got[p]!)) : S.None);
  const o = out(0);
  const e = out(1);
  return newTuple([o, e, finished() ? S.True : S.False]);
});

defineFunction('_gilvm_subprocess', 'popen_write', (_s, argv, argc) => {
  if (argc !== 2) throw raise(E.TypeError, 'popen_write() takes 2 arguments');
  const at = channelArg(i32[argv]!);
  const d = bytesLikeData(i32[argv + 1]!);
  if (d === null) throw raise(E.TypeError, 'a bytes-like object is required');
  if (d.length > 0) post?.({ kind: 'proc-write', channel: at, data: d.slice() });
  return intFromNumber(d.length);
});

defineFunction('_gilvm_subprocess', 'popen_close_stdin', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'popen_close_stdin() takes 1 argument');
  post?.({ kind: 'proc-close-stdin', channel: channelArg(i32[argv]!) });
  return S.None;
});

defineFunction('_gilvm_subprocess', 'popen_done', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'popen_done() takes 1 argument');
  return Atomics.load(i32, (channelArg(i32[argv]!) >> 2) + W_DONE) !== 0 ? S.True : S.False;
});
