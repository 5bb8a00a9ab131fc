import { describe, expect, it } from 'vitest';
import { EXP_CASES, LOG2_CASES, LOG_CASES, LOG_DD_CASES, POW_CASES } from './data/pow-cases.js';
import { fastExp, fastLog, fastLog2, fastPow, logPartsForTest } from '../../src/numeric/pow-kernel.js';
import { crExp, crLog, crLog2, powPositiveSlow } from '../../src/numeric/libm.js';
import { floatPow } from '../../src/numeric/float-arith.js';
import { jsLibm, libm } from '../../src/numeric/c-libm.js';
import { NumericError } from '../../src/numeric/errors.js';

function pow(x: number, y: number): number | string {
  try {
    return floatPow(x, y);
  } catch (e) {
    if (e instanceof NumericError) return e.kind;
    throw e;
  }
}

function mismatches<R extends unknown[]>(rows: R[], got: (row: R) => unknown, want: (row: R) => unknown): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const g = got(row);
    const w = want(row);
    if (!Object.is(g, w)) out.push(`${JSON.stringify(row)}: got ${String(g)}`);
  }
  return out;
}

// A small LCG, so that every run checks the same arguments.
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('float ** float, math.exp, math.log: CPython 3.12 (glibc) and the correctly rounded value', () => {
  // glibc differs from the correctly rounded value within ~0.001 ulp of a halfway point, and then
  // gilvm gives the correctly rounded value; the generator found no such row in these cases.
  it('x ** y', () => {
    expect(mismatches(POW_CASES, ([x, y]) => pow(x, y), (r) => r[3])).toEqual([]);
    expect(mismatches(POW_CASES, ([x, y]) => pow(x, y), (r) => r[2])).toEqual([]);
  });
  it('exp(x)', () => {
    const f = (x: number): number | string => {
      const r = crExp(x);
      return r === Infinity ? 'OverflowError' : r;
    };
    expect(mismatches(EXP_CASES, ([x]) => f(x), (r) => r[2])).toEqual([]);
    expect(mismatches(EXP_CASES, ([x]) => f(x), (r) => r[1])).toEqual([]);
  });
  it('log(x)', () => {
    expect(mismatches(LOG_CASES, ([x]) => crLog(x), (r) => r[2])).toEqual([]);
    expect(mismatches(LOG_CASES, ([x]) => crLog(x), (r) => r[1])).toEqual([]);
  });
  it('log2(x)', () => {
    expect(mismatches(LOG2_CASES, ([x]) => crLog2(x), (r) => r[2])).toEqual([]);
    expect(mismatches(LOG2_CASES, ([x]) => crLog2(x), (r) => r[1])).toEqual([]);
  });
});

/**
 * glibc 2.36 (x86-64) is not quite correctly rounded: on random arguments about one pow or exp
 * in 1300, one log in 7000 and one log2 in 4000 come out an ulp from the correctly rounded value,
 * and CPython prints glibc's. So does gilvm, which calls the C library (c-libm.ts); its own
 * evaluations (the fallback where no C library loads) give the correctly rounded value (checked
 * with mpmath): matching glibc bit for bit would take its own tables and FMA evaluation order.
 * [function, x, y, CPython 3.12, correctly rounded]
 */
const GLIBC_MISROUNDED: [string, number, number, number, number][] = [
  ['pow', 2.9904803605152965, -3.5612717500286077, 0.020218883879842702, 0.0202188838798427],
  ['pow', 0.27622176788367175, -1.5, 6.888317382194916, 6.888317382194917],
  ['pow', 513.10856831436, 3, 135091430.58575955, 135091430.58575952],
  ['exp', 1.3028836476891037, 0, 3.679892897029008, 3.6798928970290086],
  ['log', 1.110179990116812, 0, 0.1045221554372133, 0.10452215543721328],
  ['log2', 2.8433970539282107, 0, 1.507615572014492, 1.5076155720144917],
];

describe("where glibc misrounds: CPython's value from the C library, the correctly rounded one from gilvm's own", () => {
  for (const [fn, x, y, cpython, correct] of GLIBC_MISROUNDED) {
    it(`${fn}(${x}${fn === 'pow' ? `, ${y}` : ''})`, () => {
      const own = fn === 'pow' ? jsLibm.pow(x, y) : fn === 'exp' ? crExp(x) : fn === 'log' ? crLog(x) : crLog2(x);
      expect(own).toBe(correct);
      expect(own).not.toBe(cpython);
      if (libm().source === 'host') {
        const c = fn === 'pow' ? floatPow(x, y) : fn === 'exp' ? libm().exp(x) : fn === 'log' ? libm().log(x) : libm().log2(x);
        expect(c).toBe(cpython);
      }
    });
  }
});

