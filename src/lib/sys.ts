/**
 * The sys module. Made with the heap (so every worker finds it through the
 * root table, ROOT_SYS) with plain values, completed when the program starts
 * (`configureSys`): argv, path, flags. The struct sequences (version_info,
 * flags, float_info, int_info, hash_info, thread_info) and the
 * SimpleNamespace of sys.implementation are classes made at run time
 * (src/lib/sys-structseq.ts) on first use (`sysLazyAttr`, asked by the
 * module type's getattr), since making them at every start costs time.
 *
 * Not provided: getsizeof and getrefcount (gilvm has no reference counts and
 * its object sizes mean nothing to CPython code), _getframe, settrace and
 * setprofile, audit hooks.
 *
 * The switch interval (sys.setswitchinterval) lives in the root table
 * (ROOT_SWITCH_INTERVAL, microseconds as a small int) so that every worker
 * and the GIL see the same value.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_GIL_ENABLED } from '../heap/memory.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { EXC_DICT, EXC_TRACEBACK, newExceptionWithArgs } from '../objects/exceptions.js';
import { newFloat } from '../objects/float.js';
import { toDouble, operandDouble } from '../objects/float.js';
import { MOD_DICT, newModule } from '../objects/function.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { intern, internStr } from '../objects/intern.js';
import { listAppend, newList } from '../objects/list.js';
import { defineFunction, functionDecls, installFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, rootSet, ROOT_MODULES, ROOT_SYS } from '../objects/roots.js';
import { newStr } from '../objects/str.js';
import { newTuple, tupleGet } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { getField, setField } from '../objects/typeobject.js';
import { typeNameOf } from '../vm/abstract.js';
import { setAttr } from '../vm/attributes.js';
import { raise, raiseObject } from '../vm/errors.js';
import { recursionLimit, setRecursionLimit } from '../vm/interpreter.js';
import { setStdoutMode, stdoutModeFor, writeStderr } from '../vm/stdio.js';
import { getDepth, getHandledException } from '../vm/thread-state.js';
import { newFrozenSet, setAdd } from '../objects/set.js';
import { STDLIB_MODULE_NAMES } from '../objects/exceptions-stdlib-names.js';
import { formatException } from '../vm/traceback.js';
import { newDict } from '../objects/dict.js';
import { builtinModuleNames } from './import-registry.js';
import { configureStdStream, newStdStream } from './io-file.js';
import { hasIndex, indexOf, intToNumber, kwCountOf } from '../objects/list-args.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../numeric/int-limits.js';
import { join } from 'node:path';
import { packageRoot, stdlibPath } from '../package-root.js';
import { makeNamespace, makeStructSeq } from './sys-structseq.js';

/** Root-table slot of the switch interval (microseconds, small int). */
export const ROOT_SWITCH_INTERVAL = 6;
const DEFAULT_SWITCH_INTERVAL_US = 5000;

export const VERSION = '3.12.1';
export const HEXVERSION = 0x030c01f0;
export const CACHE_TAG = 'gilvm-01';

/**
 * The switch interval in seconds (what the GIL waits before asking the holder
 * to drop it). May be 0 after setswitchinterval(x < 1e-6): wait 1 us then, as CPython.
 */
export function getSwitchInterval(): number {
  const v = rootGet(ROOT_SWITCH_INTERVAL);
  return ((v & 1) !== 0 ? v >> 1 : DEFAULT_SWITCH_INTERVAL_US) / 1e6;
}

export function sysModule(): Ref {
  return rootGet(ROOT_SYS);
}
export function sysDict(): Ref {
  return getField(rootGet(ROOT_SYS), MOD_DICT);
}
export function sysSet(name: string, v: Value): void {
  dictSet(sysDict(), intern(name), v);
}
export function sysGet(name: string): Value {
  return dictGetStr(sysDict(), intern(name));
}


/** The gilvm launcher, for sys.executable. */
function executablePath(): string {
  const root = packageRoot();
  return root === null ? '' : join(root, 'bin', 'gilvm.js');
}

