/**
 * The parser against CPython 3.12.1: ASTs of fixture files (dumped with
 * tools/pyast2json.py under python3.12), error messages and locations
 * (fixtures/parser/errors*.json, from CPython 3.12.1's compile()), the other
 * parse modes, literal decoding, and robustness (fast-check: random token
 * soups and mutated programs give an AST or a PySyntaxError, nothing else).
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ellipsis, PyComplex } from '../../src/compiler/ast.js';
import type * as A from '../../src/compiler/ast.js';
import { PyCompileRecursionError, PySyntaxError } from '../../src/compiler/errors.js';
import { parse } from '../../src/compiler/parser.js';
import { decodeStrEscapes, lookupUnicodeName, parseNumber } from '../../src/compiler/strings.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'parser');

const POS = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
const RAW = new Set([...POS, 'level', 'is_async', 'simple', 'conversion']);

/** Both trees in pyast2json's JSON convention (positions inside f-strings included: they match 3.12's). */
function norm(x: unknown, inF = false): unknown {
  if (x === null || typeof x === 'boolean' || typeof x === 'string') return x;
  if (typeof x === 'bigint') return { $int: x.toString() };
  if (typeof x === 'number') return { $float: Object.is(x, -0) ? '-0' : String(x) };
  if (x instanceof PyComplex) return { $complex: [String(x.real), String(x.imag)] };
  if (x instanceof Uint8Array) return { $bytes: Array.from(x) };
  if (x === Ellipsis) return { $ellipsis: true };
  if (Array.isArray(x)) return x.map((y) => norm(y, inF));
  if (typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if ('$float' in o) {
      const v = o.$float as string;
      const n = v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : parseFloat(v);
      return { $float: Object.is(n, -0) ? '-0' : String(n) };
    }
    if ('$complex' in o) return { $complex: (o.$complex as string[]).map((v) => String(v === 'inf' ? Infinity : parseFloat(v))) };
    if ('$bytes' in o || '$int' in o || '$ellipsis' in o) return o;
    const f = inF;
    const r: Record<string, unknown> = {};
    for (const k of Object.keys(o).sort()) {
      if (f && POS.has(k)) continue;
      r[k] = RAW.has(k) ? o[k] : norm(o[k], f);
    }
    return r;
  }
  return x;
}

function p(src: string, mode: 'exec' | 'eval' | 'single' | 'func_type' = 'exec'): A.Mod {
  return parse(src, '<test>', mode);
}

function expr(src: string): A.Expr {
  return (p(src, 'eval') as A.Expression).body;
}

describe('parser: ASTs equal to CPython 3.12', () => {
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.py'))) {
    it(f, () => {
      const src = readFileSync(join(FIXTURES, f), 'utf8');
      const want = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.py$/, '.json')), 'utf8'));
      expect(norm(parse(src, f, 'exec'))).toEqual(norm(want));
    });
  }
});

describe('parser: errors as CPython 3.12 reports them', () => {
  const cases = [
    ...(JSON.parse(readFileSync(join(FIXTURES, 'errors.json'), 'utf8')) as [string, ...unknown[]][]),
    // stdlib snippets with one random edit each
    ...(JSON.parse(readFileSync(join(FIXTURES, 'errors-mutated.json'), 'utf8')) as [string, ...unknown[]][]),
  ];
  for (const [src, ...want] of cases) {
    it(JSON.stringify(src).slice(0, 100), () => {
      let got: unknown[] = [null];
      try {
        parse(src, 'x.py', 'exec');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
      }
      expect(got).toEqual(want);
    });
  }

  it('carries the file name and line text', () => {
    try {
      parse('x = 1\nif x\n    pass\n', 'mod.py', 'exec');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PySyntaxError);
      const s = e as PySyntaxError;
      expect([s.filename, s.lineno, s.offset, s.text]).toEqual(['mod.py', 2, 5, 'if x']);
    }
  });
});

describe('parser: modes', () => {
  it('eval', () => {
    const m = p('1 + 2\n\n', 'eval');
    expect(m._type).toBe('Expression');
    expect((m as A.Expression).body._type).toBe('BinOp');
    expect(() => p('x = 1', 'eval')).toThrow(PySyntaxError);
  });
  it('single', () => {
    const m = p('x = 1; y = 2\n', 'single') as A.Interactive;
    expect(m._type).toBe('Interactive');
    expect(m.body.length).toBe(2);
    expect(() => p('x = 1\ny = 2\n', 'single')).toThrow(/multiple statements/);
  });
  it('func_type', () => {
    const m = p('(int, *str) -> bool', 'func_type') as A.FunctionType;
    expect(m.argtypes.map((a) => a._type)).toEqual(['Name', 'Name']); // CPython drops the star
    expect(m.returns._type).toBe('Name');
  });
  it('empty source', () => {
    expect(p('')).toEqual({ _type: 'Module', body: [], type_ignores: [] });
  });
});

