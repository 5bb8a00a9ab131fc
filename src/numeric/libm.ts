/**
 * Elementary functions rounded to nearest from double-double (about 100-bit)
 * evaluations, to agree with glibc, which CPython calls: its exp, log, log2,
 * pow, sin, cos, tan, atan2, asin, acos and hypot are correctly rounded except
 * within about 0.001 ulp of a halfway point, while V8's Math functions (fdlibm)
 * are often an ulp away (2 ** -0.5, 2 ** 1.5, abs(-3.5+0.25j)). Exact halfway
 * cases (10.0 ** 23) fall on whichever side glibc's own approximation lands and
 * cannot be reproduced.
 *
 *   powPositive(x, y)   x ** y for finite x > 0 and finite y (Infinity or 0 past the range)
 *                       (exact powers of small integral exponents exactly)
 *   powPositiveSlow(x, y)  the same from the ~100-bit evaluation alone
 *   crExp(x)            exp(x)
 *   crLog(x)            log(x) for x > 0 (finite)
 *   crHypot(x, y)       hypot(x, y)
 *   crHypotN(values)    math.hypot(*values)
 *   crLog2(x); glibcLog10(x) (glibc's own formula, not correctly rounded)
 *   crSin, crCos, crTan, crAtan2   (huge arguments reduced exactly with a 1400-bit π)
 *   crAsin, crAcos
 *
 * pow, exp, log and log2 first try pow-kernel.ts (table-driven, no allocation, with an
 * error bound and a rounding test) and come here only when it cannot decide.
 */
import { decompose, doubleWords, ratioToFloat, wordsToDouble } from './bits.js';
import { twoProdError } from './dekker.js';
import { fastExp, fastLog, fastLog2, fastPow } from './pow-kernel.js';

type DD = [number, number];


function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  return [p, twoProdError(a, b, p)];
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  let r = quickTwoSum(s[0], s[1] + t[0]);
  r = quickTwoSum(r[0], r[1] + t[1]);
  return r;
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return quickTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, mul([-q1, 0], b));
  const q2 = r[0] / b[0];
  r = add(r, mul([-q2, 0], b));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
// 1/(2i+1) for the atanh series of log, 1/i! for the exp series
const ATANH_COEF: DD[] = [];
for (let i = 0; i < 24; i++) ATANH_COEF.push(div([1, 0], [2 * i + 1, 0]));
const EXP_COEF: DD[] = [[1, 0]];
for (let i = 1; i < 11; i++) EXP_COEF.push(div(EXP_COEF[i - 1]!, [i, 0]));

/** 2 atanh(s) = log((1 + s) / (1 - s)), summing `terms` terms of the series. */
function atanh2(s: DD, terms: number): DD {
  const s2 = mul(s, s);
  let sum = ATANH_COEF[terms - 1]!;
  for (let i = terms - 2; i >= 0; i--) sum = add(mul(sum, s2), ATANH_COEF[i]!);
  return mul(mul(sum, s), [2, 0]);
}

/** log(m) for m near c: log(c) + 2 atanh((m - c) / (m + c)); m - c is exact when m and c are close. */
function logNear(m: number, c: number, logC: DD, terms: number): DD {
  return add(logC, atanh2(div([m - c, 0], twoSum(m, c)), terms));
}

// log(1 + j/64) for j = -20..27 at [j + 20], so that |(m - c) / (m + c)| <= 1/256 and seven terms suffice.
// Made on first use, as ATAN_TABLE: the two tables took about 15 ms of every worker's start.
let LOG_TABLE: DD[] | null = null;
function logTable(): DD[] {
  if (LOG_TABLE !== null) return LOG_TABLE;
  const table: DD[] = [];
  for (let j = -20; j <= 27; j++) table.push(logNear(1 + j / 64, 1, [0, 0], 24));
  return (LOG_TABLE = table);
}

