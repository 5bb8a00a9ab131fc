/**
 * The disassembler: CPython 3.12's `dis.dis(code)` output for a code object
 * (Lib/dis.py: `_disassemble_recursive`, `_disassemble_bytes`,
 * `_get_instructions_bytes`, `Instruction._disassemble`).
 *
 * Layout of one instruction line (fields joined by one space, then
 * right-stripped):
 *
 *     line   cur  >>  offset  opname(20)  arg(5)  (argrepr)
 *       3         >>    24    LOAD_FAST      0    (x)
 *
 * - The line column (width 3, wider for lines >= 1000) shows the line on the
 *   first instruction of each new line; a blank line precedes every new line
 *   group but the one at offset 0. It is left out when no instruction has a
 *   line.
 * - `>>` marks jump targets and exception handlers.
 * - Offsets are byte offsets into co_code. gilvm has no inline caches, so
 *   offsets are contiguous where CPython's skip its CACHE entries.
 *
 * Then `ExceptionTable:` (one `  start to last -> target [depth] lasti` line
 * per entry) and, for each code object in co_consts in order, a blank line,
 * `Disassembly of <code object ...>:` and its disassembly, recursively.
 *
 * Code object reprs use a fake address that is deterministic within one call
 * (the n-th code object met gets the n-th address), so output is stable.
 */
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex } from '../compiler/ast.js';
import type { ConstValue } from '../compiler/ast.js';
import { CodeObject } from './code.js';
import { decodeExceptionTable, type ExceptionTableEntry } from './exceptiontable.js';
import { coPositions, findLineStarts } from './linetable.js';
import { BINARY_OPS, CMP_OP, HAVE_ARGUMENT, INTRINSIC_1, INTRINSIC_2, OPCODES, OPNAME, Op } from './opcodes.js';

// ---------------------------------------------------------------- reprs

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's str.isprintable() for one code point. */
function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp < 0x7f) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return false; // lone surrogate (Cs)
  return PRINTABLE.test(String.fromCodePoint(cp));
}

/** Python's repr() of a str (unicode_repr): quotes, escapes, printable text kept. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += '\\' + String.fromCharCode(cp);
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (isPrintable(cp)) out += String.fromCodePoint(cp);
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** Python's repr() of bytes. */
export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * Shortest round-trip digits of a finite positive double and the decimal
 * point position: x = 0.DIGITS * 10**decpt. JS's Number-to-String picks the
 * same digits as Python's repr (shortest, closest to the exact value).
 */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = String(x);
  const e = s.indexOf('e');
  let digits: string;
  let decpt: number;
  if (e >= 0) {
    const mant = s.slice(0, e);
    const exp = Number(s.slice(e + 1));
    digits = mant.replace('.', '');
    decpt = exp + 1;
  } else {
    const dot = s.indexOf('.');
    const ip = dot < 0 ? s : s.slice(0, dot);
    const fp = dot < 0 ? '' : s.slice(dot + 1);
    if (ip === '0') {
      const stripped = fp.replace(/^0+/, '');
      decpt = -(fp.length - stripped.length);
      digits = stripped;
    } else {
      digits = ip + fp;
      decpt = ip.length;
    }
  }
  digits = digits.replace(/0+$/, '');
  if (digits === '') digits = '0';
  return { digits, decpt };
}

/**
 * PyOS_double_to_string(x, 'r', 0, flags): `addDot0` is Py_DTSF_ADD_DOT_0
 * (float repr), `sign` is Py_DTSF_SIGN (complex imaginary parts).
 */
function formatDouble(x: number, addDot0: boolean, sign: boolean): string {
  if (Number.isNaN(x)) return sign ? '+nan' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  const pre = neg ? '-' : sign ? '+' : '';
  if (!Number.isFinite(x)) return pre + 'inf';
  if (x === 0) return pre + (addDot0 ? '0.0' : '0');
  const { digits, decpt } = shortestDigits(Math.abs(x));
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    body = mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  return pre + body;
}

