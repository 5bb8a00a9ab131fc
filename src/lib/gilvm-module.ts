/**
 * The `gilvm` module: the running program's own counters, so that a lesson
 * can print what the GIL cost it. `gilvm.threads()` gives one dict per thread
 * (live ones, then those that ended) from src/vm/thread-stats.ts's snapshot;
 * `gilvm.mode()` says which lock the program runs under. `gilvm.run()` runs
 * another program in a child gilvm, in a mode of the caller's choice, and
 * returns its output and statistics: a lesson can put the two modes side by
 * side from one command (examples/gil_vs_nogil.py).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gilvmBin } from '../cli/gilvm-bin.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CB_GIL_ENABLED, CB_INTERRUPT } from '../heap/memory.js';
import { isList, listAppend, listGet, listLength, newList } from '../objects/list.js';
import { strValue } from '../objects/str.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import { isTupleLike } from '../objects/tuple-slots.js';
import { runPythonArgs, type RunPythonOptions } from '../run-command.js';
import { typeNameOf } from '../vm/abstract.js';
import { PY_ERROR, raise } from '../vm/errors.js';
import { safepoint } from '../vm/safepoint.js';
import { realArg } from './math-args.js';
import { decodeAt } from './json-decode.js';
import { nodeChildProcess } from './node-lazy.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intern } from '../objects/intern.js';
import { intFromNumber } from '../objects/int.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { holdsGil, isMainThread, reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { programStats, type ThreadStats } from '../vm/thread-stats.js';
import { getHandle, handleCount, pushHandle, releaseHandles, setCurrentException } from '../vm/thread-state.js';
import { isStrValue, noKeywords, parseClinic, unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

/** The dict's keys and values, in the order Python sees them. */
function entries(t: ThreadStats): [string, () => Value][] {
  return [
    ['ident', () => intFromNumber(t.ident)],
    ['name', () => newStr(t.name)],
    ['native_id', () => intFromNumber(t.nativeId)],
    ['alive', () => (t.alive ? S.True : S.False)],
    ['bytecodes', () => intFromNumber(t.bytecodes)],
    ['gil_wait_s', () => newFloat(t.gilWaitS)],
    ['gil_hold_s', () => newFloat(t.gilHoldS)],
    ['gil_acquisitions', () => intFromNumber(t.gilAcquisitions)],
    ['drop_requests', () => intFromNumber(t.dropRequests)],
    ['forced_switches', () => intFromNumber(t.forcedSwitches)],
    ['blocked_s', () => newFloat(t.blockedS)],
    ['wall_s', () => newFloat(t.wallS)],
  ];
}

/** A dict of `pairs` (key, maker of the value), in that order. */
function dictOf(pairs: [string, () => Value][]): Ref {
  const mark = handleCount();
  try {
    const d = pushHandle(newDict());
    for (const [key, make] of pairs) dictSet(getHandle(d), intern(key), make());
    return getHandle(d);
  } finally {
    releaseHandles(mark);
  }
}

defineFunction('gilvm', 'threads', (_s, _argv, argc, kwnames) => {
  noKeywords('threads', kwnames);
  unpackCount('threads', argc, 0, 0);
  const stats = programStats();
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    for (const t of stats.threads) listAppend(getHandle(out), dictOf(entries(t)));
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});

// Only the mode: programStats() would gather every thread's figures to say it.
defineFunction('gilvm', 'mode', () => newStr(i32[CB_GIL_ENABLED] !== 0 ? 'gil' : 'free-threading'));

defineFunction('gilvm', 'holds_gil', () => (holdsGil() ? S.True : S.False));

/**
 * The `--stats-json` document as json.loads would give it, by the json module's own decoder;
 * None if the file is missing or cut short (a run killed while it wrote).
 */
function statsOf(file: string): Value {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return S.None;
  }
  const mark = handleCount();
  try {
    const doc = pushHandle(newStr(text));
    const none = -1;
    const opts = { strict: true, objectHook: none, pairsHook: none, parseFloat: none, parseInt: none, parseConstant: none, errorClass: pushHandle(E.ValueError) };
    return decodeAt(getHandle(doc), text, 0, opts)[0];
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
}

