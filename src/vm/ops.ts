/**
 * The instructions that the dispatch loop (src/vm/interpreter.ts) does not
 * handle inline: building containers, unpacking, iteration, subscripts,
 * attributes, functions, exceptions, imports, with-blocks. Each reads and
 * writes the value stack through `LoopState` (sp is an i32 index; the frame
 * has already saved its ip and sp to the heap).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { zeroWords } from '../heap/memory.js';
import { CO_NAMES } from '../objects/code.js';
import { dictDel, dictFromKeysValues, dictFromWords, dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT } from '../objects/exceptions.js';
import { FN_ANNOTATIONS, FN_CLOSURE, FN_DEFAULTS, FN_KWDEFAULTS, newCell, newFunction } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { listAppend, listExtend, listFromWords } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { newSlice } from '../objects/slice.js';
import { strValue } from '../objects/str.js';
import { tupleFromWords, tupleGet, tupleLength } from '../objects/tuple.js';
import { getField, setField, TPF_EXCEPTION, typeFlags } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { contains, delItem, getItem, getIter, isTrue, setItem, typeNameOf, unaryOp } from './abstract.js';
import { delAttr } from './attributes.js';
import { call0, callArray } from './call.js';
import { PY_ERROR, raise, raiseObject } from './errors.js';
import { dropGenerator } from './generator-finalize.js';
import { F_BUILTINS, F_GLOBALS, F_LOCALS } from './frame.js';
import { RETURN_FROM_FRAME } from './interpreter.js';
import { getCurrentException, getHandledException, setCurrentException, setHandledException } from './thread-state.js';
import { opHooks } from './op-hooks.js';
import { storeSubscrFast, unpackFast } from './fast-paths.js';

/** The loop's registers, handed to execOp and read back after it. */
export interface LoopState {
  sp: number;
  pc: number;
  base: number;
  f: number;
  lp: number;
  kwnames: Ref;
}

