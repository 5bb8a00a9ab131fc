/**
 * The AST optimizer against CPython 3.12.1 itself: each case's expected
 * instructions are the code generator's output before the flow-graph passes
 * (`_testinternalcapi.compiler_codegen`), with positions, rendered as
 * `OPNAME arg @line:col-endline:endcol` and jump targets as instruction
 * indexes. gilvm folds the same AST (CPython's, as `ast.parse` gives it,
 * unoptimized) with astopt.ts and compiles it with its code generator.
 */
import { describe, expect, it } from 'vitest';
import type { ConstValue, Module } from '../../src/compiler/ast.js';
import { ConstTuple, Ellipsis, PyComplex } from '../../src/compiler/ast.js';
import { optimizeAst } from '../../src/compiler/astopt.js';
import { pyRepr } from '../../src/compiler/codegen-match.js';
import { generateCode } from '../../src/compiler/codegen-driver.js';
import type { InstructionSequence, Label, UnitInfo } from '../../src/compiler/instructions.js';
import { CMP_OP, OPCODES } from '../../src/bytecode/opcodes.js';

type J = unknown;

function decodeConst(j: J): ConstValue {
  if (j === null || typeof j === 'boolean' || typeof j === 'string') return j;
  const o = j as Record<string, J>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return Number(o.$float as string);
  if ('$complex' in o) {
    const [re, im] = o.$complex as string[];
    return new PyComplex(Number(re), Number(im));
  }
  if ('$bytes' in o) return new Uint8Array(o.$bytes as number[]);
  if ('$ellipsis' in o) return Ellipsis;
  if ('$tuple' in o) return new ConstTuple((o.$tuple as J[]).map(decodeConst));
  throw new Error(`bad constant ${JSON.stringify(j)}`);
}

function decode(j: J): any {
  if (Array.isArray(j)) return j.map(decode);
  if (j === null || typeof j !== 'object') return j;
  const o = j as Record<string, J>;
  if (!('_type' in o)) return j;
  const n: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    n[k] = o._type === 'Constant' && k === 'value' ? decodeConst(v) : decode(v);
  }
  if (o._type === 'Constant') n.kind ??= null;
  if (['FunctionDef', 'AsyncFunctionDef', 'ClassDef'].includes(o._type as string)) n.type_params ??= [];
  return n;
}

const JUMPS = new Set(['JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'FOR_ITER', 'SEND', 'SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH', 'JUMP_NO_INTERRUPT']);

/** CPython's repr of a constant as the generator script wrote it (Python's repr). */
function constRepr(v: ConstValue): string {
  return pyRepr(v);
}

/** The sequence in the generator script's format. */
function render(seq: InstructionSequence, unit: UnitInfo): string[] {
  const labelAt = new Map<Label, number>();
  let n = 0;
  for (const item of seq.items) {
    if (item.kind === 'label') labelAt.set(item.label, n);
    else n++;
  }
  const out: string[] = [];
  for (const item of seq.items) {
    if (item.kind === 'label') continue;
    const { opcode, oparg, target, loc } = item.instr;
    const info = OPCODES.get(opcode)!;
    const name = info.name;
    let a = '';
    if (target !== null || JUMPS.has(name)) a = ` ->${labelAt.get(target!)}`;
    else if (name === 'LOAD_CONST' || name === 'RETURN_CONST') a = ' ' + constRepr(unit.consts[oparg]!);
    else if (['LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'IMPORT_NAME', 'STORE_GLOBAL'].includes(name)) a = ' ' + unit.names[oparg];
    else if (name === 'LOAD_ATTR') a = ' ' + unit.names[oparg >> 1];
    else if (name === 'LOAD_GLOBAL') a = ' ' + unit.names[oparg >> 1] + (oparg & 1 ? ' +NULL' : '');
    else if (['LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_FAST_CHECK'].includes(name)) a = ' ' + unit.varnames[oparg];
    else if (name === 'COMPARE_OP') a = ` ${CMP_OP[oparg >> 4]}|${oparg & 15}`;
    else if (info.hasArg) a = ` ${oparg}`;
    out.push(`${name}${a} @${loc.lineno}:${loc.col_offset}-${loc.end_lineno}:${loc.end_col_offset}`);
  }
  return out;
}

function compileModule(tree: J): string[] {
  const mod = decode(tree) as Module;
  let lines: string[] = [];
  generateCode(mod, null, 'm.py', 0, (seq, unit) => {
    if (unit.name === '<module>') lines = render(seq, unit);
    return { isCodeObject: true };
  }, (m, o) => optimizeAst(m, o));
  return lines;
}

// name: [source, CPython's AST of the module, CPython 3.12.1's instructions]
const CASES: Record<string, [string, J, string[]]> = ;

describe('folding, instruction for instruction with CPython 3.12.1', () => {
  for (const [key, [src, tree, expected]] of Object.entries(CASES)) {
    it(key, () => {
      expect(compileModule(tree), src).toEqual(expected);
    });
  }
});
