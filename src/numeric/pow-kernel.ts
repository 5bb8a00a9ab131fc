/**
 * The fast first try of x ** y, exp, log and log2 (Ziv's strategy): table-driven
 * double-double-ish evaluations in scalar code (no arrays, no allocation)
 * carrying a running error bound, then a rounding test. Each returns the
 * correctly rounded double when the bound proves it, else NaN, and the caller
 * (libm.ts) falls back to its slow ~100-bit evaluation. The tests fail for
 * roughly one argument in several thousand (within ~2**-66 relative of a
 * halfway point), for subnormal or overflowing results and for exact halfway
 * cases such as 10.0 ** 23.
 *
 *   fastPow(x, y)   x ** y for finite x > 0 and finite y
 *   fastExp(x)      exp(x) for finite x with a normal result
 *   fastLog(x)      log(x) for finite x > 0
 *   fastLog2(x)     log2(x) for finite x > 0
 *
 * log: x = 2**k z with z in [OFF, 2 OFF), OFF ~ 1/sqrt(2) (so k = 0 near 1, no
 * cancellation), then log z = -log(invc) + log1p(z invc - 1) with invc from a
 * 128-entry table (|z invc - 1| <= 0.0053, where the terms past the tenth are below 2**-86).
 * exp: t = (128 e + j) ln2/128 + r, |r| <= ln2/256, exp t = 2**e 2**(j/128)
 * e**r with 2**(j/128) from a table as hi + lo and a degree 7 series.
 * Tables: pow-tables.ts (generated with mpmath by test/numeric/gen-pow-tables.py).
 */
import { EXP2_TABLE, LOG_TABLE } from './pow-tables.js';
import { SPLITTER, twoProdError } from './dekker.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Node runs on little-endian hosts only (x64, arm64), so u32[1] is the high word.

const OFF_HI = 0x3fe69555; // high word of OFF

// ln2 = LN2_HI + LN2_LO, LN2_HI with 42 bits so that k LN2_HI is exact for |k| < 2**11
const LN2_D_HI = 0.6931471805599453;
const LN2_D_LO = 2.3190468138462996e-17;
const LN2_HI = Math.round(LN2_D_HI * 2 ** 42) / 2 ** 42;
const LN2_LO = LN2_D_HI - LN2_HI + LN2_D_LO;
// ln2/128 = LN2N_HI + LN2N_LO, LN2N_HI with 35 bits so that kd LN2N_HI is exact for |kd| < 2**18
const LN2N_HI = Math.round(LN2_D_HI * 2 ** 35) / 2 ** 42;
const LN2N_LO = (LN2_D_HI - LN2N_HI * 128 + LN2_D_LO) / 128;
const INV_LN2N = 128 / LN2_D_HI;
// 2**e for the exponents of normal doubles, e = -1022..1023 at [e + 1022]
const POW2 = Float64Array.from({ length: 2046 }, (_, i) => 2 ** (i - 1022));

// Relative error bounds, each several times what was measured against mpmath
// (test/numeric/pow-kernel.test.ts checks the rounding on random arguments).
const EXP_ERR = 2 ** -66; // the exp stage: series, table, reduction
const LOG_P_ERR = 2 ** -48; // relative to the cubic part of the log1p series
const LOG_K_ERR = 2 ** -90; // per unit of k: ln2 as two doubles
const LOG_REL_ERR = 2 ** -95; // relative to log x: rounding of the low parts

// logParts and expRounded are too large for V8 to inline, and a double passed to or
// returned from a function that is not inlined (or kept in a module-level variable) is
// boxed: they take and give their doubles through this typed array instead, so that
// nothing is allocated.
//   logParts: in IO[ARG] = x; out log x = IO[HI] + IO[LO] within IO[ERR] (absolute).
//   expRounded: in IO[HI] + IO[LO] with IO[ERR] a relative bound on its error;
//               out IO[ARG] = its exp rounded, or UNDECIDED.
const IO = new Float64Array(4);
const ARG = 0;
const HI = 1;
const LO = 2;
const ERR = 3;
// NaN spelled so that V8 sees a float constant: the global NaN is a tagged value, and
// merging it with a float result boxes the float.
const UNDECIDED = 0 / 0;

