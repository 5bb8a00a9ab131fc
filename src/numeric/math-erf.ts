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
 *
 * Below 2**-28 erf is glibc's x + x * (2/sqrt(pi) - 1), which is not always the
 * correctly rounded value. For 2**-28 <= |x| < 3 the series first runs in double-double (about 100
 * bits, no allocation): its result is used when it rounds the same way at
 * both ends of its error bound, which fails only near a halfway case; then
 * the bigint evaluation decides.
 */
import { decompose, ratioToFloat } from './bits.js';
import { twoProdError } from './dekker.js';

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

// ---- the double-double fast path ------------------------------------------------------------

let ddHi = 0; // erf(a) as ddHi + ddLo, set by erfDD
let ddLo = 0;
let twoOverSqrtPiHi = 0;
let twoOverSqrtPiLo = 0;

/** erf(a) for 2**-900 < a < 3 into ddHi + ddLo, with an absolute error below 2**-85. */
function erfDD(a: number): void {
  if (twoOverSqrtPiHi === 0) {
    const c = getConstants().invSqrtPi * 2n;
    twoOverSqrtPiHi = ratioToFloat(c, ONE);
    const rest = c - BigInt(twoOverSqrtPiHi * 2 ** 52) * (ONE >> 52n);
    twoOverSqrtPiLo = (rest < 0n ? -1 : 1) * ratioToFloat(rest < 0n ? -rest : rest, ONE);
  }
  // a^2 as a double-double
  const a2h = a * a;
  const a2l = twoProdError(a, a, a2h);
  // term = a^(2n) / n!, sum of (-1)^n term / (2n+1)
  let th = 1;
  let tl = 0;
  let sh = 1;
  let sl = 0;
  for (let n = 1; n < 200; n++) {
    // term *= a^2
    const p = th * a2h;
    const e = twoProdError(th, a2h, p) + th * a2l + tl * a2h;
    th = p + e;
    tl = e - (th - p);
    // term /= n
    divInt(th, tl, n);
    th = divHi;
    tl = divLo;
    // sum -+= term / (2n+1)
    divInt(th, tl, 2 * n + 1);
    const uh = n & 1 ? -divHi : divHi;
    const ul = n & 1 ? -divLo : divLo;
    const s = sh + uh;
    const bb = s - sh;
    const f = sh - (s - bb) + (uh - bb) + sl + ul;
    sh = s + f;
    sl = f - (sh - s);
    if (Math.abs(uh) < 2 ** -110) break;
  }
  // erf = 2/sqrt(pi) * a * S
  let p = twoOverSqrtPiHi * a;
  let e = twoProdError(twoOverSqrtPiHi, a, p) + twoOverSqrtPiLo * a;
  const ch = p + e;
  const cl = e - (ch - p);
  p = ch * sh;
  e = twoProdError(ch, sh, p) + ch * sl + cl * sh;
  ddHi = p + e;
  ddLo = e - (ddHi - p);
}

let divHi = 0;
let divLo = 0;

/** (h + l) / n for a small integer n, as divHi + divLo. */
function divInt(h: number, l: number, n: number): void {
  const q = h / n;
  const p = q * n;
  const r = (h - p - twoProdError(q, n, p) + l) / n; // h - p is exact: p is within an ulp of h
  divHi = q + r;
  divLo = r - (divHi - q);
}

/** hi + lo rounded, if every value within eps of it rounds the same; else NaN. */
function roundedOrNaN(hi: number, lo: number, eps: number): number {
  const r1 = hi + (lo - eps);
  const r2 = hi + (lo + eps);
  return r1 === r2 ? r1 : NaN;
}

const DD_EPS = 2 ** -85;

/** 2/sqrt(pi) - 1 rounded to a double. */
let efx = 0;

export function mathErf(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a < 2 ** -28) {
    // glibc's formula here, x + x * (2/sqrt(pi) - 1), scaled up where x * efx would lose bits
    // to underflow; it rounds differently from the exact product now and then, as CPython shows.
    if (efx === 0) efx = ratioToFloat(getConstants().invSqrtPi * 2n - ONE, ONE);
    return a < 2 ** -1015 ? 0.0625 * (16 * x + 16 * efx * x) : x + efx * x;
  }
  let r = NaN;
  if (a >= 6) r = 1;
  else {
    if (a < 3) {
      erfDD(a);
      r = roundedOrNaN(ddHi, ddLo, DD_EPS * Math.min(1, 2 * a));
    }
    if (r !== r) r = erfBigint(a);
  }
  return x < 0 ? -r : r;
}

/** erf(a), 0 < a < 6, from the bigint evaluation alone (the fast path's referee; exported for the tests). */
export function erfBigint(a: number): number {
  const [num, den] = erfFraction(a);
  return ratioToFloat(num, den);
}

/** erfc(x), |x| < 6, from the bigint evaluation alone (exported for the tests). */
export function erfcBigint(x: number): number {
  const [num, den] = erfFraction(Math.abs(x));
  return ratioToFloat(x < 0 ? den + num : den - num, den);
}

export function mathErfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return 1;
  if (x >= 6) return x > 28 ? 0 : erfcLarge(x);
  if (x <= -6) return 2;
  const a = Math.abs(x);
  if (a < 3 && a > 2 ** -900) {
    erfDD(a);
    // 1 -+ erf(a), as a double-double
    const sign = x < 0 ? 1 : -1;
    const uh = sign * ddHi;
    const s = 1 + uh;
    const bb = s - 1;
    const e = 1 - (s - bb) + (uh - bb) + sign * ddLo;
    const h = s + e;
    const r = roundedOrNaN(h, e - (h - s), DD_EPS);
    if (r === r) return r;
  }
  return erfcBigint(x);
}
