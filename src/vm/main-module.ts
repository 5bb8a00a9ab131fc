/**
 * Running the `__main__` module in this worker: start the runtime, load the
 * code, run it, and turn the outcome into an exit status as CPython does
 * (0; 1 after printing an uncaught exception's traceback; SystemExit's code).
 */
import { closeSuspendedAtExit } from './generator-finalize.js';
import { threadsLeftAfterJoins } from './threads.js';
import { deserializeCode } from '../bytecode/marshal.js';
import { CB_BUMP, CB_COLLECTIONS, CB_FINALIZING, CB_GC_STRESS, CB_GIL_ENABLED, CB_IN_USE, CB_PEAK, CB_TRACE, CONTROL_BYTES } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/layout.js';
import { loadCode } from '../objects/code.js';
import { setAllocationStress } from '../heap/allocator.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { E, S, T } from '../objects/registry.js';
import { newModule, MOD_DICT } from '../objects/function.js';
import { rootGet, ROOT_BUILTINS, ROOT_MODULES } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { getField } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { str } from './abstract.js';
import { PY_ERROR } from './errors.js';
import { runCode } from './interpreter.js';
import { warmInterpreter } from './interpreter-warmup.js';
import { startRuntime, type RuntimeOptions } from './runtime.js';
import { flushStdout, writeStderr } from './stdio.js';
import { getCurrentException, setCurrentException } from './thread-state.js';
import { formatException } from './traceback.js';
import { intValue } from '../objects/int.js';
import type { StartMain } from '../../workers/protocol.js';
import { configureSys } from '../lib/sys.js';
import { importAbsolute, setImportVerbose } from '../lib/import.js';
import { newModuleSpec, newSourceLoader } from '../lib/import-spec.js';
import { newDict } from '../objects/dict.js';
import { runAtexitCallbacks } from '../lib/atexit-module.js';
import { flushStdFiles } from '../lib/io-open.js';

/**
 * Make the heap with the default options before the program is known (a
 * worker started early, src/cli/early-worker.ts); runMainModule uses it.
 */
export function prepareRuntime(image?: RuntimeOptions['image']): SharedArrayBuffer {
  heapImage = image;
  return startRuntime({ image });
}
/** The build's heap image given to prepareRuntime: a heap made for -X heapsize is copied from it too. */
let heapImage: RuntimeOptions['image'];

/**
 * `prepared`: a heap from prepareRuntime, used unless `start` asks for
 * other heap options. `interactive`: with StartMain.interactive, the prompt to run after the
 * program (src/cli/repl-loop.ts), given `__main__`'s dict; its status is the
 * exit status. As `python -i`, an uncaught exception (SystemExit included) is
 * printed and the prompt still comes.
 */