/** log(x) for finite x = IO[ARG] > 0 into IO: hi + lo and the bound of its absolute error. */
function logParts(): void {
  const x = IO[ARG]!;
  f64[0] = x;
  let hx = u32[1]!;
  let k = 0;
  if (hx < 0x00100000) {
    // subnormal: scale into the normal range (exactly)
    f64[0] = x * 4503599627370496;
    hx = u32[1]!;
    k = -52;
  }
  const tmp = (hx - OFF_HI) | 0;
  const i = (tmp >>> 13) & 127;
  k += tmp >> 20;
  u32[1] = hx - (tmp & 0xfff00000);
  const z = f64[0]!; // in [OFF, 2 OFF), x = 2**k z
  const invc = LOG_TABLE[3 * i]!;
  const logcHi = LOG_TABLE[3 * i + 1]!;
  const logcLo = LOG_TABLE[3 * i + 2]!;

  // r = z invc - 1 = rh + rl exactly: invc has 26 bits, so both halves of z multiply exactly,
  // and the high product lies in [1/2, 2] so subtracting 1 is exact
  let t = SPLITTER * z;
  const zh = t - (t - z);
  const a = zh * invc - 1;
  const b = (z - zh) * invc;
  const rh = a + b;
  const bb = rh - a;
  const rl = a - (rh - bb) + (b - bb);

  // rh**2 = sq + sqe exactly (Dekker)
  t = SPLITTER * rh;
  const rhh = t - (t - rh);
  const rhl = rh - rhh;
  const sq = rh * rh;
  const sqe = rhh * rhh - sq + 2 * rhh * rhl + rhl * rhl;

  // log1p(r) = rh - sq/2 + [rh**3 (1/3 - rh/4 + ...) + rl (1 - rh + rh**2) - sqe/2]
  const p =
    rh *
    sq *
    (0.3333333333333333 +
      rh *
        (-0.25 +
          rh *
            (0.2 +
              rh * (-0.16666666666666666 + rh * (0.14285714285714285 + rh * (-0.125 + rh * (0.1111111111111111 + rh * -0.1)))))));

  // k ln2 + log c + rh - sq/2, summed exactly into s3 + (e1 + e2 + e3)
  const kh = k * LN2_HI;
  const s1 = kh + logcHi;
  let v = s1 - kh;
  const e1 = kh - (s1 - v) + (logcHi - v);
  const s2 = s1 + rh;
  v = s2 - s1;
  const e2 = s1 - (s2 - v) + (rh - v);
  const h = -0.5 * sq;
  const s3 = s2 + h;
  v = s3 - s2;
  const e3 = s2 - (s3 - v) + (h - v);
  const lo = e1 + e2 + e3 + k * LN2_LO + logcLo - 0.5 * sqe + p + rl * (1 - rh + sq);
  const logHi = s3 + lo;
  IO[HI] = logHi;
  IO[LO] = s3 - logHi + lo;
  IO[ERR] = Math.abs(p) * LOG_P_ERR + Math.abs(k) * LOG_K_ERR + Math.abs(logHi) * LOG_REL_ERR + 2 ** -1000;
}

/**
 * exp(th + tl) (th, tl, err from IO) rounded to nearest into IO[ARG] when err (a relative
 * bound on the error of th + tl, added to the exp stage's own) allows a proof, else UNDECIDED;
 * also UNDECIDED outside the range of normal results.
 */