onAfterTypes(() => {
  const mod = newModule('sys');
  rootSet(ROOT_SYS, mod);
  rootSet(ROOT_SWITCH_INTERVAL, fromSmallInt(DEFAULT_SWITCH_INTERVAL_US));
  const d = getField(mod, MOD_DICT);
  dictSet(rootGet(ROOT_MODULES), intern('sys'), mod);
  for (const decl of functionDecls) if (decl.module === 'sys') installFunction(d, intern('sys'), decl);
  const set = (k: string, v: Value): void => dictSet(d, intern(k), v);
  set('__doc__', newStr('This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.'));
  set('__package__', S.emptyStr);
  set('__loader__', S.None);
  set('__spec__', S.None);
  set('modules', rootGet(ROOT_MODULES));
  set('argv', newList(0));
  set('orig_argv', newList(0));
  set('path', newList(0));
  set('meta_path', newList(0));
  set('path_hooks', newList(0));
  set('path_importer_cache', newDict());
  set('warnoptions', newList(0));
  set('_xoptions', newDict());
  set('version', newStr(`${VERSION} (main) [gilvm ${CACHE_TAG}]`));
  set('hexversion', intFromNumber(HEXVERSION));
  set('api_version', intFromNumber(1013));
  set('maxsize', intFromBigInt(2n ** 63n - 1n));
  set('maxunicode', intFromNumber(0x10ffff));
  set('byteorder', newStr('little'));
  set('platform', newStr(process.platform === 'win32' ? 'win32' : process.platform));
  const exe = executablePath();
  set('executable', newStr(exe));
  set('_base_executable', newStr(exe));
  set('prefix', newStr(''));
  set('exec_prefix', newStr(''));
  set('base_prefix', newStr(''));
  set('base_exec_prefix', newStr(''));
  set('platlibdir', newStr('lib'));
  set('pycache_prefix', S.None);
  set('dont_write_bytecode', S.False);
  set('float_repr_style', newStr('short'));
  set('copyright', newStr('Copyright (c) gilvm authors.'));
  set('builtin_module_names', newTuple([...builtinModuleNames()].sort().map((n) => newStr(n))));
  set('_home', S.None);
  for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2]] as const) {
    const stream = newStdStream(fd);
    set(name, stream);
    set(`__${name}__`, stream);
  }
  for (const name of ['excepthook', 'displayhook']) set(`__${name}__`, dictGetStr(d, intern(name)));
});

/** The configuration of this run, as the CLI gives it (workers/protocol.ts StartMain). */
export interface SysConfig {
  argv: string[];
  origArgv?: string[];
  path0: string;
  pythonPath: string[];
  dontWriteBytecode: boolean;
  verbose: number;
  /** -u / PYTHONUNBUFFERED (absent: off). */
  unbuffered?: boolean;
  /** Which standard streams are terminals: bit 0 stdin, bit 1 stdout (absent: none). */
  ttys?: number;
  xoptions?: [string, string | true][];
  /** -X gil / PYTHON_GIL as given (absent: neither was). */
  gil?: boolean;
}

function strList(items: readonly string[]): Ref {
  const l = newList(0);
  for (const s of items) listAppend(l, newStr(s));
  return l;
}

/** Fill sys from the run configuration (before __main__ runs). */
export function configureSys(config: SysConfig): void {
  sysSet('argv', strList(config.argv));
  sysSet('orig_argv', strList(config.origArgv ?? config.argv));
  const stdlib = stdlibPath();
  sysSet('path', strList([config.path0, ...config.pythonPath, ...(stdlib === '' ? [] : [stdlib])]));
  sysSet('dont_write_bytecode', config.dontWriteBytecode ? S.True : S.False);
  const unbuffered = config.unbuffered ?? false;
  const ttys = config.ttys ?? 0;
  for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2]] as const) {
    configureStdStream(sysGet(name), fd, unbuffered, (ttys & (1 << fd)) !== 0);
  }
  setStdoutMode(stdoutModeFor(unbuffered, (ttys & 2) !== 0));
  const xo = newDict();
  for (const [k, v] of config.xoptions ?? []) dictSet(xo, newStr(k), v === true ? S.True : newStr(v));
  sysSet('_xoptions', xo);
  // -X switchinterval=S (gilvm's): as sys.setswitchinterval(S) before the program runs.
  const interval = config.xoptions?.find(([k]) => k === 'switchinterval')?.[1];
  const seconds = typeof interval === 'string' ? Number(interval) : NaN;
  if (seconds > 0) rootSet(ROOT_SWITCH_INTERVAL, fromSmallInt(Math.min(Math.floor(seconds * 1e6), 0x3fffffff)));
  startFlags = { dontWriteBytecode: config.dontWriteBytecode, verbose: config.verbose, gil: config.gil === undefined ? -1 : config.gil ? 1 : 0 };
}

