/**
 * A bytecode verifier for assembled code objects: what the interpreter may
 * rely on about the assembler's output. It re-derives everything from the
 * code object alone (co_code, the exception table, the tables):
 *
 * - every opcode is a real one, every argument indexes an existing constant,
 *   name or fast slot, jumps land on an instruction (not inside an
 *   EXTENDED_ARG prefix), and code never runs off the end;
 * - the stack depth at each instruction is the same along every path, never
 *   negative, and at most co_stacksize; exception handlers start at the
 *   depth their table entries say (depth + 1, + 1 more with lasti), and that
 *   depth is at most the depth of the instructions they cover.
 *
 * Used by the tests on everything the compiler produces; cheap enough to run
 * on a whole standard library.
 */
import type { CodeObject } from '../bytecode/code.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from '../bytecode/code.js';
import { decodeExceptionTable } from '../bytecode/exceptiontable.js';
import { OPCODES, Op } from '../bytecode/opcodes.js';

const NO_FALLTHROUGH = new Set<number>([
  Op.RETURN_VALUE,
  Op.RETURN_CONST,
  Op.RAISE_VARARGS,
  Op.RERAISE,
  Op.JUMP_FORWARD,
  Op.JUMP_BACKWARD,
  Op.JUMP_BACKWARD_NO_INTERRUPT,
]);

interface Decoded {
  /** Code unit of the instruction itself (after its EXTENDED_ARG prefixes). */
  unit: number;
  /** Code unit of its first prefix. */
  start: number;
  op: number;
  arg: number;
}

