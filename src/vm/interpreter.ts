/**
 * The interpreter: the dispatch loop over a code object's bytecode, running
 * frames that live in the heap (src/vm/frame.ts).
 *
 * `run(frame)` executes from `frame` until that frame returns. A call from
 * Python to a Python function pushes a frame and continues in the same loop
 * (no JS recursion); a Python function called from TypeScript (a slot, a
 * builtin like sorted(key=...)) starts a nested `run` whose entry frame is
 * marked F_ENTRY. The loop keeps the frame's state in JS locals:
 *
 *   f       i32 index of the frame          pc    byte address of the next instruction
 *   lp      i32 index of localsplus[0]      sp    i32 index of the next free stack slot
 *   base    byte address of instruction 0   consts, names   i32 index of item 0
 *
 * Errors: any operation throws the PY_ERROR sentinel with the exception set
 * in the thread state; the catch block below adds a traceback entry, looks
 * the faulting offset up in the exception table, and either jumps to the
 * handler or pops the frame and repeats in the caller.
 *
 * Rare opcodes live in src/vm/ops-*.ts to keep this function small enough
 * for V8 to optimize.
 */
import { findHandler } from '../bytecode/exceptiontable.js';
import { Op } from '../bytecode/opcodes.js';
import { HeapExhausted } from '../heap/allocator.js';
import { HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_GC_REQUESTED, i32, u8 } from '../heap/memory.js';
import {
  CO_CONSTS,
  CO_FLAGS,
  CO_NAMES,
  CO_NCELLS,
  CO_NFREE,
  CO_NLOCALSPLUS,
  codeBytecodeAddress,
  codeObjectOf,
} from '../objects/code.js';
import { dictDel, dictGetStr, dictSet } from '../objects/dict.js';
import { EXC_TRACEBACK } from '../objects/exceptions.js';
import { FN_BUILTINS, FN_CLOSURE, FN_CODE, FN_GLOBALS, newCell, CELL_CONTENTS } from '../objects/function.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_MEMORY_ERROR } from '../objects/roots.js';
import { strValue } from '../objects/str.js';
import { tupleBase } from '../objects/tuple.js';
import { getField, setField } from '../objects/typeobject.js';
import { typeOf } from '../objects/typecheck.js';
import { binaryOp, isTrue, richCompare } from './abstract.js';
import { bindArguments } from './bind-arguments.js';
import { PY_ERROR, raise, raiseObject } from './errors.js';
import {
  F_BUILTINS,
  F_CODE,
  F_ENTRY,
  F_FLAGS,
  F_FUNC,
  F_GEN,
  F_GLOBALS,
  F_IP,
  F_LOCALS,
  F_LOCALSPLUS,
  F_PREV,
  F_SP,
  frameWords,
  popFrameMemory,
  pushFrameMemory,
} from './frame.js';
import { execOp, type LoopState } from './ops.js';
import { collectNow } from './safepoint.js';
import {
  HandlesExhausted,
  currentFrame,
  getCurrentException,
  getDepth,
  setCurrentException,
  setCurrentFrame,
  setDepth,
} from './thread-state.js';
import { newTraceback } from './traceback.js';
import { genSuspend, newGenerator } from '../objects/generator.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../bytecode/code.js';

/** sys.getrecursionlimit() */
export let recursionLimit = 1000;
export function setRecursionLimit(n: number): void {
  recursionLimit = n;
}

/**
 * Set up a frame for calling `func` with the arguments at i32[argv..argv+argc)
 * (the last len(kwnames) are keywords); returns its address. Raises the
 * argument-binding errors.
 */
export function pushFunctionFrame(func: Ref, argv: number, argc: number, kwnames: Ref, flags: number): number {
  const depth = getDepth() + 1;
  if (depth > recursionLimit) {
    throw raise(E.RecursionError, 'maximum recursion depth exceeded');
  }
  const code = getField(func, FN_CODE);
  const addr = pushFrameMemory(frameWords(code));
  const w = addr >> 2;
  i32[w + F_CODE] = code;
  i32[w + F_FUNC] = func;
  i32[w + F_GLOBALS] = getField(func, FN_GLOBALS);
  i32[w + F_BUILTINS] = getField(func, FN_BUILTINS);
  i32[w + F_FLAGS] = fromSmallInt(flags);
  i32[w + F_PREV] = fromSmallInt(currentFrame() >> 3);
  try {
    bindArguments(func, code, w + F_LOCALSPLUS, argv, argc, kwnames);
  } catch (e) {
    popFrameMemory(addr);
    throw e;
  }
  // Free variables: the closure's cells go in the last slots.
  const nfree = getField(code, CO_NFREE) >> 1;
  if (nfree > 0) {
    const closure = getField(func, FN_CLOSURE);
    const n = getField(code, CO_NLOCALSPLUS) >> 1;
    i32.copyWithin(w + F_LOCALSPLUS + n - nfree, tupleBase(closure), tupleBase(closure) + nfree);
  }
  setCurrentFrame(addr);
  setDepth(depth);
  return addr;
}