/** Python's repr() of a float. */
export function floatRepr(x: number): string {
  return formatDouble(x, true, false);
}

/** Python's repr() of a complex. */
export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return formatDouble(c.imag, false, false) + 'j';
  return '(' + formatDouble(c.real, false, false) + formatDouble(c.imag, false, true) + 'j)';
}

/** Hash of an int as CPython computes it (modulus 2**61 - 1), for set order. */
function intHash(v: bigint): bigint {
  const P = (1n << 61n) - 1n;
  const a = v < 0n ? -v : v;
  let h = a % P;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/**
 * The iteration order of frozenset(items) in CPython, for items whose hash is
 * not randomized (ints, bools, integral floats): a simulation of
 * Objects/setobject.c's table (size 8, linear probes of 9, perturbation,
 * growth by 4x at 60% fill). Other items keep the compiler's order, since
 * their CPython order depends on PYTHONHASHSEED anyway.
 */
function frozensetOrder(items: readonly ConstValue[]): readonly ConstValue[] {
  const hashes: bigint[] = [];
  for (const it of items) {
    if (typeof it === 'bigint') hashes.push(intHash(it));
    else if (typeof it === 'boolean') hashes.push(it ? 1n : 0n);
    else if (typeof it === 'number' && Number.isInteger(it)) hashes.push(intHash(BigInt(it)));
    else return items;
  }
  const LINEAR_PROBES = 9n;
  const PERTURB_SHIFT = 5n;
  const MASK64 = (1n << 64n) - 1n;
  type Slot = { item: ConstValue; hash: bigint } | null;
  let table: Slot[] = new Array(8).fill(null);
  let used = 0;
  const insert = (tbl: Slot[], entry: { item: ConstValue; hash: bigint }): void => {
    const mask = BigInt(tbl.length - 1);
    let perturb = entry.hash & MASK64; // size_t
    let i = perturb & mask;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0n;
      for (let j = 0n; j <= probes; j++) {
        const k = Number(i + j);
        if (tbl[k] === null) {
          tbl[k] = entry;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5n + 1n + perturb) & mask;
    }
  };
  const equal = (a: ConstValue, b: ConstValue): boolean =>
    // 1 == 1.0 == True in a set
    Number(a as never) === Number(b as never);
  for (let n = 0; n < items.length; n++) {
    const entry = { item: items[n] as ConstValue, hash: hashes[n]! };
    if (table.some((s) => s !== null && s.hash === entry.hash && equal(s.item, entry.item))) continue;
    insert(table, entry);
    used++;
    const mask = table.length - 1;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size *= 2;
      const bigger: Slot[] = new Array(size).fill(null);
      for (const s of table) if (s) insert(bigger, s);
      table = bigger;
    }
  }
  return table.filter((s): s is { item: ConstValue; hash: bigint } => s !== null).map((s) => s.item);
}

/** Fake, deterministic addresses for code object reprs, one table per disassembly. */
export class AddressBook {
  private readonly map = new Map<object, string>();
  constructor(private readonly base = 0x7f3a00000000) {}
  addressOf(obj: object): string {
    let a = this.map.get(obj);
    if (a === undefined) {
      a = '0x' + (this.base + 0x1000 * this.map.size + 0x30).toString(16);
      this.map.set(obj, a);
    }
    return a;
  }
}