export function runMainModule(
  start: StartMain,
  prepared: SharedArrayBuffer | null = null,
  onHeap: (heap: SharedArrayBuffer) => void = () => {},
  interactive?: (globals: Ref) => number,
  onStats?: (stats: ProgramStats) => void,
): number {
  onHeap(prepared !== null && start.maxHeap === undefined ? prepared : startRuntime({ maxHeap: start.maxHeap, image: heapImage }));
  // The main thread holds the GIL while Python runs, as CPython's does from start-up.
  if (start.trace) Atomics.store(i32, CB_TRACE, 1);
  // The lock mode, fixed before any thread runs Python (every thread reads it when it attaches).
  i32[CB_GIL_ENABLED] = start.gil === 0 ? 0 : 1;
  startTimeline();
  takeGil();
  if (start.gcStress) {
    i32[CB_GC_STRESS] = 1;
    setAllocationStress(true);
  }
  let status = 0;
  try {
    const mainCode = deserializeCode(start.code);
    // Before any heap object of the program exists (`code` below is held by no handle until
    // runCode): the warm-up runs Python, so the collector may run. Not under tracing (the
    // timeline is the program's); GILVM_NO_WARMUP=1 leaves it out, for comparisons.
    if (!start.trace && process.env.GILVM_NO_WARMUP === undefined) warmInterpreter(mainCode);
    const code = loadCode(mainCode);
    configureSys({
      argv: start.argv,
      path0: start.path0,
      pythonPath: start.pythonPath ?? [],
      dontWriteBytecode: start.dontWriteBytecode ?? false,
      verbose: start.verbose ?? 0,
      ...(start.unbuffered !== undefined ? { unbuffered: start.unbuffered } : {}),
      ...(start.ttys !== undefined ? { ttys: start.ttys } : {}),
      ...(start.origArgv ? { origArgv: start.origArgv } : {}),
      ...(start.xoptions ? { xoptions: start.xoptions } : {}),
      ...(start.gil !== undefined ? { gil: start.gil === 1 } : {}),
    });
    setImportVerbose(start.verbose ?? 0);
    const main = newModule('__main__');
    const globals = getField(main, MOD_DICT);
    const builtins = rootGet(ROOT_BUILTINS);
    // CPython's order: __name__ __doc__ __package__ __loader__ __spec__ __annotations__ __builtins__ __file__ __cached__
    dictSet(globals, intern('__doc__'), S.None);
    dictSet(globals, intern('__package__'), S.None);
    dictSet(globals, intern('__loader__'), start.file === null ? S.None : newSourceLoader('__main__', start.file));
    dictSet(globals, intern('__spec__'), S.None);
    dictSet(globals, intern('__annotations__'), newDict());
    // __main__.__builtins__ is the builtins module, as in CPython (other modules get its dict).
    const builtinsModule = dictGetStr(rootGet(ROOT_MODULES), intern('builtins'));
    dictSet(globals, intern('__builtins__'), builtinsModule !== NULL ? builtinsModule : builtins);
    if (start.file !== null) {
      dictSet(globals, intern('__file__'), newStr(start.file));
      dictSet(globals, intern('__cached__'), S.None);
    }
    dictSet(rootGet(ROOT_MODULES), intern('__main__'), main);
    const inspect = start.interactive !== undefined && interactive !== undefined;
    try {
      if (start.mainModule !== undefined && start.file !== null) setUpRunModule(globals, start.mainModule, start.file);
      runCode(code, globals, globals, builtins);
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      status = handleUncaught(inspect);
    }
    if (inspect) status = interactive(globals);
    // The end of the interpreter, as CPython's Py_FinalizeEx: wait for the non-daemon threads,
    // run the atexit callbacks, then flush. From here on no thread may start (CB_FINALIZING).
    Atomics.store(i32, CB_FINALIZING, 1);
    waitForThreads();
    runAtexitCallbacks();
    // CPython's flush_std_files: a sys.stdout the program replaced may still hold text.
    if (!flushStdFiles()) status = 120;
    // CPython's finalization then clears the modules, and a generator they still hold, suspended
    // in a `try` or `with`, is closed: its `finally` or `__exit__` runs before the final flush.
    // Not while daemon threads still run: one may be inside a generator the walk would find.
    if (threadsLeftAfterJoins() === 1) closeSuspendedAtExit();
  } finally {
    flushStdout();
  }
  // The program's threads and their counters, for the reports (gilvm --stats and friends).
  if (start.stats && onStats !== undefined) onStats(programStats());
  if (start.heapStats) {
    writeStderr(`gilvm heap: peak ${i32[CB_PEAK]} bytes, live ${i32[CB_IN_USE]} bytes, collections ${i32[CB_COLLECTIONS]}, extent ${i32[CB_BUMP]! - CONTROL_BYTES} bytes\n`);
  }
  return status;
}

/**
 * `-m NAME` as runpy runs it: the parent package is imported first (its `__init__` runs before
 * the module), and `__main__` gets NAME's spec and loader and the parent as `__package__`, so
 * that relative imports work in a package's `__main__.py`.
 */
