/**
 * `_gilvm_dis`: the native half of stdlib/dis.py and stdlib/opcode.py. It
 * rebuilds the compiler-side CodeObject of a heap code object (constants
 * included, nested code objects too) and hands it to the same disassembler
 * as `gilvm -m dis` (src/bytecode/dis.ts), so `dis.dis(f)` inside a program
 * prints what the command line prints for the same code.
 *
 *   dis_text(code, depth, lasti)  dis.dis / dis.disassemble text (depth None: all)
 *   info_text(code)               dis.code_info text
 *   instr_rows(code)              one tuple per instruction (see rows below)
 *   line_starts(code)             ((offset, line), ...)
 *   label_offsets(bytes)          jump targets in raw bytecode
 *   opcode_rows()                 ((name, number, argkind), ...) from the opcode table
 *   stack_effect(op, arg, jump)   the table's stack effect
 *   flag_text(flags)              dis.pretty_flags
 *   raw_text(bytes)               dis.dis of bare bytecode
 */
import { CodeObject } from '../bytecode/code.js';
import { codeInfo, disassemble, findLabels, getInstructions, prettyFlags } from '../bytecode/dis.js';
import { findLineStarts } from '../bytecode/linetable.js';
import { HAVE_ARGUMENT, OPCODES } from '../bytecode/opcodes.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex, type ConstValue } from '../compiler/ast.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { bytesView } from '../objects/bytes.js';
import { CO_CONSTS, codeObjectOf } from '../objects/code.js';
import { complexImag, complexReal } from '../objects/complex.js';
import { bigOf, floatValue } from '../objects/float.js';
import { intFromNumber } from '../objects/int.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { allocTuple, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField } from '../objects/typeobject.js';
import { boolValue, getIter, iterNext, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { defineBuiltinModule } from './import-registry.js';

defineBuiltinModule('_gilvm_dis', "Native half of gilvm's dis and opcode modules.", (d) => {
  void d;
});

// ---- heap code -> compiler CodeObject ------------------------------------------------------

function isType(v: Value, t: number): boolean {
  return (v & 1) === 0 && v !== NULL && (typeOf(v) === t || isSubtype(typeOf(v), t));
}

/** A heap constant as the compiler's ConstValue. */
function constOf(v: Value): ConstValue {
  if (v === S.None) return null;
  if (v === S.True) return true;
  if (v === S.False) return false;
  if (v === S.Ellipsis) return Ellipsis;
  if ((v & 1) !== 0) return BigInt(v >> 1);
  const t = typeOf(v);
  if (t === T.int) return bigOf(v);
  if (t === T.float) return floatValue(v);
  if (t === T.str) return strValue(v);
  if (t === T.bytes) return bytesView(v).slice();
  if (t === T.complex) return new PyComplex(complexReal(v), complexImag(v));
  if (t === T.tuple) {
    const items: ConstValue[] = [];
    for (let i = 0; i < tupleLength(v); i++) items.push(constOf(tupleGet(v, i)));
    return new ConstTuple(items);
  }
  if (t === T.code) return fullCode(v);
  if (t === T.frozenset) {
    const items: ConstValue[] = [];
    const mark = handleCount();
    try {
      const it = pushHandle(getIter(v));
      for (;;) {
        const x = iterNext(getHandle(it));
        if (x === NULL) break;
        items.push(constOf(x));
      }
    } finally {
      releaseHandles(mark);
    }
    return new ConstFrozenSet(items);
  }
  return `<${typeNameOf(v)}>`;
}

/** codeObjectOf leaves co_consts empty: a copy with them filled in. */
function fullCode(code: Ref): CodeObject {
  const base = codeObjectOf(code);
  const consts = getField(code, CO_CONSTS);
  const list: ConstValue[] = [];
  for (let i = 0; i < tupleLength(consts); i++) list.push(constOf(tupleGet(consts, i)));
  return base.with({ co_consts: list });
}

function codeArg(v: Value, fname: string): CodeObject {
  if (!isType(v, T.code)) throw raise(E.TypeError, `${fname}() argument must be code, not ${typeNameOf(v)}`);
  return fullCode(v);
}

// ---- JS values -> heap ---------------------------------------------------------------------

type Plain = null | boolean | number | string | Plain[];

/** A plain JS value as a heap value: null None, arrays tuples. */
function toHeap(v: Plain): Value {
  if (v === null) return S.None;
  if (typeof v === 'boolean') return boolValue(v);
  if (typeof v === 'number') return intFromNumber(v);
  if (typeof v === 'string') return newStr(v);
  const mark = handleCount();
  try {
    const held = v.map((x) => pushHandle(toHeap(x)));
    const t = allocTuple(v.length);
    held.forEach((h, i) => tupleSet(t, i, getHandle(h)));
    return t;
  } finally {
    releaseHandles(mark);
  }
}

function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

function optionalInt(v: Value): number | null {
  if (v === S.None || v === NULL) return null;
  if ((v & 1) === 0) throw raise(E.TypeError, `expected an int, not ${typeNameOf(v)}`);
  return v >> 1;
}

// ---- the functions -------------------------------------------------------------------------

defineFunction('_gilvm_dis', 'dis_text', (_s, argv, argc) => {
  if (argc !== 3) throw raise(E.TypeError, 'dis_text(code, depth, lasti)');
  const code = codeArg(arg(argv, 0), 'dis_text');
  const depth = optionalInt(arg(argv, 1));
  const lasti = optionalInt(arg(argv, 2));
  const opts = lasti === null || lasti < 0 ? { depth } : { depth, lasti };
  return newStr(disassemble(code, opts));
});

defineFunction('_gilvm_dis', 'info_text', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'info_text(code)');
  return newStr(codeInfo(codeArg(arg(argv, 0), 'info_text')));
});

