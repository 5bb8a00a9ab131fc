/**
 * The rest of the sys module that programs use: _getframe and
 * _getframemodulename (snapshots of the live frames, src/objects/frame-object.ts,
 * linked by f_back, each with a copy of its locals), getsizeof (CPython
 * 3.12's sizes on 64-bit Linux for the built-in types, from their formulas,
 * so that programs that print them agree; a class's own __sizeof__ is
 * called), getrefcount (gilvm counts no references: a plausible 2, or
 * CPython's immortal count for None, True, False and small ints),
 * settrace/gettrace/setprofile/getprofile (the functions are kept, per
 * thread, but not yet called: tracing is later work), call_tracing, audit/addaudithook
 * (hooks kept, audit events not raised), getallocatedblocks, and the
 * constant attributes CPython has (abiflags, _stdlib_dir, _git, ...).
 *
 * The trace and profile functions live in a list (with the audit and asyncgen
 * hooks) that is the `self` of the functions that read and write them, so the
 * sys module keeps them alive without an attribute of its own; trace and
 * profile each hold a dict from thread ident to function.
 */
import { HEADER_WORDS, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { lineForOffset } from '../bytecode/linetable.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { byteArrayLength } from '../objects/bytearray.js';
import { bytesLength } from '../objects/bytes.js';
import { CO_FLAGS, codeObjectOf } from '../objects/code.js';
import { dictDel, dictEntryIndex, dictGet, dictGetStr, dictNextEntry, dictSet, dictSize, newDict } from '../objects/dict.js';
import { newStackSnapshot } from '../objects/frame-object.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromNumber, intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
import { listAppend, listGet, listLength, listSet, newList } from '../objects/list.js';
import { newBuiltinFunction, registerNative, type NativeFn } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_SYS } from '../objects/roots.js';
import { setSize } from '../objects/set.js';
import { newStr, strIsAscii, strKind, strLength } from '../objects/str.js';
import { underLock } from '../vm/object-lock.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField } from '../objects/typeobject.js';
import { typeNameOf } from '../vm/abstract.js';
import { callFound0, lookupTypeString } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { F_CODE, F_GLOBALS, F_IP, F_LOCALS, F_PREV } from '../vm/frame.js';
import { currentFrame, getHandle, handleCount, handleWord, pushHandle, releaseHandles, threadIdent, TS_FRAME, TS_HANDLED, TS_IDENT } from '../vm/thread-state.js';
import { forEachThread } from '../vm/threads.js';
import { kwCount, parseClinic } from './builtins-args.js';
import { syncFastLocals } from './builtins-frame.js';
import { LAZY_ATTRS } from './sys.js';
import { stdlibPath } from '../package-root.js';
import { isStrValue } from './builtins-args.js';
import { makeStructSeq } from './sys-structseq.js';
import { isCallable } from './builtins-objects.js';
import { getAttrOptional } from '../vm/attributes.js';
import { repr, str as strOf } from '../vm/abstract.js';
import { PY_ERROR } from '../vm/errors.js';
import { getCurrentException, setCurrentException } from '../vm/thread-state.js';
import { setUnraisableHookCaller } from '../vm/unraisable.js';
import { EXC_TRACEBACK } from '../objects/exceptions.js';
import { formatException } from '../vm/traceback.js';
import { flushStdout, writeStderr } from '../vm/stdio.js';
import { strValue } from '../objects/str.js';

const CO_OPTIMIZED = 0x1;

function intArg(v: Value): number {
  if (typeOf(v) === T.float) throw raise(E.TypeError, "'float' object cannot be interpreted as an integer");
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return intToNumber(indexOf(v));
}

const out: Value[] = [];

// ---- frames --------------------------------------------------------------------------------------

/** Word index of the live frame `depth` calls out from the innermost one, or -1. */
function liveFrame(depth: number): number {
  let f = currentFrame();
  for (let k = 0; k < depth && f !== 0; k++) f = smallIntValue(i32[(f >> 2) + F_PREV]!) << 3;
  return f === 0 ? -1 : f >> 2;
}

/** The innermost live frame as a frame object (sys._getframe()), or None outside any frame. */
export function currentFrameObject(): Value {
  const w = liveFrame(0);
  return w < 0 ? S.None : snapshotFrom(w);
}

