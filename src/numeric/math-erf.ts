/**
 * math.erf and math.erfc, correctly rounded (glibc's, which CPython calls, are
 * within an ulp and agree but for rare cases): evaluated in 320-bit fixed
 * point with bigints, then rounded once.
 *
 *   erf(x) = 2/sqrt(pi) * x * sum_n (-x^2)^n / (n! (2n+1))     |x| < 6 (beyond, erf rounds to +-1)
 *   erfc(x) = 1 - erf(x)                                      x < 6 (no cancellation left at 320 bits)
 *   erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))   x >= 6
 *
 * Neither ever raises: erfc underflows to 0 quietly, as CPython lets it.
 */
import { decompose, ratioToFloat } from './bits.js';

const W = 320;
const WB = BigInt(W);
const ONE = 1n << WB;

interface Constants {
  ln2: bigint; // all scaled by 2**W
  invSqrtPi: bigint;
}
let constants: Constants | null = null;

/** atan(1/q) * 2**W, by its alternating series. */
function atanInv(q: bigint): bigint {
  const q2 = q * q;
  let power = ONE / q; // 1 / q**(2n+1)
  let sum = 0n;
  for (let n = 0n; power !== 0n; n++) {
    sum += (n & 1n ? -power : power) / (2n * n + 1n);
    power /= q2;
  }
  return sum;
}

function getConstants(): Constants {
  if (constants !== null) return constants;
  // Machin: pi = 16 atan(1/5) - 4 atan(1/239)
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n);
  // ln 2 = sum 1 / (k 2**k)
  let ln2 = 0n;
  for (let k = 1n; ; k++) {
    const t = ONE / (k << k);
    if (t === 0n) break;
    ln2 += t;
  }
  const sqrtPi = isqrt(pi << WB);
  constants = { ln2, invSqrtPi: (ONE * ONE) / sqrtPi };
  return constants;
}

function isqrt(n: bigint): bigint {
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** x * 2**(W + shift) as a bigint, for x = mant * 2**exp (truncated if that drops bits). */
function fixed(mant: number, exp: number, shift = 0): bigint {
  const s = W + exp + shift;
  return s >= 0 ? BigInt(mant) << BigInt(s) : BigInt(mant) >> BigInt(-s);
}

/**
 * erf(a) for 0 < a < 6 as an exact fraction [num, den] (den a power of two),
 * accurate to about 2**-250.
 */
function erfFraction(a: number): [bigint, bigint] {
  const { mant, exp } = decompose(a);
  const a2 = squareFixed(mant, exp);
  let term = ONE; // a^(2n) / n!
  let sum = ONE;
  for (let n = 1n; ; n++) {
    term = (term * a2) / (n << WB);
    if (term === 0n) break;
    const t = term / (2n * n + 1n);
    sum += n & 1n ? -t : t;
  }
  const f = (sum * getConstants().invSqrtPi * 2n) >> WB; // 2/sqrt(pi) * S, scaled by 2**W
  // erf(a) = f * mant * 2**exp / 2**W
  return [f * BigInt(mant), 1n << BigInt(W - exp)];
}

/** (mant * 2**exp)**2 * 2**W. */
function squareFixed(mant: number, exp: number): bigint {
  const m = BigInt(mant);
  const s = W + 2 * exp;
  return s >= 0 ? (m * m) << BigInt(s) : (m * m) >> BigInt(-s);
}

/** erfc(a) for a >= 6 (below the underflow point), exactly rounded from the continued fraction. */
function erfcLarge(a: number): number {
  const { mant, exp } = decompose(a);
  const { ln2, invSqrtPi } = getConstants();
  const x = fixed(mant, exp);
  // the continued fraction, from the far end (60 levels are far more than 2**-300 needs at a >= 6)
  const one2 = ONE * ONE;
  let t = x;
  for (let n = 60n; n >= 1n; n--) t = x + (n * one2) / (2n * t);
  const cf = one2 / t; // 1 / (x + ...), scaled by 2**W
  // exp(-a^2) = 2**-k exp(-r), a^2 = k ln 2 + r
  const y = squareFixed(mant, exp);
  const k = y / ln2;
  const r = y - k * ln2;
  let term = ONE;
  let e = ONE;
  for (let n = 1n; ; n++) {
    term = (term * r) / (n << WB);
    if (term === 0n) break;
    e += n & 1n ? -term : term;
  }
  return ratioToFloat(e * cf * invSqrtPi, 1n << (3n * WB + k));
}

export function mathErf(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const a = Math.abs(x);
  let r: number;
  if (a >= 6) r = 1;
  else {
    const [num, den] = erfFraction(a);
    r = ratioToFloat(num, den);
  }
  return x < 0 ? -r : r;
}

export function mathErfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return 1;
  if (x >= 6) return x > 28 ? 0 : erfcLarge(x);
  if (x <= -6) return 2;
  const [num, den] = erfFraction(Math.abs(x));
  return ratioToFloat(x < 0 ? den + num : den - num, den);
}
