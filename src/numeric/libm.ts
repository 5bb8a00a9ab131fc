/**
 * x ** y for finite x > 0 and finite y, rounded to nearest from a
 * double-double (about 100-bit) evaluation of exp(y * log(x)).
 *
 *   powPositive(x, y): number   (may return Infinity or 0 on overflow/underflow)
 *
 * Why: CPython calls the C library's pow, and glibc's is correctly rounded
 * except extremely near a halfway point, while V8's Math.pow (fdlibm) is often
 * an ulp off (2 ** -0.5, 2 ** 1.5). Exact halfway cases (10.0 ** 23) fall on
 * whichever side glibc's own approximation lands and cannot be reproduced.
 */
import { decompose } from './bits.js';

type DD = [number, number];

const SPLITTER = 134217729; // 2**27 + 1

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
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
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

// log(1 + j/64) for j = 0..64, so that |(m - c) / (m + c)| <= 1/256 and seven terms suffice.
const LOG_TABLE: DD[] = [];
for (let j = 0; j <= 64; j++) LOG_TABLE.push(logNear(1 + j / 64, 1, [0, 0], 24));

/** log(x) for finite x > 0, as a double-double. */
function logDD(x: number): DD {
  let { mant, exp } = decompose(x);
  while (mant < 4503599627370496) {
    mant *= 2;
    exp -= 1;
  }
  const m = mant / 4503599627370496; // [1, 2)
  const k = exp + 52;
  const j = Math.round((m - 1) * 64);
  const lm = logNear(m, 1 + j / 64, LOG_TABLE[j]!, 7);
  const kl = add(twoProd(k, LN2[0]), twoProd(k, LN2[1]));
  return add(kl, lm);
}

/** 2**n * v without intermediate overflow or underflow of the power. */
function scale(v: number, n: number): number {
  if (n > 1000) return v * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return v * 2 ** -1000 * 2 ** (n + 1000);
  return v * 2 ** n;
}

export function powPositive(x: number, y: number): number {
  const t = mul(logDD(x), [y, 0]);
  if (t[0] > 710) return Infinity;
  if (t[0] < -746) return 0;
  // t = n log 2 + r, |r| <= log(2)/2; e**r = (1 + expm1(r / 256)) ** 256
  const n = Math.round(t[0] / LN2[0]);
  const r = add(t, mul(LN2, [-n, 0]));
  const rs: DD = [r[0] / 256, r[1] / 256];
  let u = EXP_COEF[EXP_COEF.length - 1]!;
  for (let i = EXP_COEF.length - 2; i >= 1; i--) u = add(mul(u, rs), EXP_COEF[i]!);
  u = mul(u, rs); // expm1(r / 256)
  for (let i = 0; i < 8; i++) u = mul(u, add(u, [2, 0])); // expm1(2a) = expm1(a) * (expm1(a) + 2)
  const e = add([1, 0], u);
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