/** Snapshots of the live frames from word index `w` outwards, linked by f_back; returns the first. */
function snapshotFrom(w: number): Ref {
  const words: number[] = [];
  for (let f = w << 2; f !== 0; f = smallIntValue(i32[(f >> 2) + F_PREV]!) << 3) words.push(f >> 2);
  const mark = handleCount();
  try {
    let back: Value = NULL;
    const h = pushHandle(NULL);
    for (let k = words.length - 1; k >= 0; k--) {
      const fw = words[k]!;
      const code = i32[fw + F_CODE]!;
      const ip = smallIntValue(i32[fw + F_IP]!);
      const lasti = Math.max(0, ip - 2);
      const line = lineForOffset(codeObjectOf(code), lasti);
      const optimized = ((getField(code, CO_FLAGS) >> 1) & CO_OPTIMIZED) !== 0;
      let locals: Value = NULL;
      if (optimized) {
        locals = newDict();
        syncFastLocals(fw, code, locals);
      } else {
        locals = i32[fw + F_LOCALS]! !== NULL ? i32[fw + F_LOCALS]! : i32[fw + F_GLOBALS]!;
      }
      back = newStackSnapshot(code, i32[fw + F_GLOBALS]!, line === null ? S.None : fromSmallInt(line), fromSmallInt(lasti), back, locals);
      // Nothing here runs Python code, but the chain is kept in a handle in case an allocation collects.
      i32[handleWord(h)] = back;
    }
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}

/** Native ids, registered at import (the same in every worker); the function objects are made with the heap. */
const natives: [string, number][] = [];
function sysNative(name: string, fn: NativeFn): number {
  const id = registerNative(`sys.${name}`, fn);
  natives.push([name, id]);
  return id;
}

function installSysFunction(name: string, id: number, self: Value): void {
  const d = getField(rootGet(ROOT_SYS), MOD_DICT);
  dictSet(d, intern(name), newBuiltinFunction(intern(name), id, self, intern('sys')));
}

sysNative('_getframe', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, '_getframe() takes no keyword arguments');
  if (argc > 1) throw raise(E.TypeError, `_getframe expected at most 1 argument, got ${argc}`);
  const depth = argc === 0 ? 0 : intArg(i32[argv]!);
  const w = depth < 0 ? liveFrame(0) : liveFrame(depth);
  if (w < 0) throw raise(E.ValueError, 'call stack is not deep enough');
  return snapshotFrom(w);
});

sysNative('_getframemodulename', (_s, argv, argc, kwnames) => {
  parseClinic('_getframemodulename', argv, argc, kwnames, ['depth'], 0, 0, [], out);
  const depth = out[0] === NULL ? 0 : intArg(out[0]!);
  const w = liveFrame(Math.max(0, depth));
  if (w < 0) return S.None;
  const name = dictGetStr(i32[w + F_GLOBALS]!, intern('__name__'));
  return name === NULL ? S.None : name;
});

/**
 * sys._current_frames(): {ident: innermost frame} for every thread running Python code, as
 * snapshots like _getframe's. The other threads are detached (they wait for the GIL or are
 * blocked), so their frames in the heap are as they saved them.
 */
sysNative('_current_frames', (_s, _argv, argc, kwnames) => {
  if (argc !== 0 || kwCount(kwnames) > 0) throw raise(E.TypeError, `_current_frames() takes no arguments (${argc} given)`);
  const innermost: [ident: number, frameWord: number][] = [];
  forEachThread((state) => {
    const w = (state >> 2) + HEADER_WORDS;
    const ident = i32[w + TS_IDENT]! >> 1;
    // The caller's own innermost frame is the one that called this native (as _getframe(0)).
    const f = ident === threadIdent() ? currentFrame() : (i32[w + TS_FRAME]! >> 1) << 3;
    if (f !== 0) innermost.push([ident, f >> 2]);
  });
  const mark = handleCount();
  try {
    const d = pushHandle(newDict());
    for (const [ident, fw] of innermost) {
      const snap = pushHandle(snapshotFrom(fw));
      dictSet(getHandle(d), intFromNumber(ident), getHandle(snap));
    }
    return getHandle(d);
  } finally {
    releaseHandles(mark);
  }
});