/** log(x) for finite x > 0, as a double-double. */
function logDD(x: number): DD {
  let { mant, exp } = decompose(x);
  while (mant < 4503599627370496) {
    mant *= 2;
    exp -= 1;
  }
  let m = mant / 4503599627370496; // [1, 2)
  let k = exp + 52;
  if (m > Math.SQRT2) {
    // m in [1/sqrt(2), sqrt(2)]: just below 1, k log 2 and log m would cancel
    m /= 2;
    k += 1;
  }
  const j = Math.round((m - 1) * 64);
  const lm = logNear(m, 1 + j / 64, logTable()[j + 20]!, 7);
  const kl = add(twoProd(k, LN2[0]), twoProd(k, LN2[1]));
  return add(kl, lm);
}

/** 2**n * v without intermediate overflow or underflow of the power. */
function scale(v: number, n: number): number {
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** -1000 * 2 ** (n + 1000);
  return v * 2 ** n;
}

/**
 * iv ** n for a positive finite iv and a small integer n, correctly rounded
 * (the fast kernel's fallback for the exact and halfway cases of integral powers).
 */
function exactIntPow(iv: number, n: number): number {
  const { mant, exp } = decompose(iv);
  const e = exp * Math.abs(n); // iv ** |n| = mant ** |n| * 2 ** e
  const log2 = Math.log2(iv) * n;
  if (log2 > 1025) return Infinity;
  if (log2 < -1080) return 0;
  const m = BigInt(mant) ** BigInt(Math.abs(n));
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return n > 0 ? ratioToFloat(num, den) : ratioToFloat(den, num);
}

export function powPositive(x: number, y: number): number {
  if (x === 1) return 1;
  // |y| >= 2**64 takes even the doubles next to 1 (|log x| >= 2**-53) past the range: exp(+-2048)
  if (Math.abs(y) >= 18446744073709551616) return x < 1 === y > 0 ? 0 : Infinity;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x); // a square root is never a halfway case
  if (y === -1) return 1 / x; // a division is correctly rounded
  // the fast kernel answers all but about one case in several thousand (near or at a halfway point)
  const r = fastPow(x, y);
  if (r === r) return r;
  return Math.abs(y) <= 64 && Number.isInteger(y) ? exactIntPow(x, y) : powPositiveSlow(x, y);
}

/** x ** y from the ~100-bit evaluation alone: the fallback of the fast kernel. */
export function powPositiveSlow(x: number, y: number): number {
  return expDD(mul(logDD(x), [y, 0]));
}

export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === -Infinity) return 0;
  if (Math.abs(x) < 1e-300) return 1;
  const r = fastExp(x);
  if (r === r) return r;
  return expDD([x, 0]);
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x); // nan, -inf, inf and the domain errors
  const r = fastLog(x);
  if (r === r) return r;
  const l = logDD(x);
  return l[0] + l[1];
}

export function crHypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x < y) [x, y] = [y, x];
  if (y === 0) return x;
  // scale by a power of two so that the squares neither overflow nor underflow
  const k = Math.floor(Math.log2(x));
  const sx = scale(x, -k);
  const sy = scale(y, -k);
  const sum = add(twoProd(sx, sx), twoProd(sy, sy));
  // one Newton step on the double-double square root
  const r = Math.sqrt(sum[0]);
  const rr = twoProd(r, r);
  const resid = add(sum, [-rr[0], -rr[1]]);
  const root = quickTwoSum(r, (resid[0] + resid[1]) / (2 * r));
  return scaleDD(root, k);
}

/**
 * sqrt(sum of squares) of any number of coordinates, rounded once: what
 * CPython 3.12's math.hypot and math.dist compute (they are correctly
 * rounded but in rare cases). Infinities win over nans, as in CPython.
 */
