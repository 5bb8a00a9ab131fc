import { describe, expect, it } from 'vitest';
import { mathGcd, mathLcm } from '../../src/numeric/math-int.js';

/** Plain Euclid, the reference for the Lehmer steps in mathGcd. */
function euclid(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Deterministic pseudo-random bigints of up to `bits` bits (xorshift). */
function* randomBigints(seed: number, count: number, bits: number): Generator<bigint> {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  for (let i = 0; i < count; i++) {
    const words = 1 + (next() % Math.ceil(bits / 32));
    let n = 0n;
    for (let w = 0; w < words; w++) n = (n << 32n) | BigInt(next());
    yield next() & 1 ? -n : n;
  }
}

describe('math.gcd on big ints (Lehmer)', () => {
  it('agrees with Euclid on random operands and shared factors', () => {
    const xs = [...randomBigints(7, 400, 3000)];
    const ys = [...randomBigints(99, 400, 3000)];
    for (let i = 0; i < xs.length; i++) {
      const common = ys[(i * 7) % ys.length] & ((1n << BigInt(i % 700)) - 1n);
      const a = xs[i] * (common || 1n);
      const b = ys[i] * (common || 1n);
      expect(mathGcd(a, b)).toBe(euclid(a, b));
      expect(mathGcd(a, xs[(i + 1) % xs.length])).toBe(euclid(a, xs[(i + 1) % xs.length]));
    }
  });
  it('handles zero, equal, and very unbalanced operands', () => {
    const big = 3n ** 5000n;
    expect(mathGcd(big, 0n)).toBe(big);
    expect(mathGcd(0n, -big)).toBe(big);
    expect(mathGcd(big, big)).toBe(big);
    expect(mathGcd(big, 6n ** 4000n)).toBe(3n ** 4000n);
    expect(mathGcd(big + 1n, 7n)).toBe(euclid(big + 1n, 7n));
    expect(mathGcd(2n ** 4000n - 1n, 2n ** 3000n - 1n)).toBe(2n ** 1000n - 1n);
    expect(mathLcm(2n ** 200n, 3n ** 100n)).toBe(2n ** 200n * 3n ** 100n);
  });
  it('fibonacci neighbours (the most quotient steps)', () => {
    let a = 1n, b = 1n;
    for (let i = 0; i < 3000; i++) [a, b] = [b, a + b];
    expect(mathGcd(a, b)).toBe(1n);
    expect(mathGcd(a * 12345678901234567n, b * 12345678901234567n)).toBe(12345678901234567n);
  });
});