/** Execute one instruction; returns RETURN_FROM_FRAME when it returned (value on the stack), else 0. */
export function execOp(op: number, arg: number, st: LoopState, code: Ref): number {
  let sp = st.sp;
  switch (op) {
    case 101 /* LOAD_NAME */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      const locals = i32[st.f + F_LOCALS]!;
      let v = locals === NULL ? NULL : mappingGetStr(locals, name);
      if (v === NULL) v = dictGetStr(i32[st.f + F_GLOBALS]!, name);
      if (v === NULL) v = dictGetStr(i32[st.f + F_BUILTINS]!, name);
      if (v === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
      i32[sp++] = v;
      break;
    }
    case 90 /* STORE_NAME */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      const locals = i32[st.f + F_LOCALS]!;
      if (locals === NULL) throw raise(E.SystemError, `no locals found when storing '${strValue(name)}'`);
      if (i32[locals >> 2] === T.dict) dictSet(locals, name, i32[sp - 1]!);
      else setItem(locals, name, i32[sp - 1]!);
      i32[--sp] = 0;
      break;
    }
    case 91 /* DELETE_NAME */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      const locals = i32[st.f + F_LOCALS]!;
      if (locals === NULL) throw raise(E.SystemError, `no locals when deleting '${strValue(name)}'`);
      if (i32[locals >> 2] === T.dict) {
        const old = dictDel(locals, name);
        if (old === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
        dropGenerator(old);
      } else {
        try {
          delItem(locals, name);
        } catch (e) {
          if (e === PY_ERROR && isSubtype(typeOf(getCurrentException()), E.KeyError)) {
            setCurrentException(NULL);
            throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
          }
          throw e;
        }
      }
      break;
    }
    case 97 /* STORE_GLOBAL */:
      dictSet(i32[st.f + F_GLOBALS]!, tupleGet(getField(code, CO_NAMES), arg), i32[--sp]!);
      i32[sp] = 0;
      break;
    case 98 /* DELETE_GLOBAL */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      const old = dictDel(i32[st.f + F_GLOBALS]!, name);
      if (old === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
      dropGenerator(old);
      break;
    }
    case 126 /* DELETE_FAST */: {
      const old = i32[st.lp + arg]!;
      if (old === NULL) throw opHooks.unboundLocal(code, arg);
      i32[st.lp + arg] = NULL;
      dropGenerator(old); // `del g` closes it now if nothing else holds it, as CPython's count would
      break;
    }
    case 135 /* MAKE_CELL */:
      i32[st.lp + arg] = newCell(i32[st.lp + arg]!);
      break;
    case 149 /* COPY_FREE_VARS */:
      // pushFunctionFrame copied the closure's cells already.
      break;
    case 136 /* LOAD_CLOSURE */:
      i32[sp++] = i32[st.lp + arg]!;
      break;
    case 139 /* DELETE_DEREF */: {
      const cell = i32[st.lp + arg]!;
      const old = getField(cell, 0);
      if (old === NULL) throw opHooks.unboundDeref(code, arg);
      setField(cell, 0, NULL);
      dropGenerator(old);
      break;
    }
    case 102 /* BUILD_TUPLE */: {
      const t = tupleFromWords(sp - arg, arg);
      zeroWords(sp - arg, sp);
      sp -= arg;
      i32[sp++] = t;
      break;
    }
    case 103 /* BUILD_LIST */: {
      const l = listFromWords(sp - arg, arg);
      zeroWords(sp - arg, sp);
      sp -= arg;
      i32[sp++] = l;
      break;
    }
    case 105 /* BUILD_MAP */: {
      // The new dict is rooted by dictFromWords while keys' __hash__/__eq__ run.
      const d = dictFromWords(sp - 2 * arg, arg);
      zeroWords(sp - 2 * arg, sp);
      sp -= 2 * arg;
      i32[sp++] = d;
      break;
    }
    case 156 /* BUILD_CONST_KEY_MAP */: {
      const keys = i32[sp - 1]!;
      const d = dictFromKeysValues(keys, sp - 1 - arg, arg);
      zeroWords(sp - 1 - arg, sp);
      sp -= arg + 1;
      i32[sp++] = d;
      break;
    }
    case 104 /* BUILD_SET */: {
      const s = opHooks.newSetFromWords(sp - arg, arg);
      zeroWords(sp - arg, sp);
      sp -= arg;
      i32[sp++] = s;
      break;
    }
    case 157 /* BUILD_STRING */: {
      const s = opHooks.joinStrs(sp - arg, arg);
      zeroWords(sp - arg, sp);
      sp -= arg;
      i32[sp++] = s;
      break;
    }
    case 133 /* BUILD_SLICE */: {
      const step = arg === 3 ? i32[--sp]! : S.None;
      const stop = i32[--sp]!;
      const start = i32[--sp]!;
      zeroWords(sp, sp + arg);
      i32[sp++] = newSlice(start, stop, step);
      break;
    }
    case 145 /* LIST_APPEND */: {
      const v = i32[--sp]!;
      i32[sp] = 0;
      listAppend(i32[sp - arg]!, v);
      break;
    }
    case 162 /* LIST_EXTEND */: {
      const v = i32[sp - 1]!;
      listExtendOrError(i32[sp - 1 - arg]!, v);
      i32[--sp] = 0;
      break;
    }
    case 146 /* SET_ADD */: {
      const v = i32[--sp]!;
      i32[sp] = 0;
      opHooks.setAdd(i32[sp - arg]!, v);
      break;
    }
    case 163 /* SET_UPDATE */: {
      opHooks.setUpdate(i32[sp - 1 - arg]!, i32[sp - 1]!);
      i32[--sp] = 0;
      break;
    }
    case 147 /* MAP_ADD */: {
      const value = i32[sp - 1]!;
      const key = i32[sp - 2]!;
      dictSetGeneric(i32[sp - 2 - arg]!, key, value);
      sp -= 2;
      i32[sp] = 0;
      i32[sp + 1] = 0;
      break;
    }
    case 165 /* DICT_UPDATE */: {
      opHooks.dictUpdate(i32[sp - 1 - arg]!, i32[sp - 1]!);
      i32[--sp] = 0;
      break;
    }
    case 164 /* DICT_MERGE */: {
      // **kwargs in a call: duplicate keys are errors naming the function.
      opHooks.dictMerge(i32[sp - 1 - arg]!, i32[sp - 1]!, i32[sp - 3 - arg]!);
      i32[--sp] = 0;
      break;
    }
    case 92 /* UNPACK_SEQUENCE */: {
      if (unpackFast(sp, arg)) {
        sp += arg - 1;
        break;
      }
      const seq = i32[sp - 1]!;
      // Items go on the stack in reverse: the first item on top.
      opHooks.unpack(seq, arg, -1, sp - 1);
      sp += arg - 1;
      break;
    }
    case 94 /* UNPACK_EX */: {
      const before = arg & 0xff;
      const after = arg >> 8;
      const seq = i32[sp - 1]!;
      opHooks.unpack(seq, before, after, sp - 1);
      sp += before + after;
      break;
    }
    case 69 /* GET_YIELD_FROM_ITER */: {
      const v = i32[sp - 1]!;
      if (typeOf(v) !== T.generator && typeOf(v) !== T.coroutine) i32[sp - 1] = getIter(v);
      break;
    }
    case 60 /* STORE_SUBSCR */: {
      // STACK: value, container, key
      if (storeSubscrFast(sp)) {
        sp -= 3;
        break;
      }
      setItem(i32[sp - 2]!, i32[sp - 1]!, i32[sp - 3]!);
      sp -= 3;
      zeroWords(sp, sp + 3);
      break;
    }
    case 61 /* DELETE_SUBSCR */:
      delItem(i32[sp - 2]!, i32[sp - 1]!);
      sp -= 2;
      zeroWords(sp, sp + 2);
      break;
    case 26 /* BINARY_SLICE */: {
      const s = newSlice(i32[sp - 2]!, i32[sp - 1]!, S.None);
      i32[sp - 2] = s; // keep the slice rooted while __getitem__ runs
      const r = getItem(i32[sp - 3]!, s);
      sp -= 2;
      zeroWords(sp, sp + 2);
      i32[sp - 1] = r;
      break;
    }
    case 27 /* STORE_SLICE */: {
      // STACK: value, container, start, stop
      const s = newSlice(i32[sp - 2]!, i32[sp - 1]!, S.None);
      i32[sp - 2] = s;
      setItem(i32[sp - 3]!, s, i32[sp - 4]!);
      sp -= 4;
      zeroWords(sp, sp + 4);
      break;
    }
    case 96 /* DELETE_ATTR */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      delAttr(i32[sp - 1]!, name);
      i32[--sp] = 0;
      break;
    }
    case 118 /* CONTAINS_OP */: {
      const r = contains(i32[sp - 1]!, i32[sp - 2]!) !== (arg === 1);
      i32[--sp] = 0;
      i32[sp - 1] = r ? S.True : S.False;
      break;
    }
    case 12 /* UNARY_NOT */:
      i32[sp - 1] = isTrue(i32[sp - 1]!) ? S.False : S.True;
      break;
    case 11 /* UNARY_NEGATIVE */:
      i32[sp - 1] = unaryOp(i32[sp - 1]!, 0);
      break;
    case 15 /* UNARY_INVERT */:
      i32[sp - 1] = unaryOp(i32[sp - 1]!, 2);
      break;
    case 132 /* MAKE_FUNCTION */: {
      const top = sp;
      const codeObj = i32[--sp]!;
      const fn = newFunction(codeObj, i32[st.f + F_GLOBALS]!, i32[st.f + F_BUILTINS]!);
      if (arg & 8) setField(fn, FN_CLOSURE, i32[--sp]!);
      if (arg & 4) setField(fn, FN_ANNOTATIONS, i32[--sp]!);
      if (arg & 2) setField(fn, FN_KWDEFAULTS, i32[--sp]!);
      if (arg & 1) setField(fn, FN_DEFAULTS, i32[--sp]!);
      // Only the words popped: past them may lie the end of the frame (a generator's storage).
      zeroWords(sp, top);
      i32[sp++] = fn;
      break;
    }
    case 155 /* FORMAT_VALUE */: {
      const hasSpec = (arg & 4) !== 0;
      const spec = hasSpec ? i32[sp - 1]! : NULL;
      const value = i32[sp - (hasSpec ? 2 : 1)]!;
      const r = opHooks.formatValue(value, arg & 3, spec);
      if (hasSpec) i32[--sp] = 0;
      i32[sp - 1] = r;
      break;
    }
    case 173 /* CALL_INTRINSIC_1 */: {
      i32[sp - 1] = intrinsic1(arg, i32[sp - 1]!, st);
      break;
    }
    case 174 /* CALL_INTRINSIC_2 */: {
      const r = opHooks.intrinsic2(arg, i32[sp - 2]!, i32[sp - 1]!);
      i32[--sp] = 0;
      i32[sp - 1] = r;
      break;
    }
    case 35 /* PUSH_EXC_INFO */: {
      const exc = i32[sp - 1]!;
      const prev = getHandledException();
      i32[sp - 1] = prev === NULL ? S.None : prev;
      i32[sp++] = exc;
      setHandledException(exc);
      break;
    }
    case 89 /* POP_EXCEPT */: {
      const prev = i32[--sp]!;
      i32[sp] = 0;
      setHandledException(prev === S.None ? NULL : prev);
      break;
    }
    case 36 /* CHECK_EXC_MATCH */: {
      const type = i32[sp - 1]!;
      const exc = i32[sp - 2]!;
      checkExceptType(type);
      i32[sp - 1] = exceptionMatches(exc, type) ? S.True : S.False;
      break;
    }
    case 74 /* LOAD_ASSERTION_ERROR */:
      i32[sp++] = E.AssertionError;
      break;
    case 71 /* LOAD_BUILD_CLASS */: {
      const bc = dictGetStr(i32[st.f + F_BUILTINS]!, intern('__build_class__'));
      if (bc === NULL) throw raise(E.NameError, '__build_class__ not found');
      i32[sp++] = bc;
      break;
    }
    case 87 /* LOAD_LOCALS */: {
      const locals = i32[st.f + F_LOCALS]!;
      if (locals === NULL) throw raise(E.SystemError, 'no locals found');
      i32[sp++] = locals;
      break;
    }
    case 85 /* SETUP_ANNOTATIONS */: {
      const locals = i32[st.f + F_LOCALS]!;
      const key = intern('__annotations__');
      if (i32[locals >> 2] === T.dict) {
        if (dictGetStr(locals, key) === NULL) dictSet(locals, key, newDict());
      } else {
        setItem(locals, key, newDict());
      }
      break;
    }
    case 175 /* LOAD_FROM_DICT_OR_GLOBALS */: {
      const mapping = i32[sp - 1]!;
      const name = tupleGet(getField(code, CO_NAMES), arg);
      let v = dictGetStr(mapping, name);
      if (v === NULL) v = dictGetStr(i32[st.f + F_GLOBALS]!, name);
      if (v === NULL) v = dictGetStr(i32[st.f + F_BUILTINS]!, name);
      if (v === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
      i32[sp - 1] = v;
      break;
    }
    case 176 /* LOAD_FROM_DICT_OR_DEREF */: {
      const mapping = i32[sp - 1]!;
      const cell = i32[st.lp + arg]!;
      const name = intern(opHooks.localName(code, arg));
      let v = dictGetStr(mapping, name);
      if (v === NULL) v = getField(cell, 0);
      if (v === NULL) throw raise(E.NameError, `cannot access free variable '${strValue(name)}' where it is not associated with a value in enclosing scope`);
      i32[sp - 1] = v;
      break;
    }
    case 53 /* BEFORE_WITH */: {
      const mgr = i32[sp - 1]!;
      const enter = opHooks.lookupSpecial(mgr, '__enter__');
      const exit = opHooks.lookupSpecial(mgr, '__exit__');
      if (enter === NULL || exit === NULL) {
        throw raise(
          E.TypeError,
          `'${typeNameOf(mgr)}' object does not support the context manager protocol${enter === NULL ? '' : " (missed __exit__ method)"}`,
        );
      }
      i32[sp - 1] = exit;
      i32[sp++] = enter; // keep it rooted while it runs
      const r = call0(enter);
      i32[sp - 1] = r;
      void mgr;
      break;
    }
    case 49 /* WITH_EXCEPT_START */: {
      // STACK: exit, lasti, prev_exc, exc
      const exc = i32[sp - 1]!;
      const exit = i32[sp - 4]!;
      const tb = opHooks.tracebackOf(exc);
      const r = callArray(exit, [typeOf(exc), exc, tb]);
      i32[sp++] = r;
      break;
    }
    case 142 /* CALL_FUNCTION_EX */: {
      const hasKw = (arg & 1) !== 0;
      const kwargs = hasKw ? i32[sp - 1]! : NULL;
      const args = i32[sp - (hasKw ? 2 : 1)]!;
      const callable = i32[sp - (hasKw ? 3 : 2)]!;
      const r = opHooks.callEx(callable, args, kwargs);
      const n = hasKw ? 4 : 3;
      sp -= n;
      zeroWords(sp, sp + n);
      i32[sp++] = r;
      break;
    }
    case 30 /* GET_LEN */: {
      i32[sp] = opHooks.lenValue(i32[sp - 1]!);
      sp++;
      break;
    }
    case 108 /* IMPORT_NAME */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      const fromlist = i32[sp - 1]!;
      const level = i32[sp - 2]!;
      const m = opHooks.importName(name, i32[st.f + F_GLOBALS]!, fromlist, level);
      i32[--sp] = 0;
      i32[sp - 1] = m;
      break;
    }
    case 109 /* IMPORT_FROM */: {
      const name = tupleGet(getField(code, CO_NAMES), arg);
      i32[sp] = opHooks.importFrom(i32[sp - 1]!, name);
      sp++;
      break;
    }
    // The instructions of rareOp, named so that V8 dispatches this switch through a jump table
    // (as runSlice names execOp's; test/vm/dispatch-switch.test.ts).
    case 31 /* MATCH_MAPPING */: case 32 /* MATCH_SEQUENCE */: case 33 /* MATCH_KEYS */: case 37 /* CHECK_EG_MATCH */:
    case 50 /* GET_AITER */: case 51 /* GET_ANEXT */: case 52 /* BEFORE_ASYNC_WITH */: case 54 /* END_ASYNC_FOR */:
    case 55 /* CLEANUP_THROW */: case 123 /* SEND */: case 131 /* GET_AWAITABLE */: case 152 /* MATCH_CLASS */:
    default: {
      const r = opHooks.rareOp(op, arg, st, code, sp);
      if (r === -1) throw new Error(`gilvm: opcode ${op} is not implemented`);
      sp = st.sp;
      if (r === RETURN_FROM_FRAME) return r;
      break;
    }
  }
  st.sp = sp;
  return 0;
}

