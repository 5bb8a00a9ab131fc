/**
 * Golden `dis` tests over test/dis/snippets/*.py.
 *
 * - test/dis/cpython/NAME.json (made by cpython312.py with CPython 3.12):
 *   CPython 3.12's code for the snippet, re-encoded without inline caches,
 *   and what CPython 3.12's own dis prints for it. The disassembler must print
 *   exactly that.
 * - test/dis/snippets/NAME.dis: what gilvm's compiler + dis print (regenerate
 *   with UPDATE_GOLDEN=1 npx vitest run test/dis).
 * - The compiler's output is also compared with CPython's; snippets where it
 *   differs are listed in known-differences.txt, and an unexpected match is
 *   an error too, so the list stays true.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodeObject } from '../../src/bytecode/code.js';
import { codeInfo, disassemble } from '../../src/bytecode/dis.js';
import { encodeExceptionTable } from '../../src/bytecode/exceptiontable.js';
import { coPositions, encodeLineTable } from '../../src/bytecode/linetable.js';
import { pyRepr } from '../../src/bytecode/dis.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex, type ConstValue } from '../../src/compiler/ast.js';

const here = new URL('./', import.meta.url);
const snippetsDir = new URL('snippets/', here);
const cpythonDir = new URL('cpython/', here);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

type JsonConst =
  | { t: 'none' | 'ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'complex'; re: string; im: string }
  | { t: 'str'; v: number[] }
  | { t: 'bytes'; v: number[] }
  | { t: 'tuple' | 'frozenset'; v: JsonConst[] }
  | JsonCode;

interface JsonCode {
  t: 'code';
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: number[];
  consts: JsonConst[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: number[];
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  locations: [number, [number, number, number, number]][];
  exceptions: [number, number, number, number, boolean][];
}

function hexFloat(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, parseInt(h.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0);
}

function constFromJson(j: JsonConst): ConstValue {
  switch (j.t) {
    case 'none':
      return null;
    case 'ellipsis':
      return Ellipsis;
    case 'bool':
      return j.v;
    case 'int':
      return BigInt(j.v);
    case 'float':
      return hexFloat(j.v);
    case 'complex':
      return new PyComplex(hexFloat(j.re), hexFloat(j.im));
    case 'str':
      return j.v.map((c) => String.fromCodePoint(c)).join('');
    case 'bytes':
      return Uint8Array.from(j.v);
    case 'tuple':
      return new ConstTuple(j.v.map(constFromJson));
    case 'frozenset':
      return new ConstFrozenSet(j.v.map(constFromJson));
    case 'code':
      return codeFromJson(j);
  }
}

/** A gilvm code object from CPython's (cache-free) code. */
export function codeFromJson(j: JsonCode): CodeObject {
  return new CodeObject({
    co_argcount: j.argcount,
    co_posonlyargcount: j.posonlyargcount,
    co_kwonlyargcount: j.kwonlyargcount,
    co_stacksize: j.stacksize,
    co_flags: j.flags,
    co_code: Uint8Array.from(j.code),
    co_consts: j.consts.map(constFromJson),
    co_names: j.names,
    co_localsplusnames: j.localsplusnames,
    co_localspluskinds: Uint8Array.from(j.localspluskinds),
    co_filename: j.filename,
    co_name: j.name,
    co_qualname: j.qualname,
    co_firstlineno: j.firstlineno,
    co_linetable: encodeLineTable(
      j.firstlineno,
      j.locations.map(([length, [lineno, end_lineno, col_offset, end_col_offset]]) => ({
        length,
        loc: { lineno, end_lineno, col_offset, end_col_offset },
      })),
    ),
    co_exceptiontable: encodeExceptionTable(
      j.exceptions.map(([start, end, target, depth, lasti]) => ({ start, end, target, depth, lasti })),
    ),
  });
}

/** Code object addresses differ between runs: compare without them. */
function normalize(dis: string): string {
  return dis.replace(/ at 0x[0-9a-f]+/g, ' at 0x0');
}

/**
 * What dis does not show, per code object (recursively): counts, flags, stack
 * size, names, localsplus kinds, qualname, and every instruction's full
 * position (columns included).
 */
