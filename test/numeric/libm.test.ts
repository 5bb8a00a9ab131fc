import { describe, expect, it } from 'vitest';
import { LIBM } from './data/libm-cases.js';
import { crSin, crCos, crTan, crAsin, crAcos, crAtan2, crExp, crLog, crHypot, powPositive } from '../../src/numeric/libm.js';
import { glibcSinh, glibcCosh, glibcTanh, glibcAsinh, glibcAcosh } from '../../src/numeric/libm-fdlibm.js';

const FNS: Record<string, (x: number, y: number) => number> = {
  sin: (x) => crSin(x),
  cos: (x) => crCos(x),
  atan2: (x, y) => crAtan2(y, x),
  exp: (x) => crExp(x),
  log: (x) => crLog(Math.abs(x)),
  hypot: (x, y) => crHypot(x, y),
  pow: (x, y) => powPositive(Math.sqrt(Math.abs(y)), (x % 97) / 2),
  tan: (x) => crTan(x),
  asin: (x) => crAsin(x % 1),
  acos: (x) => crAcos(x % 1),
  sinh: (x) => glibcSinh(x),
  cosh: (x) => glibcCosh(x),
  tanh: (x) => glibcTanh(x),
  asinh: (x) => glibcAsinh(x),
  acosh: (x) => glibcAcosh(1 + Math.abs(x)),
  atanh: (x) => Math.atanh(x % 1),
  expm1: (x) => Math.expm1(x),
  log1p: (x) => Math.log1p(Math.abs(x)),
};

/** Where glibc keeps fdlibm's formulas (not correctly rounded), gilvm follows glibc. */
const GLIBC_FORMULA = new Set(['sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'expm1', 'log1p']);

describe('elementary functions: correctly rounded (mpmath), or as glibc where glibc is not', () => {
  for (const name of Object.keys(FNS)) {
    it(name, () => {
      const f = FNS[name]!;
      const notCorrect: string[] = [];
      const notGlibc: string[] = [];
      for (const [x, y, expected] of LIBM) {
        const [correct, glibc] = expected[name]!;
        const got = f(x, y);
        if (!Object.is(got, correct)) notCorrect.push(`${name}(${x}, ${y}): expected ${correct}, got ${got}`);
        if (!Object.is(got, glibc)) notGlibc.push(`${name}(${x}, ${y}): glibc ${glibc}, got ${got}`);
      }
      if (GLIBC_FORMULA.has(name)) {
        // glibc's own exp and log1p misround a few halfway-close values that these formulas pass through
        expect(notGlibc.length, notGlibc.join('\n')).toBeLessThanOrEqual(2);
      } else {
        expect(notCorrect).toEqual([]);
        // and so CPython's value on Linux, but for glibc's rare misroundings
        expect(notGlibc.length).toBeLessThan(LIBM.length * 0.02);
      }
    });
  }
});

describe('crAtan2 at the ends of the double range', () => {
  it('scales huge and tiny arguments instead of overflowing the double-double division', () => {
    const cases: [number, number, number][] = [
      [1e300, 1e308, 1e-8],
      [1e308, 1e300, 1.5707963167948966],
      [1e308, 1e308, 0.7853981633974483],
      [-1e308, -1e307, -1.6704649792860586],
      [1e-310, 3e-310, 0.3217505543966422],
      [5e-324, 5e-324, 0.7853981633974483],
      [2 ** 600, 3 * 2 ** 600, 0.3217505543966422],
    ];
    for (const [y, x, want] of cases) expect(crAtan2(y, x)).toBe(want);
  });
});
