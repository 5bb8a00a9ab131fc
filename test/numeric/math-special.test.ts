// gamma, lgamma, erf, erfc, remainder and sumprod's float accumulator against CPython 3.12.1 on Linux
// (values printed with float.hex()).
import { describe, expect, it } from 'vitest';
import { floatHex } from '../../src/numeric/float-hex.js';
import { NumericError } from '../../src/numeric/errors.js';
import { mathGamma, mathLgamma, mathRemainder, sinPi } from '../../src/numeric/math-gamma.js';
import { erfBigint, erfcBigint, mathErf, mathErfc } from '../../src/numeric/math-erf.js';
import { FloatDotAccumulator } from '../../src/numeric/math-sumprod.js';

function table(f: (x: number) => number, xs: number[], hexes: string[]): void {
  xs.forEach((x, k) => expect(floatHex(f(x)), `${x}`).toBe(hexes[k]));
}

function raises(f: () => unknown, kind: string, message: string): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(NumericError);
    expect((e as NumericError).kind).toBe(kind);
    expect((e as NumericError).message).toBe(message);
    return;
  }
  throw new Error('no error');
}

describe('gamma and lgamma (CPython\'s Lanczos approximation)', () => {
  it('values', () => {
    table(mathGamma, [0.5, 1.5, 4.25, 30.5, 150.5, -0.5, -2.25, -150.25, 1e-5], [
      '0x1.c5bf891b4ef6ap+0', '0x1.c5bf891b4ef6bp-1', '0x1.091f6ae0183fdp+3', '0x1.305adf049c819p+105', '0x1.2f26c34c6c255p+869',
      '-0x1.c5bf891b4ef6bp+1', '-0x1.be291d7349150p+0', '-0x1.65de469bae0f2p-873', '0x1.869f6c3c3e0bap+16',
    ]);
    table(mathLgamma, [0.5, 2.5, 7.75, 1e5, 1e300, -0.5, -3.3], [
      '0x1.250d048e7a1c0p-1', '0x1.2383e809a67f0p-2', '0x1.00d08e2072be8p+3', '0x1.00a97b57f4c2dp+20', '0x1.017f38e7a1ab5p+1006',
      '0x1.43f89a3f0edd4p+0', '-0x1.a611f6cda29c2p-1',
    ]);
  });
  it('exact factorials and special values', () => {
    expect(mathGamma(23)).toBe(1124000727777607680000);
    expect(mathGamma(Infinity)).toBe(Infinity);
    expect(mathGamma(-201.5)).toBe(0);
    expect(mathGamma(-202.5)).toBe(-0);
    expect(mathLgamma(-Infinity)).toBe(Infinity);
    expect(mathLgamma(1)).toBe(0);
    expect(sinPi(-0)).toBe(-0);
    expect(sinPi(3)).toBe(0);
  });
  it('errors', () => {
    for (const x of [0, -0, -1, -1e10, -Infinity]) raises(() => mathGamma(x), 'ValueError', 'math domain error');
    for (const x of [172, 1e-320, 500]) raises(() => mathGamma(x), 'OverflowError', 'math range error');
    for (const x of [0, -2]) raises(() => mathLgamma(x), 'ValueError', 'math domain error');
    raises(() => mathLgamma(1e306), 'OverflowError', 'math range error');
  });
});

describe('erf and erfc', () => {
  it('values', () => {
    table(mathErf, [0.5, 1.0, 2.0, 3.5, 1e-20], [
      '0x1.0a7ef5c18edd2p-1', '0x1.af767a741088bp-1', '0x1.fd9ae142795e3p-1', '0x1.ffffe710d565ep-1', '0x1.aa4a230244ae0p-67',
    ]);
    table(mathErfc, [0.5, 1.0, 7.0, 10.0, 27.0], [
      '0x1.eb02147ce245cp-2', '0x1.4226162fbddd5p-3', '0x1.94a28136fa731p-75', '0x1.7d8a7f2a8a2d0p-149', '0x0.0000000019e0fp-1022',
    ]);
  });
  it('glibc\'s formula below 2**-28', () => {
    table(mathErf, [5e-324, -1e-310, 2 ** -28 * 0.99, 3e-200, -7.5e-16], [
      '0x0.0000000000001p-1022', '-0x0.014c5898977c4p-1022', '0x1.1df9f667f618dp-28', '0x1.4baaf9abef9b1p-663', '-0x1.e7d987c080890p-51',
    ]);
  });
  it('special values', () => {
    expect(mathErf(-0)).toBe(-0);
    expect(mathErf(-Infinity)).toBe(-1);
    expect(mathErf(7)).toBe(1);
    expect(mathErfc(-Infinity)).toBe(2);
    expect(mathErfc(Infinity)).toBe(0);
    expect(mathErfc(30)).toBe(0);
    expect(Number.isNaN(mathErfc(NaN))).toBe(true);
  });
});

describe('erf and erfc: the double-double fast path rounds as the bigint evaluation', () => {
  it('random arguments below 3', () => {
    let seed = 12345;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 3000; k++) {
      const x = (rand() * 6 - 3) * rand() ** 2;
      if (Math.abs(x) < 2 ** -28) continue;
      expect(mathErf(Math.abs(x)), `erf ${x}`).toBe(erfBigint(Math.abs(x)));
      expect(mathErfc(x), `erfc ${x}`).toBe(erfcBigint(x));
    }
  });
});

describe('remainder', () => {
  it('rounds the quotient to even', () => {
    const cases: [number, number, string][] = [
      [5, 2, '0x1.0000000000000p+0'], [7, 2, '-0x1.0000000000000p+0'], [-5, 2, '-0x1.0000000000000p+0'],
      [1, 0.3, '0x1.999999999999cp-4'], [1e300, 3, '0x0.0p+0'], [-0, 1, '-0x0.0p+0'],
    ];
    for (const [x, y, r] of cases) expect(floatHex(mathRemainder(x, y))).toBe(r);
    expect(mathRemainder(1, Infinity)).toBe(1);
    raises(() => mathRemainder(1, 0), 'ValueError', 'math domain error');
    raises(() => mathRemainder(Infinity, 1), 'ValueError', 'math domain error');
  });
});

describe('sumprod float accumulator', () => {
  function dot(p: number[], q: number[]): number {
    const acc = new FloatDotAccumulator();
    p.forEach((x, k) => expect(acc.add(x, q[k]!)).toBe(true));
    return acc.value();
  }
  it('sums exactly and rounds once', () => {
    expect(floatHex(dot([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]))).toBe('0x1.999999999999ap-4');
    expect(dot([1e16, 1, -1e16], [1, 1, 1])).toBe(1);
    expect(dot([1e-300], [1e-300])).toBe(0);
  });
  it('refuses non-finite products and sums', () => {
    const acc = new FloatDotAccumulator();
    expect(acc.add(Infinity, 1)).toBe(false);
    expect(acc.add(1e308, 10)).toBe(false);
    expect(acc.add(1e308, 1)).toBe(true);
    expect(acc.add(1e308, 1)).toBe(false);
    expect(acc.inUse).toBe(true);
  });
});
