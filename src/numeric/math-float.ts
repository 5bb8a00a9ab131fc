/**
 * The float functions of Python's math module with CPython 3.12's special
 * values and errors: ValueError 'math domain error' where C returns a nan
 * from a non-nan argument (or hits a pole), OverflowError 'math range error'
 * where it overflows. Arguments are floats; the caller converts ints with
 * intToFloat (whose OverflowError CPython raises too), except for the logs,
 * which take a bigint of any size as CPython does.
 *
 *   mathSqrt exp exp2 expm1 log(x, base?) log2 log10 log1p pow
 *   sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh cbrt erf erfc
 *   fmod frexp ldexp modf copysign fabs isclose ulp nextafter degrees radians hypot dist
 *
 * The values come from the C library, as CPython's do (c-libm.ts); hypot and
 * dist are CPython's own vector norm (crHypot, crHypotN), not C's hypot.
 */
import { NumericError } from './errors.js';
import { bitLength, decompose, doubleWords, ratioToFloat, signBit, wordsToDouble } from './bits.js';
import { libm } from './c-libm.js';
import { crHypot, crHypotN } from './libm.js';

function domainError(): NumericError {
  return new NumericError('ValueError', 'math domain error');
}

function rangeError(): NumericError {
  return new NumericError('OverflowError', 'math range error');
}

/** CPython's math_1: a nan from a non-nan is a domain error, an infinity from a finite value a range (or domain) error. */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

export const mathSqrt = (x: number): number => math1(x, Math.sqrt, false);
export const mathExp = (x: number): number => math1(x, libm().exp, true);
export const mathExp2 = (x: number): number => math1(x, libm().exp2, true);
export const mathExpm1 = (x: number): number => math1(x, libm().expm1, true);
export const mathLog1p = (x: number): number => math1(x, libm().log1p, false);
export const mathSin = (x: number): number => math1(x, libm().sin, false);
export const mathCos = (x: number): number => math1(x, libm().cos, false);
export const mathTan = (x: number): number => math1(x, libm().tan, false);
export const mathAsin = (x: number): number => math1(x, libm().asin, false);
export const mathAcos = (x: number): number => math1(x, libm().acos, false);
export const mathAtan = (x: number): number => math1(x, libm().atan, false);
export const mathSinh = (x: number): number => math1(x, libm().sinh, true);
export const mathCosh = (x: number): number => math1(x, libm().cosh, true);
export const mathTanh = (x: number): number => math1(x, libm().tanh, false);
export const mathAsinh = (x: number): number => math1(x, libm().asinh, false);
export const mathAcosh = (x: number): number => math1(x, libm().acosh, false);
export const mathAtanh = (x: number): number => math1(x, libm().atanh, false);
export const mathCbrt = (x: number): number => math1(x, libm().cbrt, false);
export const mathErf = (x: number): number => libm().erf(x);
export const mathErfc = (x: number): number => libm().erfc(x);
export const mathFabs = (x: number): number => Math.abs(x);

export function mathAtan2(y: number, x: number): number {
  return libm().atan2(y, x);
}

/** C's log family on a double: -inf at 0 and nan below, which math1 turns into domain errors. */
function logOf(f: (x: number) => number): (x: number) => number {
  return (x) => (Number.isNaN(x) ? x : x === 0 ? -Infinity : x < 0 ? NaN : f(x));
}

/** CPython's loghelper: ints of any size (log(m * 2**e) = log(m) + e log(2)), floats through math_1. */
function logHelper(x: number | bigint, f: (x: number) => number): number {
  if (typeof x === 'bigint') {
    if (x <= 0n) throw domainError();
    const v = Number(x);
    if (v !== Infinity) return f(v);
    // frexp of the int: x ~= m * 2**e with m in [0.5, 1), correctly rounded
    let e = bitLength(x);
    let m = ratioToFloat(x, 1n << BigInt(e));
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    return f(m) + f(2) * e;
  }
  return math1(x, logOf(f), false);
}

/** math.log(x) or math.log(x, base). */
export function mathLog(x: number | bigint, base?: number | bigint): number {
  const num = logHelper(x, libm().log);
  if (base === undefined) return num;
  const den = logHelper(base, libm().log);
  if (den === 0) throw new NumericError('ZeroDivisionError', 'float division by zero');
  return num / den;
}

export const mathLog2 = (x: number | bigint): number => logHelper(x, libm().log2);
export const mathLog10 = (x: number | bigint): number => logHelper(x, libm().log10);

function isOddInteger(y: number): boolean {
  return Math.abs(y % 2) === 1;
}

