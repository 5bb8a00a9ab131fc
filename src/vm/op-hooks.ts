/**
 * Operations the instruction implementations (src/vm/ops.ts) take from
 * modules that are written separately (sets, string formatting, imports,
 * generators, pattern matching, exception groups). Each module installs its
 * functions here when imported (src/objects/all.ts imports them all); until
 * one is installed the operation raises SystemError naming what is missing.
 */
import { type Ref, type Value } from '../heap/layout.js';
import { E } from '../objects/registry.js';
import type { LoopState } from './ops.js';
import { raise } from './errors.js';

function missing(what: string): never {
  throw raise(E.SystemError, `gilvm: ${what} is not available yet`);
}

export const opHooks = {
  newSetFromWords: (_argv: number, _n: number): Ref => missing('set'),
  setAdd: (_set: Ref, _v: Value): void => missing('set'),
  setUpdate: (_set: Ref, _iterable: Value): void => missing('set'),
  dictUpdate: (_d: Ref, _other: Value): void => missing('dict.update'),
  /** {**a} in a call: merge `other` into d; a duplicate key is an error naming `func`. */
  dictMerge: (_d: Ref, _other: Value, _func: Value): void => missing('dict merge'),
  /**
   * Unpack `seq` into the stack: `before` items then (when after >= 0) a list
   * of the middle and `after` items; written from i32 index `at` upwards in
   * reverse order (the first item ends on top).
   */
  unpack: (_seq: Value, _before: number, _after: number, _at: number): void => missing('unpacking'),
  joinStrs: (_argv: number, _n: number): Ref => missing('f-strings'),
  formatValue: (_v: Value, _conversion: number, _spec: Ref): Ref => missing('f-strings'),
  intrinsic1: (_which: number, _v: Value): Value => missing('this intrinsic'),
  intrinsic2: (_which: number, _a: Value, _b: Value): Value => missing('this intrinsic'),
  displayHook: (_v: Value): Value => missing('the interactive display hook'),
  importStar: (_module: Value, _locals: Ref): void => missing('import *'),
  stopIterationError: (_exc: Value): Value => missing('generators'),
  listToTuple: (_list: Value): Value => missing('list to tuple'),
  reraiseSignal: (): unknown => missing('bare raise'),
  reprOf: (_v: Value): Ref => missing('repr'),
  localName: (_code: Ref, _i: number): string => missing('local names'),
  /** The UnboundLocalError / NameError for local or cell `i` (set by the interpreter). */
  unboundLocal: (_code: Ref, _i: number): unknown => missing('local names'),
  unboundDeref: (_code: Ref, _i: number): unknown => missing('local names'),
  /** A special method looked up on the type (not the instance), bound to obj; NULL if none. */
  lookupSpecial: (_obj: Value, _name: string): Value => missing('with statements'),
  tracebackOf: (_exc: Value): Value => missing('tracebacks'),
  callEx: (_callable: Value, _args: Value, _kwargs: Value): Value => missing('f(*args, **kwargs)'),
  lenValue: (_v: Value): Value => missing('len'),
  importName: (_name: Ref, _globals: Ref, _fromlist: Value, _level: Value): Value => missing('import'),
  importFrom: (_module: Value, _name: Ref): Value => missing('from ... import'),
  isIterable: (_v: Value): boolean => true,
  /** Everything else (generators, match, async, super): -1 if the opcode is unknown. */
  rareOp: (_op: number, _arg: number, _st: LoopState, _code: Ref, _sp: number): number => -1,
};

