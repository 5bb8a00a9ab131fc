/**
 * Code objects: the compiler's output, immutable, shared by every thread.
 *
 * Fields follow CPython 3.12's code object (Objects/codeobject.c) so that
 * `dis`, the cache and the interpreter all read the same names:
 *
 * - `co_code`: 2-byte instructions (opcode, oparg), no inline caches.
 * - `co_localsplusnames` / `co_localspluskinds`: every fast slot of the frame
 *   in order: locals (arguments first), then cells that are not arguments,
 *   then free variables; kinds are CO_FAST_* bits. A cell argument is one slot
 *   with LOCAL|CELL. `co_varnames`, `co_cellvars`, `co_freevars` derive from it.
 * - `co_linetable`: CPython 3.12's location table (src/bytecode/linetable.ts).
 * - `co_exceptiontable`: CPython 3.12's exception table
 *   (src/bytecode/exceptiontable.ts).
 */
import type { ConstCode, ConstValue } from '../compiler/ast.js';

export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: ConstValue[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

export class CodeObject implements ConstCode, CodeFields {
  readonly isCodeObject = true as const;
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  readonly co_code: Uint8Array;
  readonly co_consts: ConstValue[];
  readonly co_names: string[];
  readonly co_localsplusnames: string[];
  readonly co_localspluskinds: Uint8Array;
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  readonly co_linetable: Uint8Array;
  readonly co_exceptiontable: Uint8Array;

  constructor(f: CodeFields) {
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
  }

  /** A copy with some fields replaced (CPython's code.replace). */
  with(changes: Partial<CodeFields>): CodeObject {
    return new CodeObject({ ...this, ...changes });
  }

  private namesOfKind(kind: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      if (this.co_localspluskinds[i]! & kind) out.push(this.co_localsplusnames[i]!);
    }
    return out;
  }

  /** Argument and local variable names (CPython's co_varnames). */
  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }
  /** Names of local variables referenced by nested functions. */
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }
  /** Names of free variables, taken from the enclosing closure. */
  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
  /** Number of fast slots of a frame running this code. */
  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }
}

export function isCodeObject(v: unknown): v is CodeObject {
  return v instanceof CodeObject;
}
