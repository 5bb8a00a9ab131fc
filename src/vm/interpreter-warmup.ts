/**
 * Warming the interpreter loop for the program about to run.
 *
 * V8 optimizes runSlice (interpreter.ts) once it is hot, compiling only the
 * paths that have type feedback, i.e. that have run; the first run of any other
 * path afterwards deoptimizes it, and the loop then runs about 15 times slower
 * until V8 has compiled it again (60-150 ms on this project's machines). Most of
 * those paths are an instruction's first run: a program's first `yield`, first
 * keyword call, first subscript, first closure, each reached after the loop was
 * first optimized (`node --trace-deopt`: 3 to 7 deoptimizations per program of
 * bench/programs).
 *
 * Before `__main__` runs, warmInterpreter reads which instructions its code
 * (nested functions and classes included) contains, and calls the functions of
 * stdlib/_gilvm_warmup.py that run the common paths of those instructions, once
 * each. Paths of instructions the program does not contain stay cold: feedback
 * for a path nobody takes only makes each compilation of the loop longer (a
 * warm-up of every path, tried earlier, made fib.py 27% slower).
 *
 * The warm-up must leave no trace a program can see: its module is run in a
 * dict of its own (not in sys.modules), any exception is dropped, and the
 * thread's bytecode counter is put back.
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { getCode } from '../bytecode/cache.js';
import { type CodeObject, isCodeObject } from '../bytecode/code.js';
import { OPNAME, Op } from '../bytecode/opcodes.js';
import { pairOpcode, superinstruction, SUPERINSTRUCTIONS } from '../bytecode/superinstructions.js';
import { ConstFrozenSet, ConstTuple, type ConstValue } from '../compiler/ast.js';
import { compileSource } from '../compiler/compile.js';
import { fromSmallInt, NULL, type Value } from '../heap/layout.js';
import { loadCode } from '../objects/code.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { S } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS } from '../objects/roots.js';
import { newStr } from '../objects/str.js';
import { stdlibPath } from '../package-root.js';
import { call0, call2, call3 } from './call.js';
import { PY_ERROR } from './errors.js';
import { restartWarmingSlices, runCode } from './interpreter.js';
import { counterBase, handleCount, pushHandle, releaseHandles, setCurrentException, TC_BYTECODES } from './thread-state.js';

/** What a program's code contains, as far as the warm-up cares. */
export interface ProgramShape {
  /** Opcodes present. */
  ops: Set<number>;
  /** BINARY_OP arguments present. */
  binops: Set<number>;
  /** COMPARE_OP comparisons present (the argument >> 4). */
  compares: Set<number>;
  /** A float constant, or a true division: the program computes with floats. */
  floats: boolean;
  /** A comparison with a str constant (`c == 'x'`): the comparison's generic path. */
  strCompares: boolean;
  /** A conditional jump on something other than a comparison's result (`if items:`). */
  truthOther: boolean;
  /** A function named `__init__`: classes with a Python `__init__`, made by calling them. */
  init: boolean;
  /** A function named as an operator's method (`__add__`, `__lt__`, ...): run as frames of the loop. */
  dunderOps: boolean;
  /** The name `property` used: attributes read through a Python getter. */
  property: boolean;
  /** A loop in the module's own top-level code that loads or stores names (through the module's dict). */
  moduleLoop: boolean;
  /** A class with `__slots__`: attributes read and written in the instance's slots. */
  slots: boolean;
}

/** Instructions whose result is always a bool (a conditional jump on it takes the bool path). */
const BOOL_RESULTS: ReadonlySet<number> = new Set([Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP, Op.UNARY_NOT]);
const OPERATOR_METHODS: ReadonlySet<string> = new Set(
  ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'and', 'or', 'xor', 'lshift', 'rshift', 'matmul', 'lt', 'le', 'gt', 'ge'].map(
    (n) => `__${n}__`,
  ),
);

