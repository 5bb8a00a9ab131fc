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
import { HeapExhausted } from '../heap/allocator.js';
import { HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_CLOSABLE_GENERATORS, CB_GC_REQUESTED, CB_RECURSION_LIMIT, zeroWords } from '../heap/memory.js';
import { counterBase, TC_BYTECODES } from './thread-state.js';
import { CO_FLAGS, CO_NFREE, CO_NLOCALSPLUS, codeObjectOf } from '../objects/code.js';
import { EXC_TRACEBACK } from '../objects/exceptions.js';
import { FN_BUILTINS, FN_CLOSURE, FN_CODE, FN_GLOBALS, CELL_CONTENTS } from '../objects/function.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_MEMORY_ERROR } from '../objects/roots.js';
import { strValue } from '../objects/str.js';
import { tupleBase } from '../objects/tuple.js';
import { RANGE_IT_END, RANGE_IT_REMAINING, RANGE_IT_STEP, PAIR_PUSHED, forIterNext } from '../objects/iterators.js';
import { freeThreading } from './object-lock.js';
import { getField, setField } from '../objects/typeobject.js';
import { binaryOp, binopTypeError, isTrue, richCompare } from './abstract.js';
import { bindArguments } from './bind-arguments.js';
import { PY_ERROR, raise, raiseObject } from './errors.js';
import {
  F_BUILTINS,
  F_CODE,
  F_ENTRY,
  F_INIT,
  F_BINOP,
  F_FLAGS,
  F_FUNC,
  F_GEN,
  F_GENLOOP,
  F_GLOBALS,
  F_LOOP_EXIT_SHIFT,
  F_IP,
  F_LOCALS,
  F_LOCALSPLUS,
  F_SP,
  frameWords,
  popFrame,
  popFrameMemory,
  pushFrame,
} from './frame.js';
import { execOp, setUpRaise, type LoopState } from './ops.js';
import { loadGlobalCached } from './global-cache.js';
import { GLOBAL_CACHE_WORDS, RECENT_MASK, codeRegisters, recentCodes, recentRegs } from './code-registers.js';
import { dictEntriesArray, dictEntriesCount } from '../objects/dict.js';
import { HIT_GETTER, HIT_METHOD, cachedHit, fillLoadAttrCache, fillStoreAttrCache, loadAttrCached, storeAttrCached } from './attr-cache.js';
import { exactDictSubscr, floatBinopFast, floatCompareFast, intBinopFast, intCompareFast, containsFast, storeSubscrFast, subscrFast, unpackFast } from './fast-paths.js';
import { listAppend } from '../objects/list.js';
import { loadNameCached, storeNameCached } from './name-cache.js';
import {
  closeDroppedLocals,
  closeKeptLoopGenerators,
  closeLoopGenerator,
  isLoopGenerator,
  keepDroppedLocals,
  keepLoopGenerators,
  markLoopGenerator,
} from './generator-finalize.js';
import { inlineBinopOf, inlineInitCached, initReturnedError } from './call-init.js';
import { newObjectOf } from '../objects/object.js';
import { FRESH_MASK, freshResults } from './float-reuse.js';

const EMPTY_CACHE = new Int32Array(0);
import { opHooks } from './op-hooks.js';
import { getAttr, lookupMethod, methodIsUnbound, setAttr } from './attributes.js';
import { getIter, iterNext } from './abstract.js';
import { safepoint } from './safepoint.js';
import {
  HandlesExhausted,
  getCurrentException,
  getDepth,
  handleCount,
  setCurrentException,
  setCurrentFrame,
  setDepth,
} from './thread-state.js';
import { newTraceback } from './traceback.js';
import { genEnterForLoop, genFinished, genSuspend, newGenerator } from '../objects/generator.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../bytecode/code.js';

/**
 * sys.getrecursionlimit(): one value for every thread, kept in the control
 * block (CB_RECURSION_LIMIT) and copied here whenever this worker takes the
 * GIL (refreshRecursionLimit), so that the check on each call reads a JS variable.
 */
export let recursionLimit = 1000;
export function setRecursionLimit(n: number): void {
  recursionLimit = n;
  i32[CB_RECURSION_LIMIT] = n;
}
export function refreshRecursionLimit(): void {
  recursionLimit = i32[CB_RECURSION_LIMIT]!;
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
  const fw = (func >> 2) + HEADER_WORDS;
  const code = i32[fw + FN_CODE]!;
  const regs = codeRegisters(code);
  const addr = pushFrame(regs.frameWords, code, func, i32[fw + FN_GLOBALS]!, i32[fw + FN_BUILTINS]!, NULL, flags, regs.nlocalsplus);
  const w = addr >> 2;
  if (kwnames === NULL && regs.fastArgc === argc) {
    // Positional arguments only, exactly the parameters: copy them.
    const lp = w + F_LOCALSPLUS;
    for (let i = 0; i < argc; i++) i32[lp + i] = i32[argv + i]!;
  } else {
    try {
      bindArguments(func, code, w + F_LOCALSPLUS, argv, argc, kwnames);
    } catch (e) {
      popFrameMemory(addr);
      throw e;
    }
  }
  // Free variables: the closure's cells go in the last slots.
  const nfree = regs.nfree;
  if (nfree > 0) {
    const closure = tupleBase(getField(func, FN_CLOSURE));
    const to = w + F_LOCALSPLUS + regs.nlocalsplus - nfree;
    for (let i = 0; i < nfree; i++) i32[to + i] = i32[closure + i]!;
  }
  setCurrentFrame(addr);
  setDepth(depth);
  return addr;
}

