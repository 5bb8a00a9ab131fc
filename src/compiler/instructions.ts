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

/**
 * The one class of the locations instructions carry. The code generator
 * passes AST nodes as locations (they have the four fields); the sequence
 * copies each into a Loc so that the passes after it (flow graph, assembler,
 * location table) read one object shape rather than one per node type.
 */
export class Loc implements Location {
  constructor(
    readonly lineno: number,
    readonly end_lineno: number,
    readonly col_offset: number,
    readonly end_col_offset: number,
  ) {}
}

export const NO_LOCATION: Location = Object.freeze(new Loc(-1, -1, -1, -1));

/** One entry of a sequence: a label bound at that point is the item itself. */
export class Label {
  readonly kind = 'label' as const;
  readonly label: Label = this;
  constructor(readonly id: number) {}
}

/** One entry of a sequence: an instruction is the item itself. */
export class Instr {
  readonly kind = 'instr' as const;
  readonly instr: Instr = this;
  constructor(
    public opcode: number,
    public oparg: number,
    public target: Label | null,
    public loc: Location,
  ) {}
}

/** One entry: either an instruction or a label bound at that point. */
export type SeqItem = Instr | Label;

export class InstructionSequence {
  readonly items: SeqItem[] = [];
  private nextLabel = 0;
  /** The last location passed in and its Loc (consecutive instructions mostly share one). */
  private lastIn: Location | null = null;
  private lastLoc: Location = NO_LOCATION;

  newLabel(): Label {
    return new Label(this.nextLabel++);
  }

  /** Bind `label` to the position of the next emitted instruction. */
  useLabel(label: Label): void {
    this.items.push(label);
  }

  /** `l` as a Loc (locations are never mutated, so a copy is as good). */
  loc(l: Location): Location {
    if (l === this.lastIn) return this.lastLoc;
    const out = l instanceof Loc ? l : new Loc(l.lineno, l.end_lineno, l.col_offset, l.end_col_offset);
    this.lastIn = l;
    this.lastLoc = out;
    return out;
  }

  emit(opcode: number, oparg: number, loc: Location): void {
    this.items.push(new Instr(opcode, oparg, null, this.loc(loc)));
  }

  emitJump(opcode: number, target: Label, loc: Location): void {
    this.items.push(new Instr(opcode, 0, target, this.loc(loc)));
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