function setUpRunModule(globals: Ref, name: string, file: string): void {
  const dot = name.lastIndexOf('.');
  const parent = dot < 0 ? '' : name.slice(0, dot);
  if (parent !== '') importAbsolute(parent);
  const mark = handleCount();
  try {
    const hLoader = pushHandle(newSourceLoader(name, file));
    dictSet(globals, intern('__package__'), newStr(parent));
    dictSet(globals, intern('__loader__'), getHandle(hLoader));
    const spec = newModuleSpec({ name, loader: getHandle(hLoader), origin: file, locations: NULL, cached: null, parent });
    dictSet(globals, intern('__spec__'), spec);
  } finally {
    releaseHandles(mark);
  }
}

/**
 * CPython's wait_for_thread_shutdown: if `threading` was imported, call its
 * `_shutdown()`, which joins every non-daemon thread; an error there is
 * reported as unraisable.
 */
function waitForThreads(): void {
  const threading = dictGetStr(rootGet(ROOT_MODULES), intern('threading'));
  if (threading === NULL) return;
  const mark = handleCount();
  try {
    pushHandle(threading);
    const shutdown = getAttrOptional(threading, intern('_shutdown'));
    if (shutdown !== NULL) {
      pushHandle(shutdown);
      call0(shutdown);
    }
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    writeUnraisable('Exception ignored on threading shutdown', threading);
  } finally {
    releaseHandles(mark);
  }
}

/**
 * What CPython does with an exception that reaches the top: SystemExit's
 * status, or a traceback. `inspect` (-i): SystemExit too is only printed.
 */
function handleUncaught(inspect = false): number {
  const exc: Ref = getCurrentException();
  setCurrentException(NULL);
  if (!inspect && isSubtype(typeOf(exc), E.SystemExit)) return systemExitStatus(exc);
  flushStdout();
  // CPython reports an uncaught KeyboardInterrupt with its traceback and exits as if killed by
  // SIGINT: status 130 in a shell.
  const status = isSubtype(typeOf(exc), E.KeyboardInterrupt) ? 130 : 1;
  try {
    writeStderr(formatException(exc));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    writeStderr(`Exception ignored while printing an exception\n`);
  }
  return status;
}

/**
 * The exit status for an uncaught SystemExit, as CPython's _Py_HandleSystemExit:
 * `code` None -> 0; an int -> its value as a C long, truncated to the status
 * byte (too large: OverflowError reported, 255); anything else is printed to
 * stderr and the status is 1.
 */
export function systemExitStatus(exc: Ref): number {
  // exc is no longer the exception in flight: keep it (and its code) alive while Python code runs.
  const mark = handleCount();
  try {
    pushHandle(exc);
    let code: Value;
    try {
      code = getAttrOptional(exc, intern('code'));
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      setCurrentException(NULL);
      code = NULL;
    }
    if (code === NULL || code === S.None) return 0;
    pushHandle(code);
    if ((code & 1) !== 0 || isSubtype(typeOf(code), T.int)) {
      const v = intValue(code);
      if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
        flushStdout();
        writeStderr('OverflowError: Python int too large to convert to C long\n');
        return 255;
      }
      return Number(BigInt.asIntN(32, v)) & 0xff;
    }
    flushStdout();
    let text: string;
    try {
      text = strValue(str(code));
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      setCurrentException(NULL);
      text = '';
    }
    writeStderr(`${text}\n`);
    return 1;
  } finally {
    releaseHandles(mark);
  }
}

import { getHandle, handleCount, pushHandle, releaseHandles } from './thread-state.js';
import { getAttrOptional } from './attributes.js';
import { call0 } from './call.js';
import { takeGil } from './gil.js';
import { startTimeline } from './thread-trace.js';
import { programStats, type ProgramStats } from './thread-stats.js';
import { writeUnraisable } from './unraisable.js';
import type { Value } from '../heap/layout.js';