export function crHypotN(values: readonly number[]): number {
  let max = 0;
  let nan = false;
  for (const v of values) {
    const a = Math.abs(v);
    if (Number.isNaN(a)) nan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (nan) return NaN;
  if (max === 0 || values.length <= 1) return max;
  // scale by a power of two near max, so the squares neither overflow nor underflow
  const k = Math.floor(Math.log2(max));
  let sum: DD = [0, 0];
  for (const v of values) {
    const x = scale(Math.abs(v), -k);
    sum = add(sum, twoProd(x, x));
  }
  return scaleDD(sqrtDD(sum), k);
}

/** exp(t) = (1 + u) * 2**n with u = expm1 of the reduced argument, as a double-double. */
function expParts(t: DD): [DD, number] {
  // t = n log 2 + r, |r| <= log(2)/2; e**r = (1 + expm1(r / 256)) ** 256
  const n = Math.round(t[0] / LN2[0]);
  const r = add(t, mul(LN2, [-n, 0]));
  const rs: DD = [r[0] / 256, r[1] / 256];
  let u = EXP_COEF[EXP_COEF.length - 1]!;
  for (let i = EXP_COEF.length - 2; i >= 1; i--) u = add(mul(u, rs), EXP_COEF[i]!);
  u = mul(u, rs); // expm1(r / 256)
  for (let i = 0; i < 8; i++) u = mul(u, add(u, [2, 0])); // expm1(2a) = expm1(a) * (expm1(a) + 2)
  return [u, n];
}

/** exp of a double-double, rounded once to a double. */
function expDD(t: DD): number {
  if (t[0] > 710) return Infinity;
  if (t[0] < -746) return 0;
  const [u, n] = expParts(t);
  return scaleDD(add([1, 0], u), n);
}

/** (e[0] + e[1]) * 2**n, rounded once, also when the result is subnormal. */
function scaleDD(e: DD, n: number): number {
  const r0 = scale(e[0] + e[1], n);
  if (r0 >= 2.2250738585072014e-308 || r0 === Infinity) return r0;
  // A subnormal result: round hi + lo once at 2**-1074, not first to 53 bits.
  const hi = scale(e[0], n);
  const diff = e[0] - scale(hi, -n) + e[1];
  const half = scale(2 ** -1074, -n) / 2;
  if (diff > half) return hi + 2 ** -1074;
  if (diff < -half) return hi - 2 ** -1074;
  return hi;
}

// π/2 as an unevaluated sum of three doubles, for argument reduction.
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const PIO2: DD = [PIO2_1, PIO2_2];

// (-1)**k / (2k+1)! and (-1)**k / (2k)!
const SIN_COEF: DD[] = [];
const COS_COEF: DD[] = [];
{
  let f: DD = [1, 0];
  for (let i = 1; i <= 30; i++) {
    f = div(f, [i, 0]);
    const signed: DD = (i >> 1) % 2 === 1 ? [-f[0], -f[1]] : f;
    if (i % 2 === 1) SIN_COEF.push(signed);
    else COS_COEF.push(signed);
  }
  COS_COEF.unshift([1, 0]);
}

function series(coef: DD[], x2: DD, terms: number): DD {
  let sum = coef[terms - 1]!;
  for (let i = terms - 2; i >= 0; i--) sum = add(mul(sum, x2), coef[i]!);
  return sum;
}

/** sin and cos of a double-double |r| <= π/4 (a little more is fine). */
function sinCosDD(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  return [mul(series(SIN_COEF, r2, 14), r), series(COS_COEF, r2, 15)];
}

/** x = k π/2 + r with r a double-double (k only matters modulo 4). */
function reduce(x: number): [number, DD] {
  if (Math.abs(x) > 1073741824) return reduceLarge(x);
  const k = Math.round(x / PIO2_1);
  const p1 = twoProd(k, PIO2_1);
  let r = add(twoSum(x, -p1[0]), [-p1[1], 0]);
  r = add(r, mul([-k, 0], [PIO2_2, PIO2_3]));
  return [k, r];
}

// π/2 * 2**PI_BITS as a bigint, computed once when first needed (Machin's formula).
const PI_BITS = 1400;
let pio2Scaled: bigint | undefined;

function arctanInv(n: bigint, one: bigint): bigint {
  // arctan(1/n) * one
  let term = one / n;
  let sum = term;
  const n2 = n * n;
  for (let k = 3n; term !== 0n; k += 2n) {
    term /= n2;
    sum += (k & 2n ? -term : term) / k;
  }
  return sum;
}

function pio2(): bigint {
  if (pio2Scaled === undefined) {
    const guard = 64n;
    const one = 1n << BigInt(PI_BITS + 1) << guard;
    // π/4 = 4 arctan(1/5) - arctan(1/239), so π/2 = 2 (4 arctan(1/5) - arctan(1/239))
    pio2Scaled = (2n * (4n * arctanInv(5n, one) - arctanInv(239n, one))) >> (guard + 1n);
  }
  return pio2Scaled;
}

/** Exact reduction of a huge argument with a 1400-bit π/2: enough for every double. */
function reduceLarge(x: number): [number, DD] {
  const { mant, exp } = decompose(x); // exp > 0 here
  const P = pio2();
  const X = BigInt(mant) << BigInt(exp + PI_BITS); // |x| * 2**PI_BITS
  let q = X / P;
  let r = X - q * P;
  if (2n * r > P) {
    q += 1n;
    r -= P;
  }
  const neg = r < 0n;
  const ar = neg ? -r : r;
  const den = 1n << BigInt(PI_BITS);
  const hi = ratioToFloat(ar, den);
  const h = decompose(hi);
  const hiScaled = h.exp + PI_BITS >= 0 ? BigInt(h.mant) << BigInt(h.exp + PI_BITS) : BigInt(h.mant) >> BigInt(-(h.exp + PI_BITS));
  const rest = ar - hiScaled;
  const lo = rest < 0n ? -ratioToFloat(-rest, den) : ratioToFloat(rest, den);
  let k = Number(q % 4n);
  let rr: DD = neg ? [-hi, -lo] : [hi, lo];
  if (x < 0) {
    k = -k;
    rr = [-rr[0], -rr[1]];
  }
  return [k, rr];
}

function sinCosRounded(x: number, wantCos: boolean): number {
  const [k, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  const q = ((k % 4) + 4 + (wantCos ? 1 : 0)) % 4;
  const v = q === 0 ? s : q === 1 ? c : q === 2 ? [-s[0], -s[1]] : [-c[0], -c[1]];
  return v[0] + v[1];
}

export function crSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return Math.sin(x); // sin x = x - x**3/6: the libraries agree here
  return sinCosRounded(x, false);
}

export function crTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return Math.tan(x); // tan x = x + x**3/3: the libraries agree here
  const [k, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  // tan(r + k π/2) is tan(r) for even k, -1/tan(r) for odd k
  const t = k % 2 === 0 ? div(s, c) : div([-c[0], -c[1]], s);
  return t[0] + t[1];
}

export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const r = fastLog2(x);
  if (r === r) return r;
  const l = div(logDD(x), LN2);
  return l[0] + l[1];
}

