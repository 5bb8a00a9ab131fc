import { describe, it } from 'vitest';
import { checkTable } from './expected.js';
import * as T from './data/math-cases.js';
import * as N from '../../src/numeric/index.js';

const ONE: Record<string, (x: number) => unknown> = {
  sqrt: N.mathSqrt, exp: N.mathExp, exp2: N.mathExp2, log: (x) => N.mathLog(x), log2: N.mathLog2, log10: N.mathLog10,
  sin: N.mathSin, cos: N.mathCos, tan: N.mathTan, atan: N.mathAtan, fabs: N.mathFabs, asin: N.mathAsin, acos: N.mathAcos,
  sinh: N.mathSinh, cosh: N.mathCosh, acosh: N.mathAcosh, atanh: N.mathAtanh, expm1: N.mathExpm1, log1p: N.mathLog1p,
  frexp: N.mathFrexp, modf: N.mathModf, ulp: N.mathUlp, degrees: N.mathDegrees, radians: N.mathRadians,
};
const LOG: Record<string, (x: bigint) => number> = { log: (x) => N.mathLog(x), log2: N.mathLog2, log10: N.mathLog10 };

describe('math module (CPython 3.12 tables)', () => {
  it('one-argument functions', () => checkTable(T.MATH_ONE_ARG, (name: string, x: number) => ONE[name]!(x)));
  it('logs of ints of any size', () => checkTable(T.MATH_LOG_INT, (n: bigint, name: string) => LOG[name]!(n)));
  it('log(x, base)', () => checkTable(T.MATH_LOG_BASE, N.mathLog));
  it('pow', () => checkTable(T.MATH_POW, N.mathPow));
  it('fmod', () => checkTable(T.MATH_FMOD, N.mathFmod));
  it('atan2', () => checkTable(T.MATH_ATAN2, N.mathAtan2));
  it('copysign', () => checkTable(T.MATH_COPYSIGN, N.mathCopysign));
  it('hypot', () => checkTable(T.MATH_HYPOT, N.mathHypot2));
  it('ldexp', () => checkTable(T.MATH_LDEXP, N.mathLdexp));
  it('nextafter', () =>
    checkTable(T.MATH_NEXTAFTER, (x: number, y: number, steps: bigint | null) => N.mathNextafter(x, y, steps ?? undefined)));
  it('isclose', () => checkTable(T.MATH_ISCLOSE, N.mathIsclose));
  it('isqrt', () => checkTable(T.MATH_ISQRT, N.mathIsqrt));
  it('gcd', () => checkTable(T.MATH_GCD, N.mathGcd));
  it('lcm', () => checkTable(T.MATH_LCM, N.mathLcm));
  it('factorial', () => checkTable(T.MATH_FACTORIAL, N.mathFactorial));
  it('comb', () => checkTable(T.MATH_COMB, N.mathComb));
  it('perm', () => checkTable(T.MATH_PERM, (n: bigint, k: bigint | null) => N.mathPerm(n, k ?? undefined)));
  it('fsum', () => checkTable(T.MATH_FSUM, N.mathFsum));
  it('hypot(*coordinates)', () => checkTable(T.MATH_HYPOT_N, (xs: number[]) => N.mathHypot(...xs)));
  it('dist', () => checkTable(T.MATH_DIST, N.mathDist));
});