/** sys._current_exceptions(): {ident: the exception being handled, or None} for every thread. */
sysNative('_current_exceptions', (_s, _argv, argc, kwnames) => {
  if (argc !== 0 || kwCount(kwnames) > 0) throw raise(E.TypeError, `_current_exceptions() takes no arguments (${argc} given)`);
  const mark = handleCount();
  try {
    const d = pushHandle(newDict());
    forEachThread((state) => {
      const w = (state >> 2) + HEADER_WORDS;
      const exc = i32[w + TS_HANDLED]!;
      dictSet(getHandle(d), intFromNumber(i32[w + TS_IDENT]! >> 1), exc === NULL ? S.None : exc);
    });
    return getHandle(d);
  } finally {
    releaseHandles(mark);
  }
});

// ---- sizes and reference counts ---------------------------------------------------------------------

function intSize(v: Value): number {
  let x = intValue(v);
  if (x < 0n) x = -x;
  let digits = 0;
  while (x > 0n) {
    x >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(1, digits);
}

function strSize(s: Ref): number {
  const n = strLength(s);
  if (strIsAscii(s)) return 40 + n + 1;
  const kind = strKind(s);
  return 56 + kind * (n + 1);
}

/** CPython's dict size for `n` items (a fresh table with room for them). */
function dictSizeFor(d: Ref): number {
  const n = dictSize(d);
  if (n === 0) return 64;
  let size = 8;
  while (((size << 1) / 3 | 0) < n) size <<= 1;
  const usable = (size << 1) / 3 | 0;
  const indexBytes = size <= 128 ? 1 : size <= 32768 ? 2 : 4;
  return 64 + 32 + size * indexBytes + usable * 24;
}

function setSizeFor(s: Ref): number {
  const n = setSize(s);
  let size = 8;
  while (n * 5 >= size * 3) size <<= 2;
  return size === 8 ? 216 : 216 + 16 * size;
}

/** CPython 3.12's sys.getsizeof for an exact built-in type, or -1. */
function builtinSize(v: Value): number {
  if ((v & 1) !== 0) return 28;
  const t = typeOf(v);
  switch (t) {
    case T.int: case T.bool: return intSize(v);
    case T.float: return 24;
    case T.complex: return 32;
    case T.str: return strSize(v);
    case T.bytes: return 33 + bytesLength(v);
    case T.bytearray: { const n = byteArrayLength(v); return n === 0 ? 56 : 57 + n; }
    case T.tuple: return 40 + 8 * tupleLength(v);
    case T.list: return 56 + 8 * listLength(v);
    case T.dict: return dictSizeFor(v);
    case T.set: case T.frozenset: return setSizeFor(v);
    case T.range: return 48;
    case T.object: return 16;
    case T.function: return 160;
    case T.builtin_function_or_method: return 72;
    case T.module: return 72;
    case T.type: return 432;
    default:
      if (v === S.None) return 16;
      return -1;
  }
} // prettier-ignore

sysNative('getsizeof', (_s, argv, argc, kwnames) => {
  parseClinic('getsizeof', argv, argc, kwnames, ['object', 'default'], 0, 1, [], out);
  const v = out[0]!;
  const dflt = out[1]!;
  const own = (v & 1) === 0 ? lookupTypeString(typeOf(v), '__sizeof__') : NULL;
  if (own === NULL || typeOf(own) !== T.function) {
    // No __sizeof__ of the program's own: CPython's size for the built-in types; for anything
    // else that of an instance of a class (header, __dict__ and __weakref__ pointers, GC header).
    const n = builtinSize(v);
    return intFromNumber(n >= 0 ? n : 48);
  }
  if (own === NULL) {
    if (dflt !== NULL) return dflt;
    throw raise(E.TypeError, `Type ${typeNameOf(v)} doesn't define __sizeof__`);
  }
  const mark = handleCount();
  try {
    const hd = pushHandle(dflt);
    let r: Value;
    try {
      r = callFound0(own, v);
    } catch (e) {
      if (getHandle(hd) !== NULL) return getHandle(hd);
      throw e;
    }
    if ((r & 1) === 0 && !isSubtype(typeOf(r), T.int)) throw raise(E.TypeError, "'" + typeNameOf(r) + "' object cannot be interpreted as an integer");
    const n = Number(intValue(r));
    if (n < 0) throw raise(E.ValueError, '__sizeof__() should return >= 0');
    return intFromNumber(n + 32); // GC header and the managed __dict__/__weakref__ pointers
  } finally {
    releaseHandles(mark);
  }
});

sysNative('getrefcount', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'getrefcount() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `getrefcount() takes exactly one argument (${argc} given)`);
  const v = i32[argv]!;
  const immortal = v === S.None || v === S.True || v === S.False || v === S.emptyStr || ((v & 1) !== 0 && (v >> 1) >= -5 && (v >> 1) <= 256);
  return immortal ? intFromNumber(4294967295) : fromSmallInt(2);
});