describe('the fast kernel (pow-kernel.ts)', () => {
  it('decides almost every ordinary case, and then agrees with the correctly rounded value', () => {
    let undecided = 0;
    let ordinary = 0;
    for (const [x, y, , want] of POW_CASES) {
      if (x < 0 || typeof want !== 'number' || Math.abs(want) < 2.2250738585072014e-308) continue;
      ordinary++;
      const r = fastPow(x, y);
      if (r !== r) undecided++;
      else expect(r, `${x} ** ${y}`).toBe(want);
    }
    expect(undecided).toBeLessThan(ordinary * 0.01);
    for (const [x, , want] of EXP_CASES) {
      const r = fastExp(x);
      if (r === r) expect(r, `exp(${x})`).toBe(want);
    }
    for (const [x, , want] of LOG_CASES) {
      const r = fastLog(x);
      if (r === r) expect(r, `log(${x})`).toBe(want);
    }
    let log2Undecided = 0;
    for (const [x, , want] of LOG2_CASES) {
      const r = fastLog2(x);
      if (r === r) expect(r, `log2(${x})`).toBe(want);
      else log2Undecided++;
    }
    expect(log2Undecided).toBeLessThan(LOG2_CASES.length * 0.01);
  });

  it('agrees with the slow ~100-bit evaluation on random arguments, wherever it decides', () => {
    const rnd = lcg(17);
    const bad: string[] = [];
    let undecided = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const kind = i % 5;
      const x =
        kind === 0 ? Math.exp(rnd() * 10 - 3)
        : kind === 1 ? 1 + (rnd() - 0.5) * 0.02
        : kind === 2 ? Math.exp((rnd() - 0.5) * 1400)
        : kind === 3 ? 1 + (rnd() - 0.5) * 1e-9
        : rnd() * 4;
      const logx = Math.abs(Math.log(x)) || 1;
      // exponents that keep the result in the normal range
      const y = kind === 0 ? [-1.5, 1.5, 3, -2, 0.25, 1 / 3, 2.5][i % 7]! : ((rnd() - 0.5) * 1400) / logx;
      const r = fastPow(x, y);
      if (r !== r) {
        undecided++;
        continue;
      }
      const slow = powPositiveSlow(x, y);
      if (!Object.is(r, slow)) bad.push(`${x} ** ${y}: fast ${r}, slow ${slow}`);
    }
    expect(bad).toEqual([]);
    expect(undecided).toBeLessThan(n * 0.01);
  });

  it("the log's error bound holds with room to spare", () => {
    // measured: at most about 0.15 of the bound (with mpmath, on a few hundred thousand arguments)
    for (const [x, refHi, refLo] of LOG_DD_CASES) {
      const [hi, lo, err] = logPartsForTest(x);
      const error = Math.abs(hi - refHi + (lo - refLo));
      expect(error, `log(${x})`).toBeLessThan(err / 2);
    }
  });

  it('leaves the hard cases to the slow path', () => {
    // exactly halfway between two doubles: 5**23 has 54 significant bits
    expect(fastPow(5, 23)).toBeNaN();
    expect(floatPow(5, 23)).toBe(11920928955078124); // ties to even
    // subnormal and overflowing results
    expect(fastPow(2, -1060)).toBeNaN();
    expect(floatPow(2, -1060)).toBe(2 ** -1060);
    expect(floatPow(3, -700)).toBe(powPositiveSlow(3, -700));
    expect(fastExp(-740)).toBeNaN();
    expect(crExp(-740)).toBe(4.2e-322);
    expect(crExp(710)).toBe(Infinity);
    expect(() => floatPow(10, 400)).toThrow(NumericError);
    // subnormal bases are fine
    expect(fastPow(5e-324, -0.5)).toBe(powPositiveSlow(5e-324, -0.5));
    expect(fastLog(5e-324)).toBe(-744.4400719213812);
  });

  it('exact results come out exact', () => {
    expect(floatPow(3, 20)).toBe(3486784401);
    expect(floatPow(2, -30)).toBe(2 ** -30);
    expect(floatPow(7, -2)).toBe(1 / 49);
    expect(floatPow(16, 0.25)).toBe(2);
    expect(floatPow(1.5, 3)).toBe(3.375);
    expect(floatPow(-2, 3)).toBe(-8);
    expect(floatPow(10, -1)).toBe(0.1);
    expect(crLog(1)).toBe(0);
    expect(fastLog(1)).toBe(0);
    expect(fastLog2(1)).toBe(0);
    expect(fastLog2(2 ** -1074)).toBe(-1074);
    expect(fastLog2(2 ** 1023)).toBe(1023);
    expect(crExp(0.5e-300)).toBe(1);
  });

  it('x just below 1 to a huge power (k log 2 and log m cancelled in the old slow path)', () => {
    expect(powPositiveSlow(0.9999999997280181, 31132212282.303883)).toBe(0.00021021123081952682);
    expect(floatPow(0.9999999997280181, 31132212282.303883)).toBe(0.00021021123081952682);
    expect(floatPow(0.9999999999403305, 1556205751.141948)).toBe(0.9113228935363435);
  });
});
