/** Hand-built code objects for tests that do not need the compiler. */
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CodeObject, type CodeFields } from '../../src/bytecode/code.js';
import { encodeExceptionTable, type ExceptionTableEntry } from '../../src/bytecode/exceptiontable.js';
import { encodeLineTable, type LineTableEntry } from '../../src/bytecode/linetable.js';
import { Op } from '../../src/bytecode/opcodes.js';
import type { Location } from '../../src/compiler/instructions.js';

/** [opname, arg?, line?]: line is a line number, a full Location, or null for none. */
export type HandInstr = [name: string, arg?: number, line?: number | Location | null];

export interface HandCode extends Partial<Omit<CodeFields, 'co_code' | 'co_linetable' | 'co_exceptiontable'>> {
  code: HandInstr[];
  exceptions?: ExceptionTableEntry[];
  varnames?: string[];
  cellvars?: string[];
  freevars?: string[];
}

/** Assemble instructions (EXTENDED_ARG added for args > 255) into a code object. */
export function handCode(h: HandCode): CodeObject {
  const bytes: number[] = [];
  const lines: LineTableEntry[] = [];
  let lastLine: number | Location | null = null;
  for (const [name, arg = 0, line] of h.code) {
    const op = (Op as Record<string, number>)[name];
    if (op === undefined) throw new Error(`unknown opcode ${name}`);
    if (line !== undefined) lastLine = line;
    const units: number[] = [];
    for (let shift = 24; shift > 0; shift -= 8) {
      if (arg >= 1 << shift || (shift < 24 && units.length)) units.push(Op.EXTENDED_ARG, (arg >>> shift) & 0xff);
    }
    units.push(op, arg & 0xff);
    bytes.push(...units);
    const loc: Location =
      lastLine === null
        ? { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 }
        : typeof lastLine === 'number'
          ? { lineno: lastLine, end_lineno: lastLine, col_offset: 0, end_col_offset: 1 }
          : lastLine;
    lines.push({ length: units.length / 2, loc });
  }
  const varnames = h.varnames ?? [];
  const cellvars = h.cellvars ?? [];
  const freevars = h.freevars ?? [];
  const names: string[] = [];
  const kinds: number[] = [];
  for (const v of varnames) {
    names.push(v);
    kinds.push(CO_FAST_LOCAL | (cellvars.includes(v) ? CO_FAST_CELL : 0));
  }
  for (const v of cellvars) {
    if (!varnames.includes(v)) {
      names.push(v);
      kinds.push(CO_FAST_CELL);
    }
  }
  for (const v of freevars) {
    names.push(v);
    kinds.push(CO_FAST_FREE);
  }
  const firstlineno = h.co_firstlineno ?? 1;
  return new CodeObject({
    co_argcount: h.co_argcount ?? 0,
    co_posonlyargcount: h.co_posonlyargcount ?? 0,
    co_kwonlyargcount: h.co_kwonlyargcount ?? 0,
    co_stacksize: h.co_stacksize ?? 4,
    co_flags: h.co_flags ?? 0,
    co_code: Uint8Array.from(bytes),
    co_consts: h.co_consts ?? [],
    co_names: h.co_names ?? [],
    co_localsplusnames: h.co_localsplusnames ?? names,
    co_localspluskinds: h.co_localspluskinds ?? Uint8Array.from(kinds),
    co_filename: h.co_filename ?? 'x.py',
    co_name: h.co_name ?? '<module>',
    co_qualname: h.co_qualname ?? h.co_name ?? '<module>',
    co_firstlineno: firstlineno,
    co_linetable: encodeLineTable(firstlineno, lines),
    co_exceptiontable: encodeExceptionTable(h.exceptions ?? []),
  });
}
