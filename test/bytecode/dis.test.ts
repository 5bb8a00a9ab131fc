import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disassemble, floatRepr, getInstructions, pyRepr, strRepr, bytesRepr } from '../../src/bytecode/dis.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex, type ConstValue } from '../../src/compiler/ast.js';
import { handCode } from './helpers.js';

interface Reprs {
  floats: [string, string][];
  strings: [number[], string][];
  bytes: [number[], string][];
  complex: [string, string, string][];
  frozensets: [(string | boolean | number)[], string[], string][];
}
/** Made by CPython with test/bytecode/gen_reprs.py. */
const reprs: Reprs = JSON.parse(readFileSync(new URL('./reprs.json', import.meta.url), 'utf8'));

function hexToFloat(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, parseInt(h.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0);
}

describe('pyRepr', () => {
  it('prints floats as Python does', () => {
    for (const [h, want] of reprs.floats) expect(floatRepr(hexToFloat(h)), h).toBe(want);
    expect(pyRepr(-0)).toBe('-0.0');
    expect(pyRepr(1e16)).toBe('1e+16');
  });

  it('prints complex numbers as Python does', () => {
    for (const [re, im, want] of reprs.complex) expect(pyRepr(new PyComplex(hexToFloat(re), hexToFloat(im)))).toBe(want);
  });

  it('prints str as Python does', () => {
    for (const [units, want] of reprs.strings) {
      // A Python str of two surrogate code points is the same JS string as
      // the astral character they pair into: not representable, skipped.
      if (units.some((u, i) => u >= 0xd800 && u < 0xdc00 && units[i + 1]! >= 0xdc00 && units[i + 1]! < 0xe000)) continue;
      // Python strings are code points; lone surrogates stay single units.
      const s = units.map((u) => String.fromCodePoint(u)).join('');
      expect(strRepr(s), JSON.stringify(units.slice(0, 4))).toBe(want);
    }
  });

  it('prints bytes as Python does', () => {
    for (const [b, want] of reprs.bytes) expect(bytesRepr(Uint8Array.from(b))).toBe(want);
  });

  it('prints frozensets of ints in CPython set order', () => {
    for (const [items, types, want] of reprs.frozensets) {
      const vals: ConstValue[] = items.map((v, i) =>
        types[i] === 'int' ? BigInt(v as string) : types[i] === 'float' ? (v as number) : (v as boolean),
      );
      expect(pyRepr(new ConstFrozenSet(vals))).toBe(want);
    }
    expect(pyRepr(new ConstFrozenSet([]))).toBe('frozenset()');
  });

  it('prints the other constants', () => {
    expect(pyRepr(null)).toBe('None');
    expect(pyRepr(true)).toBe('True');
    expect(pyRepr(Ellipsis)).toBe('Ellipsis');
    expect(pyRepr(123456789012345678901234567890n)).toBe('123456789012345678901234567890');
    expect(pyRepr(new ConstTuple([]))).toBe('()');
    expect(pyRepr(new ConstTuple([1n]))).toBe('(1,)');
    expect(pyRepr(new ConstTuple(['a', new ConstTuple([null, 2.5])]))).toBe("('a', (None, 2.5))");
    expect(pyRepr(new PyComplex(0, 1))).toBe('1j');
    expect(pyRepr(new PyComplex(1, 2))).toBe('(1+2j)');
  });
});

