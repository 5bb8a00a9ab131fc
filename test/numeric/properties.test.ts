/** Property tests: round trips and agreement between the fast and the exact paths. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  floatRepr, parsePyFloat, floatHex, floatFromHex, intToDecimal, parsePyInt, intToBytes, intFromBytes, bitLength,
  hashFloat, hashInt, precisionDigits, fixedDigits, shortestDigits, ratioToFloat, doubleToString, floatRoundTo,
  intTrueDiv, intToBase, intFloorDiv, intMod, intDivmod, smallFloorDiv, smallMod, smallDivmod, smallTrueDiv, smallHash,
} from '../../src/numeric/index.js';
import { scaledRound } from '../../src/numeric/dtoa.js';

const anyFloat = fc.double({ noNaN: true, noDefaultInfinity: true });
const RUNS = { numRuns: 2000 };

describe('repr(float)', () => {
  it('round-trips: Number(repr(x)) === x, and float(repr(x)) too', () => {
    fc.assert(
      fc.property(anyFloat, (x) => {
        const r = floatRepr(x);
        return Object.is(Number(r), x) && Object.is(parsePyFloat(r), x);
      }),
      RUNS,
    );
  });
  it('is shortest: the nearest value with one digit less does not round-trip', () => {
    fc.assert(
      fc.property(anyFloat, (x) => {
        if (x === 0) return true;
        const { digits } = shortestDigits(x);
        if (digits.length === 1) return true;
        const shorter = precisionDigits(x, digits.length - 1);
        const back = Number(`0.${shorter.digits}e${shorter.decpt}`);
        return back !== Math.abs(x);
      }),
      RUNS,
    );
  });
  it('has CPython layout: exponent past 1e16 and below 1e-4, else a point', () => {
    fc.assert(
      fc.property(anyFloat, (x) => {
        const r = floatRepr(x);
        const a = Math.abs(x);
        if (a !== 0 && (a >= 1e16 || a < 1e-4)) return /^-?\d(\.\d+)?e[+-]\d\d\d?$/.test(r);
        return /^-?\d+\.\d+$/.test(r);
      }),
      RUNS,
    );
  });
});

describe('digit generation: fast paths agree with exact arithmetic', () => {
  it("'f' digits equal round-half-even of x * 10**p", () => {
    fc.assert(
      fc.property(anyFloat, fc.integer({ min: 0, max: 40 }), (x, p) => {
        if (x === 0) return true;
        const d = fixedDigits(x, p);
        const exact = scaledRound(x, p);
        const got = d.digits === '' ? 0n : BigInt(d.digits) * 10n ** BigInt(d.decpt + p - d.digits.length);
        return got === exact;
      }),
      RUNS,
    );
  });
  it("'e' digits equal round-half-even at n significant digits", () => {
    fc.assert(
      fc.property(anyFloat, fc.integer({ min: 1, max: 40 }), (x, n) => {
        if (x === 0) return true;
        const d = precisionDigits(x, n);
        const p = n - d.decpt; // digits after the point
        const exact = scaledRound(x, p);
        const got = BigInt(d.digits) * 10n ** BigInt(n - d.digits.length);
        return got === exact || (exact === 10n ** BigInt(n) && d.digits === '1');
      }),
      RUNS,
    );
  });
  it('ties round to even on the exact binary value', () => {
    expect(doubleToString(0.5, 'f', 0)).toBe('0');
    expect(doubleToString(1.5, 'f', 0)).toBe('2');
    expect(doubleToString(2.5, 'f', 0)).toBe('2');
    expect(doubleToString(0.125, 'f', 2)).toBe('0.12');
    expect(doubleToString(0.375, 'f', 2)).toBe('0.38');
    expect(doubleToString(2.675, 'f', 2)).toBe('2.67'); // 2.67499999... in binary
    expect(floatRoundTo(0.125, 2n)).toBe(0.12);
  });
});

describe('round trips', () => {
  it('float.fromhex(x.hex()) === x', () => {
    fc.assert(fc.property(anyFloat, (x) => Object.is(floatFromHex(floatHex(x)), x)), RUNS);
  });
  it('int(str(n)) === n and int(hex, 16) === n', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 200n), max: 10n ** 200n }), (n) =>
        parsePyInt(intToDecimal(n)) === n && parsePyInt(intToBase(n, 16, true), 0) === n && parsePyInt(n.toString(7), 7) === n),
      RUNS,
    );
  });
  it('int.from_bytes(n.to_bytes(...)) === n', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n }), fc.boolean(), (n, little) => {
        const len = Math.ceil((bitLength(n) + 1) / 8);
        const order = little ? 'little' : 'big';
        return intFromBytes(intToBytes(n, len, order, true), order, true) === n;
      }),
      RUNS,
    );
  });
});

describe('consistency', () => {
  it('hash(float(n)) == hash(n) for integral floats', () => {
    fc.assert(
      fc.property(anyFloat, (x) => {
        const i = Math.trunc(x);
        return hashFloat(i) === hashInt(BigInt(i));
      }),
      RUNS,
    );
  });
  it('ratioToFloat(n, 1) is Number(n) (both round to nearest even)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 1023n }), (n) => ratioToFloat(n, 1n) === Number(n)),
      RUNS,
    );
  });
  it('int / int equals the quotient of exactly representable operands', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 0, max: 400 }), (a, b, k) =>
        // scaling both by 2**k changes nothing
        intTrueDiv(BigInt(a) << BigInt(k), BigInt(b) << BigInt(k)) === a / b),
      RUNS,
    );
  });
});

describe('small-int fast paths agree with the bigint functions', () => {
  const safe = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger().map((n) => n - (n % 7)), fc.maxSafeInteger().map((n) => (n === 0 ? 0 : -n)));
  it('floor division, modulo, divmod, true division, hash', () => {
    fc.assert(
      fc.property(safe, safe, (a, b) => {
        const A = BigInt(a);
        const B = BigInt(b);
        const same = (x: unknown, y: unknown): boolean => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)) === JSON.stringify(y);
        const o = (f: () => unknown): unknown => {
          try {
            return f();
          } catch (e) {
            return String(e);
          }
        };
        return (
          same(o(() => intFloorDiv(A, B)), o(() => smallFloorDiv(a, b))) &&
          same(o(() => intMod(A, B)), o(() => smallMod(a, b))) &&
          same(o(() => intDivmod(A, B)), o(() => smallDivmod(a, b))) &&
          Object.is(o(() => intTrueDiv(A, B)), o(() => smallTrueDiv(a, b))) &&
          Number(hashInt(A)) === smallHash(a) &&
          !Object.is(smallFloorDiv(a, b === 0 ? 1 : b), -0) &&
          !Object.is(smallMod(a, b === 0 ? 1 : b), -0)
        );
      }),
      { numRuns: 5000 },
    );
  });
});