/**
 * Rows (opname, opcode, arg, kind, argval, argrepr, offset, starts_line,
 * is_jump_target, lineno, end_lineno, col_offset, end_col_offset). For the
 * kinds 'const' and 'kw_names' argval is left None: dis.py takes the object
 * itself from co_consts; for 'format' it is (conversion name or None, bool).
 */
defineFunction('_gilvm_dis', 'instr_rows', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'instr_rows(code)');
  const code = codeArg(arg(argv, 0), 'instr_rows');
  const rows: Plain[] = [];
  for (const ins of getInstructions(code)) {
    const kind = OPCODES.get(ins.opcode)?.arg ?? 'none';
    let argval: Plain = null;
    const v = ins.argval;
    if (kind === 'const' || kind === 'kw_names') argval = null;
    else if (Array.isArray(v)) argval = [v[0] ?? null, v[1] === true];
    else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') argval = v;
    rows.push([
      ins.opname, ins.opcode, ins.arg, kind, argval, ins.argrepr, ins.offset, ins.starts_line,
      ins.is_jump_target, ins.positions.lineno, ins.positions.end_lineno, ins.positions.col_offset,
      ins.positions.end_col_offset,
    ]);
  }
  return toHeap(rows);
});

defineFunction('_gilvm_dis', 'line_starts', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'line_starts(code)');
  const code = codeArg(arg(argv, 0), 'line_starts');
  return toHeap(findLineStarts(code).map(([o, l]) => [o, l]));
});

defineFunction('_gilvm_dis', 'label_offsets', (_s, argv, argc) => {
  if (argc !== 1) throw raise(E.TypeError, 'label_offsets(code_bytes)');
  const b = arg(argv, 0);
  if (!isType(b, T.bytes)) throw raise(E.TypeError, `expected bytes, not ${typeNameOf(b)}`);
  return toHeap(findLabels(bytesView(b).slice()));
});

defineFunction('_gilvm_dis', 'opcode_rows', (_s, _argv, argc) => {
  if (argc !== 0) throw raise(E.TypeError, 'opcode_rows()');
  const rows: Plain[] = [];
  for (const info of OPCODES.values()) rows.push([info.name, info.code, info.arg]);
  rows.push(['HAVE_ARGUMENT', HAVE_ARGUMENT, 'none']);
  return toHeap(rows);
});

defineFunction('_gilvm_dis', 'stack_effect', (_s, argv, argc) => {
  if (argc !== 3) throw raise(E.TypeError, 'stack_effect(opcode, oparg, jump)');
  const op = arg(argv, 0);
  if ((op & 1) === 0) throw raise(E.TypeError, `an integer is required, not ${typeNameOf(op)}`);
  const info = OPCODES.get(op >> 1);
  if (info === undefined || info.code >= 256) throw raise(E.ValueError, 'invalid opcode or oparg');
  const oparg = optionalInt(arg(argv, 1));
  if (info.hasArg !== (oparg !== null)) {
    throw raise(E.ValueError, info.hasArg ? 'stack_effect: opcode requires oparg but oparg was not specified' : 'stack_effect: opcode does not permit oparg but oparg was specified');
  }
  const jump = arg(argv, 2);
  const n = oparg ?? 0;
  if (jump === S.None) return intFromNumber(Math.max(info.effect(n, true), info.effect(n, false)));
  return intFromNumber(info.effect(n, jump === S.True));
});

defineFunction('_gilvm_dis', 'flag_text', (_s, argv, argc) => {
  if (argc !== 1 || (arg(argv, 0) & 1) === 0) throw raise(E.TypeError, 'flag_text(int)');
  return newStr(prettyFlags(arg(argv, 0) >> 1));
});

/** Raw bytecode without its code object: no constants, names or lines to show. */
defineFunction('_gilvm_dis', 'raw_text', (_s, argv, argc) => {
  const b = arg(argv, 0);
  if (argc !== 1 || !isType(b, T.bytes)) throw raise(E.TypeError, 'raw_text(bytes)');
  const bare = new CodeObject({
    co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_stacksize: 0, co_flags: 0,
    co_code: bytesView(b).slice(), co_consts: [], co_names: [], co_localsplusnames: [],
    co_localspluskinds: new Uint8Array(0), co_filename: '', co_name: '', co_qualname: '',
    co_firstlineno: 0, co_linetable: new Uint8Array(0), co_exceptiontable: new Uint8Array(0),
  });
  return newStr(disassemble(bare, { depth: 0 }));
});
