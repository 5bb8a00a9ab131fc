/**
 * The opcode table: the single source of truth for gilvm's bytecode.
 *
 * The instruction set is CPython 3.12's (Lib/opcode.py, Python/bytecodes.c),
 * same names, same numbers and same stack effects, minus the inline CACHE
 * entries and the specialized forms. Every instruction is two bytes,
 * `opcode, oparg`; EXTENDED_ARG prefixes widen the argument. Jump arguments
 * count code units (2-byte instructions) relative to the instruction after
 * the jump.
 *
 * Each entry gives: the number, whether it takes an argument, how `dis`
 * shows the argument, its stack effect (pushes minus pops; `jump` selects the
 * effect on the branch taken), and a one-line meaning in the style of Lua's
 * lopcodes.h (STACK[-1] is the top).
 *
 * Pseudo-instructions (numbers >= 256) are emitted by the code generator and
 * lowered by the assembler; they never appear in a code object.
 *
 * Notes on the irregular ones:
 * - LOAD_GLOBAL: oparg>>1 is the name index; bit 0 also pushes NULL.
 * - LOAD_ATTR: oparg>>1 is the name index; bit 0 makes it a method load that
 *   pushes (method, self) or (NULL, attr).
 * - LOAD_SUPER_ATTR: oparg>>2 is the name; bit 0 method load, bit 1 two-arg
 *   super() form.
 * - COMPARE_OP: oparg>>4 indexes CMP_OP below.
 * - FORMAT_VALUE: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii),
 *   bit 2 a format spec is on the stack.
 * - MAKE_FUNCTION: bit 0 defaults tuple, 1 kwdefaults dict, 2 annotations
 *   tuple, 3 closure tuple; the code object is on top.
 * - FOR_ITER: when the iterator is exhausted it is popped and execution
 *   continues after the END_FOR that the jump targets.
 * - LOAD_DEREF and friends index "localsplus" (locals, then cells, then free
 *   variables), as CPython 3.12.
 */

/** How `dis` renders an argument, and what it indexes. */
export type ArgKind =
  | 'none' // no argument
  | 'int' // shown as a bare number
  | 'const' // co_consts[oparg]
  | 'name' // co_names[oparg]
  | 'local' // localsplus name (LOAD_FAST and friends)
  | 'free' // localsplus name (LOAD_DEREF and friends)
  | 'jump' // relative forward jump
  | 'jump_back' // relative backward jump
  | 'compare' // CMP_OP[oparg >> 4]
  | 'binop' // BINARY_OPS[oparg]
  | 'global' // co_names[oparg >> 1], bit 0: NULL +
  | 'attr' // co_names[oparg >> 1], bit 0: method
  | 'super_attr' // co_names[oparg >> 2]
  | 'is' // 0 'is', 1 'is not'
  | 'contains' // 0 'in', 1 'not in'
  | 'format' // FORMAT_VALUE flags
  | 'intrinsic1'
  | 'intrinsic2'
  | 'resume'
  | 'kw_names' // co_consts[oparg], a tuple of names
  | 'label'; // pseudo jumps: a label in the instruction sequence

export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  readonly hasArg: boolean;
  readonly arg: ArgKind;
  /** Stack effect; `jump` is true for the branch taken by a jump. */
  readonly effect: (oparg: number, jump: boolean) => number;
  /** Is this a conditional or unconditional jump (incl. pseudo SETUP_*). */
  readonly isJump: boolean;
  /** Does execution never fall through to the next instruction. */
  readonly isTerminator: boolean;
  readonly isPseudo: boolean;
  readonly meaning: string;
}

const c = (n: number) => () => n;

interface Def {
  code: number;
  arg?: ArgKind;
  effect: number | ((oparg: number, jump: boolean) => number);
  jump?: boolean;
  terminator?: boolean;
  meaning: string;
}