/**
 * log10 as glibc computes it (the fdlibm formula around its own log, which is
 * not correctly rounded: log10(pi) comes out an ulp low, and CPython shows that).
 */
export function glibcLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  let [hx, lx] = doubleWords(x);
  let k = 0;
  if (hx < 0x00100000) {
    // subnormal: scale up by 2**54
    k -= 54;
    [hx, lx] = doubleWords(x * 18014398509481984);
  }
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const m = wordsToDouble(hx, lx);
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * crLog(m);
  return z + y * 3.01029995663611771306e-1;
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  return sinCosRounded(x, true);
}

// atan(j/64) for j = 0..64, and the odd series (-1)**k / (2k+1)
const ATAN_SERIES: DD[] = ATANH_COEF.map((c, i) => (i % 2 === 1 ? [-c[0], -c[1]] : c));

function atanSmall(z: DD, terms: number): DD {
  return mul(series(ATAN_SERIES, mul(z, z), terms), z);
}

function sqrtDD(a: DD): DD {
  if (a[0] === 0) return [0, 0];
  const r = Math.sqrt(a[0]);
  const rr = twoProd(r, r);
  const resid = add(a, [-rr[0], -rr[1]]);
  return quickTwoSum(r, (resid[0] + resid[1]) / (2 * r));
}