function expRounded(): void {
  const th = IO[HI]!;
  const tl = IO[LO]!;
  const err = IO[ERR]!;
  IO[ARG] = UNDECIDED;
  if (!(th < 709.7 && th > -708.3)) return;
  const kd = Math.round(th * INV_LN2N);
  // th - kd ln2/128: the first subtraction is exact
  const ra = th - kd * LN2N_HI;
  const rb = -kd * LN2N_LO;
  let s = ra + rb;
  let v = s - ra;
  const r0 = ra - (s - v) + (rb - v) + tl;
  const rh = s + r0;
  const rl = s - rh + r0;
  // e**r - 1 = rh + q
  const q =
    rl +
    rh * rl +
    rh *
      rh *
      (0.5 +
        rh * (0.16666666666666666 + rh * (0.041666666666666664 + rh * (0.008333333333333333 + rh * (0.001388888888888889 + rh * 0.0001984126984126984)))));
  const j = kd & 127;
  const e = kd >> 7;
  const th2 = EXP2_TABLE[2 * j]!;
  const tl2 = EXP2_TABLE[2 * j + 1]!;
  // 2**(j/128) (1 + rh + q) = th2 + th2 rh + (th2 q + tl2 + tl2 rh), th2 rh exactly (Dekker)
  const ph = th2 * rh;
  const pl = twoProdError(th2, rh, ph);
  const hi = th2 + ph;
  const lo = th2 - hi + ph + pl + tl2 + th2 * q + tl2 * rh;
  s = hi + lo;
  const sl = hi - s + lo;
  // s is the answer when every value within the bound rounds to it
  const bound = s * (err + EXP_ERR);
  if (s + (sl + bound) !== s || s + (sl - bound) !== s) return;
  IO[ARG] = s * POW2[e + 1022]!;
}

/** x ** y for finite x > 0 and finite y, correctly rounded, or NaN when undecided. */
export function fastPow(x: number, y: number): number {
  IO[ARG] = x;
  logParts();
  const logHi = IO[HI]!;
  const logLo = IO[LO]!;
  // t = y (logHi + logLo): y logHi exactly (Dekker), then renormalized
  const th0 = y * logHi;
  const tl0 = twoProdError(y, logHi, th0) + y * logLo;
  const th = th0 + tl0;
  // an absolute error on t is a relative error on exp(t)
  IO[ERR] = Math.abs(y) * IO[ERR]! + Math.abs(th) * 2 ** -100;
  IO[HI] = th;
  IO[LO] = th0 - th + tl0;
  expRounded();
  return IO[ARG]!;
}

/** exp(x), correctly rounded, or NaN when undecided or not a normal double. */
export function fastExp(x: number): number {
  IO[HI] = x;
  IO[LO] = 0;
  IO[ERR] = 0;
  expRounded();
  return IO[ARG]!;
}

/** log(x) for finite x > 0, correctly rounded, or NaN when undecided. */
export function fastLog(x: number): number {
  IO[ARG] = x;
  logParts();
  const s = IO[HI]!;
  const lo = IO[LO]!;
  const bound = IO[ERR]!;
  // s = 0 only for x = 1, exact but for no bound to prove
  if (s !== 0 && (s + (lo + bound) !== s || s + (lo - bound) !== s)) return UNDECIDED;
  return s;
}

const INV_LN2_HI = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;

/** log2(x) for finite x > 0, correctly rounded, or NaN when undecided. */
export function fastLog2(x: number): number {
  IO[ARG] = x;
  logParts();
  const hi = IO[HI]!;
  // (hi + lo) / ln2: hi INV_LN2_HI exactly (Dekker), the rest in double
  const ph = hi * INV_LN2_HI;
  const pl = twoProdError(hi, INV_LN2_HI, ph) + hi * INV_LN2_LO + IO[LO]! * INV_LN2_HI;
  const s = ph + pl;
  const sl = ph - s + pl;
  const bound = IO[ERR]! * 1.5 + Math.abs(s) * 2 ** -100;
  if (s !== 0 && (s + (sl + bound) !== s || s + (sl - bound) !== s)) return UNDECIDED;
  return s;
}

/** The unrounded parts, for the calibration test: [log hi, log lo, log error bound]. */
export function logPartsForTest(x: number): [number, number, number] {
  IO[ARG] = x;
  logParts();
  return [IO[HI]!, IO[LO]!, IO[ERR]!];
}