// The table. Keep it sorted by number; the pseudo-instructions come last.
const DEFS: Record<string, Def> = {
  CACHE: { code: 0, effect: 0, meaning: 'inline cache slot (unused by gilvm)' },
  POP_TOP: { code: 1, effect: -1, meaning: 'pop STACK[-1]' },
  PUSH_NULL: { code: 2, effect: 1, meaning: 'push NULL (a callable slot marker)' },
  END_FOR: { code: 4, effect: -2, meaning: 'pop the exhausted iterator and its last value' },
  END_SEND: { code: 5, effect: -1, meaning: 'STACK[-2] := STACK[-1]; pop' },
  NOP: { code: 9, effect: 0, meaning: 'do nothing' },
  UNARY_NEGATIVE: { code: 11, effect: 0, meaning: 'STACK[-1] := -STACK[-1]' },
  UNARY_NOT: { code: 12, effect: 0, meaning: 'STACK[-1] := not STACK[-1]' },
  UNARY_INVERT: { code: 15, effect: 0, meaning: 'STACK[-1] := ~STACK[-1]' },
  RESERVED: { code: 17, effect: 0, meaning: 'reserved' },
  BINARY_SUBSCR: { code: 25, effect: -1, meaning: 'STACK[-2] := STACK[-2][STACK[-1]]; pop' },
  BINARY_SLICE: { code: 26, effect: -2, meaning: 'container[start:end], three popped, one pushed' },
  STORE_SLICE: { code: 27, effect: -4, meaning: 'container[start:end] = value, four popped' },
  GET_LEN: { code: 30, effect: 1, meaning: 'push len(STACK[-1])' },
  MATCH_MAPPING: { code: 31, effect: 1, meaning: 'push whether STACK[-1] is a mapping' },
  MATCH_SEQUENCE: { code: 32, effect: 1, meaning: 'push whether STACK[-1] is a sequence' },
  MATCH_KEYS: { code: 33, effect: 1, meaning: 'push tuple of values of keys STACK[-1] in STACK[-2], or None' },
  PUSH_EXC_INFO: { code: 35, effect: 1, meaning: 'save the current exception below the new one' },
  CHECK_EXC_MATCH: { code: 36, effect: 0, meaning: 'STACK[-1] := isinstance(STACK[-2], STACK[-1])' },
  CHECK_EG_MATCH: { code: 37, effect: 0, meaning: 'split exception group STACK[-2] by type STACK[-1]' },
  WITH_EXCEPT_START: { code: 49, effect: 1, meaning: 'call __exit__ with the exception' },
  GET_AITER: { code: 50, effect: 0, meaning: 'STACK[-1] := STACK[-1].__aiter__()' },
  GET_ANEXT: { code: 51, effect: 1, meaning: 'push awaitable of STACK[-1].__anext__()' },
  BEFORE_ASYNC_WITH: { code: 52, effect: 1, meaning: 'push __aexit__ and awaitable __aenter__()' },
  BEFORE_WITH: { code: 53, effect: 1, meaning: 'push __exit__ and the result of __enter__()' },
  END_ASYNC_FOR: { code: 54, effect: -2, meaning: 'end async for on StopAsyncIteration, else re-raise' },
  CLEANUP_THROW: { code: 55, effect: -1, meaning: 'handle an exception thrown into a sub-iterator' },
  STORE_SUBSCR: { code: 60, effect: -3, meaning: 'STACK[-2][STACK[-1]] = STACK[-3]' },
  DELETE_SUBSCR: { code: 61, effect: -2, meaning: 'del STACK[-2][STACK[-1]]' },
  GET_ITER: { code: 68, effect: 0, meaning: 'STACK[-1] := iter(STACK[-1])' },
  GET_YIELD_FROM_ITER: { code: 69, effect: 0, meaning: 'iter(STACK[-1]) unless a generator or coroutine' },
  LOAD_BUILD_CLASS: { code: 71, effect: 1, meaning: 'push builtins.__build_class__' },
  LOAD_ASSERTION_ERROR: { code: 74, effect: 1, meaning: 'push AssertionError' },
  RETURN_GENERATOR: { code: 75, effect: 0, meaning: 'create a generator from this frame and return it' },
  RETURN_VALUE: { code: 83, effect: -1, terminator: true, meaning: 'return STACK[-1]' },
  SETUP_ANNOTATIONS: { code: 85, effect: 0, meaning: 'create __annotations__ in locals if missing' },
  LOAD_LOCALS: { code: 87, effect: 1, meaning: 'push the locals dict' },
  POP_EXCEPT: { code: 89, effect: -1, meaning: 'restore the saved exception' },
  // -- with an argument (HAVE_ARGUMENT = 90)
  STORE_NAME: { code: 90, arg: 'name', effect: -1, meaning: 'locals[co_names[i]] = pop()' },
  DELETE_NAME: { code: 91, arg: 'name', effect: 0, meaning: 'del locals[co_names[i]]' },
  UNPACK_SEQUENCE: { code: 92, arg: 'int', effect: (n) => n - 1, meaning: 'unpack STACK[-1] into n values' },
  FOR_ITER: { code: 93, arg: 'jump', effect: 1, jump: true, meaning: 'push next(STACK[-1]), or jump when exhausted' },
  UNPACK_EX: {
    code: 94,
    arg: 'int',
    effect: (n) => (n & 0xff) + (n >> 8),
    meaning: 'starred unpack: low byte before, high byte after the star',
  },
  STORE_ATTR: { code: 95, arg: 'name', effect: -2, meaning: 'STACK[-1].name = STACK[-2]' },
  DELETE_ATTR: { code: 96, arg: 'name', effect: -1, meaning: 'del STACK[-1].name' },
  STORE_GLOBAL: { code: 97, arg: 'name', effect: -1, meaning: 'globals[co_names[i]] = pop()' },
  DELETE_GLOBAL: { code: 98, arg: 'name', effect: 0, meaning: 'del globals[co_names[i]]' },
  SWAP: { code: 99, arg: 'int', effect: 0, meaning: 'swap STACK[-1] and STACK[-i]' },
  LOAD_CONST: { code: 100, arg: 'const', effect: 1, meaning: 'push co_consts[i]' },
  LOAD_NAME: { code: 101, arg: 'name', effect: 1, meaning: 'push locals/globals/builtins[co_names[i]]' },
  BUILD_TUPLE: { code: 102, arg: 'int', effect: (n) => 1 - n, meaning: 'pop n, push a tuple' },
  BUILD_LIST: { code: 103, arg: 'int', effect: (n) => 1 - n, meaning: 'pop n, push a list' },
  BUILD_SET: { code: 104, arg: 'int', effect: (n) => 1 - n, meaning: 'pop n, push a set' },
  BUILD_MAP: { code: 105, arg: 'int', effect: (n) => 1 - 2 * n, meaning: 'pop n key/value pairs, push a dict' },
  LOAD_ATTR: { code: 106, arg: 'attr', effect: (n) => n & 1, meaning: 'STACK[-1] := STACK[-1].name' },
  COMPARE_OP: { code: 107, arg: 'compare', effect: -1, meaning: 'STACK[-2] := STACK[-2] <op> STACK[-1]; pop' },
  IMPORT_NAME: { code: 108, arg: 'name', effect: -1, meaning: 'import co_names[i] with fromlist and level' },
  IMPORT_FROM: { code: 109, arg: 'name', effect: 1, meaning: 'push STACK[-1].name, importing a submodule if needed' },
  JUMP_FORWARD: { code: 110, arg: 'jump', effect: 0, jump: true, terminator: true, meaning: 'pc += i' },
  POP_JUMP_IF_FALSE: { code: 114, arg: 'jump', effect: -1, jump: true, meaning: 'if not pop(): pc += i' },
  POP_JUMP_IF_TRUE: { code: 115, arg: 'jump', effect: -1, jump: true, meaning: 'if pop(): pc += i' },
  LOAD_GLOBAL: { code: 116, arg: 'global', effect: (n) => 1 + (n & 1), meaning: 'push globals/builtins[name]' },
  IS_OP: { code: 117, arg: 'is', effect: -1, meaning: 'STACK[-2] := STACK[-2] is (not) STACK[-1]; pop' },
  CONTAINS_OP: { code: 118, arg: 'contains', effect: -1, meaning: 'STACK[-2] := STACK[-2] (not) in STACK[-1]; pop' },
  RERAISE: { code: 119, arg: 'int', effect: -1, terminator: true, meaning: 're-raise STACK[-1]; i: restore lasti' },
  COPY: { code: 120, arg: 'int', effect: 1, meaning: 'push STACK[-i]' },
  RETURN_CONST: { code: 121, arg: 'const', effect: 0, terminator: true, meaning: 'return co_consts[i]' },
  BINARY_OP: { code: 122, arg: 'binop', effect: -1, meaning: 'STACK[-2] := STACK[-2] <op> STACK[-1]; pop' },
  SEND: { code: 123, arg: 'jump', effect: 0, jump: true, meaning: 'send STACK[-1] into STACK[-2]; jump when it returns' },
  LOAD_FAST: { code: 124, arg: 'local', effect: 1, meaning: 'push localsplus[i]' },
  STORE_FAST: { code: 125, arg: 'local', effect: -1, meaning: 'localsplus[i] = pop()' },
  DELETE_FAST: { code: 126, arg: 'local', effect: 0, meaning: 'localsplus[i] = NULL' },
  LOAD_FAST_CHECK: { code: 127, arg: 'local', effect: 1, meaning: 'push localsplus[i], UnboundLocalError if unset' },
  POP_JUMP_IF_NOT_NONE: { code: 128, arg: 'jump', effect: -1, jump: true, meaning: 'if pop() is not None: pc += i' },
  POP_JUMP_IF_NONE: { code: 129, arg: 'jump', effect: -1, jump: true, meaning: 'if pop() is None: pc += i' },
  RAISE_VARARGS: { code: 130, arg: 'int', effect: (n) => -n, terminator: true, meaning: 'raise [exc [from cause]]' },
  GET_AWAITABLE: { code: 131, arg: 'int', effect: 0, meaning: 'STACK[-1] := awaitable of STACK[-1]' },
  MAKE_FUNCTION: {
    code: 132,
    arg: 'int',
    effect: (n) => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)),
    meaning: 'make a function from the code object on top and the extras below',
  },
  BUILD_SLICE: { code: 133, arg: 'int', effect: (n) => (n === 3 ? -2 : -1), meaning: 'pop 2 or 3, push a slice' },
  JUMP_BACKWARD_NO_INTERRUPT: {
    code: 134,
    arg: 'jump_back',
    effect: 0,
    jump: true,
    terminator: true,
    meaning: 'pc -= i without checking the eval breaker',
  },
  MAKE_CELL: { code: 135, arg: 'free', effect: 0, meaning: 'localsplus[i] = cell(localsplus[i])' },
  LOAD_CLOSURE: { code: 136, arg: 'free', effect: 1, meaning: 'push the cell localsplus[i]' },
  LOAD_DEREF: { code: 137, arg: 'free', effect: 1, meaning: 'push the contents of cell localsplus[i]' },
  STORE_DEREF: { code: 138, arg: 'free', effect: -1, meaning: 'cell localsplus[i] contents = pop()' },
  DELETE_DEREF: { code: 139, arg: 'free', effect: 0, meaning: 'empty the cell localsplus[i]' },
  JUMP_BACKWARD: {
    code: 140,
    arg: 'jump_back',
    effect: 0,
    jump: true,
    terminator: true,
    meaning: 'pc -= i; check the eval breaker',
  },
  LOAD_SUPER_ATTR: {
    code: 141,
    arg: 'super_attr',
    effect: (n) => -2 + (n & 1),
    meaning: 'super(STACK[-2], STACK[-1]).name, popping the three',
  },
  CALL_FUNCTION_EX: {
    code: 142,
    arg: 'int',
    effect: (n) => -2 - (n & 1),
    meaning: 'call with an args tuple (and kwargs dict if i & 1)',
  },
  LOAD_FAST_AND_CLEAR: {
    code: 143,
    arg: 'local',
    effect: 1,
    meaning: 'push localsplus[i] (or NULL) and clear it',
  },
  EXTENDED_ARG: { code: 144, arg: 'int', effect: 0, meaning: 'prefix: oparg of the next instruction |= i << 8' },
  LIST_APPEND: { code: 145, arg: 'int', effect: -1, meaning: 'STACK[-i].append(pop())' },
  SET_ADD: { code: 146, arg: 'int', effect: -1, meaning: 'STACK[-i].add(pop())' },
  MAP_ADD: { code: 147, arg: 'int', effect: -2, meaning: 'STACK[-i-2][STACK[-2]] = STACK[-1]; pop 2' },
  COPY_FREE_VARS: { code: 149, arg: 'int', effect: 0, meaning: 'copy i free variables from the closure' },
  YIELD_VALUE: { code: 150, arg: 'int', effect: 0, meaning: 'yield STACK[-1]; the sent value replaces it' },
  RESUME: { code: 151, arg: 'resume', effect: 0, meaning: 'start or resume the frame; check the eval breaker' },
  MATCH_CLASS: { code: 152, arg: 'int', effect: -2, meaning: 'match a class pattern with i positional subpatterns' },
  FORMAT_VALUE: { code: 155, arg: 'format', effect: (n) => ((n & 4) === 4 ? -1 : 0), meaning: 'format(value, spec)' },
  BUILD_CONST_KEY_MAP: { code: 156, arg: 'int', effect: (n) => -n, meaning: 'pop keys tuple and n values, push a dict' },
  BUILD_STRING: { code: 157, arg: 'int', effect: (n) => 1 - n, meaning: 'pop n strings, push their concatenation' },
  LIST_EXTEND: { code: 162, arg: 'int', effect: -1, meaning: 'STACK[-i].extend(pop())' },
  SET_UPDATE: { code: 163, arg: 'int', effect: -1, meaning: 'STACK[-i].update(pop())' },
  DICT_MERGE: { code: 164, arg: 'int', effect: -1, meaning: 'merge pop() into dict STACK[-i], duplicate keys an error' },
  DICT_UPDATE: { code: 165, arg: 'int', effect: -1, meaning: 'STACK[-i].update(pop())' },
  CALL: { code: 171, arg: 'int', effect: (n) => -1 - n, meaning: 'call with i arguments (callable, self-or-NULL below)' },
  KW_NAMES: { code: 172, arg: 'kw_names', effect: 0, meaning: 'the next CALL takes keyword names co_consts[i]' },
  CALL_INTRINSIC_1: { code: 173, arg: 'intrinsic1', effect: 0, meaning: 'STACK[-1] := INTRINSIC_1[i](STACK[-1])' },
  CALL_INTRINSIC_2: { code: 174, arg: 'intrinsic2', effect: -1, meaning: 'INTRINSIC_2[i](STACK[-2], STACK[-1])' },
  LOAD_FROM_DICT_OR_GLOBALS: {
    code: 175,
    arg: 'name',
    effect: 0,
    meaning: 'STACK[-1] := STACK[-1][name] or globals/builtins[name]',
  },
  LOAD_FROM_DICT_OR_DEREF: {
    code: 176,
    arg: 'free',
    effect: 0,
    meaning: 'STACK[-1] := STACK[-1][name] or the cell contents',
  },
  // -- pseudo-instructions: emitted by the code generator, lowered by the assembler
  SETUP_FINALLY: {
    code: 256,
    arg: 'label',
    effect: (_n, jump) => (jump ? 1 : 0),
    jump: true,
    meaning: 'push a handler block: the exception goes to the label',
  },
  SETUP_CLEANUP: {
    code: 257,
    arg: 'label',
    effect: (_n, jump) => (jump ? 2 : 0),
    jump: true,
    meaning: 'like SETUP_FINALLY, and lasti is pushed below the exception',
  },
  SETUP_WITH: {
    code: 258,
    arg: 'label',
    effect: (_n, jump) => (jump ? 1 : 0),
    jump: true,
    meaning: 'handler block of a with statement',
  },
  POP_BLOCK: { code: 259, effect: 0, meaning: 'pop the handler block' },
  JUMP: { code: 260, arg: 'label', effect: 0, jump: true, terminator: true, meaning: 'jump forward or back' },
  JUMP_NO_INTERRUPT: {
    code: 261,
    arg: 'label',
    effect: 0,
    jump: true,
    terminator: true,
    meaning: 'jump without checking the eval breaker',
  },
  LOAD_METHOD: { code: 262, arg: 'name', effect: 1, meaning: 'LOAD_ATTR with the method bit set' },
  LOAD_SUPER_METHOD: { code: 263, arg: 'name', effect: -1, meaning: 'LOAD_SUPER_ATTR, two-arg form, method' },
  LOAD_ZERO_SUPER_METHOD: { code: 264, arg: 'name', effect: -1, meaning: 'LOAD_SUPER_ATTR, zero-arg form, method' },
  LOAD_ZERO_SUPER_ATTR: { code: 265, arg: 'name', effect: -2, meaning: 'LOAD_SUPER_ATTR, zero-arg form' },
  STORE_FAST_MAYBE_NULL: { code: 266, arg: 'local', effect: -1, meaning: 'STORE_FAST of a value that may be NULL' },
};