let ATAN_TABLE: DD[] | null = null;
function atanTable(): DD[] {
  if (ATAN_TABLE !== null) return ATAN_TABLE;
  const table: DD[] = [];
  for (let j = 0; j <= 64; j++) {
    // atan(c) = 2 atan(c / (1 + sqrt(1 + c**2))), halved three times so the series is short
    let z: DD = [j / 64, 0];
    for (let h = 0; h < 3; h++) z = div(z, add([1, 0], sqrtDD(add([1, 0], mul(z, z)))));
    table.push(mul(atanSmall(z, 24), [8, 0]));
  }
  return (ATAN_TABLE = table);
}

/** atan of a double-double 0 <= z <= 1. */
function atanDD(z: DD): DD {
  const j = Math.round(z[0] * 64);
  const c = j / 64;
  // atan(z) = atan(c) + atan((z - c) / (1 + z c)), |(z - c) / (1 + z c)| <= 1/128
  const t = div(add(z, [-c, 0]), add([1, 0], mul(z, [c, 0])));
  return add(atanTable()[j]!, atanSmall(t, 12));
}

/** atan2 of non-negative double-doubles y, x (not both zero), as a double-double in [0, π/2]. */
function atan2Positive(y: DD, x: DD): DD {
  if (y[0] <= x[0]) return atanDD(div(y, x));
  const a = atanDD(div(x, y));
  return add(PIO2, [-a[0], -a[1]]);
}

export function crAsin(x: number): number {
  const a = Math.abs(x);
  if (Number.isNaN(x) || a > 1) return NaN;
  if (a < 1e-8) return x; // asin x = x + x**3/6
  // asin = atan2(x, sqrt((1 - x)(1 + x)))
  const c = sqrtDD(mul(twoSum(1, -a), twoSum(1, a)));
  const r = c[0] === 0 ? PIO2 : atan2Positive([a, 0], c);
  const v = r[0] + r[1];
  return x < 0 ? -v : v;
}

export function crAcos(x: number): number {
  const a = Math.abs(x);
  if (Number.isNaN(x) || a > 1) return NaN;
  if (x === 1) return 0;
  const s = sqrtDD(mul(twoSum(1, -a), twoSum(1, a)));
  let r = atan2Positive(s, [a, 0]);
  if (x < 0) r = add([2 * PIO2_1, 2 * PIO2_2], [-r[0], -r[1]]);
  return r[0] + r[1];
}

export function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  const ratioLog = Math.log2(ay) - Math.log2(ax);
  if (ratioLog < -1000 || ratioLog > 1000) return Math.atan2(y, x); // far outside: the libraries agree
  const big = Math.max(ax, ay);
  if (big > 2 ** 500 || big < 2 ** -500) {
    // bring both near 1 by the same power of two (exact) so that the double-double
    // division below neither overflows (atan2(1e308, 1e308) was nan) nor underflows
    const k = -Math.floor(Math.log2(big));
    const half = Math.trunc(k / 2);
    ax = ax * 2 ** half * 2 ** (k - half);
    ay = ay * 2 ** half * 2 ** (k - half);
  }
  let a: DD;
  if (ay <= ax) a = atanDD(div([ay, 0], [ax, 0]));
  else a = add(PIO2, (([h, l]) => [-h, -l] as DD)(atanDD(div([ax, 0], [ay, 0]))));
  if (x < 0) a = add([2 * PIO2_1, 2 * PIO2_2], [-a[0], -a[1]]);
  const v = a[0] + a[1];
  return y < 0 ? -v : v;
}
