/**
 * The `_gilvm_subprocess` built-in module: the one native under
 * stdlib/subprocess.py (and os.system).
 *
 *     run(argv, executable, env, cwd, input, stdin, stdout, stderr, timeout_ms)
 *         -> (returncode, stdout bytes | None, stderr bytes | None, timed_out, errno)
 *
 * It starts a child process and waits for it with Node's spawnSync, the GIL
 * released meanwhile (detached, in free-threading mode), so Python threads
 * running children run them in parallel, as in CPython, where the waiting
 * thread is blocked in waitpid/communicate without the GIL. A worker's
 * interpreter never returns to its event loop while Python code runs, so an
 * asynchronous child (a Popen object read while it runs) is not possible
 * here: this is why subprocess offers run() and the functions built on it.
 *
 * The Python layer has done everything CPython's Popen checks before the
 * fork: argv is a tuple of str, `executable` the path found on PATH (argv[0]
 * stays what the caller wrote), env a tuple of 'KEY=value' strings or None
 * (os.environ, by the caller), cwd a str or None, input bytes or None.
 * stdin/stdout/stderr: None (inherit), PIPE (-1), STDOUT (-2, stderr only),
 * DEVNULL (-3) or a file descriptor. returncode is the exit status, or
 * -signal when a signal ended the child; at the timeout the child is killed
 * (SIGKILL, as run() does) and timed_out is True, with what it wrote so far.
 * errno is 0, or the error that kept the child from starting (returncode is
 * then None; the Python layer raises the OSError).
 */
import { constants } from 'node:os';
import type { StdioOptions } from 'node:child_process';
import type { Value } from '../heap/layout.js';
import { CB_INTERRUPT } from '../heap/memory.js';
import { bytesLikeData, newBytes } from '../objects/bytes.js';
import { intFromNumber } from '../objects/int.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { isStr } from '../objects/typecheck.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isTupleLike } from '../objects/tuple-slots.js';
import { raise } from '../vm/errors.js';
import { isMainThread, reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { safepoint } from '../vm/safepoint.js';
import { defineBuiltinModule } from './import-registry.js';
import { CHANNEL_BYTES } from './process-protocol.js';
import { dictSet } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { nodeChildProcess } from './node-lazy.js';

const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

/** Output a child may write to a pipe: well past what a Python program keeps in one bytes object. */
const MAX_BUFFER = 1 << 30;

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

/** A stream argument: null (inherit), PIPE, STDOUT, DEVNULL or a descriptor. */
function streamArg(v: Value): number | null {
  if (v === S.None) return null;
  if ((v & 1) !== 1 || (v >> 1) < DEVNULL) throw raise(E.ValueError, 'bad stream argument');
  return v >> 1;
}

function stdioOf(spec: number | null, hasInput: boolean): 'pipe' | 'inherit' | 'ignore' | number {
  if (hasInput || spec === PIPE) return 'pipe';
  if (spec === null) return 'inherit';
  if (spec === DEVNULL) return 'ignore';
  return spec;
}

defineFunction('_gilvm_subprocess', 'run', (_s, argv, argc) => {
  if (argc !== 9) throw raise(E.TypeError, `run() takes 9 arguments (${argc} given)`);
  const args = strTuple(i32[argv]!, 'argv');
  if (args.length === 0) throw raise(E.ValueError, 'argv must not be empty');
  const executable = strValue(i32[argv + 1]!);
  const envValue = i32[argv + 2]!;
  let env: Record<string, string> | undefined;
  if (envValue !== S.None) {
    env = {};
    for (const kv of strTuple(envValue, 'env')) {
      const eq = kv.indexOf('=');
      env[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
  }
  const cwd = i32[argv + 3]! === S.None ? undefined : strValue(i32[argv + 3]!);
  let input: Buffer | undefined;
  if (i32[argv + 4]! !== S.None) {
    const d = bytesLikeData(i32[argv + 4]!);
    if (d === null) throw raise(E.TypeError, 'input must be bytes');
    input = Buffer.from(d); // a copy: the heap is not read while the GIL is released
  }
  const stdin = streamArg(i32[argv + 5]!);
  const stdout = streamArg(i32[argv + 6]!);
  const stderr = streamArg(i32[argv + 7]!);
  const timeoutMs = i32[argv + 8]! === S.None ? undefined : i32[argv + 8]! >> 1;

  const stdio: StdioOptions = [stdioOf(stdin, input !== undefined), stdioOf(stdout, false), 'inherit'];
  let file = executable;
  let spawnArgs = args.slice(1);
  let argv0 = args[0]!;
  if (stderr === STDOUT) {
    if (stdout === PIPE) {
      // Both into one pipe, in the order they were written: spawnSync gives each its own, so a
      // shell joins them (`exec` leaves no shell behind; POSIX sh cannot set argv[0], so the
      // child sees the executable's path there).
      file = '/bin/sh';
      spawnArgs = ['-c', 'exec "$0" "$@" 2>&1', executable, ...spawnArgs];
      argv0 = 'sh';
    } else {
      stdio[2] = stdio[1]!;
    }
  } else {
    stdio[2] = stdioOf(stderr, false);
  }

  let status: number | null = null;
  let signal: string | null = null;
  let out: Buffer | null = null;
  let err: Buffer | null = null;
  let timedOut = false;
  let failure: NodeJS.ErrnoException | undefined;
  releaseForBlocking();
  try {
    const r = nodeChildProcess().spawnSync(file, spawnArgs, {
      argv0,
      cwd,
      env: env ?? process.env,
      input: input ?? (stdin === PIPE ? Buffer.alloc(0) : undefined),
      stdio,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: MAX_BUFFER,
    });
    status = r.status;
    signal = r.signal;
    out = stdout === PIPE ? (r.stdout ?? Buffer.alloc(0)) : null;
    err = stderr === PIPE ? (r.stderr ?? Buffer.alloc(0)) : null;
    const e = r.error as NodeJS.ErrnoException | undefined;
    if (e?.code === 'ETIMEDOUT') timedOut = true;
    else if (e !== undefined) failure = e;
  } finally {
    reacquireAfterBlocking();
  }
  // A Ctrl-C reached the child too (one process group); the main thread raises KeyboardInterrupt.
  if (isMainThread() && Atomics.load(i32, CB_INTERRUPT) !== 0) safepoint();
  if (failure !== undefined && status === null && signal === null) {
    return newTuple([S.None, S.None, S.None, S.False, intFromNumber(Math.abs(failure.errno ?? 0) || 5)]);
  }
  const code = signal !== null ? -((constants.signals as Record<string, number>)[signal] ?? 0) : (status ?? 0);
  const outRef = out === null ? S.None : newBytes(out);
  const errRef = err === null ? S.None : newBytes(err);
  return newTuple([intFromNumber(code), outRef, errRef, timedOut ? S.True : S.False, intFromNumber(0)]);
});

defineBuiltinModule('_gilvm_subprocess', 'Child processes for subprocess and os.system(), waited for with the GIL released.', (d) => {
  // The size of a Popen channel (popen-module.ts), which subprocess.py allocates.
  dictSet(d, intern('CHANNEL_BYTES'), intFromNumber(CHANNEL_BYTES));
});