sysNative('getallocatedblocks', () => fromSmallInt(0));

/** dir(sys) (the module's __dir__, PEP 562): its dict's names and the struct sequences made on first use. */
sysNative('__dir__', () => {
  const d = getField(rootGet(ROOT_SYS), MOD_DICT);
  const names = new Set<string>(LAZY_ATTRS);
  for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) {
    const key = i32[dictEntryIndex(d, k) + 1]!;
    if (isStrValue(key)) names.add(strValue(key));
  }
  names.delete('__dir__');
  const l = newList(0);
  for (const n of names) listAppend(l, newStr(n));
  return l;
});

sysNative('call_tracing', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'call_tracing() takes no keyword arguments');
  if (argc !== 2) throw raise(E.TypeError, `call_tracing expected 2 arguments, got ${argc}`);
  const args = i32[argv + 1]!;
  if ((args & 1) !== 0 || !isSubtype(typeOf(args), T.tuple)) throw raise(E.TypeError, `call_tracing() argument 2 must be tuple, not ${typeNameOf(args)}`);
  const mark = handleCount();
  try {
    const f = pushHandle(i32[argv]!);
    const n = tupleLength(args);
    const start = handleCount();
    for (let k = 0; k < n; k++) pushHandle(tupleGet(args, k));
    return callValue(getHandle(f), handleWord(start), n, NULL);
  } finally {
    releaseHandles(mark);
  }
});

// ---- trace, profile and audit hooks (kept, not called yet) -------------------------------------------

const TRACE = 0;
const PROFILE = 1;
const AUDIT = 2;
const ASYNCGEN_FIRSTITER = 3;
const ASYNCGEN_FINALIZER = 4;
const HOOK_IDS: [string, number][] = [];

function hookNative(name: string, fn: NativeFn): void {
  HOOK_IDS.push([name, registerNative(`sys.${name}`, fn)]);
}
/**
 * Trace and profile functions belong to a thread, as CPython's: their slot holds a dict from
 * thread ident to function (None removes the entry), so a function set in one thread is not
 * seen by sys.gettrace()/getprofile() in another.
 */
function perThreadSetter(name: string, slot: number): NativeFn {
  return (self, argv, argc, kwnames) => {
    if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
    if (argc !== 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
    const table = listGet(self, slot);
    const key = intFromNumber(threadIdent());
    const mark = handleCount();
    try {
      pushHandle(key);
      if (i32[argv] === S.None) dictDel(table, key);
      else dictSet(table, key, i32[argv]!);
    } finally {
      releaseHandles(mark);
    }
    return S.None;
  };
}

function perThreadGetter(name: string, slot: number): NativeFn {
  return (self, _argv, argc) => {
    if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
    const f = dictGet(listGet(self, slot), intFromNumber(threadIdent()));
    return f === NULL ? S.None : f;
  };
}

hookNative('settrace', perThreadSetter('settrace', TRACE));
hookNative('gettrace', perThreadGetter('gettrace', TRACE));
hookNative('setprofile', perThreadSetter('setprofile', PROFILE));
hookNative('getprofile', perThreadGetter('getprofile', PROFILE));
hookNative('addaudithook', (self, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0 || argc !== 1) throw raise(E.TypeError, `addaudithook() takes exactly one argument (${argc} given)`);
  const hooks = listGet(self, AUDIT);
  underLock(hooks, listAppend, hooks, i32[argv]!);
  return S.None;
});
hookNative('audit', (_self, _argv, argc) => {
  if (argc < 1) throw raise(E.TypeError, "audit() missing 1 required positional argument: 'event'");
  return S.None;
});

