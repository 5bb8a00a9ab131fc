import { describe, expect, it } from 'vitest';
import { LIBM } from './data/libm-cases.js';
import { jsLibm, libm, type Libm } from '../../src/numeric/c-libm.js';
import { gilvm } from '../cli/helpers.js';

/** The table's functions as C calls them (its glibc column is CPython's math on Linux). */
const CALLS: Record<string, (m: Libm, x: number, y: number) => number> = {
  sin: (m, x) => m.sin(x),
  cos: (m, x) => m.cos(x),
  atan2: (m, x, y) => m.atan2(y, x),
  exp: (m, x) => (x < 709 ? m.exp(x) : Infinity),
  log: (m, x) => m.log(Math.abs(x)),
  pow: (m, x, y) => m.pow(Math.sqrt(Math.abs(y)), (x % 97) / 2),
  tan: (m, x) => m.tan(x),
  asin: (m, x) => m.asin(x % 1),
  acos: (m, x) => m.acos(x % 1),
  sinh: (m, x) => m.sinh(x),
  cosh: (m, x) => m.cosh(x),
  tanh: (m, x) => m.tanh(x),
  asinh: (m, x) => m.asinh(x),
  acosh: (m, x) => m.acosh(1 + Math.abs(x)),
  atanh: (m, x) => m.atanh(x % 1),
  expm1: (m, x) => m.expm1(x),
  log1p: (m, x) => m.log1p(Math.abs(x)),
};

function mismatches(m: Libm, name: string): string[] {
  const call = CALLS[name]!;
  const out: string[] = [];
  for (const [x, y, expected] of LIBM) {
    const glibc = expected[name]![1];
    const got = call(m, x, y);
    if (!Object.is(got, glibc)) out.push(`${name}(${x}, ${y}): glibc ${glibc}, got ${got}`);
  }
  return out;
}

describe.runIf(process.platform === 'linux')("the host's C library (glibc), as CPython on Linux calls it", () => {
  it('loads', () => {
    expect(libm().source).toBe('host');
  });

  for (const name of Object.keys(CALLS)) {
    it(`${name} gives glibc's bits for every case of the table`, () => {
      expect(mismatches(libm(), name)).toEqual([]);
    });
  }

  it("gives glibc's misrounded results, which no correctly rounded evaluation gives", () => {
    const m = libm();
    expect(m.cbrt(-27)).toBe(-3.0000000000000004);
    expect(m.cbrt(0.125)).toBe(0.49999999999999994);
    expect(m.erf(0.37213465938677714)).toBe(0.40130485192479404);
    expect(m.erfc(3)).toBe(2.2090496998585438e-5);
    expect(jsLibm.cbrt(-27)).toBe(-3);
    expect(jsLibm.erf(0.37213465938677714)).toBe(0.4013048519247941);
  });

  it("agrees with the own evaluations on C99's special values, and the own pow is C's pow everywhere", () => {
    const special = [0, -0, Infinity, -Infinity, NaN];
    const m = libm();
    const differ: string[] = [];
    for (const name of Object.keys(jsLibm) as (keyof Libm)[]) {
      if (name === 'source' || name === 'pow' || name === 'atan2' || name === 'hypot') continue;
      for (const x of special) if (!Object.is(jsLibm[name](x), m[name](x))) differ.push(`${name}(${x})`);
    }
    for (const name of ['atan2', 'hypot'] as const) {
      for (const x of special) for (const y of special) if (!Object.is(jsLibm[name](x, y), m[name](x, y))) differ.push(`${name}(${x}, ${y})`);
    }
    // pow: bases and exponents of every kind, negative bases included
    const values = [...special, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1e308, -1e308, 5e-324, 2 ** 64, 1e19, -(2 ** 60), 0.25];
    for (const x of values) for (const y of values) if (!Object.is(jsLibm.pow(x, y), m.pow(x, y))) differ.push(`pow(${x}, ${y})`);
    // huge exponents of the bases next to 1: still in range below 2**64, past it above
    for (const x of [1 - 2 ** -53, 1 + 2 ** -52, 1 - 2 ** -40]) {
      for (const y of [1e15, 2 ** 60, 2 ** 63, 2 ** 64, 1e19, -1e15, -(2 ** 64)]) {
        if (!Object.is(jsLibm.pow(x, y), m.pow(x, y))) differ.push(`pow(${x}, ${y})`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('GILVM_LIBM=js selects the project\'s own evaluations in the worker', () => {
    const program = 'import math; print(math.cbrt(-27.0), math.erfc(3.0), 10.0 ** 23)';
    const host = gilvm(['-c', program]);
    const js = gilvm(['-c', program], { env: { GILVM_LIBM: 'js' } });
    expect(host.stdout).toBe('-3.0000000000000004 2.2090496998585438e-05 1.0000000000000001e+23\n');
    expect(js.stdout).toBe('-3.0 2.209049699858544e-05 1e+23\n');
  });
});

describe("the project's own evaluations (every platform's fallback)", () => {
  it('agree with glibc but for rare last bits', () => {
    for (const name of Object.keys(CALLS)) {
      expect(mismatches(jsLibm, name).length, name).toBeLessThan(LIBM.length * 0.02);
    }
  });
});