/** A frame running module or class-body code with explicit globals and locals (exec, import). */
export function pushCodeFrame(code: Ref, globals: Ref, locals: Ref, builtins: Ref, closure: Ref, flags: number): number {
  const addr = pushFrame(frameWords(code), code, NULL, globals, builtins, locals, flags, getField(code, CO_NLOCALSPLUS) >> 1);
  const w = addr >> 2;
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
 * With `throwing`, the exception already set is raised at the frame's
 * suspension point first (generator.throw()).
 *
 * The loop runs in slices (runSlice): each ends after SLICE_TICKS calls and
 * backward jumps, and the next starts from the frame where it stopped. Why:
 * one call of the loop may run a whole program, and once V8 deoptimizes a
 * running function (a path its optimized code had never seen, reached for the
 * first time) that call goes on in baseline code to its end, about three times
 * slower (measured: 12 ns against 4 ns per LOAD_FAST/STORE_FAST pair of a hot
 * loop); V8 re-optimizes a function only when it is called again.
 */
export function run(entry: number, throwing = false): Value {
  const depth = runDepth++;
  try {
    let r = runSlice(entry, throwing, depth);
    while (r === SLICE_ENDED) r = runSlice(sliceEndFrame, false, depth);
    return r;
  } finally {
    runDepth = depth;
  }
}

/**
 * The registers handed to execOp, one object per depth of nested runs (a run's execOp may
 * start another run, whose registers must not be the same object), made once and kept: made
 * per slice, they were a JS allocation at every resumption of a generator that reached execOp
 * (17 MB in nqueens.py).
 */
const loopStates: LoopState[] = [];
/** Runs in progress on this thread's JS stack. */
let runDepth = 0;

function loopStateAt(depth: number): LoopState {
  let state = loopStates[depth];
  if (state === undefined) {
    state = { sp: 0, pc: 0, base: 0, f: 0, lp: 0, kwnames: NULL };
    loopStates[depth] = state;
  }
  return state;
}

/** runSlice's result when its slice ended before the entry frame returned: go on at sliceEndFrame. */
const SLICE_ENDED = -8;
/**
 * Calls (RESUME) and backward jumps per slice: a few milliseconds of work in V8's interpreter,
 * tens of microseconds optimized. Short, because a new call of the loop is what picks up the
 * code V8 has just optimized (or re-optimized after a deoptimization): with slices 16 times
 * longer, the running slice went on in the interpreter until V8 had also compiled the loop
 * for on-stack replacement, another 50-100 ms. A slice's end costs a return and a reload of
 * the registers.
 */
const SLICE_TICKS = 1 << 12;
/** Slices left to run short (see runSlice), and their ticks. */
const WARMING_SLICES = 64;
let warmingSlices = WARMING_SLICES;
const WARMING_SLICE_TICKS = 61;
/** Make the next slices short again (after interpreter-warmup.ts, before the program's own code). */
export function restartWarmingSlices(): void {
  warmingSlices = WARMING_SLICES;
}
/** The frame the last slice stopped in (its F_IP and F_SP saved). */
let sliceEndFrame = 0;

/**
 * One slice of run: every change of frame (call, return, unwinding) sets
 * `cur` and continues the outer loop, whose head reloads the registers: one
 * copy of that code keeps this function small enough for V8 to optimize.
 */
function runSlice(entry: number, throwing: boolean, depth: number): Value {
  let cur = entry;
  /** A value to push on the frame's stack once it is entered (a callee's return value). */
  let pushOnEnter: Value = NULL;
  let pendingThrow = throwing;
  let kwnames: Ref = NULL;
  let f = 0;
  let code: Ref = NULL;
  let base = 0;
  let pc = 0;
  let lp = 0;
  let sb = 0;
  let sp = 0;
  let consts = 0;
  let names = 0;
  let gcache: Int32Array = EMPTY_CACHE;
  let acache: Int32Array = EMPTY_CACHE;
  /** The registers handed to execOp, taken from loopStates on first use: many runs (a dunder method, a property) never need them. */
  let state: LoopState | null = null;
  let ticks = SLICE_TICKS;
  /** Set by RESUME and JUMP_BACKWARD to leave the dispatch loop for the breaker's block. */
  let atBreaker = false;
  /** JUMP_BACKWARD's jump, made by the breaker's block after its safepoint. */
  let breakerJump = 0;
  if (warmingSlices > 0) {
    // The first slices of a worker are short and start with the breaker set, so that the
    // slice-end and safepoint paths of RESUME and JUMP_BACKWARD have run (and V8 has type
    // feedback for them) before the loop is first optimized: reached for the first time in
    // optimized code, each path deoptimized the loop and cost a recompilation (50-70 ms).
    warmingSlices--;
    ticks = WARMING_SLICE_TICKS;
    Atomics.store(i32, CB_GC_REQUESTED, 1);
  }
  // Bytecodes run, counted in a register and added to the thread's counter (TC_BYTECODES) when
  // the slice returns, ends or raises out (not at every change of frame: that float add was 3-4%
  // of a call-heavy loop). A slice is at most SLICE_TICKS calls and backward jumps, so a reader
  // of the counter lags by at most one slice.
  const counter = counterBase + TC_BYTECODES;
  let nb = 0;

  frames: for (;;) {
    f = cur >> 2;
    code = i32[f + F_CODE]!;
    const recent = (code >>> 3) & RECENT_MASK;
    const regs = recentCodes[recent] === code ? recentRegs[recent]! : codeRegisters(code);
    base = regs.bytecode;
    pc = base + (i32[f + F_IP]! >> 1);
    lp = f + F_LOCALSPLUS;
    sb = lp + regs.nlocalsplus;
    sp = sb + (i32[f + F_SP]! >> 1);
    consts = regs.consts;
    names = regs.names;
    gcache = regs.globalCache;
    acache = regs.attrCache;
    if (pushOnEnter !== NULL) {
      i32[sp++] = pushOnEnter;
      pushOnEnter = NULL;
    }
    /**
     * Set with a Python exception made current, and the dispatch loop left: unwind as for a
     * thrown PY_ERROR, without the throw. A JS throw costs about a microsecond (V8 makes a
     * message object for each), most of a `raise` caught in the same function.
     */
    let raising = false;
    try {
      if (pendingThrow) {
        pendingThrow = false;
        throw PY_ERROR;
      }
      dispatch: for (;;) {
        nb++;
        // An instruction is two bytes, opcode then argument, at an even address: one 16-bit load
        // (little-endian, as every platform Node runs on) reads both with one bounds check.
        let unit = u16[pc >> 1]!;
        let op = unit & 0xff;
        let arg = unit >> 8;
        pc += 2;
        while (op === 144 /* EXTENDED_ARG */) {
          unit = u16[pc >> 1]!;
          op = unit & 0xff;
          arg = (arg << 8) | (unit >> 8);
          pc += 2;
        }
        switch (op) {
          case 9 /* NOP */:
            break;
          case 151 /* RESUME */:
            // The safepoints are here (a call's first instruction, so the instructions that push a
            // frame need none) and at JUMP_BACKWARD, as CPython's eval breaker; both go to the
            // breaker's one block after this loop.
            if (--ticks <= 0 || i32[CB_GC_REQUESTED] !== 0) {
              atBreaker = true;
              break dispatch;
            }
            break;
          case 100 /* LOAD_CONST */:
            i32[sp++] = i32[consts + arg]!;
            break;
          case 124 /* LOAD_FAST */:
            i32[sp++] = i32[lp + arg]!;
            break;
          case 127 /* LOAD_FAST_CHECK */: {
            const v = i32[lp + arg]!;
            if (v === NULL) throw unboundLocal(code, arg);
            i32[sp++] = v;
            break;
          }
          case 143 /* LOAD_FAST_AND_CLEAR */:
            // Inlined comprehensions save the outer binding (maybe NULL) and unbind it.
            i32[sp++] = i32[lp + arg]!;
            i32[lp + arg] = NULL;
            break;
          case 125 /* STORE_FAST */:
            i32[lp + arg] = i32[--sp]!;
            i32[sp] = 0;
            break;
          // Superinstructions (bytecode/superinstructions.ts): a pair of instructions, the second's
          // argument read from the next code unit, which is then skipped. Two bytecodes counted.
          case 177 /* LOAD_FAST__LOAD_FAST */:
            i32[sp] = i32[lp + arg]!;
            i32[sp + 1] = i32[lp + u8[pc + 1]!]!;
            sp += 2;
            pc += 2;
            nb++;
            break;
          case 178 /* STORE_FAST__LOAD_FAST */:
            i32[lp + arg] = i32[sp - 1]!;
            i32[sp - 1] = i32[lp + u8[pc + 1]!]!;
            pc += 2;
            nb++;
            break;
          case 179 /* LOAD_FAST__LOAD_CONST */:
            i32[sp] = i32[lp + arg]!;
            i32[sp + 1] = i32[consts + u8[pc + 1]!]!;
            sp += 2;
            pc += 2;
            nb++;
            break;
          case 180 /* LOAD_CONST__LOAD_FAST */:
            i32[sp] = i32[consts + arg]!;
            i32[sp + 1] = i32[lp + u8[pc + 1]!]!;
            sp += 2;
            pc += 2;
            nb++;
            break;
          case 1 /* POP_TOP */: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            // A `break` or `return` dropping the generator its `for` loop owns closes it now.
            if ((v & 1) === 0 && v !== NULL && i32[v >> 2] === T.generator && isLoopGenerator(v)) {
              i32[f + F_IP] = fromSmallInt(pc - base);
              i32[f + F_SP] = fromSmallInt(sp - sb);
              closeLoopGenerator(v);
            }
            break;
          }
          case 2 /* PUSH_NULL */:
            i32[sp++] = NULL;
            break;
          case 120 /* COPY */:
            i32[sp] = i32[sp - arg]!;
            sp++;
            break;
          case 99 /* SWAP */: {
            const t = i32[sp - 1]!;
            i32[sp - 1] = i32[sp - arg]!;
            i32[sp - arg] = t;
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            const name = i32[names + (arg >> 1)]!;
            const globals = i32[f + F_GLOBALS]!;
            // The cache's hit for a name of the module (global-cache.ts has the rules), here: a call
            // of loadGlobalCached cost more than its check. Builtins and misses go there.
            const at = ((pc - 2 - base) >> 1) * GLOBAL_CACHE_WORDS;
            const garr = dictEntriesArray(globals);
            const gix = gcache[at + 2]!;
            let v: Value = NULL;
            if (gcache[at] === garr && gix >= 0 && garr !== 0 && gcache[at + 1] === dictEntriesCount(globals)) {
              const e = (garr >> 2) + HEADER_WORDS + gix * 3;
              if (i32[e + 1] === name) v = i32[e + 2]!;
            }
            if (v === NULL) v = loadGlobalCached(gcache, pc - 2 - base, globals, i32[f + F_BUILTINS]!, name);
            if (v === NULL) throw raise(E.NameError, `name '${strValue(name)}' is not defined`);
            if ((arg & 1) !== 0) i32[sp++] = NULL;
            i32[sp++] = v;
            break;
          }
          case 137 /* LOAD_DEREF */: {
            const v = i32[(i32[lp + arg]! >> 2) + HEADER_WORDS + CELL_CONTENTS]!;
            if (v === NULL) throw unboundDeref(code, arg);
            i32[sp++] = v;
            break;
          }
          case 138 /* STORE_DEREF */:
            i32[(i32[lp + arg]! >> 2) + HEADER_WORDS + CELL_CONTENTS] = i32[--sp]!;
            i32[sp] = 0;
            break;
          case 182 /* LOAD_FAST__BINARY_OP */:
          case 183 /* LOAD_CONST__BINARY_OP */:
          case 122 /* BINARY_OP */: {
            if (op !== 122) {
              // A superinstruction: its first instruction's push, then this BINARY_OP.
              i32[sp++] = op === 182 ? i32[lp + arg]! : i32[consts + arg]!;
              arg = u8[pc + 1]!;
              pc += 2;
              nb++;
            }
            const b = i32[sp - 1]!;
            const a = i32[sp - 2]!;
            let r: Value = NULL;
            /** The float this instruction's fast path made (or reused), for the next one's reuse. */
            let fresh: Value = NULL;
            if ((a & b & 1) !== 0) r = smallIntBinop(a, b, arg);
            else {
              r = fresh = floatBinopFast(a, b, arg, acache[(pc - 2 - base) << 1]!, sp);
            }
            if (r === NULL) r = intBinopFast(a, b, arg);
            if (r === NULL && arg < 13 && ((a | b) & 1) === 0 && i32[a >> 2] === i32[b >> 2]) {
              // Two instances of one class with a Python __op__: run it as a frame of this loop.
              const fn = inlineBinopOf(i32[a >> 2]!, arg);
              if (fn !== NULL) {
                i32[f + F_IP] = fromSmallInt(pc - base);
                i32[f + F_SP] = fromSmallInt(sp - sb);
                cur = pushFunctionFrame(fn, sp - 2, 2, NULL, F_BINOP);
                continue frames;
              }
            }
            if (r === NULL) {
              i32[f + F_SP] = ((sp - sb) << 1) | 1; // the collector may run in there: it must see this stack
              r = binaryOp(a, b, arg);
            }
            i32[--sp] = 0;
            i32[sp - 1] = r;
            freshResults[(sp - 1) & FRESH_MASK] = fresh;
            break;
          }
          case 184 /* COMPARE_OP__POP_JUMP_IF_FALSE */:
          case 185 /* COMPARE_OP__POP_JUMP_IF_TRUE */:
          case 107 /* COMPARE_OP */: {
            const b = i32[sp - 1]!;
            const a = i32[sp - 2]!;
            let r: Value;
            if ((a & b & 1) !== 0) r = compareNumbers(a, b, arg >> 4) ? S.True : S.False; // tagged small ints keep their order
            else {
              r = floatCompareFast(a, b, arg >> 4);
              if (r === NULL) r = intCompareFast(a, b, arg >> 4);
              if (r === NULL) {
                i32[f + F_SP] = ((sp - sb) << 1) | 1; // the collector may run in there: it must see this stack
                r = richCompare(a, b, arg >> 4);
              }
            }
            if (op !== 107 && (r === S.False || r === S.True)) {
              // The superinstruction: the jump on a bool result, without pushing it. Any other
              // result is pushed, and the conditional jump then runs as an instruction of its own.
              const jump = u8[pc + 1]!;
              pc += 2;
              nb++;
              if ((r === S.False) === (op === 184)) pc += jump * 2;
              i32[--sp] = 0;
              i32[--sp] = 0;
              break;
            }
            i32[--sp] = 0;
            i32[sp - 1] = r;
            break;
          }
          case 117 /* IS_OP */: {
            const r = (i32[sp - 2] === i32[sp - 1]) !== (arg === 1);
            i32[--sp] = 0;
            i32[sp - 1] = r ? S.True : S.False;
            break;
          }
          case 114 /* POP_JUMP_IF_FALSE */: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v === S.False) pc += arg * 2;
            else if (v !== S.True) {
              i32[sp] = v; // keep it rooted while __bool__/__len__ run
              i32[f + F_SP] = ((sp + 1 - sb) << 1) | 1;
              if (!isTrue(v)) pc += arg * 2;
              i32[sp] = 0;
            }
            break;
          }
          case 115 /* POP_JUMP_IF_TRUE */: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v === S.True) pc += arg * 2;
            else if (v !== S.False) {
              i32[sp] = v;
              i32[f + F_SP] = ((sp + 1 - sb) << 1) | 1;
              if (isTrue(v)) pc += arg * 2;
              i32[sp] = 0;
            }
            break;
          }
          case 129 /* POP_JUMP_IF_NONE */: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v === S.None) pc += arg * 2;
            break;
          }
          case 128 /* POP_JUMP_IF_NOT_NONE */: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            if (v !== S.None) pc += arg * 2;
            break;
          }
          case 110 /* JUMP_FORWARD */:
            pc += arg * 2;
            break;
          case 140 /* JUMP_BACKWARD */:
            if (--ticks <= 0 || i32[CB_GC_REQUESTED] !== 0) {
              // The breaker jumps after its safepoint, so that an exception the safepoint raises
              // (KeyboardInterrupt) is reported at this instruction's line, as CPython does.
              breakerJump = arg * 2;
              atBreaker = true;
              break dispatch;
            }
            pc -= arg * 2;
            break;
          case 134 /* JUMP_BACKWARD_NO_INTERRUPT */:
            pc -= arg * 2;
            break;
          case 68 /* GET_ITER */:
            i32[f + F_SP] = ((sp - sb) << 1) | 1; // the collector may run in there: it must see this stack
            i32[sp - 1] = getIter(i32[sp - 1]!);
            break;
          case 186 /* FOR_ITER__STORE_FAST */:
          case 93 /* FOR_ITER */: {
            const it = i32[sp - 1]!;
            const iw = it >> 2;
            let next: Value = NULL;
            if (i32[iw] === T.range_iterator && (i32[iw + RANGE_IT_REMAINING]! & 1) !== 0 && !freeThreading()) {
              // CPython's FOR_ITER_RANGE: the next small int of a range, here and without a call
              // (a call to rangeIteratorNext, inlined, took inlining budget the loop needs for
              // attribute access). Free-threading takes the slot, whose count is a CAS.
              const r = i32[iw + RANGE_IT_REMAINING]! >> 1;
              if (r > 0) {
                const end = i32[iw + RANGE_IT_END]!;
                const step = i32[iw + RANGE_IT_STEP]!;
                const v = (end >> 1) - r * (step >> 1);
                if ((end & step & 1) !== 0 && v >= -0x40000000 && v <= 0x3fffffff) {
                  i32[iw + RANGE_IT_REMAINING] = ((r - 1) << 1) | 1;
                  if (op === 93) i32[sp++] = (v << 1) | 1;
                  else {
                    // The superinstruction: the value goes straight to the STORE_FAST's local.
                    i32[lp + u8[pc + 1]!] = (v << 1) | 1;
                    pc += 2;
                    nb++;
                  }
                  break;
                }
                i32[f + F_SP] = ((sp - sb) << 1) | 1;
                next = iterNext(it);
              }
            } else {
              i32[f + F_SP] = ((sp - sb) << 1) | 1; // the collector may run in there: it must see this stack
              if ((it & 1) === 0 && i32[iw] === T.generator) {
                // A generator runs as a frame of this loop (CPython's FOR_ITER_GEN): its yield comes
                // back here as the next value, its return jumps to the loop's exit (F_GENLOOP).
                i32[f + F_IP] = fromSmallInt(pc - base);
                const addr = genEnterForLoop(it, F_GENLOOP | ((arg * 2 + 2) << F_LOOP_EXIT_SHIFT));
                if (addr !== 0) {
                  cur = addr;
                  continue frames;
                }
              }
              // Followed by UNPACK_SEQUENCE 2, the pair may come unpacked (forIterNext says when).
              next = forIterNext(it, u8[pc] === 92 /* UNPACK_SEQUENCE */ && u8[pc + 1] === 2 ? sp : 0);
              if (next === PAIR_PUSHED) {
                sp += 2;
                pc += 2;
                nb++;
                break;
              }
            }
            if (next === NULL) {
              // Exhausted: pop the iterator and skip the END_FOR at the target.
              i32[--sp] = 0;
              pc += arg * 2 + 2;
            } else if (op === 93) {
              i32[sp++] = next;
            } else {
              i32[lp + u8[pc + 1]!] = next;
              pc += 2;
              nb++;
            }
            break;
          }
          case 4 /* END_FOR */:
            sp -= 2;
            i32[sp] = 0;
            i32[sp + 1] = 0;
            break;
          case 25 /* BINARY_SUBSCR */: {
            const c = i32[sp - 2]!;
            let r = subscrFast(c, i32[sp - 1]!);
            if (r === NULL) {
              i32[f + F_SP] = ((sp - sb) << 1) | 1; // the collector may run in there: it must see this stack
              if ((c & 1) === 0 && i32[c >> 2] === T.dict) {
                r = exactDictSubscr(c, i32[sp - 1]!);
                if (r === NULL) {
                  raising = true; // KeyError, made current without a throw
                  break dispatch;
                }
              } else r = getItem(c, i32[sp - 1]!);
            }
            i32[--sp] = 0;
            i32[sp - 1] = r;
            break;
          }
          case 181 /* LOAD_FAST__LOAD_ATTR */:
          case 106 /* LOAD_ATTR */: {
            if (op !== 106) {
              // A superinstruction: its LOAD_FAST, then this LOAD_ATTR.
              i32[sp++] = i32[lp + arg]!;
              arg = u8[pc + 1]!;
              pc += 2;
              nb++;
            }
            const name = i32[names + (arg >> 1)]!;
            const self = i32[sp - 1]!;
            const at = (pc - 2 - base) << 1;
            if ((self & 1) === 0) {
              const v = loadAttrCached(acache, at, self, name, (arg & 1) !== 0);
              if (v !== NULL) {
                if (cachedHit === HIT_GETTER) {
                  // A property's Python getter: run it as a frame; its result is the attribute
                  // (below it NULL in method form: a plain callable, not a method).
                  i32[f + F_IP] = fromSmallInt(pc - base);
                  let argv = sp - 1;
                  if ((arg & 1) !== 0) {
                    i32[sp - 1] = NULL;
                    i32[sp] = self;
                    argv = sp;
                  }
                  i32[f + F_SP] = fromSmallInt(argv - sb);
                  cur = pushFunctionFrame(v, argv, 1, NULL, 0);
                  continue frames;
                }
                if ((arg & 1) === 0) i32[sp - 1] = v;
                else if (cachedHit === HIT_METHOD) {
                  i32[sp - 1] = v;
                  i32[sp++] = self;
                } else {
                  i32[sp - 1] = NULL;
                  i32[sp++] = v;
                }
                break;
              }
            }
            i32[f + F_SP] = ((sp - sb) << 1) | 1; // the collector may run in there: it must see this stack
            i32[f + F_IP] = fromSmallInt(pc - base); // and a getter may read this frame's line (a generator's gi_frame.f_lineno)
            if ((arg & 1) !== 0) {
              // Method form: (method, self) without a bound method when possible, else (NULL, attr).
              const obj = i32[sp - 1]!;
              const m = lookupMethod(obj, name);
              if (methodIsUnbound) {
                i32[sp - 1] = m;
                i32[sp++] = obj;
              } else {
                i32[sp - 1] = NULL;
                i32[sp++] = m;
              }
            } else {
              i32[sp - 1] = getAttr(self, name);
            }
            if ((self & 1) === 0) fillLoadAttrCache(acache, at, self, name, (arg & 1) !== 0);
            break;
          }
          case 95 /* STORE_ATTR */: {
            const self = i32[sp - 1]!;
            const name = i32[names + arg]!;
            const at = (pc - 2 - base) << 1;
            // The collector may run in either store (a key's Python __eq__ in the dict): it must see this stack.
            i32[f + F_SP] = ((sp - sb) << 1) | 1;
            if ((self & 1) !== 0 || !storeAttrCached(acache, at, self, name, i32[sp - 2]!)) {
              setAttr(self, name, i32[sp - 2]!);
              if ((self & 1) === 0) fillStoreAttrCache(acache, at, self, name);
            }
            sp -= 2;
            i32[sp] = 0;
            i32[sp + 1] = 0;
            break;
          }
          case 172 /* KW_NAMES */:
            kwnames = i32[consts + arg]!;
            break;
          case 171 /* CALL */: {
            // STACK[-2-arg] is NULL or a method; STACK[-1-arg] the callable or self; then the arguments.
            let argc = arg;
            let argv = sp - argc;
            const callBase = sp - 2 - arg;
            let callable = i32[callBase]!;
            if (callable !== NULL) {
              argv--;
              argc++;
            } else {
              callable = i32[callBase + 1]!;
              if ((callable & 1) === 0 && i32[callable >> 2] === T.method) {
                i32[callBase] = callable = getField(callable, 0);
                i32[callBase + 1] = getField(i32[callBase + 1]!, 1);
                argv--;
                argc++;
              }
            }
            const kw = kwnames;
            kwnames = NULL;
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - sb);
            if ((callable & 1) === 0 && i32[callable >> 2] === T.function) {
              const addr = pushFunctionFrame(callable, argv, argc, kw, 0);
              // The arguments live in the callee now: drop the call block from this frame.
              zeroWords(callBase, sp);
              i32[f + F_SP] = fromSmallInt(callBase - sb);
              cur = addr;
              continue frames;
            }
            if ((callable & 1) === 0 && i32[callable >> 2] === T.type) {
              const init = inlineInitCached(acache, (pc - 2 - base) << 1, callable);
              if (init !== NULL) {
                // The instance replaces the class in the call block: [instance, args...] are __init__'s arguments.
                const obj = newObjectOf(callable);
                i32[argv - 1] = obj;
                const addr = pushFunctionFrame(init, argv - 1, argc + 1, kw, F_INIT);
                // This frame keeps the instance (the call's result) on its stack while __init__ runs.
                zeroWords(callBase, sp);
                i32[callBase] = obj;
                i32[f + F_SP] = fromSmallInt(callBase + 1 - sb);
                cur = addr;
                continue frames;
              }
            }
            const r = callValueSlot(callable, argv, argc, kw);
            zeroWords(callBase, sp);
            sp = callBase;
            i32[sp++] = r;
            continue;
          }
          case 83 /* RETURN_VALUE */:
          case 121 /* RETURN_CONST */: {
            const r = op === 121 /* RETURN_CONST */ ? i32[consts + arg]! : i32[--sp]!;
            const flags = i32[f + F_FLAGS]! >> 1;
            let prev: number;
            if (i32[CB_CLOSABLE_GENERATORS] === 0) {
              zeroWords(lp, sp);
              prev = popFrame(cur);
            } else prev = popFrameClosingDropped(cur, flags, lp, sb, sp, r);
            if ((flags & F_ENTRY) !== 0) {
                f64[counter] += nb;
                return r;
              }
            cur = prev;
            if ((flags & (F_INIT | F_BINOP | F_GENLOOP)) === 0) pushOnEnter = r;
            else pendingThrow = specialReturn(flags, r, prev, f);
            continue frames;
          }
          case 75 /* RETURN_GENERATOR */: {
            const flags = i32[f + F_FLAGS]! >> 1;
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - sb);
            const coFlags = getField(code, CO_FLAGS) >> 1;
            const type =
              (coFlags & CO_COROUTINE) !== 0 ? T.coroutine : (coFlags & CO_ASYNC_GENERATOR) !== 0 ? T.async_generator : T.generator;
            const g = newGenerator(type, f, sp, i32[f + F_FUNC]!);
            const prev = popFrame(cur);
            if ((flags & F_ENTRY) !== 0) {
              f64[counter] += nb;
              return g;
            }
            cur = prev;
            // Straight into a `for` loop (the caller's next instruction is GET_ITER): the loop owns it.
            const pf = prev >> 2;
            if (type === T.generator && u8[codeRegisters(i32[pf + F_CODE]!).bytecode + (i32[pf + F_IP]! >> 1)] === 68 /* GET_ITER */) {
              markLoopGenerator(g);
            }
            pushOnEnter = g;
            continue frames;
          }
          case 150 /* YIELD_VALUE */: {
            const v = i32[--sp]!;
            i32[sp] = 0;
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - sb);
            genSuspend(i32[f + F_GEN]!);
            const flags = i32[f + F_FLAGS]! >> 1;
            const prev = popFrame(cur);
            if ((flags & F_ENTRY) !== 0) {
              genHooks.yielded = true;
              f64[counter] += nb;
              return v;
            }
            // Resumed by a FOR_ITER of this loop (F_GENLOOP): the value is that instruction's result.
            cur = prev;
            pushOnEnter = v;
            continue frames;
          }
          case 119 /* RERAISE */: {
            // With arg != 0 the raising instruction's offset sits below (CPython sets f_lasti
            // from it); the handler is still looked up at this RERAISE, as CPython does.
            const exc = i32[--sp]!;
            i32[sp] = 0;
            reraisePending = true;
            // A re-raise leaves __context__ as it is (CPython's RERAISE does not chain):
            // code in the finally block may have set it on purpose.
            setCurrentException(exc);
            raising = true;
            break dispatch;
          }
          // The instructions of ops.ts (execOp), named so that the switch is dense enough for V8 to
          // dispatch through a jump table: V8 compiles a switch whose case labels span more than three
          // times their number as a chain of comparisons, tried in order (test/vm/dispatch-switch.test.ts).
          case 5 /* END_SEND */: case 11 /* UNARY_NEGATIVE */: case 12 /* UNARY_NOT */: case 15 /* UNARY_INVERT */:
          case 17 /* RESERVED */: case 26 /* BINARY_SLICE */: case 27 /* STORE_SLICE */: case 30 /* GET_LEN */:
          case 31 /* MATCH_MAPPING */: case 32 /* MATCH_SEQUENCE */: case 33 /* MATCH_KEYS */:
          case 35 /* PUSH_EXC_INFO */: case 36 /* CHECK_EXC_MATCH */: case 37 /* CHECK_EG_MATCH */:
          case 49 /* WITH_EXCEPT_START */: case 50 /* GET_AITER */: case 51 /* GET_ANEXT */:
          case 52 /* BEFORE_ASYNC_WITH */: case 53 /* BEFORE_WITH */: case 54 /* END_ASYNC_FOR */:
          case 55 /* CLEANUP_THROW */: case 60 /* STORE_SUBSCR */: case 61 /* DELETE_SUBSCR */:
          case 69 /* GET_YIELD_FROM_ITER */: case 71 /* LOAD_BUILD_CLASS */: case 74 /* LOAD_ASSERTION_ERROR */:
          case 85 /* SETUP_ANNOTATIONS */: case 87 /* LOAD_LOCALS */: case 89 /* POP_EXCEPT */:
          case 90 /* STORE_NAME */: case 91 /* DELETE_NAME */: case 92 /* UNPACK_SEQUENCE */:
          case 96 /* DELETE_ATTR */: case 97 /* STORE_GLOBAL */: case 98 /* DELETE_GLOBAL */:
          case 101 /* LOAD_NAME */: case 102 /* BUILD_TUPLE */: case 103 /* BUILD_LIST */: case 104 /* BUILD_SET */:
          case 105 /* BUILD_MAP */: case 108 /* IMPORT_NAME */: case 109 /* IMPORT_FROM */:
          case 118 /* CONTAINS_OP */: case 123 /* SEND */: case 126 /* DELETE_FAST */: case 130 /* RAISE_VARARGS */:
          case 131 /* GET_AWAITABLE */: case 133 /* BUILD_SLICE */: case 135 /* MAKE_CELL */:
          case 136 /* LOAD_CLOSURE */: case 139 /* DELETE_DEREF */: case 144 /* EXTENDED_ARG */:
          case 145 /* LIST_APPEND */: case 146 /* SET_ADD */: case 147 /* MAP_ADD */: case 149 /* COPY_FREE_VARS */:
          case 152 /* MATCH_CLASS */: case 155 /* FORMAT_VALUE */: case 156 /* BUILD_CONST_KEY_MAP */:
          case 157 /* BUILD_STRING */: case 162 /* LIST_EXTEND */: case 163 /* SET_UPDATE */:
          case 164 /* DICT_MERGE */: case 165 /* DICT_UPDATE */: case 173 /* CALL_INTRINSIC_1 */:
          case 174 /* CALL_INTRINSIC_2 */:
          default: {
            // Common cases of ops.ts's instructions, done here without the registers' trip through
            // execOp (about 15 ns each; nbody.py stores and unpacks 13 million times; module-level
            // loops load and store names).
            if (op === 60 /* STORE_SUBSCR */) {
              if (storeSubscrFast(sp)) {
                sp -= 3;
                break;
              }
            } else if (op === 92 /* UNPACK_SEQUENCE */) {
              if (unpackFast(sp, arg)) {
                sp += arg - 1;
                break;
              }
            } else if (op === 101 /* LOAD_NAME */) {
              const v = loadNameCached(acache, (pc - 2 - base) << 1, i32[f + F_LOCALS]!, i32[names + arg]!);
              if (v !== NULL) {
                i32[sp++] = v;
                break;
              }
            } else if (op === 90 /* STORE_NAME */) {
              if (storeNameCached(acache, (pc - 2 - base) << 1, i32[f + F_LOCALS]!, i32[names + arg]!, i32[sp - 1]!)) {
                i32[--sp] = 0;
                break;
              }
            } else if (op === 118 /* CONTAINS_OP */) {
              const r = containsFast(i32[sp - 1]!, i32[sp - 2]!);
              if (r >= 0) {
                i32[--sp] = 0;
                i32[sp - 1] = (r === 1) !== (arg === 1) ? S.True : S.False;
                break;
              }
            } else if (op === 145 /* LIST_APPEND */) {
              const v = i32[--sp]!;
              i32[sp] = 0;
              listAppend(i32[sp - arg]!, v);
              break;
            } else if (op === 130 /* RAISE_VARARGS */) {
              i32[f + F_IP] = fromSmallInt(pc - base);
              i32[f + F_SP] = fromSmallInt(sp - sb);
              setUpRaise(arg, sp);
              raising = true;
              break dispatch;
            }
            if (state === null) state = loopStateAt(depth);
            state.sp = sp;
            state.pc = pc;
            state.base = base;
            state.f = f;
            state.lp = lp;
            state.kwnames = kwnames;
            i32[f + F_IP] = fromSmallInt(pc - base);
            i32[f + F_SP] = fromSmallInt(sp - sb);
            const result = execOp(op, arg, state, code);
            sp = state.sp;
            pc = state.pc;
            kwnames = state.kwnames;
            if (result === RETURN_FROM_FRAME) {
              const r = i32[--sp]!;
              const flags = i32[f + F_FLAGS]! >> 1;
              let prev: number;
              if (i32[CB_CLOSABLE_GENERATORS] === 0) {
                zeroWords(lp, sp);
                prev = popFrame(cur);
              } else prev = popFrameClosingDropped(cur, flags, lp, sb, sp, r);
              if ((flags & F_ENTRY) !== 0) {
                f64[counter] += nb;
                return r;
              }
              cur = prev;
              if ((flags & (F_INIT | F_BINOP | F_GENLOOP)) === 0) pushOnEnter = r;
              else pendingThrow = specialReturn(flags, r, prev, f);
              continue frames;
            }
            continue;
          }
        }
        // Cases that change frame set `cur` and `continue frames` (the register reload at the top);
        // the others go on with the next instruction.
      }
      // Left by `break dispatch`: a raise (below, after the catch) or the eval breaker of RESUME
      // and JUMP_BACKWARD, here. One block for both instructions and both causes: each path of
      // the loop that V8 first meets in optimized code deoptimizes the whole loop (a 50-100 ms
      // recompilation, with the loop in V8's interpreter meanwhile), and the warming slices
      // above run this block on their first slice.
      if (atBreaker) {
        atBreaker = false;
        i32[f + F_IP] = fromSmallInt(pc - base);
        i32[f + F_SP] = fromSmallInt(sp - sb);
        if (i32[CB_GC_REQUESTED] !== 0) safepoint();
        pc -= breakerJump;
        breakerJump = 0;
        i32[f + F_IP] = fromSmallInt(pc - base);
        if (ticks <= 0) {
          sliceEndFrame = cur;
          f64[counter] += nb;
          return SLICE_ENDED;
        }
        continue frames; // the same frame: the head reloads its registers
      }
    } catch (e) {
      pythonErrorFrom(e);
      raising = true;
    }
    // Only a raise leaves the dispatch loop without changing frame (the others `continue frames`).
    if (raising) {
      // Loop-owned generators that the unwinding drops are closed once it is done (see
      // generator-finalize.ts), before the handler runs or the exception leaves this run.
      f64[counter] += nb; // unwind throws when the exception leaves this run
      nb = 0;
      const mark = handleCount();
      try {
        cur = unwind(cur, pc - 2 - base, sp);
      } finally {
        if (handleCount() > mark) closeKeptLoopGenerators(mark);
      }
    }
  }
}

