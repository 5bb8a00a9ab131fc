/**
 * The assembler: an instruction sequence plus the unit's tables in, a code
 * object out. CPython 3.12's optimize_and_assemble_code_unit (compile.c),
 * flowgraph.c (here flowgraph.ts) and assemble.c:
 *
 *   1. build the CFG, label exception targets, optimize (flowgraph.ts);
 *   2. prepare_localsplus: the prologue (COPY_FREE_VARS, MAKE_CELL,
 *      RETURN_GENERATOR + POP_TOP) and cell/free opargs to localsplus indexes;
 *   3. stack depth; pseudo-ops to real ones; jump offsets with EXTENDED_ARG;
 *   4. co_code, the location table, the exception table.
 *
 * Code units carry no inline CACHE entries (see src/bytecode/code.ts).
 */
import type { ConstValue } from './ast.js';
import { Loc, NO_LOCATION } from './instructions.js';
import type { InstructionSequence, Location, UnitInfo } from './instructions.js';
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_HIDDEN,
  CO_FAST_LOCAL,
  CO_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CodeObject,
} from '../bytecode/code.js';
import { encodeLineTable } from '../bytecode/linetable.js';
import type { LineTableEntry } from '../bytecode/linetable.js';
import { encodeExceptionTable } from '../bytecode/exceptiontable.js';
import type { ExceptionTableEntry } from '../bytecode/exceptiontable.js';
import { Op } from '../bytecode/opcodes.js';
import {
  ConstTable,
  addChecksForLoadsOfUninitializedVariables,
  buildCfg,
  convertPseudoOps,
  labelExceptionTargets,
  markExceptHandlers,
  optimizeCfg,
  pushColdBlocksToEnd,
  removeUnusedConsts,
  resolveJumps,
  resolveLineNumbers,
  stackdepth,
} from './flowgraph.js';
import type { Block, Cfg, CfgInstr } from './flowgraph.js';

const GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

function ice(msg: string): Error {
  return new Error(`internal compiler error: ${msg}`);
}

/** What the code generator may add to UnitInfo: names of hidden (inlined comprehension) locals. */
type UnitInfoExt = UnitInfo & { fasthidden?: readonly string[] };

/** Number of parameters (the symbol table's ste_varnames). */
function paramCount(unit: UnitInfo): number {
  let n = unit.posonlyargcount + unit.argcount + unit.kwonlyargcount;
  if (unit.flags & CO_VARARGS) n++;
  if (unit.flags & CO_VARKEYWORDS) n++;
  return Math.min(n, unit.varnames.length);
}

/** build_cellfixedoffsets: cell/free index -> localsplus index (before dropping arg cells). */
function buildCellFixedOffsets(unit: UnitInfo, varIndex: Map<string, number>): Int32Array {
  const nlocals = unit.varnames.length;
  const ncells = unit.cellvars.length;
  const fixed = new Int32Array(ncells + unit.freevars.length);
  for (let i = 0; i < fixed.length; i++) fixed[i] = nlocals + i;
  for (let i = 0; i < ncells; i++) {
    const v = varIndex.get(unit.cellvars[i]!);
    if (v !== undefined) fixed[i] = v;
  }
  return fixed;
}

function insertAt(b: Block, pos: number, instr: CfgInstr): void {
  b.instrs.splice(pos, 0, instr);
}

/** insert_prefix_instructions */
function insertPrefixInstructions(g: Cfg, unit: UnitInfo, fixed: Int32Array, nfreevars: number): void {
  const entry = g.entry;
  if (unit.flags & GEN_FLAGS) {
    const l: Location = new Loc(unit.firstlineno, unit.firstlineno, -1, -1);
    insertAt(entry, 0, { op: Op.RETURN_GENERATOR, arg: 0, target: null, loc: l, except: null });
    insertAt(entry, 1, { op: Op.POP_TOP, arg: 0, target: null, loc: NO_LOC, except: null });
  }
  const ncellvars = unit.cellvars.length;
  if (ncellvars) {
    const nvars = ncellvars + unit.varnames.length;
    const sorted = new Int32Array(nvars);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const old = sorted[i]! - 1;
      if (old === -1) continue;
      insertAt(entry, used, { op: Op.MAKE_CELL, arg: old, target: null, loc: NO_LOC, except: null });
      used++;
    }
  }
  if (nfreevars) insertAt(entry, 0, { op: Op.COPY_FREE_VARS, arg: nfreevars, target: null, loc: NO_LOC, except: null });
}

const NO_LOC: Location = NO_LOCATION;

/** fix_cell_offsets: returns the number of cells that share an argument's slot. */
function fixCellOffsets(g: Cfg, unit: UnitInfo, fixed: Int32Array): number {
  const nlocals = unit.varnames.length;
  const noffsets = fixed.length;
  let dropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= dropped;
    else dropped++;
  }
  for (let b: Block | null = g.entry; b; b = b.next) {
    for (const instr of b.instrs) {
      switch (instr.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          if (instr.arg < 0 || instr.arg >= noffsets) {
            throw ice(`cell/free index ${instr.arg} out of range in '${unit.qualname}'`);
          }
          instr.arg = fixed[instr.arg]!;
      }
    }
  }
  return dropped;
}