/** math.pow(x, y): like float ** but every failure is a ValueError or OverflowError. */
export function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const odd = Number.isFinite(y) && isOddInteger(y);
      if (y > 0) return odd ? x : Math.abs(x);
      if (y === 0) return 1;
      return odd ? (signBit(x) ? -0 : 0) : 0;
    }
    // y infinite
    const a = Math.abs(x);
    if (a === 1) return 1;
    if (y > 0 && a > 1) return y;
    if (y < 0 && a < 1) return -y;
    return 0;
  }
  if (y === 0 || x === 1) return 1;
  if (x === 0) {
    if (y < 0) throw domainError(); // C: a pole
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  let ax = x;
  if (x < 0) {
    if (!Number.isInteger(y)) throw domainError();
    ax = -x;
    negate = isOddInteger(y);
  }
  const r = libm().pow(ax, y);
  if (r === Infinity) throw rangeError();
  return negate ? -r : r;
}

export function mathFmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  return r;
}

/** math.frexp(x): [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x itself and 0 for 0, inf, nan). */
export function mathFrexp(x: number): [number, bigint] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0n];
  const { mant, exp } = decompose(x);
  // the bit length of mant: 53 for normal numbers, fewer for subnormals
  const bits = mant >= 4294967296 ? 64 - Math.clz32(Math.floor(mant / 4294967296)) : 32 - Math.clz32(mant);
  const e = exp + bits;
  const m = (mant / 2 ** bits) * (x < 0 ? -1 : 1);
  return [m, BigInt(e)];
}

/** math.ldexp(x, i) = x * 2**i, rounded once. */
export function mathLdexp(x: number, i: bigint): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (i > 2147483647n) throw rangeError();
  if (i < -2147483648n) return signBit(x) ? -0 : 0;
  const n = Number(i);
  const { mant, exp } = decompose(x);
  const e = exp + n;
  let r: number;
  if (e >= -1074 && e <= 971) r = mant * 2 ** e; // exact: mant < 2**53
  else if (e > 971) r = e > 1100 ? Infinity : ratioToFloat(BigInt(mant) << BigInt(e), 1n);
  else r = e < -1200 ? 0 : ratioToFloat(BigInt(mant), 1n << BigInt(-e));
  if (r === Infinity) throw rangeError();
  return x < 0 ? -r : r;
}

/** math.modf(x): [fractional part, integral part], both with x's sign. */
export function mathModf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x];
  if (!Number.isFinite(x)) return [x < 0 ? -0 : 0, x];
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [signBit(x) && fp === 0 ? -0 : fp, ip];
}

export function mathCopysign(x: number, y: number): number {
  const a = Math.abs(x);
  return signBit(y) ? -a : a;
}

export function mathIsclose(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (relTol < 0 || absTol < 0) throw new NumericError('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/**
 * Doubles as integers in their order: consecutive floats are consecutive
 * integers, -0.0 and 0.0 both map to 0.
 */
function toOrdered(x: number): bigint {
  const [hi, lo] = doubleWords(x);
  const mag = (BigInt(hi & 0x7fffffff) << 32n) | BigInt(lo);
  return hi & 0x80000000 ? -mag : mag;
}

function fromOrdered(n: bigint, zeroSign: number): number {
  if (n === 0n) return zeroSign;
  const mag = n < 0n ? -n : n;
  const hi = Number(mag >> 32n) | (n < 0n ? 0x80000000 : 0);
  return wordsToDouble(hi, Number(mag & 0xffffffffn));
}

/** math.nextafter(x, y, steps=None): `steps` floats from x towards y, stopping at y. */
export function mathNextafter(x: number, y: number, steps?: bigint): number {
  if (steps === undefined) {
    // C's nextafter: one step, landing on a zero of x's sign
    if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
    if (x === y) return y;
    const a = toOrdered(x);
    return fromOrdered(toOrdered(y) > a ? a + 1n : a - 1n, signBit(x) ? -0 : 0);
  }
  if (steps < 0n) throw new NumericError('ValueError', 'steps must be a non-negative integer');
  if (steps === 0n) return x;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (x === y) return y;
  const a = toOrdered(x);
  const b = toOrdered(y);
  const dist = b > a ? b - a : a - b;
  if (steps >= dist) return y;
  // landing on zero short of y keeps x's sign, as CPython's bit arithmetic does
  return fromOrdered(b > a ? a + steps : a - steps, signBit(x) ? -0 : 0);
}

export function mathUlp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const up = mathNextafter(x, Infinity);
  if (up === Infinity) return x - mathNextafter(x, -Infinity);
  return up - x;
}

const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;

export const mathDegrees = (x: number): number => x * RAD_TO_DEG;
export const mathRadians = (x: number): number => x * DEG_TO_RAD;

/** math.hypot of two coordinates (CPython rounds it correctly, as here). */
export function mathHypot2(x: number, y: number): number {
  return crHypot(x, y);
}

/** math.hypot(*coordinates). */
export function mathHypot(...coords: number[]): number {
  return crHypotN(coords);
}

/** math.dist(p, q). */
export function mathDist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) throw new NumericError('ValueError', 'both points must have the same number of dimensions');
  return crHypotN(p.map((x, i) => x - q[i]!));
}