/**
 * A frame run for an instruction of its caller `caller` returned `r`
 * (call-init.ts): an `__init__` must return None (the caller already holds the
 * instance); an operator method's result replaces the two operands that the
 * caller kept on its stack, and NotImplemented is the operator's TypeError; a
 * generator resumed by FOR_ITER (F_GENLOOP) is done, and its loop ends.
 * `f` is the returned frame's word index (popped, its header still intact).
 * Returns true when an exception is now to be raised in the caller.
 */
/**
 * A frame returning `r` once closable generators exist (closable-code.ts): its locals [lp, sb)
 * and stack up to sp are cleared and it is popped, as in the plain return, and the generators
 * its locals held that nothing else holds are closed then, as CPython's reference counts close
 * them when the frame goes (generator-finalize.ts). Not for the special returns, which read the
 * popped frame's words after this. Returns the caller's frame.
 */
function popFrameClosingDropped(cur: number, flags: number, lp: number, sb: number, sp: number, r: Value): number {
  const dropped = (flags & (F_INIT | F_BINOP | F_GENLOOP)) !== 0 ? -1 : keepDroppedLocals(lp, sb);
  zeroWords(lp, sp);
  const prev = popFrame(cur);
  if (dropped >= 0) closeDroppedLocals(dropped, r);
  return prev;
}