function listExtendOrError(list: Ref, iterable: Value): void {
  try {
    listExtend(list, iterable);
  } catch (e) {
    if (e === PY_ERROR && getCurrentException() !== NULL && typeOf(getCurrentException()) === E.TypeError) {
      // CPython's LIST_EXTEND: only a TypeError from a value that is not iterable at all.
      if (!opHooks.isIterable(iterable)) {
        setCurrentException(NULL);
        throw raise(E.TypeError, `Value after * must be an iterable, not ${typeNameOf(iterable)}`);
      }
    }
    throw e;
  }
}

function dictSetGeneric(d: Ref, key: Value, value: Value): void {
  dictSet(d, key, value);
}

function intrinsic1(which: number, v: Value, st: LoopState): Value {
  switch (which) {
    case 1: // INTRINSIC_PRINT (interactive mode)
      return opHooks.displayHook(v);
    case 2: // INTRINSIC_IMPORT_STAR
      opHooks.importStar(v, i32[st.f + F_LOCALS]!);
      return S.None;
    case 3: // INTRINSIC_STOPITERATION_ERROR
      return opHooks.stopIterationError(v);
    case 5: // INTRINSIC_UNARY_POSITIVE
      return unaryOp(v, 1);
    case 6: // INTRINSIC_LIST_TO_TUPLE
      return opHooks.listToTuple(v);
    default:
      return opHooks.intrinsic1(which, v);
  }
}