hookNative('set_asyncgen_hooks', (self, argv, argc, kwnames) => {
  parseClinic('set_asyncgen_hooks', argv, argc, kwnames, ['firstiter', 'finalizer'], 0, 0, [], out);
  const [firstiter, finalizer] = out;
  for (const [v, what] of [[finalizer!, 'finalizer'], [firstiter!, 'firstiter']] as const) {
    if (v !== NULL && v !== S.None && !isCallable(v)) throw raise(E.TypeError, `callable ${what} expected, got ${typeNameOf(v)}`);
  }
  if (finalizer !== NULL) listSet(self, ASYNCGEN_FINALIZER, finalizer!);
  if (firstiter !== NULL) listSet(self, ASYNCGEN_FIRSTITER, firstiter!);
  return S.None;
});
hookNative('get_asyncgen_hooks', (self, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, `get_asyncgen_hooks() takes no arguments (${argc} given)`);
  return makeStructSeq('builtins', 'asyncgen_hooks', ['firstiter', 'finalizer'], [listGet(self, ASYNCGEN_FIRSTITER), listGet(self, ASYNCGEN_FINALIZER)]);
});

// breakpoint(): gilvm has no debugger yet; the hook does nothing (PYTHONBREAKPOINT is not read).
sysNative('breakpointhook', () => S.None);

/** sys.unraisablehook(unraisable): CPython's default report of an exception that could not be raised. */
sysNative('unraisablehook', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0 || argc !== 1) throw raise(E.TypeError, `unraisablehook() takes exactly one argument (${argc} given)`);
  const mark = handleCount();
  try {
    const arg = pushHandle(i32[argv]!);
    const field = (name: string): Value => {
      const v = getAttrOptional(getHandle(arg), intern(name));
      return v === NULL ? S.None : v;
    };
    const value = pushHandle(field('exc_value'));
    const obj = pushHandle(field('object'));
    const msg = field('err_msg');
    let head = msg === S.None ? 'Exception ignored in' : strValue(strOf(msg));
    if (getHandle(obj) !== S.None) {
      let where: string;
      try {
        where = strValue(repr(getHandle(obj)));
      } catch (e) {
        if (e !== PY_ERROR) throw e;
        setCurrentException(NULL);
        where = '<object repr() failed>';
      }
      head += `: ${where}`;
    }
    let text = '';
    const v = getHandle(value);
    if ((v & 1) === 0 && v !== S.None && isSubtype(typeOf(v), E.BaseException)) text = formatException(v);
    flushStdout();
    writeStderr(`${head}\n${text}`);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

/** A missing field as Python sees it. */
function orNone(v: Value): Value {
  return v === NULL ? S.None : v;
}

/** CPython's UnraisableHookArgs for exception `exc` (every value given is rooted by the caller). */
function unraisableHookArgs(exc: Value, errMsg: Value, obj: Value): Value {
  return makeStructSeq('builtins', 'UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'], [
    typeOf(exc),
    exc,
    orNone(getField(exc, EXC_TRACEBACK)),
    errMsg,
    orNone(obj),
  ]);
}

/**
 * CPython's _PyErr_WriteUnraisableMsg with a hook the program set: sys.unraisablehook (unless it
 * is missing, None or still sys.__unraisablehook__) gets an UnraisableHookArgs; err_msg is None
 * for the plain "Exception ignored in" of a finalizer. A hook that raises has its own exception
 * reported by the default hook, and the one it was given is dropped, as CPython does. `exc` and
 * `obj` are rooted by the caller (src/vm/unraisable.ts).
 */
function callProgramUnraisableHook(message: string, obj: Value, exc: Value): boolean {
  const sd = getField(rootGet(ROOT_SYS), MOD_DICT);
  const hook = dictGetStr(sd, intern('unraisablehook'));
  if (hook === NULL || hook === S.None || hook === dictGetStr(sd, intern('__unraisablehook__'))) return false;
  const mark = handleCount();
  try {
    const h = pushHandle(hook);
    const errMsg = pushHandle(message === 'Exception ignored in' ? S.None : newStr(message));
    const args = pushHandle(unraisableHookArgs(exc, getHandle(errMsg), obj));
    try {
      callValue(getHandle(h), handleWord(args), 1, NULL);
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      const failure = pushHandle(getCurrentException());
      setCurrentException(NULL);
      const hookDefault = dictGetStr(sd, intern('__unraisablehook__'));
      if (hookDefault !== NULL) {
        const msg = pushHandle(newStr('Exception ignored in sys.unraisablehook'));
        const again = pushHandle(unraisableHookArgs(getHandle(failure), getHandle(msg), getHandle(h)));
        callValue(hookDefault, handleWord(again), 1, NULL);
      }
    }
    return true;
  } finally {
    releaseHandles(mark);
  }
}