/** A frame running module or class-body code with explicit globals and locals (exec, import). */
export function pushCodeFrame(code: Ref, globals: Ref, locals: Ref, builtins: Ref, closure: Ref, flags: number): number {
  const addr = pushFrameMemory(frameWords(code));
  const w = addr >> 2;
  i32[w + F_CODE] = code;
  i32[w + F_FUNC] = NULL;
  i32[w + F_GLOBALS] = globals;
  i32[w + F_BUILTINS] = builtins;
  i32[w + F_LOCALS] = locals;
  i32[w + F_FLAGS] = fromSmallInt(flags);
  i32[w + F_PREV] = fromSmallInt(currentFrame() >> 3);
  const nfree = getField(code, CO_NFREE) >> 1;
  if (nfree > 0 && closure !== NULL) {
    const n = getField(code, CO_NLOCALSPLUS) >> 1;
    i32.copyWithin(w + F_LOCALSPLUS + n - nfree, tupleBase(closure), tupleBase(closure) + nfree);
  }
  setCurrentFrame(addr);
  setDepth(getDepth() + 1);
  return addr;
}

/** Call a Python function from TypeScript (the `call` slot of functions). */
export function callFunction(func: Ref, argv: number, argc: number, kwnames: Ref): Value {
  const addr = pushFunctionFrame(func, argv, argc, kwnames, F_ENTRY);
  return run(addr);
}

/**
 * Run a class body: `func` (made by the class statement, no parameters) with
 * `namespace` as its locals. Returns what the body returns: the `__class__`
 * cell when the body has one, else None. Used by `__build_class__`.
 */
export function runClassBody(func: Ref, namespace: Ref): Value {
  const addr = pushFunctionFrame(func, 0, 0, NULL, F_ENTRY);
  i32[(addr >> 2) + F_LOCALS] = namespace;
  return run(addr);
}

/** Run a code object as a module body (or exec) with `globals` and `locals`. */
export function runCode(code: Ref, globals: Ref, locals: Ref, builtins: Ref): Value {
  const addr = pushCodeFrame(code, globals, locals, builtins, NULL, F_ENTRY);
  return run(addr);
}

/** Pop the current frame (returning); gives the caller's frame address. */
function popFrame(addr: number): number {
  const prev = (i32[(addr >> 2) + F_PREV]! >> 1) << 3;
  popFrameMemory(addr);
  setCurrentFrame(prev);
  setDepth(getDepth() - 1);
  return prev;
}

/** Convert a JS-level failure into a Python exception in flight (or rethrow a gilvm bug). */
function pythonErrorFrom(e: unknown): void {
  if (e === PY_ERROR) return;
  if (e instanceof HeapExhausted) {
    raiseObject(rootGet(ROOT_MEMORY_ERROR));
    return;
  }
  if (e instanceof HandlesExhausted || (e instanceof RangeError && /call stack/.test(e.message))) {
    raise(E.RecursionError, 'maximum recursion depth exceeded');
    return;
  }
  throw e;
}

/**
 * Execute from frame `entry` (already set up and current) until it returns;
 * returns its return value. If an exception escapes `entry`, throws PY_ERROR.
 */