function fieldSummary(c: CodeObject): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (co: CodeObject): void => {
    out.push({
      qualname: co.co_qualname,
      name: co.co_name,
      firstlineno: co.co_firstlineno,
      argcount: co.co_argcount,
      posonlyargcount: co.co_posonlyargcount,
      kwonlyargcount: co.co_kwonlyargcount,
      stacksize: co.co_stacksize,
      flags: co.co_flags,
      names: co.co_names,
      // CO_FAST_HIDDEN (0x10) is left out: Python cannot see it, so the CPython data lacks it.
      localsplus: co.co_localsplusnames.map((n, i) => `${n}:${(co.co_localspluskinds[i]! & ~0x10).toString(16)}`),
      consts: co.co_consts.map((k) => normalize(pyRepr(k))),
      positions: coPositions(co).map((p, i) => `${i * 2}: ${p.join(',')}`),
    });
    for (const k of co.co_consts) if (k instanceof CodeObject) walk(k);
  };
  walk(c);
  return out;
}

const snippets = readdirSync(snippetsDir)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => f.slice(0, -3));

function cpython(name: string): { code: JsonCode; dis: string; code_info: string[] } | null {
  const p = new URL(`${name}.json`, cpythonDir);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
}

const knownDifferences = new Set(
  readFileSync(new URL('known-differences.txt', here), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean),
);

type Compile = (source: string, filename: string, mode: 'exec') => CodeObject;
const compilerSpec = '../../src/compiler/compile.js';
let compileSource: Compile | null = null;
let compilerLoadError = '';
try {
  compileSource = ((await import(compilerSpec)) as { compileSource: Compile }).compileSource;
} catch (e) {
  compilerLoadError = String(e);
}

describe('dis prints what CPython 3.12 prints for the same code', () => {
  it('has 20+ snippets with CPython data', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(20);
    for (const s of snippets) expect(cpython(s), s).not.toBe(null);
  });
  for (const name of snippets) {
    it(name, () => {
      const ref = cpython(name)!;
      const code = codeFromJson(ref.code);
      expect(normalize(disassemble(code))).toBe(ref.dis);
      // dis.code_info of each code object, in the same order
      const infos: string[] = [];
      const walk = (c: CodeObject): void => {
        infos.push(normalize(codeInfo(c)));
        for (const k of c.co_consts) if (k instanceof CodeObject) walk(k);
      };
      walk(code);
      expect(infos).toEqual(ref.code_info);
    });
  }
});

describe.skipIf(!compileSource)(`gilvm's compiler ${compileSource ? '' : `(not loadable: ${compilerLoadError.slice(0, 200)})`}`, () => {
  for (const name of snippets) {
    const compileIt = (): string => {
      const src = readFileSync(new URL(`${name}.py`, snippetsDir), 'utf8');
      return disassemble(compileSource!(src, `${name}.py`, 'exec'));
    };
    it(`${name}: golden .dis`, () => {
      const got = compileIt();
      const goldenPath = new URL(`${name}.dis`, snippetsDir);
      if (UPDATE || !existsSync(goldenPath)) {
        writeFileSync(goldenPath, got);
        if (!UPDATE) throw new Error(`${name}.dis was missing and has been written: review it and commit`);
        return;
      }
      expect(got).toBe(readFileSync(goldenPath, 'utf8'));
    });
    it(`${name}: same as CPython 3.12${knownDifferences.has(name) ? ' (known difference)' : ''}`, () => {
      const got = normalize(compileIt());
      const want = cpython(name)!.dis;
      if (knownDifferences.has(name)) {
        expect(got, `${name} now matches CPython: remove it from known-differences.txt`).not.toBe(want);
      } else {
        expect(got).toBe(want);
      }
    });
    const fieldsKey = `${name}:fields`;
    it(`${name}: code object fields as CPython 3.12${knownDifferences.has(fieldsKey) ? ' (known difference)' : ''}`, () => {
      const src = readFileSync(new URL(`${name}.py`, snippetsDir), 'utf8');
      const got = fieldSummary(compileSource!(src, `${name}.py`, 'exec'));
      const want = fieldSummary(codeFromJson(cpython(name)!.code));
      if (knownDifferences.has(fieldsKey)) {
        expect(got, `${fieldsKey} now matches CPython: remove it from known-differences.txt`).not.toEqual(want);
      } else {
        expect(got).toEqual(want);
      }
    });
  }
});