/** `<code object NAME at 0x..., file "FILE", line N>` */
export function codeRepr(code: CodeObject, addresses: AddressBook = new AddressBook()): string {
  return `<code object ${code.co_name} at ${addresses.addressOf(code)}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

/** Python's repr() of a constant. */
export function pyRepr(v: ConstValue, addresses: AddressBook = new AddressBook()): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === Ellipsis) return 'Ellipsis';
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
    default:
      break;
  }
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof ConstTuple) {
    if (v.items.length === 1) return '(' + pyRepr(v.items[0]!, addresses) + ',)';
    return '(' + v.items.map((x) => pyRepr(x, addresses)).join(', ') + ')';
  }
  if (v instanceof ConstFrozenSet) {
    if (v.items.length === 0) return 'frozenset()';
    return 'frozenset({' + frozensetOrder(v.items).map((x) => pyRepr(x, addresses)).join(', ') + '})';
  }
  if (v instanceof CodeObject) return codeRepr(v, addresses);
  return `<${String(v)}>`;
}

// ---------------------------------------------------------------- instructions

/** One decoded instruction, like dis.Instruction. */
export interface Instruction {
  opname: string;
  opcode: number;
  /** The full argument (EXTENDED_ARG prefixes applied), or null. */
  arg: number | null;
  /** The resolved argument: constant, name, jump target offset, ... */
  argval: unknown;
  /** How dis shows the resolved argument ('' for none). */
  argrepr: string;
  offset: number;
  /** The line when this instruction starts one, else null. */
  starts_line: number | null;
  is_jump_target: boolean;
  positions: { lineno: number | null; end_lineno: number | null; col_offset: number | null; end_col_offset: number | null };
}

const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS: [string | null, string][] = [
  [null, ''],
  ['str', 'str'],
  ['repr', 'repr'],
  ['ascii', 'ascii'],
];
const INT_OVERFLOW = 2 ** 31;

/** dis._unpack_opargs: [offset, opcode, arg|null]. */
function* unpackOpargs(code: Uint8Array): Generator<[number, number, number | null]> {
  let extended = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i]!;
    if (op >= HAVE_ARGUMENT) {
      const arg = (code[i + 1] ?? 0) + extended;
      extended = op === Op.EXTENDED_ARG ? arg * 256 : 0;
      if (extended >= INT_OVERFLOW) extended -= 2 * INT_OVERFLOW;
      yield [i, op, arg];
    } else {
      extended = 0;
      yield [i, op, null];
    }
  }
}

function jumpTarget(op: number, offset: number, arg: number): number | null {
  const info = OPCODES.get(op);
  if (!info) return null;
  if (info.arg === 'jump') return offset + 2 + arg * 2;
  if (info.arg === 'jump_back') return offset + 2 - arg * 2;
  return null;
}

/** dis.findlabels: offsets that jumps go to. */
export function findLabels(code: Uint8Array): number[] {
  // A set keeps the first-seen order, and a large module body's hundreds of labels make a
  // linear search per jump quadratic (the interpreter runs this for each code object: float-reuse.ts).
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpackOpargs(code)) {
    if (arg === null) continue;
    const t = jumpTarget(op, offset, arg);
    if (t !== null) labels.add(t);
  }
  return [...labels];
}

interface DisContext {
  addresses: AddressBook;
}

/** dis.get_instructions(code) for a code object. */
export function getInstructions(code: CodeObject, ctx: DisContext = { addresses: new AddressBook() }): Instruction[] {
  const linestarts = new Map(findLineStarts(code));
  const labels = new Set(findLabels(code.co_code));
  for (const e of decodeExceptionTable(code.co_exceptiontable)) {
    if (e.end > e.start) labels.add(e.target);
  }
  const positions = coPositions(code);
  const names = code.co_names;
  const consts = code.co_consts;
  const localsplus = code.co_localsplusnames;
  const nameAt = (list: readonly string[], i: number): [unknown, string] =>
    i >= 0 && i < list.length ? [list[i], list[i]!] : [undefined, ''];
  const out: Instruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(code.co_code)) {
    const info = OPCODES.get(op);
    let argval: unknown = null;
    let argrepr = '';
    if (arg !== null) {
      argval = arg;
      const kind = info?.arg ?? 'int';
      switch (kind) {
        case 'const':
        case 'kw_names':
          if (arg < consts.length) {
            argval = consts[arg];
            argrepr = pyRepr(consts[arg]!, ctx.addresses);
          } else {
            argval = undefined;
          }
          break;
        case 'name':
          [argval, argrepr] = nameAt(names, arg);
          break;
        case 'global':
          [argval, argrepr] = nameAt(names, Math.floor(arg / 2));
          if (arg & 1 && argrepr) argrepr = 'NULL + ' + argrepr;
          break;
        case 'attr':
          [argval, argrepr] = nameAt(names, Math.floor(arg / 2));
          if (arg & 1 && argrepr) argrepr = 'NULL|self + ' + argrepr;
          break;
        case 'super_attr':
          [argval, argrepr] = nameAt(names, Math.floor(arg / 4));
          if (arg & 1 && argrepr) argrepr = 'NULL|self + ' + argrepr;
          break;
        case 'jump':
        case 'jump_back':
          argval = jumpTarget(op, offset, arg);
          argrepr = 'to ' + String(argval);
          break;
        case 'local':
        case 'free':
          [argval, argrepr] = nameAt(localsplus, arg);
          break;
        case 'compare':
          argval = CMP_OP[arg >> 4] ?? '';
          argrepr = argval as string;
          break;
        case 'format': {
          const [conv, r] = FORMAT_VALUE_CONVERTERS[arg & 3]!;
          const withFormat = (arg & 4) !== 0;
          argval = [conv, withFormat];
          argrepr = r;
          if (withFormat) argrepr += (argrepr ? ', ' : '') + 'with format';
          break;
        }
        case 'binop':
          argrepr = BINARY_OPS[arg] ?? '';
          break;
        case 'intrinsic1':
          argrepr = INTRINSIC_1[arg] ?? '';
          break;
        case 'intrinsic2':
          argrepr = INTRINSIC_2[arg] ?? '';
          break;
        default:
          if (op === Op.MAKE_FUNCTION) {
            argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
          }
          break;
      }
    }
    const p = positions[offset >> 1];
    out.push({
      opname: OPNAME[op]!,
      opcode: op,
      arg,
      argval,
      argrepr,
      offset,
      starts_line: linestarts.get(offset) ?? null,
      is_jump_target: labels.has(offset),
      positions: {
        lineno: p?.[0] ?? null,
        end_lineno: p?.[1] ?? null,
        col_offset: p?.[2] ?? null,
        end_col_offset: p?.[3] ?? null,
      },
    });
  }
  return out;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** Instruction._disassemble: one line, right-stripped. */
export function formatInstruction(
  instr: Instruction,
  linenoWidth = 3,
  markAsCurrent = false,
  offsetWidth = 4,
): string {
  const fields: string[] = [];
  if (linenoWidth) {
    fields.push(instr.starts_line !== null ? String(instr.starts_line).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  }
  fields.push(markAsCurrent ? '-->' : '   ');
  fields.push(instr.is_jump_target ? '>>' : '  ');
  fields.push(String(instr.offset).padStart(offsetWidth));
  fields.push(instr.opname.padEnd(OPNAME_WIDTH));
  if (instr.arg !== null) {
    fields.push(String(instr.arg).padStart(OPARG_WIDTH));
    if (instr.argrepr) fields.push('(' + instr.argrepr + ')');
  }
  return fields.join(' ').replace(/\s+$/, '');
}

function exceptionLine(e: ExceptionTableEntry): string {
  return `  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`;
}

/** dis.disassemble(co) for one code object (not recursive), as lines. */
function disassembleOne(code: CodeObject, lines: string[], ctx: DisContext, lasti: number): void {
  const instrs = getInstructions(code, ctx);
  let maxLine: number | null = null;
  for (const i of instrs) if (i.starts_line !== null) maxLine = Math.max(maxLine ?? i.starts_line, i.starts_line);
  const linenoWidth = maxLine === null ? 0 : maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const instr of instrs) {
    if (linenoWidth && instr.starts_line !== null && instr.offset > 0) lines.push('');
    lines.push(formatInstruction(instr, linenoWidth, instr.offset === lasti, offsetWidth));
  }
  const entries = decodeExceptionTable(code.co_exceptiontable);
  if (entries.length) {
    lines.push('ExceptionTable:');
    for (const e of entries) lines.push(exceptionLine(e));
  }
}

function disassembleRecursive(code: CodeObject, lines: string[], ctx: DisContext, depth: number | null): void {
  disassembleOne(code, lines, ctx, -1);
  if (depth === null || depth > 0) {
    const next = depth === null ? null : depth - 1;
    for (const c of code.co_consts) {
      if (c instanceof CodeObject) {
        lines.push('');
        lines.push(`Disassembly of ${codeRepr(c, ctx.addresses)}:`);
        disassembleRecursive(c, lines, ctx, next);
      }
    }
  }
}

export interface DisOptions {
  /** gilvm has no inline caches: there are none to show. */
  showCaches?: false;
  /** How deep to recurse into nested code objects (dis.dis's `depth`); null: all. */
  depth?: number | null;
  /** Mark the instruction at this offset with `-->` (top level only). */
  lasti?: number;
  /** Address table shared between calls, to keep code object addresses consistent. */
  addresses?: AddressBook;
}

/** `dis.dis(code)` output as lines (no trailing newlines). */
export function disassembleToLines(code: CodeObject, opts: DisOptions = {}): string[] {
  const lines: string[] = [];
  const ctx: DisContext = { addresses: opts.addresses ?? new AddressBook() };
  if (opts.lasti !== undefined) {
    disassembleOne(code, lines, ctx, opts.lasti);
    // With a lasti, recurse like dis.dis does for the nested code objects.
    const depth = opts.depth ?? null;
    if (depth === null || depth > 0) {
      for (const c of code.co_consts) {
        if (c instanceof CodeObject) {
          lines.push('', `Disassembly of ${codeRepr(c, ctx.addresses)}:`);
          disassembleRecursive(c, lines, ctx, depth === null ? null : depth - 1);
        }
      }
    }
    return lines;
  }
  disassembleRecursive(code, lines, ctx, opts.depth ?? null);
  return lines;
}

/** Exactly what CPython 3.12's `dis.dis(code)` prints, newline-terminated lines. */
export function disassemble(code: CodeObject, opts: DisOptions = {}): string {
  return disassembleToLines(code, opts)
    .map((l) => l + '\n')
    .join('');
}

// ---------------------------------------------------------------- code_info

/** dis.COMPILER_FLAG_NAMES */
export const COMPILER_FLAG_NAMES: ReadonlyMap<number, string> = new Map([
  [1, 'OPTIMIZED'],
  [2, 'NEWLOCALS'],
  [4, 'VARARGS'],
  [8, 'VARKEYWORDS'],
  [16, 'NESTED'],
  [32, 'GENERATOR'],
  [64, 'NOFREE'],
  [128, 'COROUTINE'],
  [256, 'ITERABLE_COROUTINE'],
  [512, 'ASYNC_GENERATOR'],
]);

/** dis.pretty_flags */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  let rest = flags >>> 0;
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (rest & flag) {
      names.push(COMPILER_FLAG_NAMES.get(flag) ?? '0x' + flag.toString(16));
      rest = (rest & ~flag) >>> 0;
      if (!rest) return names.join(', ');
    }
  }
  names.push('0x' + rest.toString(16));
  return names.join(', ');
}

/** dis.code_info(code): the `Name:`, `Filename:`, ... summary (no trailing newline). */
export function codeInfo(co: CodeObject, addresses: AddressBook = new AddressBook()): string {
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${co.co_nlocals}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ];
  const section = (title: string, items: readonly string[]): void => {
    if (!items.length) return;
    lines.push(title);
    items.forEach((s, i) => lines.push(`${String(i).padStart(4)}: ${s}`));
  };
  section('Constants:', co.co_consts.map((c) => pyRepr(c, addresses)));
  section('Names:', co.co_names);
  section('Variable names:', co.co_varnames);
  section('Free variables:', co.co_freevars);
  section('Cell variables:', co.co_cellvars);
  return lines.join('\n');
}