/** -B, -v and -X gil as the program started (sys.flags; gil -1: not given). */
let startFlags = { dontWriteBytecode: false, verbose: 0, gil: -1 };
/** A worker running another thread learns them from the task that starts it. */
export function setStartFlags(flags: { dontWriteBytecode: boolean; verbose: number; gil: number }): void {
  startFlags = { ...flags };
}
/** The flags a worker starting another thread passes on (setStartFlags). */
export function getStartFlags(): { dontWriteBytecode: boolean; verbose: number; gil: number } {
  return { ...startFlags };
}

/**
 * sys attributes made on first use (classes cost time at every start, and
 * most programs never look at them): the module type's getattr asks here
 * when `name` is not in the sys dict.
 */
export const LAZY_ATTRS: readonly string[] = ['version_info', 'flags', 'float_info', 'int_info', 'hash_info', 'thread_info', 'implementation', 'stdlib_module_names'];

export function sysLazyAttr(name: string): Value {
  if (!LAZY_ATTRS.includes(name)) return NULL;
  const v = makeLazy(name);
  sysSet(name, v);
  return v;
}


/** A struct sequence or sys.implementation (classes made now that Python code can run). */
function makeLazy(name: string): Value {
  const i = (n: number): Value => intFromNumber(n);
  const b = (x: boolean): Value => (x ? S.True : S.False);
  switch (name) {
    case 'stdlib_module_names':
      return stdlibNames();
    case 'version_info':
      return makeStructSeq('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'], [i(3), i(12), i(1), newStr('final'), i(0)]);
    case 'flags': {
      const flags = makeStructSeq(
        'sys',
        'flags',
        ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'],
        [i(0), i(0), i(0), i(0), i(startFlags.dontWriteBytecode ? 1 : 0), i(0), i(0), i(0), i(startFlags.verbose), i(0), i(0), i(1), i(0), b(false), i(0), i(0), b(false), i(4300)],
      );
      // flags.gil, named only (not part of the tuple), as CPython 3.13's free-threaded build:
      // -X gil / PYTHON_GIL as given, None when neither chose.
      const mark = handleCount();
      const h = pushHandle(flags);
      try {
        setAttr(typeOf(flags), intern('gil'), startFlags.gil < 0 ? S.None : i(startFlags.gil));
        return getHandle(h);
      } finally {
        releaseHandles(mark);
      }
    }
    case 'float_info':
      return makeStructSeq(
        'sys',
        'float_info',
        ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
        [newFloat(Number.MAX_VALUE), i(1024), i(308), newFloat(2.2250738585072014e-308), i(-1021), i(-307), i(15), i(53), newFloat(Number.EPSILON), i(2), i(1)],
      );
    case 'int_info':
      return makeStructSeq('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'], [i(30), i(4), i(4300), i(640)]);
    case 'hash_info':
      return makeStructSeq(
        'sys',
        'hash_info',
        ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
        [i(64), intFromBigInt(2n ** 61n - 1n), i(314159), i(0), i(1000003), newStr('siphash13'), i(64), i(128), i(0)],
      );
    case 'thread_info':
      return makeStructSeq('sys', 'thread_info', ['name', 'lock', 'version'], [newStr('pthread'), newStr('semaphore'), S.None]);
    default: {
      // implementation
      const mark = handleCount();
      try {
        const h = pushHandle(getVersionInfo());
        return makeNamespace([
          ['name', newStr('gilvm')],
          ['cache_tag', newStr(CACHE_TAG)],
          ['version', getHandle(h)],
          ['hexversion', intFromNumber(HEXVERSION)],
          ['_multiarch', newStr('x86_64-linux-gnu')],
        ]);
      } finally {
        releaseHandles(mark);
      }
    }
  }
}

