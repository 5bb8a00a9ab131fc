/**
 * The instruction sequence: what the code generator emits and the assembler
 * turns into a code object (the same split as CPython's compile.c versus
 * flowgraph.c/assemble.c).
 *
 * The code generator appends instructions in program order, with jumps to
 * `Label`s and exception handling expressed by the pseudo-instructions
 * SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH (target: the handler label) and
 * POP_BLOCK, exactly as CPython 3.12's compiler does. Opargs are final
 * indexes (into co_consts, co_names, ...), except:
 * - jumps and SETUP_*: the oparg is ignored, `target` is the label;
 * - LOAD_DEREF/STORE_DEREF/DELETE_DEREF/LOAD_CLOSURE/MAKE_CELL/
 *   LOAD_FROM_DICT_OR_DEREF: the oparg indexes cellvars ++ freevars
 *   (`UnitInfo.cellvars` then `UnitInfo.freevars`); the assembler rewrites it
 *   to the localsplus index (CPython's fix_cell_offsets);
 * - LOAD_FAST and friends index `UnitInfo.varnames`.
 * The assembler also adds the prologue (MAKE_CELL, COPY_FREE_VARS,
 * RETURN_GENERATOR + POP_TOP) as CPython's insert_prefix_instructions does.
 */
import type { ConstValue } from './ast.js';

/** A source range; `lineno` -1 means "no location" (artificial code). */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Location = Object.freeze({ lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 });

export class Label {
  constructor(readonly id: number) {}
}

export interface Instr {
  opcode: number;
  oparg: number;
  target: Label | null;
  loc: Location;
}

/** One entry: either an instruction or a label bound at that point. */
export type SeqItem = { kind: 'instr'; instr: Instr } | { kind: 'label'; label: Label };

export class InstructionSequence {
  readonly items: SeqItem[] = [];
  private nextLabel = 0;

  newLabel(): Label {
    return new Label(this.nextLabel++);
  }

  /** Bind `label` to the position of the next emitted instruction. */
  useLabel(label: Label): void {
    this.items.push({ kind: 'label', label });
  }

  emit(opcode: number, oparg: number, loc: Location): void {
    this.items.push({ kind: 'instr', instr: { opcode, oparg, target: null, loc } });
  }

  emitJump(opcode: number, target: Label, loc: Location): void {
    this.items.push({ kind: 'instr', instr: { opcode, oparg: 0, target, loc } });
  }
}

/** What the assembler needs besides the instructions to build a code object. */
export interface UnitInfo {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CO_* flags known to the code generator (the assembler may add CO_NESTED etc. as CPython). */
  flags: number;
  consts: ConstValue[];
  names: string[];
  /** Locals, arguments first (co_varnames). */
  varnames: string[];
  /** Cell variables, sorted as CPython sorts them (arguments that are cells included). */
  cellvars: string[];
  /** Free variables, sorted as CPython sorts them. */
  freevars: string[];
}