function specialReturn(flags: number, r: Value, caller: number, f: number): boolean {
  if ((flags & F_GENLOOP) !== 0) {
    genFinished(i32[f + F_GEN]!);
    // The caller pops the generator and goes on past its END_FOR, as FOR_ITER does at the end.
    const pf = caller >> 2;
    const depth = i32[pf + F_SP]! >> 1;
    i32[pf + F_LOCALSPLUS + codeRegisters(i32[pf + F_CODE]!).nlocalsplus + depth - 1] = 0;
    i32[pf + F_SP] = fromSmallInt(depth - 1);
    i32[pf + F_IP] = fromSmallInt((i32[pf + F_IP]! >> 1) + (flags >> F_LOOP_EXIT_SHIFT));
    return false;
  }
  if ((flags & F_INIT) !== 0) {
    if (r === S.None) return false;
    initReturnedError(r);
    return true;
  }
  const pf = caller >> 2;
  const regs = codeRegisters(i32[pf + F_CODE]!);
  const depth = i32[pf + F_SP]! >> 1;
  const top = pf + F_LOCALSPLUS + regs.nlocalsplus + depth;
  if (r === S.NotImplemented) {
    // The caller's ip is just past its BINARY_OP: the operator is the argument byte before it.
    const nb = u8[regs.bytecode + (i32[pf + F_IP]! >> 1) - 1]!;
    binopTypeError(i32[top - 2]!, i32[top - 1]!, nb);
    return true;
  }
  i32[top - 2] = r;
  i32[top - 1] = 0;
  // Whatever float r is, it did not come from the fast path: no later BINARY_OP may reuse it.
  freshResults[(top - 2) & FRESH_MASK] = NULL;
  i32[pf + F_SP] = fromSmallInt(depth - 1);
  return false;
}

