/**
 * `_gilvm_traceback`: what stdlib/traceback.py takes from the runtime's own
 * traceback printing (src/vm/traceback.ts), so that the module and an
 * uncaught exception print alike: a code object's position table entry,
 * the source and caret rows under a `File` row, the exception-only lines
 * (suggestions, SyntaxError's display, notes), and the whole report of an
 * exception group (its boxes).
 */
import { coPositions } from '../bytecode/linetable.js';
import { type Value } from '../heap/layout.js';
import { codeObjectOf } from '../objects/code.js';
import { intFromNumber } from '../objects/int.js';
import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { formatException, formatExceptionOnly, sourceRows } from '../vm/traceback.js';
import { isStrValue } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

const MOD = '_gilvm_traceback';

function args(name: string, argc: number, n: number): void {
  if (argc !== n) throw raise(E.TypeError, `${name}() takes exactly ${n} arguments (${argc} given)`);
}

function optInt(v: Value): number | null {
  if (v === S.None) return null;
  if (!hasIndex(v)) throw raise(E.TypeError, `expected int or None, not ${typeNameOf(v)}`);
  return intToNumber(indexOf(v));
}

function exceptionArg(v: Value): Value {
  if ((v & 1) !== 0 || !isSubtype(typeOf(v), E.BaseException)) throw raise(E.TypeError, `expected an exception, not ${typeNameOf(v)}`);
  return v;
}

/** position(code, lasti) -> (lineno, end_lineno, col, end_col), None where unknown. */
defineFunction(MOD, 'position', (_s, argv, argc) => {
  args('position', argc, 2);
  const code = i32[argv]!;
  if ((code & 1) !== 0 || typeOf(code) !== T.code) throw raise(E.TypeError, `expected a code object, not ${typeNameOf(code)}`);
  const lasti = optInt(i32[argv + 1]!);
  const pos = lasti === null || lasti < 0 ? undefined : coPositions(codeObjectOf(code))[lasti >> 1];
  const v = (x: number | null | undefined): Value => (x === null || x === undefined ? S.None : intFromNumber(x));
  return newTuple([v(pos?.[0]), v(pos?.[1]), v(pos?.[2]), v(pos?.[3])]);
});

/** source_rows(raw_line, lineno, end_lineno, col, end_col) -> the stripped source row and its caret row. */
defineFunction(MOD, 'source_rows', (_s, argv, argc) => {
  args('source_rows', argc, 5);
  const line = i32[argv]!;
  if (!isStrValue(line)) throw raise(E.TypeError, `expected str, not ${typeNameOf(line)}`);
  const pos = [optInt(i32[argv + 1]!), optInt(i32[argv + 2]!), optInt(i32[argv + 3]!), optInt(i32[argv + 4]!)] as const;
  return newStr(sourceRows(strValue(line), pos));
});

/** exception_only(exc) -> 'Type: message\n' and what follows it (SyntaxError's rows, notes). */
defineFunction(MOD, 'exception_only', (_s, argv, argc) => {
  args('exception_only', argc, 1);
  return newStr(formatExceptionOnly(exceptionArg(i32[argv]!)));
});

/** report(exc) -> the whole report of an uncaught exception (chain, stacks, groups). */
defineFunction(MOD, 'report', (_s, argv, argc) => {
  args('report', argc, 1);
  return newStr(formatException(exceptionArg(i32[argv]!)));
});

defineBuiltinModule(MOD, "The runtime's traceback formatting, for the traceback module.");