/**
 * RAISE_VARARGS (0 re-raise the handled exception, 1 raise exc, 2 raise exc
 * from cause) up to the throw: makes the exception to raise current (a bare
 * `raise` is marked as a re-raise); the interpreter's loop then unwinds
 * without a throw (see runSlice). An error while making the exception is
 * thrown instead.
 */
export function setUpRaise(argc: number, sp: number): void {
  if (argc === 0) {
    const handled = getHandledException();
    if (handled === NULL) throw raise(E.RuntimeError, 'No active exception to reraise');
    setCurrentException(handled);
    opHooks.reraiseSignal();
    return;
  }
  let exc = i32[sp - argc]!;
  let cause: Value = NULL;
  if (argc === 2) cause = i32[sp - 1]!;
  exc = instantiateException(exc);
  if (argc === 2) {
    if (cause === S.None) {
      setField(exc, EXC_CAUSE, S.None);
    } else {
      const c = instantiateCause(cause);
      setField(exc, EXC_CAUSE, c);
    }
    setField(exc, EXC_SUPPRESS_CONTEXT, S.True);
  }
  raiseWithContext(exc);
}

/** Set __context__ to the exception being handled (if any, avoiding cycles), then raise. */
export function raiseWithContext(exc: Ref): typeof PY_ERROR {
  const handled = getHandledException();
  if (handled !== NULL && handled !== exc) {
    // Break a cycle that would make exc its own context.
    let o = handled;
    for (;;) {
      const ctx = getField(o, EXC_CONTEXT);
      if (ctx === NULL || ctx === S.None) break;
      if (ctx === exc) {
        setField(o, EXC_CONTEXT, NULL);
        break;
      }
      o = ctx;
    }
    setField(exc, EXC_CONTEXT, handled);
  }
  return raiseObject(exc);
}