describe('disassemble', () => {
  it('prints a module with a nested function like CPython 3.12', () => {
    const f = handCode({
      co_name: 'f',
      co_firstlineno: 1,
      co_argcount: 1,
      varnames: ['x'],
      co_consts: [null, 1n],
      code: [
        ['RESUME', 0, 1],
        ['LOAD_FAST', 0, 2],
        ['POP_JUMP_IF_FALSE', 4],
        ['LOAD_FAST', 0, 3],
        ['LOAD_CONST', 1],
        ['BINARY_OP', 0],
        ['RETURN_VALUE'],
        ['RETURN_CONST', 0, 4],
      ],
    });
    const mod = handCode({
      co_firstlineno: 1,
      co_consts: [f, null],
      co_names: ['f'],
      code: [
        ['RESUME', 0, 0],
        ['LOAD_CONST', 0, 1],
        ['MAKE_FUNCTION', 0],
        ['STORE_NAME', 0],
        ['RETURN_CONST', 1],
      ],
    });
    expect(disassemble(mod)).toBe(
      [
        '  0           0 RESUME                   0',
        '',
        '  1           2 LOAD_CONST               0 (<code object f at 0x7f3a00000030, file "x.py", line 1>)',
        '              4 MAKE_FUNCTION            0',
        '              6 STORE_NAME               0 (f)',
        '              8 RETURN_CONST             1 (None)',
        '',
        'Disassembly of <code object f at 0x7f3a00000030, file "x.py", line 1>:',
        '  1           0 RESUME                   0',
        '',
        '  2           2 LOAD_FAST                0 (x)',
        '              4 POP_JUMP_IF_FALSE        4 (to 14)',
        '',
        '  3           6 LOAD_FAST                0 (x)',
        '              8 LOAD_CONST               1 (1)',
        '             10 BINARY_OP                0 (+)',
        '             12 RETURN_VALUE',
        '',
        '  4     >>   14 RETURN_CONST             0 (None)',
        '',
      ].join('\n'),
    );
  });

  it('shows every argument kind', () => {
    const code = handCode({
      co_consts: [null, new ConstTuple(['a', 'b']), 'it\'s', new ConstFrozenSet([3n, 1n, 2n])],
      co_names: ['print', 'obj', 'meth', 'sup'],
      varnames: ['x'],
      cellvars: ['c'],
      freevars: ['fv'],
      code: [
        ['COPY_FREE_VARS', 1, null],
        ['MAKE_CELL', 1],
        ['RESUME', 0, 5],
        ['LOAD_GLOBAL', 1, 6],
        ['LOAD_GLOBAL', 2],
        ['LOAD_ATTR', 5],
        ['LOAD_ATTR', 4],
        ['LOAD_SUPER_ATTR', 13],
        ['LOAD_DEREF', 2],
        ['STORE_DEREF', 1],
        ['COMPARE_OP', 40],
        ['COMPARE_OP', 2],
        ['IS_OP', 1],
        ['CONTAINS_OP', 0],
        ['FORMAT_VALUE', 0],
        ['FORMAT_VALUE', 1],
        ['FORMAT_VALUE', 2],
        ['FORMAT_VALUE', 7],
        ['FORMAT_VALUE', 4],
        ['BINARY_OP', 13],
        ['BINARY_OP', 25],
        ['MAKE_FUNCTION', 9],
        ['KW_NAMES', 1],
        ['CALL', 2],
        ['CALL_INTRINSIC_1', 6],
        ['CALL_INTRINSIC_2', 1],
        ['LOAD_CONST', 2],
        ['LOAD_CONST', 3],
        ['LOAD_CONST', 300, 7],
        ['JUMP_BACKWARD', 3],
        ['RERAISE', 1],
      ],
      exceptions: [
        { start: 4, end: 20, target: 66, depth: 1, lasti: true },
        { start: 20, end: 22, target: 70, depth: 0, lasti: false },
      ],
    });
    expect(disassemble(code)).toBe(
      [
        '              0 COPY_FREE_VARS           1',
        '              2 MAKE_CELL                1 (c)',
        '',
        '  5           4 RESUME                   0',
        '',
        '  6           6 LOAD_GLOBAL              1 (NULL + print)',
        '              8 LOAD_GLOBAL              2 (obj)',
        '             10 LOAD_ATTR                5 (NULL|self + meth)',
        '             12 LOAD_ATTR                4 (meth)',
        '             14 LOAD_SUPER_ATTR         13 (NULL|self + sup)',
        '             16 LOAD_DEREF               2 (fv)',
        '             18 STORE_DEREF              1 (c)',
        '             20 COMPARE_OP              40 (==)',
        '             22 COMPARE_OP               2 (<)',
        '             24 IS_OP                    1',
        '             26 CONTAINS_OP              0',
        '             28 FORMAT_VALUE             0',
        '             30 FORMAT_VALUE             1 (str)',
        '             32 FORMAT_VALUE             2 (repr)',
        '             34 FORMAT_VALUE             7 (ascii, with format)',
        '             36 FORMAT_VALUE             4 (with format)',
        '             38 BINARY_OP               13 (+=)',
        '             40 BINARY_OP               25 (^=)',
        '             42 MAKE_FUNCTION            9 (defaults, closure)',
        "             44 KW_NAMES                 1 (('a', 'b'))",
        '             46 CALL                     2',
        '             48 CALL_INTRINSIC_1         6 (INTRINSIC_LIST_TO_TUPLE)',
        '             50 CALL_INTRINSIC_2         1 (INTRINSIC_PREP_RERAISE_STAR)',
        '             52 LOAD_CONST               2 ("it\'s")',
        '             54 LOAD_CONST               3 (frozenset({1, 2, 3}))',
        '',
        '  7     >>   56 EXTENDED_ARG             1',
        '             58 LOAD_CONST             300',
        '             60 JUMP_BACKWARD            3 (to 56)',
        '             62 RERAISE                  1',
        'ExceptionTable:',
        '  4 to 18 -> 66 [1] lasti',
        '  20 to 20 -> 70 [0]',
        '',
      ].join('\n'),
    );
    // Jump targets and handlers are marked.
    const instrs = getInstructions(code);
    expect(instrs.find((i) => i.offset === 56)!.is_jump_target).toBe(true);
  });

  it('widens the line and offset columns like dis', () => {
    const code = handCode({
      co_firstlineno: 1200,
      co_consts: [null],
      code: [['RESUME', 0, 1200], ...Array.from({ length: 5100 }, (): [string, number] => ['NOP', 0]), ['RETURN_CONST', 0, 12345]],
    });
    const lines = disassemble(code).split('\n');
    // line width 5 (max line 12345), offset width 5 (max offset 10202)
    expect(lines[0]).toBe(' 1200' + ' '.repeat(8) + '    0 RESUME                   0');
    expect(lines[1]).toBe(' '.repeat(13) + '    2 NOP');
    expect(lines[lines.length - 2]).toBe('12345' + ' '.repeat(8) + '10202 RETURN_CONST             0 (None)');
  });

  it('omits the line column when there are no lines', () => {
    const code = handCode({ co_consts: [null], code: [['NOP', 0, null], ['RETURN_CONST', 0]] });
    expect(disassemble(code)).toBe('          0 NOP\n          2 RETURN_CONST             0 (None)\n');
  });

  it('never throws on garbage bytecode', () => {
    const code = handCode({ code: [] });
    const bad = Object.assign(Object.create(Object.getPrototypeOf(code)), code, {
      co_code: Uint8Array.from([100, 7, 116, 9, 255, 3, 3, 137, 200, 1, 93]),
      co_linetable: Uint8Array.from([255, 1]),
      co_exceptiontable: Uint8Array.from([0x80, 0x41]),
    });
    const out = disassemble(bad);
    expect(out).toContain('<255>');
    expect(out).toContain('LOAD_CONST               7');
  });
});