export function run(entry: number, throwing = false): Value {
  let f = entry >> 2;
  let code = i32[f + F_CODE]!;
  let base = codeBytecodeAddress(code);
  let pc = base + (i32[f + F_IP]! >> 1);
  let lp = f + F_LOCALSPLUS;
  let sp = lp + (getField(code, CO_NLOCALSPLUS) >> 1) + (i32[f + F_SP]! >> 1);
  let consts = tupleBase(getField(code, CO_CONSTS));
  let names = tupleBase(getField(code, CO_NAMES));
  let kwnames: Ref = NULL;
  const state: LoopState = { sp: 0, pc: 0, base: 0, f: 0, lp: 0, kwnames: NULL };

  let pendingThrow = throwing;
  for (;;) {
    try {
      if (pendingThrow) {
        // gen.throw(): the exception is already set; raise it at the suspension point.
        pendingThrow = false;
        throw PY_ERROR;
      }
      for (;;) {
        let op = u8[pc]!;
        let arg = u8[pc + 1]!;
        pc += 2;
        while (op === Op.EXTENDED_ARG) {
          op = u8[pc]!;
          arg = (arg << 8) | u8[pc + 1]!;
          pc += 2;
        }
        switch (op) {
          case Op.NOP:
          case Op.RESUME:
            if (i32[CB_GC_REQUESTED] !== 0) {
              i32[f + F_IP] = fromSmallInt(pc - base);
              i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
              collectNow();
            }
            break;
          case Op.LOAD_CONST:
            i32[sp++] = i32[consts + arg]!;
            break;
          case Op.LOAD_FAST:
            i32[sp++] = i32[lp + arg]!;
            break;
          case Op.LOAD_FAST_CHECK: {
            const v = i32[lp + arg]!;
            if (v === NULL) throw unboundLocal(code, arg);
            i32[sp++] = v;
            break;
          }
          case Op.STORE_FAST:
            i32[lp + arg] = i32[--sp]!;
            i32[sp] = 0;
            break;
          case Op.DELETE_FAST:
            if (i32[lp + arg] === NULL) throw unboundLocal(code, arg);
            i32[lp + arg] = NULL;
            break;
          case Op.POP_TOP:
            i32[--sp] = 0;
            break;
          case Op.PUSH_NULL:
            i32[sp++] = NULL;
            break;
          case Op.COPY: {
            const v = i32[sp - arg]!;
            i32[sp++] = v;
            break;
          }
          case Op.SWAP: {
            const t = i32[sp - 1]!;
            i32[sp - 1] = i32[sp - arg]!;
            i32[sp - arg] = t;
            break;
          }
          case Op.LOAD_GLOBAL: {
            const name = i32[names + (arg >> 1)]!;
            let v = dictGetStr(i32[f + F_GLOBALS]!, name);
            if (v === NULL) {
              v = dictGetStr(i32[f + F_BUILTINS]!, name);
              if (v === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
            }
            if ((arg & 1) !== 0) i32[sp++] = NULL;
            i32[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL:
            dictSet(i32[f + F_GLOBALS]!, i32[names + arg]!, i32[--sp]!);
            i32[sp] = 0;
            break;
          case Op.BINARY_OP: {
            const b = i32[sp - 1]!;
            const a = i32[sp - 2]!;
            let r: Value;
            if ((a & b & 1) !== 0) r = smallIntBinop(a, b, arg);
            else r = NULL;
            if (r === NULL) r = binaryOp(a, b, arg);
            i32[--sp] = 0;
            i32[sp - 1] = r;
            break;
          }
          case Op.COMPARE_OP: {
            const b = i32[sp - 1]!;
            const a = i32[sp - 2]!;
            const cmp = arg >> 4;
            let r: Value;
            if ((a & b & 1) !== 0) r = smallIntCompare(a, b, cmp) ? S.True : S.False;
            else r = richCompare(a, b, cmp);
            i32[--sp] = 0;
            i32[sp - 1] = r;
            break;
          }
          case Op.POP_JUMP_IF_FALSE: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v === S.False || (v !== S.True && !isTrue(v))) pc += arg * 2;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v === S.True || (v !== S.False && isTrue(v))) pc += arg * 2;
            break;
          }
          case Op.POP_JUMP_IF_NONE: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v === S.None) pc += arg * 2;
            break;
          }
          case Op.POP_JUMP_IF_NOT_NONE: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v !== S.None) pc += arg * 2;
            break;
          }
          case Op.JUMP_FORWARD:
            pc += arg * 2;
            break;
          case Op.JUMP_BACKWARD:
            pc -= arg * 2;
            if (i32[CB_GC_REQUESTED] !== 0) {
              i32[f + F_IP] = fromSmallInt(pc - base);
              i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
              collectNow();
            }
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= arg * 2;
            break;
          case Op.KW_NAMES:
            kwnames = i32[consts + arg]!;
            break;
          case Op.CALL: {
            // Stack: [callable-or-method, self-or-NULL? ...]: CPython 3.12 puts NULL or the method
            // below the callable: STACK[-2-arg] is NULL/method, STACK[-1-arg] is callable/self.
            let argc = arg;
            let callable = i32[sp - 2 - argc]!;
            let argv = sp - argc;
            if (callable !== NULL) {
              // method form: [method, self, args...]
              argv--;
              argc++;
            } else {
              callable = i32[sp - 1 - argc]!;
              if ((callable & 1) === 0 && i32[callable >> 2] === T.method) {
                // A bound method: call its function with self in the NULL slot's place.
                i32[sp - 2 - argc] = getField(callable, 0);
                i32[sp - 1 - argc] = getField(callable, 1);
                callable = i32[sp - 2 - argc]!;
                argv--;
                argc++;
              }
            }
            const kw = kwnames;
            kwnames = NULL;
            const calleeBase = sp - 2 - arg;
            if ((callable & 1) === 0 && i32[callable >> 2] === T.function) {
              i32[f + F_IP] = fromSmallInt(pc - base);
              i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
              const addr = pushFunctionFrame(callable, argv, argc, kw, 0);
              // The arguments now live in the callee: drop the call block from the caller's stack.
              i32.fill(0, calleeBase, sp);
              i32[f + F_SP] = fromSmallInt(calleeBase - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
              f = addr >> 2;
              code = i32[f + F_CODE]!;
              base = codeBytecodeAddress(code);
              pc = base + (i32[f + F_IP]! >> 1);
              lp = f + F_LOCALSPLUS;
              sp = lp + (getField(code, CO_NLOCALSPLUS) >> 1) + (i32[f + F_SP]! >> 1);
              consts = tupleBase(getField(code, CO_CONSTS));
              names = tupleBase(getField(code, CO_NAMES));
              if (i32[CB_GC_REQUESTED] !== 0) {
                i32[f + F_IP] = fromSmallInt(pc - base);
                i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
                collectNow();
              }
              break;
            }
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
            const r = callNonPython(callable, argv, argc, kw);
            i32.fill(0, calleeBase, sp);
            sp = calleeBase;
            i32[sp++] = r;
            break;
          }
          case Op.RETURN_VALUE:
          case Op.RETURN_CONST: {
            const r = op === Op.RETURN_CONST ? i32[consts + arg]! : i32[--sp]!;
            const flags = i32[f + F_FLAGS]! >> 1;
            const addr = f << 2;
            const prev = popFrame(addr);
            if ((flags & F_ENTRY) !== 0) return r;
            f = prev >> 2;
              code = i32[f + F_CODE]!;
              base = codeBytecodeAddress(code);
              pc = base + (i32[f + F_IP]! >> 1);
              lp = f + F_LOCALSPLUS;
              sp = lp + (getField(code, CO_NLOCALSPLUS) >> 1) + (i32[f + F_SP]! >> 1);
              consts = tupleBase(getField(code, CO_CONSTS));
              names = tupleBase(getField(code, CO_NAMES));
            i32[sp++] = r;
            break;
          }
          case Op.RETURN_GENERATOR: {
            const flags = i32[f + F_FLAGS]! >> 1;
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
            const coFlags = getField(code, CO_FLAGS) >> 1;
            const type = (coFlags & CO_COROUTINE) !== 0 ? T.coroutine : (coFlags & CO_ASYNC_GENERATOR) !== 0 ? T.async_generator : T.generator;
            const g = newGenerator(type, f, sp, i32[f + F_FUNC]!);
            const prev = popFrame(f << 2);
            if ((flags & F_ENTRY) !== 0) return g;
            f = prev >> 2;
            code = i32[f + F_CODE]!;
            base = codeBytecodeAddress(code);
            pc = base + (i32[f + F_IP]! >> 1);
            lp = f + F_LOCALSPLUS;
            sp = lp + (getField(code, CO_NLOCALSPLUS) >> 1) + (i32[f + F_SP]! >> 1);
            consts = tupleBase(getField(code, CO_CONSTS));
            names = tupleBase(getField(code, CO_NAMES));
            i32[sp++] = g;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
            genSuspend(i32[f + F_GEN]!, f, sp);
            popFrame(f << 2);
            genHooks.yielded = true;
            return v;
          }
          case Op.LOAD_NAME: {
            const name = i32[names + arg]!;
            const locals = i32[f + F_LOCALS]!;
            let v = locals === NULL ? NULL : mappingGetStr(locals, name);
            if (v === NULL) v = dictGetStr(i32[f + F_GLOBALS]!, name);
            if (v === NULL) v = dictGetStr(i32[f + F_BUILTINS]!, name);
            if (v === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
            i32[sp++] = v;
            break;
          }
          case Op.STORE_NAME: {
            const locals = i32[f + F_LOCALS]!;
            if (locals === NULL) throw raise(E.SystemError, `no locals found when storing '${strValue(i32[names + arg]!)}'`);
            mappingSet(locals, i32[names + arg]!, i32[sp - 1]!);
            i32[--sp] = 0;
            break;
          }
          case Op.DELETE_NAME: {
            const locals = i32[f + F_LOCALS]!;
            if (dictDel(locals, i32[names + arg]!) === NULL) {
              throw raise(E.NameError, `name '${strValue(i32[names + arg]!)}' is not defined`);
            }
            break;
          }
          case Op.DELETE_GLOBAL:
            if (dictDel(i32[f + F_GLOBALS]!, i32[names + arg]!) === NULL) {
              throw raise(E.NameError, `name '${strValue(i32[names + arg]!)}' is not defined`);
            }
            break;
          case Op.MAKE_CELL: {
            const v = i32[lp + arg]!;
            i32[lp + arg] = newCell(v);
            break;
          }
          case Op.COPY_FREE_VARS:
            // pushFunctionFrame copied the closure already.
            break;
          case Op.LOAD_CLOSURE:
            i32[sp++] = i32[lp + arg]!;
            break;
          case Op.LOAD_DEREF: {
            const v = getField(i32[lp + arg]!, CELL_CONTENTS);
            if (v === NULL) throw unboundDeref(code, arg);
            i32[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            setField(i32[lp + arg]!, CELL_CONTENTS, i32[--sp]!);
            i32[sp] = 0;
            break;
          case Op.DELETE_DEREF: {
            const cell = i32[lp + arg]!;
            if (getField(cell, CELL_CONTENTS) === NULL) throw unboundDeref(code, arg);
            setField(cell, CELL_CONTENTS, NULL);
            break;
          }
          case Op.RERAISE: {
            const exc = i32[--sp]!;
            i32[sp] = 0;
            // With arg != 0 the raising instruction's offset sits below (CPython sets f_lasti
            // from it); the handler is still looked up at this RERAISE, as CPython does.
            reraisePending = true;
            throw raiseObject(exc);
          }
          default: {
            state.sp = sp;
            state.pc = pc;
            state.base = base;
            state.f = f;
            state.lp = lp;
            state.kwnames = kwnames;
            i32[f + F_IP] = fromSmallInt(pc - base);
              i32[f + F_SP] = fromSmallInt(sp - lp - (getField(code, CO_NLOCALSPLUS) >> 1));
            const jumpTo = execOp(op, arg, state, code);
            sp = state.sp;
            pc = state.pc;
            kwnames = state.kwnames;
            if (jumpTo === RETURN_FROM_FRAME) {
              const r = i32[--sp]!;
              i32[sp] = 0;
              const flags = i32[f + F_FLAGS]! >> 1;
              const prev = popFrame(f << 2);
              if ((flags & F_ENTRY) !== 0) return r;
              f = prev >> 2;
              code = i32[f + F_CODE]!;
              base = codeBytecodeAddress(code);
              pc = base + (i32[f + F_IP]! >> 1);
              lp = f + F_LOCALSPLUS;
              sp = lp + (getField(code, CO_NLOCALSPLUS) >> 1) + (i32[f + F_SP]! >> 1);
              consts = tupleBase(getField(code, CO_CONSTS));
              names = tupleBase(getField(code, CO_NAMES));
              i32[sp++] = r;
            }
            break;
          }
        }
      }
    } catch (e) {
      pythonErrorFrom(e);
      // Unwind: find a handler in this frame or a caller, up to the entry frame.
      let offset = pc - 2 - base;
      let addTraceback = !reraisePending;
      reraisePending = false;
      for (;;) {
        const exc = getCurrentException();
        if (addTraceback) {
          setField(exc, EXC_TRACEBACK, newTraceback(getField(exc, EXC_TRACEBACK), code, offset));
        }
        addTraceback = true;
        const handler = findHandler(codeObjectOf(code).co_exceptiontable, offset);
        if (handler !== null) {
          const stackBase = lp + (getField(code, CO_NLOCALSPLUS) >> 1);
          const newSp = stackBase + handler.depth;
          i32.fill(0, newSp, sp);
          sp = newSp;
          if (handler.lasti) i32[sp++] = fromSmallInt(offset);
          i32[sp++] = exc;
          setCurrentException(NULL);
          pc = base + handler.target;
          break;
        }
        // No handler here: this frame is done.
        const flags = i32[f + F_FLAGS]! >> 1;
        i32.fill(0, lp, sp);
        const prev = popFrame(f << 2);
        if ((flags & F_ENTRY) !== 0) throw PY_ERROR;
        f = prev >> 2;
              code = i32[f + F_CODE]!;
              base = codeBytecodeAddress(code);
              pc = base + (i32[f + F_IP]! >> 1);
              lp = f + F_LOCALSPLUS;
              sp = lp + (getField(code, CO_NLOCALSPLUS) >> 1) + (i32[f + F_SP]! >> 1);
              consts = tupleBase(getField(code, CO_CONSTS));
              names = tupleBase(getField(code, CO_NAMES));
        offset = pc - 2 - base;
      }
    }
  }
}