function isExceptionClass(v: Value): boolean {
  return (v & 1) === 0 && typeOf(v) !== NULL && isSubtype(typeOf(v), T.type) && (typeFlags(v) & TPF_EXCEPTION) !== 0;
}
function isExceptionInstance(v: Value): boolean {
  return (v & 1) === 0 && (typeFlags(typeOf(v)) & TPF_EXCEPTION) !== 0;
}

function instantiateException(v: Value): Ref {
  if (isExceptionClass(v)) {
    const e = call0(v);
    if (!isExceptionInstance(e)) {
      throw raise(E.TypeError, `calling ${strValue(opHooks.reprOf(v))} should have returned an instance of BaseException, not ${typeNameOf(e)}`);
    }
    return e;
  }
  if (isExceptionInstance(v)) return v;
  throw raise(E.TypeError, 'exceptions must derive from BaseException');
}
function instantiateCause(v: Value): Ref {
  if (isExceptionClass(v)) return call0(v);
  if (isExceptionInstance(v)) return v;
  throw raise(E.TypeError, 'exception causes must derive from BaseException');
}

function checkExceptType(type: Value): void {
  if (isExceptionClass(type)) return;
  if ((type & 1) === 0 && typeOf(type) === T.tuple) {
    const n = tupleLength(type);
    for (let i = 0; i < n; i++) {
      if (!isExceptionClass(tupleGet(type, i))) {
        throw raise(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
      }
    }
    return;
  }
  throw raise(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

function exceptionMatches(exc: Value, type: Value): boolean {
  if ((type & 1) === 0 && typeOf(type) === T.tuple) {
    const n = tupleLength(type);
    for (let i = 0; i < n; i++) if (isSubtype(typeOf(exc), tupleGet(type, i))) return true;
    return false;
  }
  return isSubtype(typeOf(exc), type);
}


function mappingGetStr(mapping: Ref, name: Ref): Value {
  if (i32[mapping >> 2] === T.dict) return dictGetStr(mapping, name);
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e === PY_ERROR && isSubtype(typeOf(getCurrentException()), E.KeyError)) {
      setCurrentException(NULL);
      return NULL;
    }
    throw e;
  }
}