function emptyShape(): ProgramShape {
  return {
    ops: new Set(),
    binops: new Set(),
    compares: new Set(),
    floats: false,
    strCompares: false,
    truthOther: false,
    init: false,
    dunderOps: false,
    property: false,
    moduleLoop: false,
    slots: false,
  };
}

/** Adds what `code` and every code object nested in it contain to `shape`. */
export function programShape(code: CodeObject, shape: ProgramShape = emptyShape(), topLevel = true): ProgramShape {
  const bytes = code.co_code;
  if (code.co_names.includes('property')) shape.property = true;
  if (code.co_names.includes('__slots__')) shape.slots = true;
  let ext = 0;
  let prev = -1;
  let prevArg = 0;
  if (code.co_name === '__init__') shape.init = true;
  else if (OPERATOR_METHODS.has(code.co_name)) shape.dunderOps = true;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const op = bytes[i]!;
    const arg = (ext << 8) | bytes[i + 1]!;
    shape.ops.add(op);
    // The heap's copy runs this pair as one instruction (superinstructions.ts), a path of its own.
    const pair = i + 2 < bytes.length ? pairOpcode(op, bytes[i + 2]!) : 0;
    if (pair !== 0) shape.ops.add(pair);
    if (op === Op.EXTENDED_ARG) {
      ext = arg;
      continue;
    }
    ext = 0;
    if (op === Op.BINARY_OP) {
      shape.binops.add(arg);
      if (arg === 11 || arg === 24) shape.floats = true; // `/` and `/=`
    } else if (op === Op.COMPARE_OP) {
      shape.compares.add(arg >> 4);
      if (prev === Op.LOAD_CONST && typeof code.co_consts[prevArg] === 'string') shape.strCompares = true;
    } else if ((op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE) && !BOOL_RESULTS.has(prev)) {
      shape.truthOther = true;
    } else if (op === Op.JUMP_BACKWARD && topLevel && !shape.moduleLoop) {
      // A comprehension's loop, inlined at the top level, uses fast locals: only a loop that
      // loads or stores names needs their cached paths.
      shape.moduleLoop = usesNames(bytes, i + 2 - arg * 2, i);
    }
    prev = op;
    prevArg = arg;
  }
  for (const c of code.co_consts) {
    if (isCodeObject(c)) programShape(c as CodeObject, shape, false);
    else if (hasFloat(c)) shape.floats = true;
  }
  return shape;
}

/**
 * Whether a constant is a float or a tuple or frozenset holding one. A float constant is a JS
 * number, whole ones included (`1e3`, `2.0`: a program timing itself with `(t1 - t0) * 1e3`);
 * ints are bigints.
 */
function hasFloat(c: ConstValue): boolean {
  if (typeof c === 'number') return true;
  return (c instanceof ConstTuple || c instanceof ConstFrozenSet) && c.items.some(hasFloat);
}

/** Whether the instructions at byte offsets [from, to) of `bytes` load or store a name. */
function usesNames(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i += 2) {
    const op = bytes[i]!;
    if (op === Op.LOAD_NAME || op === Op.STORE_NAME) return true;
  }
  return false;
}

/**
 * Instructions whose common paths a program runs in its first milliseconds, before the loop is
 * first optimized, whatever the program: a program made of these alone (with arithmetic and
 * comparisons) gains nothing from the warm-up and would only pay for it (fib.py: about 20 ms
 * of warm-up, and a first compilation of the loop 20 ms longer).
 */
const EARLY_OPS: ReadonlySet<number> = new Set([
  Op.NOP, Op.RESUME, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_FAST_CHECK, Op.STORE_FAST, Op.POP_TOP, Op.PUSH_NULL,
  Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME, Op.MAKE_FUNCTION, Op.CALL, Op.RETURN_VALUE, Op.RETURN_CONST,
  Op.BINARY_OP, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.IMPORT_NAME, Op.IMPORT_FROM,
  // Superinstructions: in a program with nothing else to warm, they run early too (and
  // LOAD_FAST__LOAD_ATTR comes with a LOAD_ATTR, which warms).
  ...SUPERINSTRUCTIONS.map((s) => s.code),
]); // prettier-ignore