/**
 * Set when the exception in flight is re-raised (RERAISE, bare `raise`): it
 * gets no new traceback entry for the current frame, as in CPython.
 */
let reraisePending = false;
export function markReraise(): typeof PY_ERROR {
  reraisePending = true;
  return PY_ERROR;
}

/** Set by YIELD_VALUE when run() returns because its generator frame yielded. */
export const genHooks = { yielded: false };

/** Returned by execOp when the instruction returned from the frame (value on the stack). */
export const RETURN_FROM_FRAME = -2;

function callNonPython(callable: Value, argv: number, argc: number, kwnames: Ref): Value {
  return callValueSlot(callable, argv, argc, kwnames);
}

import { callValue as callValueSlot } from './call.js';
import { getItem, setItem } from './abstract.js';

function mappingGetStr(mapping: Ref, name: Ref): Value {
  if (i32[mapping >> 2] === T.dict) return dictGetStr(mapping, name);
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e === PY_ERROR && isKeyError()) {
      setCurrentException(NULL);
      return NULL;
    }
    throw e;
  }
}
function isKeyError(): boolean {
  const exc = getCurrentException();
  return exc !== NULL && isSubtypeOf(typeOf(exc), E.KeyError);
}
import { isSubtype as isSubtypeOf } from '../objects/typecheck.js';