/** compute_localsplus_info */
function localsplusInfo(unit: UnitInfoExt, varIndex: Map<string, number>): { names: string[]; kinds: Uint8Array } {
  const nlocals = unit.varnames.length;
  const cellSet = unit.cellvars.length ? new Set(unit.cellvars) : null;
  const hidden = unit.fasthidden && unit.fasthidden.length ? new Set(unit.fasthidden) : null;
  const names: string[] = [];
  const kindList: number[] = [];
  for (let i = 0; i < nlocals; i++) {
    const k = unit.varnames[i]!;
    let kind = CO_FAST_LOCAL;
    if (hidden && hidden.has(k)) kind |= CO_FAST_HIDDEN;
    if (cellSet && cellSet.has(k)) kind |= CO_FAST_CELL;
    names.push(k);
    kindList.push(kind);
  }
  for (const k of unit.cellvars) {
    if (varIndex.has(k)) continue;
    names.push(k);
    kindList.push(CO_FAST_CELL);
  }
  for (const k of unit.freevars) {
    names.push(k);
    kindList.push(CO_FAST_FREE);
  }
  return { names, kinds: new Uint8Array(kindList) };
}

function sameLocation(a: Location, b: Location): boolean {
  return (
    a === b ||
    (a.lineno === b.lineno &&
      a.end_lineno === b.end_lineno &&
      a.col_offset === b.col_offset &&
      a.end_col_offset === b.end_col_offset)
  );
}

/** assemble_emit_exception_table_entry: code units in, byte offsets out. */
function handlerEntry(start: number, end: number, target: number, startdepth: number, lasti: boolean): ExceptionTableEntry {
  let depth = startdepth - 1;
  if (lasti) depth -= 1;
  if (depth < 0) throw ice('negative handler depth in the exception table');
  return { start: start * 2, end: end * 2, target: target * 2, depth, lasti };
}

/** Assemble one code unit into a code object, as CPython 3.12. */
export function assemble(seq: InstructionSequence, unit: UnitInfo): CodeObject {
  const u = unit as UnitInfoExt;
  const g = buildCfg(seq);
  // Equal code objects are already one constant: the code generator merges
  // them as CPython's const cache does (code_richcompare).
  const consts = new ConstTable(u.consts.slice());
  const nlocals = u.varnames.length;

  // _PyCfg_OptimizeCodeUnit
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts);
  removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, paramCount(u));
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g, u.firstlineno);

  // prepare_localsplus
  // Only cells need to find their variable (a cell that is also a local shares its slot).
  const varIndex = new Map<string, number>();
  if (u.cellvars.length) {
    for (let i = 0; i < nlocals; i++) if (!varIndex.has(u.varnames[i]!)) varIndex.set(u.varnames[i]!, i);
  }
  const fixed = buildCellFixedOffsets(u, varIndex);
  insertPrefixInstructions(g, u, fixed, u.freevars.length);
  fixCellOffsets(g, u, fixed);

  const maxdepth = stackdepth(g, u.flags & GEN_FLAGS ? 1 : 0);
  convertPseudoOps(g);
  const totsize = resolveJumps(g);

  // assemble.c: co_code, location table, exception table
  const code = new Uint8Array(totsize * 2);
  const lines: LineTableEntry[] = [];
  const excs: ExceptionTableEntry[] = [];
  let pc = 0;
  let curLoc: Location = NO_LOC;
  let locSize = 0;
  let hOffset = -1;
  let hDepth = 0;
  let hLasti = false;
  let hStart = 0;
  for (let b: Block | null = g.entry; b; b = b.next) {
    const instrs = b.instrs;
    for (let i = 0; i < instrs.length; i++) {
      const instr = instrs[i]!;
      const op = instr.op;
      if (op >= 256) throw ice(`pseudo-instruction ${op} left after assembly`);
      const arg = instr.arg;
      if (arg < 0 || arg > 0x7fffffff) throw ice(`oparg ${arg} out of range`);
      // exception table (assemble_exception_table)
      const h: Block | null = instr.except;
      const off = h ? h.offset : -1;
      if (off !== hOffset) {
        if (hOffset >= 0) excs.push(handlerEntry(hStart, pc, hOffset, hDepth, hLasti));
        hStart = pc;
        hOffset = off;
        if (h) {
          hDepth = h.startdepth;
          hLasti = h.preserveLasti;
        }
      }
      // location table
      const size = arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffff ? 3 : 4;
      if (!sameLocation(curLoc, instr.loc)) {
        if (locSize) lines.push({ length: locSize, loc: curLoc });
        curLoc = instr.loc;
        locSize = 0;
      }
      locSize += size;
      // code
      let p = pc * 2;
      if (size >= 4) {
        code[p++] = Op.EXTENDED_ARG;
        code[p++] = (arg >>> 24) & 0xff;
      }
      if (size >= 3) {
        code[p++] = Op.EXTENDED_ARG;
        code[p++] = (arg >>> 16) & 0xff;
      }
      if (size >= 2) {
        code[p++] = Op.EXTENDED_ARG;
        code[p++] = (arg >>> 8) & 0xff;
      }
      code[p++] = op;
      code[p++] = arg & 0xff;
      pc += size;
    }
  }
  if (pc !== totsize) throw ice('code size changed after jump resolution');
  if (hOffset >= 0) excs.push(handlerEntry(hStart, pc, hOffset, hDepth, hLasti));
  if (locSize) lines.push({ length: locSize, loc: curLoc });

  const { names, kinds } = localsplusInfo(u, varIndex);
  return new CodeObject({
    // UnitInfo.argcount is CPython's u_argcount: positional-or-keyword only.
    co_argcount: u.posonlyargcount + u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: u.flags,
    co_code: code,
    co_consts: consts.consts as ConstValue[],
    co_names: u.names.slice(),
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_filename: u.filename,
    co_name: u.name,
    co_qualname: u.qualname,
    co_firstlineno: u.firstlineno,
    co_linetable: encodeLineTable(u.firstlineno, lines),
    co_exceptiontable: encodeExceptionTable(excs),
  });
}