function getVersionInfo(): Value {
  const v = sysGet('version_info');
  return v !== NULL ? v : sysLazyAttr('version_info');
}

// ---- functions ------------------------------------------------------------------------------

function argAt(argv: number, k: number): Value {
  return i32[argv + k]!;
}
function noKw(name: string, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
}
function exactArgs(name: string, argc: number, n: number): void {
  if (argc === n) return;
  if (n === 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
  if (n === 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
  throw raise(E.TypeError, `${name} expected ${n} arguments, got ${argc}`);
}

defineFunction('sys', 'exit', (_s, argv, argc, kwnames) => {
  noKw('exit', kwnames);
  if (argc > 1) throw raise(E.TypeError, `exit expected at most 1 argument, got ${argc}`);
  const args = argc === 0 ? newTuple([]) : newTuple([argAt(argv, 0)]);
  const exc = newExceptionWithArgs(E.SystemExit, args);
  const d = newDict();
  setField(exc, EXC_DICT, d);
  dictSet(d, intern('code'), argc === 0 ? S.None : argAt(argv, 0));
  throw raiseObject(exc);
});

defineFunction('sys', 'getrecursionlimit', (_s, _argv, argc, kwnames) => {
  noKw('getrecursionlimit', kwnames);
  exactArgs('getrecursionlimit', argc, 0);
  return intFromNumber(recursionLimit);
});

defineFunction('sys', 'setrecursionlimit', (_s, argv, argc, kwnames) => {
  noKw('setrecursionlimit', kwnames);
  exactArgs('setrecursionlimit', argc, 1);
  const v = argAt(argv, 0);
  if (typeOf(v) === T.float) throw raise(E.TypeError, "'float' object cannot be interpreted as an integer");
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToNumber(indexOf(v));
  if (Number.isNaN(n) || n > 2147483647) throw raise(E.OverflowError, 'Python int too large to convert to C int');
  if (n < 1) throw raise(E.ValueError, 'recursion limit must be greater or equal than 1');
  const depth = getDepth();
  if (n <= depth) {
    throw raise(E.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  }
  setRecursionLimit(n);
  return S.None;
});

/** sys._is_gil_enabled() (CPython 3.13): False in free-threading mode (-X gil=0). */
defineFunction('sys', '_is_gil_enabled', (_s, _argv, argc, kwnames) => {
  noKw('_is_gil_enabled', kwnames);
  exactArgs('_is_gil_enabled', argc, 0);
  return i32[CB_GIL_ENABLED] !== 0 ? S.True : S.False;
});

defineFunction('sys', 'getswitchinterval', (_s, _argv, argc, kwnames) => {
  noKw('getswitchinterval', kwnames);
  exactArgs('getswitchinterval', argc, 0);
  return newFloat(getSwitchInterval());
});

defineFunction('sys', 'setswitchinterval', (_s, argv, argc, kwnames) => {
  noKw('setswitchinterval', kwnames);
  exactArgs('setswitchinterval', argc, 1);
  const v = argAt(argv, 0);
  if (!toDouble(v)) throw raise(E.TypeError, `must be real number, not ${typeNameOf(v)}`);
  const x = operandDouble;
  if (!(x > 0)) throw raise(E.ValueError, 'switch interval must be strictly positive');
  // CPython keeps whole microseconds (0 for less than one; its GIL then waits 1 us).
  let us = Math.floor(x * 1e6);
  if (us > 0x3fffffff) us = 0x3fffffff;
  rootSet(ROOT_SWITCH_INTERVAL, fromSmallInt(us));
  return S.None;
});

defineFunction('sys', 'intern', (_s, argv, argc, kwnames) => {
  noKw('intern', kwnames);
  exactArgs('intern', argc, 1);
  const v = argAt(argv, 0);
  if ((v & 1) !== 0 || typeOf(v) !== T.str) {
    if ((v & 1) === 0 && typeOf(v) !== T.str && isStrSubclass(v)) throw raise(E.TypeError, `can't intern ${typeNameOf(v)}`);
    throw raise(E.TypeError, `intern() argument must be str, not ${typeNameOf(v)}`);
  }
  return internStr(v);
});

import { isSubtype } from '../objects/typecheck.js';
function isStrSubclass(v: Value): boolean {
  return isSubtype(typeOf(v), T.str);
}

function handledTriple(): Ref {
  const exc = getHandledException();
  if (exc === NULL) return newTuple([S.None, S.None, S.None]);
  const tb = getField(exc, EXC_TRACEBACK);
  return newTuple([typeOf(exc), exc, tb === NULL ? S.None : tb]);
}

defineFunction('sys', 'exc_info', (_s, _argv, argc, kwnames) => {
  noKw('exc_info', kwnames);
  exactArgs('exc_info', argc, 0);
  return handledTriple();
});

defineFunction('sys', 'exception', (_s, _argv, argc, kwnames) => {
  noKw('exception', kwnames);
  exactArgs('exception', argc, 0);
  const exc = getHandledException();
  return exc === NULL ? S.None : exc;
});

defineFunction('sys', 'excepthook', (_s, argv, argc, kwnames) => {
  noKw('excepthook', kwnames);
  if (argc !== 3) throw raise(E.TypeError, `excepthook expected 3 arguments, got ${argc}`);
  const value = argAt(argv, 1);
  if ((value & 1) !== 0 || value === S.None) {
    writeStderr(`TypeError: print_exception(): Exception expected for value, ${typeNameOf(value)} found\n`);
    return S.None;
  }
  writeStderr(formatException(value));
  return S.None;
});

import { repr } from '../vm/abstract.js';
import { strValue } from '../objects/str.js';
import { writeStdout } from '../vm/stdio.js';
import { ROOT_BUILTINS } from '../objects/roots.js';
defineFunction('sys', 'displayhook', (_s, argv, argc, kwnames) => {
  noKw('displayhook', kwnames);
  exactArgs('displayhook', argc, 1);
  const v = argAt(argv, 0);
  if (v === S.None) return S.None;
  dictSet(rootGet(ROOT_BUILTINS), intern('_'), S.None);
  writeStdout(`${strValue(repr(v))}\n`);
  dictSet(rootGet(ROOT_BUILTINS), intern('_'), v);
  return S.None;
});

for (const [name, value] of [
  ['getdefaultencoding', 'utf-8'],
  ['getfilesystemencoding', 'utf-8'],
  ['getfilesystemencodeerrors', 'surrogateescape'],
] as const) {
  defineFunction('sys', name, (_s, _argv, argc, kwnames) => {
    noKw(name, kwnames);
    exactArgs(name, argc, 0);
    return newStr(value);
  });
}

defineFunction('sys', 'is_finalizing', () => S.False);

defineFunction('sys', 'get_int_max_str_digits', (_s, _argv, argc, kwnames) => {
  noKw('get_int_max_str_digits', kwnames);
  exactArgs('get_int_max_str_digits', argc, 0);
  return intFromNumber(getIntMaxStrDigits());
});

defineFunction('sys', 'set_int_max_str_digits', (_s, argv, argc, kwnames) => {
  const nkw = kwCountOf(kwnames);
  if (argc !== 1) throw raise(E.TypeError, `set_int_max_str_digits() takes exactly one argument (${argc} given)`);
  if (nkw === 1 && strValue(tupleGet(kwnames, 0)) !== 'maxdigits') {
    throw raise(E.TypeError, 'set_int_max_str_digits() got an unexpected keyword argument');
  }
  const v = argAt(argv, 0);
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToNumber(indexOf(v));
  if (n !== 0 && n < 640) throw raise(E.ValueError, 'maxdigits must be 0 or larger than 640');
  setIntMaxStrDigits(n);
  return S.None;
});

export { sysModule as getSysModule, newFloat, typeOf };

/** sys.stdlib_module_names (made on first use: str hashes are not ready while sys is set up): a frozenset of the names of CPython 3.12's standard library modules. */
function stdlibNames(): Ref {
  const mark = handleCount();
  try {
    const h = pushHandle(newFrozenSet());
    for (const name of STDLIB_MODULE_NAMES) setAdd(getHandle(h), newStr(name));
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}
