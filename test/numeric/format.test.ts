import { describe, it } from 'vitest';
import { checkTable } from './expected.js';
import * as T from './data/format-cases.js';
import * as P from './data/percent-cases.js';
import {
  doubleToString, DTSF_ALT, formatInt, formatFloat, formatComplex, formatString, percentFormatNumber,
  type DoubleFormatCode, type PercentConversion, type Complex,
} from '../../src/numeric/index.js';

describe('format(x, spec) (CPython 3.12 tables)', () => {
  it("PyOS_double_to_string, through '%.<p><code>' % x", () =>
    checkTable(T.DOUBLE_TO_STRING, (x: number, code: DoubleFormatCode, p: bigint, alt: boolean) =>
      doubleToString(x, code, Number(p), alt ? DTSF_ALT : 0)));
  it('format(int, spec)', () => checkTable(T.FORMAT_INT, (v: bigint, spec: string) => formatInt(v, spec)));
  it('format(float, spec)', () => checkTable(T.FORMAT_FLOAT, (v: number, spec: string) => formatFloat(v, spec)));
  it('format(complex, spec)', () => checkTable(T.FORMAT_COMPLEX, (z: Complex, spec: string) => formatComplex(z.re, z.im, spec)));
  it('format(str, spec)', () => checkTable(T.FORMAT_STR, (s: string, spec: string) => formatString(s, spec)));
});

describe("'%...' % number (CPython 3.12 tables)", () => {
  it('every conversion, flag set, width and precision', () =>
    checkTable(P.PERCENT, (conv: PercentConversion, flags: string, width: bigint, prec: bigint, v: bigint | number) =>
      percentFormatNumber(conv, flags, Number(width), Number(prec), v)));
});