export const HAVE_ARGUMENT = 90;
export const MIN_PSEUDO_OPCODE = 256;

/** Opcode info by number (real and pseudo). */
export const OPCODES: ReadonlyMap<number, OpcodeInfo> = (() => {
  const m = new Map<number, OpcodeInfo>();
  for (const [name, d] of Object.entries(DEFS)) {
    const arg: ArgKind = d.arg ?? 'none';
    const hasArg = arg !== 'none';
    if (d.code < MIN_PSEUDO_OPCODE && hasArg !== d.code >= HAVE_ARGUMENT) {
      throw new Error(`opcode table: ${name} argument does not match HAVE_ARGUMENT`);
    }
    if (m.has(d.code)) throw new Error(`opcode table: duplicate number ${d.code}`);
    const effect = typeof d.effect === 'number' ? c(d.effect) : d.effect;
    m.set(d.code, {
      name,
      code: d.code,
      hasArg,
      arg,
      effect,
      isJump: d.jump ?? false,
      isTerminator: d.terminator ?? false,
      isPseudo: d.code >= MIN_PSEUDO_OPCODE,
      meaning: d.meaning,
    });
  }
  return m;
})();

/** Opcode numbers by name: `Op.LOAD_CONST === 100`. */
export const Op = Object.fromEntries(Object.entries(DEFS).map(([name, d]) => [name, d.code])) as {
  readonly [K in keyof typeof DEFS]: number;
};