/** Problems found in `co` (not its nested code objects); empty when it is sound. */
export function verifyCode(co: CodeObject): string[] {
  const problems: string[] = [];
  const bad = (msg: string): void => {
    if (problems.length < 20) problems.push(`${co.co_qualname}: ${msg}`);
  };
  const code = co.co_code;
  if (code.length % 2) bad('odd co_code length');
  const nunits = code.length >> 1;
  if (nunits === 0) {
    bad('empty code');
    return problems;
  }

  // Decode. instrAt[u]: the instruction that starts at unit u (with its
  // EXTENDED_ARG prefixes: jumps and handlers go to the first prefix), else -1.
  // ownerOf[u]: the instruction unit u belongs to.
  const ins: Decoded[] = [];
  const instrAt = new Int32Array(nunits).fill(-1);
  const ownerOf = new Int32Array(nunits).fill(-1);
  let ext = 0;
  let start = 0;
  for (let u = 0; u < nunits; u++) {
    const op = code[2 * u]!;
    const arg = (ext << 8) | code[2 * u + 1]!;
    if (op === Op.EXTENDED_ARG) {
      if (ext === 0) start = u;
      ext = arg;
      continue;
    }
    if (ext === 0) start = u;
    ext = 0;
    instrAt[start] = ins.length;
    for (let k = start; k <= u; k++) ownerOf[k] = ins.length;
    ins.push({ unit: u, start, op, arg });
  }
  if (ext !== 0) bad('code ends with EXTENDED_ARG');

  const nlocalsplus = co.co_localsplusnames.length;
  const nconsts = co.co_consts.length;
  const nnames = co.co_names.length;
  const targetOf = (d: Decoded): number | null => {
    const info = OPCODES.get(d.op)!;
    if (info.arg === 'jump') return d.unit + 1 + d.arg;
    if (info.arg === 'jump_back') return d.unit + 1 - d.arg;
    return null;
  };

  for (const d of ins) {
    const info = OPCODES.get(d.op);
    if (!info || info.isPseudo || d.op === Op.CACHE) {
      bad(`bad opcode ${d.op} at unit ${d.unit}`);
      continue;
    }
    const a = d.arg;
    switch (info.arg) {
      case 'const':
      case 'kw_names':
        if (a >= nconsts) bad(`${info.name} ${a}: no such constant`);
        break;
      case 'name':
        if (a >= nnames) bad(`${info.name} ${a}: no such name`);
        break;
      case 'global':
      case 'attr':
        if (a >> 1 >= nnames) bad(`${info.name} ${a}: no such name`);
        break;
      case 'super_attr':
        if (a >> 2 >= nnames) bad(`${info.name} ${a}: no such name`);
        break;
      case 'local':
      case 'free':
        if (a >= nlocalsplus) bad(`${info.name} ${a}: no such fast slot`);
        break;
    }
    const t = targetOf(d);
    if (t !== null && (t < 0 || t >= nunits || instrAt[t] === -1)) bad(`${info.name} at unit ${d.unit} jumps to ${t}`);
  }

  // Exception table: handler depth per instruction.
  const handlerOf = new Int32Array(ins.length).fill(-1); // index of the entry covering each instruction
  const entries = decodeExceptionTable(co.co_exceptiontable);
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    const s = e.start >> 1;
    const en = e.end >> 1;
    const t = e.target >> 1;
    if (s >= en || en > nunits || t >= nunits || instrAt[t] === -1) {
      bad(`bad exception table entry ${e.start}-${e.end} -> ${e.target}`);
      continue;
    }
    for (let u = s; u < en; u++) {
      const i = ownerOf[u]!;
      if (i >= 0) handlerOf[i] = k;
    }
  }
  if (problems.length) return problems;

  // Stack depths.
  const depthAt = new Int32Array(ins.length).fill(-1);
  const work: number[] = [];
  let maxdepth = 0;
  const reach = (i: number, depth: number, from: string): void => {
    if (depth < 0) {
      bad(`negative stack depth ${from}`);
      return;
    }
    if (depth > maxdepth) maxdepth = depth;
    if (depthAt[i] === -1) {
      depthAt[i] = depth;
      work.push(i);
    } else if (depthAt[i] !== depth) {
      bad(`stack depth ${depthAt[i]} and ${depth} at unit ${ins[i]!.unit} (${from})`);
    }
  };
  const isGen = (co.co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
  reach(0, isGen ? 1 : 0, 'at entry');
  while (work.length && problems.length === 0) {
    const i = work.pop()!;
    const d = ins[i]!;
    const depth = depthAt[i]!;
    const info = OPCODES.get(d.op)!;
    const h = handlerOf[i]!;
    if (h >= 0) {
      const e = entries[h]!;
      if (e.depth > depth) bad(`handler depth ${e.depth} above the stack depth ${depth} at unit ${d.unit}`);
      reach(instrAt[e.target >> 1]!, e.depth + 1 + (e.lasti ? 1 : 0), `handler of unit ${d.unit}`);
    }
    const after = depth + info.effect(d.arg, false);
    const t = targetOf(d);
    if (t !== null) reach(instrAt[t]!, depth + info.effect(d.arg, true), `jump from unit ${d.unit}`);
    if (!NO_FALLTHROUGH.has(d.op)) {
      if (i + 1 >= ins.length) bad(`${info.name} at unit ${d.unit} falls off the end`);
      else reach(i + 1, after, `after unit ${d.unit}`);
    } else if (after < 0) {
      bad(`negative stack depth after unit ${d.unit}`);
    }
  }
  // CPython's stack size may be larger than what the table-reachable code
  // needs: a handler whose protected range became empty still counts.
  if (problems.length === 0 && maxdepth > co.co_stacksize) {
    bad(`co_stacksize is ${co.co_stacksize}, the code needs ${maxdepth}`);
  }
  return problems;
}

/** verifyCode on `co` and every code object nested in its constants. */
export function verifyCodeDeep(co: CodeObject): string[] {
  const out = verifyCode(co);
  for (const c of co.co_consts) {
    if (c !== null && typeof c === 'object' && 'isCodeObject' in c) out.push(...verifyCodeDeep(c as CodeObject));
  }
  return out;
}