/** Whether the warm-up has anything to do for a program of this shape. */
export function worthWarming(shape: ProgramShape): boolean {
  for (const op of shape.ops) if (!EARLY_OPS.has(op)) return true;
  return shape.truthOther || shape.floats || shape.init || shape.dunderOps || shape.property || shape.moduleLoop || shape.slots;
}

/**
 * Run the warm-up functions for `main`'s instructions. Never raises: a warm-up that
 * fails (a missing or broken stdlib folder) only leaves the loop colder.
 */
export function warmInterpreter(main: CodeObject): void {
  const stdlib = stdlibPath();
  if (stdlib === '') return;
  const shape = programShape(main);
  if (!worthWarming(shape)) return;
  const bytecodes = f64[counterBase + TC_BYTECODES]!;
  const mark = handleCount();
  // V8 gives a function its feedback vector (where the paths that ran are recorded) only after
  // it has run for a while; the warm-up runs each path once or twice, in the loop and in the
  // helpers it inlines, so every function called meanwhile gets one at its first call.
  setFlagsFromString('--no-lazy-feedback-allocation');
  try {
    const path = join(stdlib, '_gilvm_warmup.py');
    const code = getCode(path, {
      dontWriteBytecode: true,
      compile: (source, filename) => compileSource(source, filename, 'exec'),
      name: '_gilvm_warmup',
    });
    // Objects never move: a handle keeps them alive, and the refs stay valid.
    const globals = newDict();
    pushHandle(globals);
    const builtins = rootGet(ROOT_BUILTINS);
    dictSet(globals, intern('__name__'), newStr('_gilvm_warmup'));
    dictSet(globals, intern('__builtins__'), builtins);
    const codeRef = loadCode(code);
    pushHandle(codeRef);
    runCode(codeRef, globals, globals, builtins);
    const run0 = (name: string): void => {
      const fn = dictGetStr(globals, intern(name));
      if (fn !== NULL) callDropping(() => call0(fn));
    };
    // First the classes, which the functions for attributes, __init__ and operators use.
    const classes = shape.ops.has(Op.LOAD_BUILD_CLASS) || shape.init || shape.dunderOps || shape.property;
    if (classes) run0('w_LOAD_BUILD_CLASS');
    for (const op of shape.ops) {
      const name = superinstruction(op)?.name ?? OPNAME[op];
      if (name !== undefined && op !== Op.LOAD_BUILD_CLASS) run0(`w_${name}`);
    }
    if (shape.truthOther) run0('w_truth_other');
    if (shape.init && shape.ops.has(Op.CALL)) run0('w_init');
    if (shape.dunderOps) run0('w_dunder_binop');
    if (shape.property) run0('w_property');
    if (shape.moduleLoop) run0('w_module_loop');
    if (shape.slots) run0('w_slots');
    if (shape.floats) run0('w_float_chain');
    const binop = dictGetStr(globals, intern('w_binop'));
    const floats = shape.floats ? S.True : S.False;
    if (binop !== NULL) for (const k of shape.binops) callDropping(() => call2(binop, fromSmallInt(k), floats));
    const compare = dictGetStr(globals, intern('w_compare'));
    const strs = shape.strCompares ? S.True : S.False;
    if (compare !== NULL) for (const k of shape.compares) if (k < 6) callDropping(() => call3(compare, fromSmallInt(k), floats, strs));
  } catch (e) {
    if (e !== PY_ERROR && !(e instanceof Error)) throw e;
    setCurrentException(NULL);
  } finally {
    setFlagsFromString('--lazy-feedback-allocation');
    releaseHandles(mark);
    f64[counterBase + TC_BYTECODES] = bytecodes;
    // The program's own first slices are short again: they warm the loop's slice-end paths.
    restartWarmingSlices();
  }
}

function callDropping(f: () => Value): void {
  try {
    f();
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
  }
}