describe('parser: details', () => {
  it('contexts of targets', () => {
    const m = p('a, [b, *c], d.e, f[0] = x\ndel g, (h, i)\nfor j, k in l: pass\n') as A.Module;
    const as = m.body[0] as A.Assign;
    const t = as.targets[0] as A.Tuple;
    expect(t.ctx).toBe('Store');
    const l = t.elts[1] as A.List;
    expect([l.ctx, (l.elts[0] as A.Name).ctx, (l.elts[1] as A.Starred).ctx, ((l.elts[1] as A.Starred).value as A.Name).ctx]).toEqual(
      ['Store', 'Store', 'Store', 'Store'],
    );
    expect((t.elts[2] as A.Attribute).ctx).toBe('Store');
    expect(((t.elts[2] as A.Attribute).value as A.Name).ctx).toBe('Load');
    const d = m.body[1] as A.Delete;
    expect((d.targets[1] as A.Tuple).ctx).toBe('Del');
    expect(((d.targets[1] as A.Tuple).elts[0] as A.Name).ctx).toBe('Del');
  });

  it('f-string debug text and conversions', () => {
    const j = expr('f"{x=}{y!a}{ z = :>3}"') as A.JoinedStr;
    expect(j.values.map((v) => (v._type === 'Constant' ? v.value : (v as A.FormattedValue).conversion))).toEqual([
      'x=',
      114,
      97,
      ' z = ',
      -1,
    ]);
  });

  it('kind u and implicit concatenation', () => {
    expect(expr('u"a" "b"')).toMatchObject({ _type: 'Constant', value: 'ab', kind: 'u' });
    expect(expr('"a" u"b"')).toMatchObject({ _type: 'Constant', value: 'ab', kind: null });
    expect(expr('b"a" b"\\x00"')).toMatchObject({ value: Uint8Array.from([97, 0]) });
  });

  it('numbers', () => {
    expect(parseNumber('0x_ff')).toBe(255n);
    expect(parseNumber('1_000.5e-3')).toBe(1.0005);
    expect(parseNumber('10j')).toEqual({ imag: 10 });
    expect(parseNumber('0o17')).toBe(15n);
    expect(parseNumber('0B101')).toBe(5n);
    expect(parseNumber('123456789012345678901234567890')).toBe(123456789012345678901234567890n);
    expect(expr('1e400')).toMatchObject({ value: Infinity });
  });

  it('string escapes and Unicode names', () => {
    expect(decodeStrEscapes('\\N{BULLET}\\N{latin small letter sharp s}\\u00e9\\U0001F600\\101\\x41\\q')).toBe('\u2022\u00df\u00e9\u{1F600}AA\\q');
    expect(lookupUnicodeName('CJK UNIFIED IDEOGRAPH-8000')).toBe(0x8000);
    expect(lookupUnicodeName('HANGUL SYLLABLE GAG')).toBe(0xac01);
    expect(lookupUnicodeName('NO SUCH NAME')).toBe(-1);
    expect(() => p('"\\N{NO SUCH NAME}"')).toThrow(/unknown Unicode character name/);
    expect(() => p('b"é"')).toThrow(/bytes can only contain ASCII literal characters/);
    expect(() => p('"\\x4"')).toThrow(/truncated \\xXX escape/);
  });

  it('identifiers are NFKC-normalized', () => {
    expect(expr('ｗｉｄｔｈ')).toMatchObject({ _type: 'Name', id: 'width' });
  });

  it('soft keywords stay names outside their statements', () => {
    const m = p('match = 1\ncase = 2\ntype = 3\n_ = 4\nmatch(x)\ntype(x)\nprint(match, case, type, _)\n') as A.Module;
    expect(m.body.length).toBe(7);
  });
});

describe('parser: robustness', () => {
  function onlySyntaxErrors(src: string): void {
    try {
      parse(src, '<fuzz>', 'exec');
    } catch (e) {
      if (e instanceof PySyntaxError || e instanceof PyCompileRecursionError) return;
      throw e;
    }
  }

  it('deep nesting is an error, never a JS stack overflow', () => {
    const deep = [
      '('.repeat(10000),
      '-'.repeat(100000) + 'x',
      'not '.repeat(50000) + 'x',
      'lambda:'.repeat(20000) + 'x',
      'a if b else '.repeat(20000) + 'c',
      'a**'.repeat(50000) + 'a',
      '['.repeat(10000),
      'f"{'.repeat(300) + '}"'.repeat(300),
      'x = ' + '*'.repeat(10000) + 'a',
      'match x:\n case ' + '['.repeat(10000) + ']'.repeat(10000) + ':\n  pass\n',
    ];
    for (const src of deep) expect(() => onlySyntaxErrors(src)).not.toThrow();
    expect(() => p('-'.repeat(100000) + 'x')).toThrow(PyCompileRecursionError);
  });

  const TOKENS = [
    'x', 'y', '1', '2.5', '3j', '"s"', "b'b'", 'f"{x}"', 'f"{', '}', '(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '...',
    '=', '==', ':=', '+', '-', '*', '**', '/', '//', '%', '@', '|', '&', '^', '~', '<', '>', '<=', '->', '+=', '!',
    'if', 'else', 'elif', 'for', 'in', 'while', 'def', 'class', 'return', 'yield', 'lambda', 'not', 'and', 'or', 'is',
    'import', 'from', 'as', 'with', 'try', 'except', 'finally', 'raise', 'del', 'pass', 'break', 'global', 'nonlocal',
    'async', 'await', 'match', 'case', 'type', '_', 'None', 'True', '\n', '\n    ', '\n  ', '\\\n', '#c\n', ' ',
  ];

  it('random token soups give an AST or a PySyntaxError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (toks) => {
        onlySyntaxErrors(toks.join(' '));
        onlySyntaxErrors(toks.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('mutated valid programs give an AST or a PySyntaxError', () => {
    const base = readdirSync(FIXTURES)
      .filter((n) => n.endsWith('.py'))
      .map((n) => readFileSync(join(FIXTURES, n), 'utf8'));
    fc.assert(
      fc.property(
        fc.constantFrom(...base),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom(...TOKENS, '', '', '')), { minLength: 1, maxLength: 4 }),
        (src, edits) => {
          let s = src;
          for (const [at, len, ins] of edits) {
            const i = at % (s.length + 1);
            s = s.slice(0, i) + ins + s.slice(i + len);
          }
          onlySyntaxErrors(s);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('random text gives an AST or a PySyntaxError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => onlySyntaxErrors(s)),
      { numRuns: 2000 },
    );
  });
});