/** A str argument, or TypeError naming the parameter. */
function strArg(fname: string, param: string, v: Value): string {
  if (!isStrValue(v)) throw raise(E.TypeError, `${fname}() argument '${param}' must be str, not ${typeNameOf(v)}`);
  return strValue(v);
}

const RUN_MODES: Record<string, RunPythonOptions['mode']> = { gil: 'gil', nogil: 'free-threading', 'free-threading': 'free-threading' };

/**
 * gilvm.run(file, args=(), *, mode='gil', switch_interval=None, timeout=None): run `file` in a
 * child gilvm (`-X gil=1|0 --stats-json`) and wait for it, the GIL released meanwhile; returns
 * {'returncode', 'stdout', 'stderr', 'stats', 'process_wall_s'}. returncode is None when the
 * run was killed at `timeout` seconds; stats is the --stats-json document, None if it ended
 * before writing it.
 */
defineFunction('gilvm', 'run', (_s, argv, argc, kwnames) => {
  const a: Value[] = [];
  parseClinic('run', argv, argc, kwnames, ['file', 'args'], 0, 1, ['mode', 'switch_interval', 'timeout'], a);
  const file = strArg('run', 'file', a[0]!);
  const args: string[] = [];
  if (a[1] !== NULL) {
    const seq = a[1]!;
    if (isList(seq)) for (let i = 0; i < listLength(seq); i++) args.push(strArg('run', 'args', listGet(seq, i)));
    else if (isTupleLike(seq)) for (let i = 0; i < tupleLength(seq); i++) args.push(strArg('run', 'args', tupleGet(seq, i)));
    else throw raise(E.TypeError, `run() argument 'args' must be a list or tuple of str, not ${typeNameOf(seq)}`);
  }
  const modeName = a[2] === NULL ? 'gil' : strArg('run', 'mode', a[2]!);
  const mode = RUN_MODES[modeName];
  if (mode === undefined) throw raise(E.ValueError, `run() mode must be 'gil', 'nogil' or 'free-threading', not '${modeName}'`);
  const switchInterval = a[3] === NULL || a[3] === S.None ? undefined : realArg(a[3]!);
  if (switchInterval !== undefined && !(switchInterval > 0)) throw raise(E.ValueError, 'switch interval must be strictly positive');
  const timeout = a[4] === NULL || a[4] === S.None ? undefined : realArg(a[4]!);

  const dir = mkdtempSync(join(tmpdir(), 'gilvm-run-'));
  const statsFile = join(dir, 'stats.json');
  let status: number | null;
  let stdout: string;
  let stderr: string;
  const t0 = performance.now();
  releaseForBlocking();
  try {
    const r = nodeChildProcess().spawnSync(process.execPath, [gilvmBin(), ...runPythonArgs({ file, args, mode, switchInterval }, statsFile, null)], {
      input: '',
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      ...(timeout !== undefined ? { timeout: timeout * 1000 } : {}),
    });
    status = r.status;
    stdout = r.stdout ?? '';
    stderr = r.error && !r.signal ? `${r.stderr ?? ''}${r.error.message}\n` : (r.stderr ?? '');
  } finally {
    reacquireAfterBlocking();
  }
  const wall = (performance.now() - t0) / 1000;
  try {
    // A Ctrl-C reached the child too (one process group); the main thread raises KeyboardInterrupt.
    if (isMainThread() && Atomics.load(i32, CB_INTERRUPT) !== 0) safepoint();
    return dictOf([
      ['returncode', () => (status === null ? S.None : intFromNumber(status))],
      ['stdout', () => newStr(stdout)],
      ['stderr', () => newStr(stderr)],
      ['stats', () => statsOf(statsFile)],
      ['process_wall_s', () => newFloat(wall)],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

defineBuiltinModule('gilvm', "gilvm's counters of the running program: gilvm.threads(), gilvm.mode(); gilvm.run() runs a program in a child gilvm in either mode.");
