/**
 * math.gamma and math.lgamma as CPython 3.12 computes them (its own code, not
 * libm's): the Lanczos approximation with g = 6.024680040776729583740234375
 * and N = 13 (the coefficients of Boost's lanczos13m53, in rational form:
 * num(x) / den(x) with den(x) = x (x+1) ... (x+11)), exact factorials for
 * small integers, sin(pi x) reduced by quadrants for the reflection formula.
 * The exp, log, pow, sin and cos underneath are the correctly rounded ones of
 * libm.ts, as glibc's are.
 *
 *   mathGamma(x)   ValueError 'math domain error' at 0, negative integers, -inf;
 *                  OverflowError 'math range error' when the result overflows
 *   mathLgamma(x)  ValueError at 0 and the negative integers
 * And math.remainder (IEEE 754 remainder, which C's libm also computes this way).
 */
import { NumericError } from './errors.js';
import { libm } from './c-libm.js';

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;

const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];

/** The coefficients of x (x+1) ... (x+11), constant term first. */
const LANCZOS_DEN: number[] = (() => {
  let p = [1];
  for (let k = 0; k < 12; k++) {
    // p(x) * (x + k)
    const q = new Array<number>(p.length + 1).fill(0);
    for (let i = 0; i < p.length; i++) {
      q[i]! += p[i]! * k;
      q[i + 1]! += p[i]!;
    }
    p = q;
  }
  return p;
})();

/** num(x) / den(x), by Horner in x below 5 and in 1/x above (where the leading terms dominate). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** 0!, 1!, ..., 22! (all exact doubles): gamma(1) to gamma(23). */
const GAMMA_INTEGRAL: number[] = (() => {
  const out: number[] = [];
  let f = 1n;
  for (let k = 1; k <= 23; k++) {
    out.push(Number(f));
    f *= BigInt(k);
  }
  return out;
})();

const LOG_PI = 1.1447298858494002;

/** sin(pi x) with the argument reduced to [-pi/4, pi/4] around a multiple of pi/2, so exact zeros stay zeros. */
export function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y); // y >= 0: JS rounds halves up, as C's round does away from zero
  let r: number;
  switch (n) {
    case 0:
      r = libm().sin(Math.PI * y);
      break;
    case 1:
      r = libm().cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm().sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -libm().cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm().sin(Math.PI * (y - 2));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function domainError(): NumericError {
  return new NumericError('ValueError', 'math domain error');
}

function rangeError(): NumericError {
  return new NumericError('OverflowError', 'math range error');
}

export function mathGamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw domainError();
  }
  if (x === 0) throw domainError();
  if (x === Math.floor(x)) {
    if (x < 0) throw domainError();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) throw rangeError();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinPi(x);
    throw rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // the rounding error of y, as a correction factor
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinPi(absx)) / absx) * libm().exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libm().pow(y, absx - 0.5);
    else {
      const sqrtpow = libm().pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm().exp(y);
    r += z * r;
    if (absx < 140) r *= libm().pow(y, absx - 0.5);
    else {
      const sqrtpow = libm().pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

export function mathLgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm().log(absx);
  let r = libm().log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm().log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - libm().log(Math.abs(sinPi(absx))) - libm().log(absx) - r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

/** math.remainder(x, y): x - n*y with n the integer nearest x/y, ties to even; exact. */
export function mathRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) throw domainError();
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay); // halfway: choose the even multiple
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) throw domainError();
  return x;
}