// At load, not in onAfterTypes: a worker whose heap comes from the heap image does not run those.
setUnraisableHookCaller(callProgramUnraisableHook);

onAfterTypes(() => {
  for (const [name, id] of natives) installSysFunction(name, id, rootGet(ROOT_SYS));
  const hooks = newList(0);
  listAppend(hooks, newDict()); // TRACE: thread ident -> function
  listAppend(hooks, newDict()); // PROFILE: likewise
  listAppend(hooks, newList(0));
  listAppend(hooks, S.None);
  listAppend(hooks, S.None);
  for (const [name, id] of HOOK_IDS) installSysFunction(name, id, hooks);
  const sd = getField(rootGet(ROOT_SYS), MOD_DICT);
  for (const name of ['breakpointhook', 'unraisablehook']) dictSet(sd, intern(`__${name}__`), dictGetStr(sd, intern(name)));
  const d = getField(rootGet(ROOT_SYS), MOD_DICT);
  const set = (k: string, v: Value): void => dictSet(d, intern(k), v);
  set('abiflags', newStr(''));
  set('_git', newTuple([newStr('gilvm'), S.emptyStr, S.emptyStr]));
  set('_framework', newStr(''));
  const lib = stdlibPath();
  set('_stdlib_dir', lib === '' ? S.None : newStr(lib));
});

// ---- rarely used process switches (kept per worker; gilvm has no dlopen, perf trampoline or type cache) ----

/** sys.setdlopenflags value (CPython's default is RTLD_NOW, 2). */
let dlopenFlags = 2;
/** sys.set_coroutine_origin_tracking_depth value. */
let coroutineOriginDepth = 0;

function noKeywords(name: string, kwnames: Value): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
}
function exactArgs(name: string, argc: number, n: number): void {
  if (argc !== n) throw raise(E.TypeError, n === 1 ? `${name}() takes exactly one argument (${argc} given)` : `${name}() takes no arguments (${argc} given)`);
}

sysNative('_clear_type_cache', (_s, _argv, argc) => {
  exactArgs('_clear_type_cache', argc, 0);
  return S.None;
});
sysNative('_debugmallocstats', (_s, _argv, argc) => {
  exactArgs('_debugmallocstats', argc, 0);
  return S.None;
});
sysNative('getdlopenflags', (_s, _argv, argc) => {
  exactArgs('getdlopenflags', argc, 0);
  return fromSmallInt(dlopenFlags);
});
sysNative('setdlopenflags', (_s, argv, argc, kwnames) => {
  noKeywords('setdlopenflags', kwnames);
  exactArgs('setdlopenflags', argc, 1);
  dlopenFlags = intArg(i32[argv]!) | 0;
  return S.None;
});
sysNative('get_coroutine_origin_tracking_depth', (_s, _argv, argc) => {
  exactArgs('get_coroutine_origin_tracking_depth', argc, 0);
  return fromSmallInt(coroutineOriginDepth);
});
sysNative('set_coroutine_origin_tracking_depth', (_s, argv, argc, kwnames) => {
  const got: Value[] = [];
  parseClinic('set_coroutine_origin_tracking_depth', argv, argc, kwnames, ['depth'], 0, 1, [], got);
  const n = intArg(got[0]!);
  if (n < 0) throw raise(E.ValueError, 'depth must be >= 0');
  coroutineOriginDepth = n;
  return S.None;
});
sysNative('getunicodeinternedsize', (_s, _argv, argc) => {
  exactArgs('getunicodeinternedsize', argc, 0);
  return fromSmallInt(0);
});
sysNative('is_stack_trampoline_active', (_s, _argv, argc) => {
  exactArgs('is_stack_trampoline_active', argc, 0);
  return S.False;
});
sysNative('activate_stack_trampoline', (_s, argv, argc, kwnames) => {
  noKeywords('activate_stack_trampoline', kwnames);
  exactArgs('activate_stack_trampoline', argc, 1);
  if (!isStrValue(i32[argv]!)) throw raise(E.TypeError, `activate_stack_trampoline() argument must be str, not ${typeNameOf(i32[argv]!)}`);
  throw raise(E.ValueError, 'perf trampoline not available');
});
sysNative('deactivate_stack_trampoline', (_s, _argv, argc) => {
  exactArgs('deactivate_stack_trampoline', argc, 0);
  return S.None;
});