/**
 * Find a handler for the exception in flight, starting in frame `cur` at
 * `offset`: adds traceback entries, pops frames without a handler, and
 * returns the frame to continue in (its ip and sp set to the handler's).
 * Throws PY_ERROR when the exception leaves the entry frame.
 */
function unwind(cur: number, offset: number, sp: number): number {
  let addTraceback = !reraisePending;
  reraisePending = false;
  for (;;) {
    const f = cur >> 2;
    const code = i32[f + F_CODE]!;
    const exc = getCurrentException();
    if (addTraceback) setField(exc, EXC_TRACEBACK, newTraceback(getField(exc, EXC_TRACEBACK), code, offset, f));
    addTraceback = true;
    const lp = f + F_LOCALSPLUS;
    const sb = lp + (getField(code, CO_NLOCALSPLUS) >> 1);
    const handler = findHandler(codeObjectOf(code).co_exceptiontable, offset);
    if (handler !== null) {
      let newSp = sb + handler.depth;
      keepLoopGenerators(newSp, sp);
      zeroWords(newSp, sp);
      if (handler.lasti) i32[newSp++] = fromSmallInt(offset);
      i32[newSp++] = exc;
      setCurrentException(NULL);
      i32[f + F_IP] = fromSmallInt(handler.target);
      i32[f + F_SP] = fromSmallInt(newSp - sb);
      return cur;
    }
    // No handler here: this frame is done.
    const flags = i32[f + F_FLAGS]! >> 1;
    keepLoopGenerators(lp, sp);
    zeroWords(lp, sp);
    const prev = popFrame(cur);
    if ((flags & F_ENTRY) !== 0) throw PY_ERROR;
    if ((flags & F_GENLOOP) !== 0) genFinished(i32[f + F_GEN]!);
    cur = prev;
    const pf = cur >> 2;
    const pcode = i32[pf + F_CODE]!;
    offset = (i32[pf + F_IP]! >> 1) - 2;
    sp = pf + F_LOCALSPLUS + (getField(pcode, CO_NLOCALSPLUS) >> 1) + (i32[pf + F_SP]! >> 1);
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

opHooks.unboundLocal = unboundLocal;
opHooks.unboundDeref = unboundDeref;

/** Returned by execOp when the instruction returned from the frame (value on the stack). */
export const RETURN_FROM_FRAME = -2;

import { callValue as callValueSlot } from './call.js';
import { getItem } from './abstract.js';
import { compareNumbers } from '../numeric/compare.js';

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