function mappingSet(mapping: Ref, name: Ref, v: Value): void {
  if (i32[mapping >> 2] === T.dict) dictSet(mapping, name, v);
  else setItem(mapping, name, v);
}

function localName(code: Ref, i: number): string {
  return codeObjectOf(code).co_localsplusnames[i]!;
}
function unboundLocal(code: Ref, i: number): typeof PY_ERROR {
  return raise(E.UnboundLocalError, `cannot access local variable '${localName(code, i)}' where it is not associated with a value`);
}
function unboundDeref(code: Ref, i: number): typeof PY_ERROR {
  const name = localName(code, i);
  const co = codeObjectOf(code);
  const kind = co.co_localspluskinds[i]!;
  if ((kind & 0x80) !== 0) {
    return raise(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return raise(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** Small int fast paths for BINARY_OP; NULL when the result leaves the small range or needs the slow path. */
function smallIntBinop(a: Value, b: Value, nb: number): Value {
  const x = a >> 1;
  const y = b >> 1;
  let r: number;
  switch (nb) {
    case 0: case 13: r = x + y; break; // +
    case 10: case 23: r = x - y; break; // -
    case 5: case 18: r = x * y; if (!Number.isSafeInteger(r)) return NULL; break; // *
    case 1: case 14: return fromSmallInt(x & y);
    case 7: case 20: return fromSmallInt(x | y);
    case 12: case 25: return fromSmallInt(x ^ y);
    case 2: case 15: if (y === 0) return NULL; r = Math.floor(x / y); break; // //
    case 6: case 19: { if (y === 0) return NULL; r = x % y; if (r !== 0 && (r ^ y) < 0) r += y; break; } // %
    default: return NULL;
  }
  if (r >= -1073741824 && r <= 1073741823) return fromSmallInt(r);
  return NULL;
} // prettier-ignore

function smallIntCompare(a: Value, b: Value, op: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
  }
} // prettier-ignore

export { HEADER_WORDS, CO_FLAGS, CO_NCELLS, FN_CLOSURE };
