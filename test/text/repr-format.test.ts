// repr/ascii/bytes repr and format(str, spec) against CPython 3.12.1 (fixtures/repr-format.json
// is written by gen/fmt_cases.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextError } from '../../src/text/errors.js';
import { formatStr, parseFormatSpec } from '../../src/text/format-spec.js';
import { bytearrayRepr, bytesRepr, strAscii, strRepr } from '../../src/text/repr.js';

type Result = { ok: unknown } | { err: [string, string] };
interface Fixture {
  repr: [string, Result][];
  ascii: [string, Result][];
  bytes: [string, string, string][];
  format: [string, string, Result][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/repr-format.json', import.meta.url), 'utf8')) as Fixture;

function run(f: () => unknown): Result {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof TextError) return { err: [e.kind, e.message] };
    throw e;
  }
}

const fromHex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));

describe('repr', () => {
  it.each(fx.repr)('repr(%j)', (s, exp) => expect(run(() => strRepr(s))).toEqual(exp));
  it.each(fx.ascii)('ascii(%j)', (s, exp) => expect(run(() => strAscii(s))).toEqual(exp));
  it.each(fx.bytes)('bytes %s', (h, r, ba) => {
    expect(bytesRepr(fromHex(h))).toBe(r);
    expect(bytearrayRepr(fromHex(h))).toBe(ba);
  });
});

describe('format(str, spec)', () => {
  it.each(fx.format)('format(%j, %j)', (s, spec, exp) => expect(run(() => formatStr(s, spec))).toEqual(exp));
});

describe('parseFormatSpec for numbers', () => {
  it('the 0 flag means = alignment when numbers align right by default', () => {
    const f = parseFormatSpec('+#010,.3f', { typeName: 'float', defaultType: '', defaultAlign: '>' });
    expect(f).toMatchObject({ fill: '0', align: '=', sign: '+', alternate: true, zeroPad: true, width: 10, grouping: ',', precision: 3, type: 'f' });
  });
  it("'_' is allowed with x but ',' is not (CPython: Cannot specify ',' with 'x'.)", () => {
    expect(parseFormatSpec('_x', { typeName: 'int', defaultType: 'd', defaultAlign: '>' }).grouping).toBe('_');
    expect(() => parseFormatSpec(',x', { typeName: 'int', defaultType: 'd', defaultAlign: '>' })).toThrow("Cannot specify ',' with 'x'.");
  });
});

describe('parseFormatSpec errors for int and float match CPython (sample of every spec shape)', () => {
  const specs = JSON.parse(
    readFileSync(new URL('./fixtures/format-spec-numbers.json', import.meta.url), 'utf8'),
  ) as [string, 'int' | 'float', string | null][];
  it(`${specs.length} specs`, () => {
    const bad: string[] = [];
    for (const [spec, typeName, exp] of specs) {
      let got: string | null = null;
      try {
        parseFormatSpec(spec, { typeName, defaultType: typeName === 'int' ? 'd' : '', defaultAlign: '>' });
      } catch (e) {
        got = (e as Error).message;
      }
      if (got !== exp) bad.push(`${JSON.stringify(spec)} ${typeName}: got ${got}, CPython ${exp}`);
    }
    expect(bad).toEqual([]);
  });
});