/** Opcode names indexed by number, for the real opcodes (0..255). */
export const OPNAME: readonly string[] = (() => {
  const names: string[] = [];
  for (let i = 0; i < 256; i++) names.push(OPCODES.get(i)?.name ?? `<${i}>`);
  return names;
})();

export function opInfo(code: number): OpcodeInfo {
  const info = OPCODES.get(code);
  if (!info) throw new Error(`unknown opcode ${code}`);
  return info;
}

/** COMPARE_OP: oparg >> 4 indexes this (as CPython 3.12). */
export const CMP_OP = ['<', '<=', '==', '!=', '>', '>='] as const;

/** BINARY_OP argument values and their `dis` spelling (NB_* in CPython). */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const; // prettier-ignore

export const NB = {
  ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MATRIX_MULTIPLY: 4, MULTIPLY: 5, REMAINDER: 6,
  OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12,
  INPLACE_ADD: 13, INPLACE_AND: 14, INPLACE_FLOOR_DIVIDE: 15, INPLACE_LSHIFT: 16,
  INPLACE_MATRIX_MULTIPLY: 17, INPLACE_MULTIPLY: 18, INPLACE_REMAINDER: 19, INPLACE_OR: 20,
  INPLACE_POWER: 21, INPLACE_RSHIFT: 22, INPLACE_SUBTRACT: 23, INPLACE_TRUE_DIVIDE: 24,
  INPLACE_XOR: 25,
} as const; // prettier-ignore

/** CALL_INTRINSIC_1 functions (as CPython 3.12). */
export const INTRINSIC_1 = [
  'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
  'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
  'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
] as const; // prettier-ignore

/** CALL_INTRINSIC_2 functions (as CPython 3.12). */
export const INTRINSIC_2 = [
  'INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
  'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
] as const; // prettier-ignore

/** RESUME argument: where the frame is entered from. */
export const RESUME_KIND = { START: 0, AFTER_YIELD: 1, AFTER_YIELD_FROM: 2, AFTER_AWAIT: 3 } as const;
