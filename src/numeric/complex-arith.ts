/**
 * Python complex arithmetic as CPython 3.12 (Objects/complexobject.c).
 * A complex is {re, im}; a float operand is promoted by the caller as
 * {re: x, im: 0}, as Python does.
 *
 *   complexAdd / complexSub / complexMul
 *   complexDiv(a, b)   Smith's algorithm; 'complex division by zero'
 *   complexPow(a, b)   repeated squaring for integral exponents |n| <= 100, else polar form;
 *                      '0.0 to a negative or complex power', OverflowError 'complex exponentiation'
 *   complexAbs(z)      abs(z); OverflowError 'absolute value too large'
 */
import { NumericError } from './errors.js';
import type { Complex } from './parse-float.js';
import { libm } from './c-libm.js';

export type { Complex };

export function complexAdd(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

export function complexSub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

export function complexMul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** a / b, or undefined when b is zero (CPython's EDOM). */
function quot(a: Complex, b: Complex): Complex | undefined {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) return undefined;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN }; // a nan in b
}

export function complexDiv(a: Complex, b: Complex): Complex {
  const r = quot(a, b);
  if (r === undefined) throw new NumericError('ZeroDivisionError', 'complex division by zero');
  return r;
}

const ONE: Complex = { re: 1, im: 0 };

function powu(x: Complex, n: number): Complex {
  let r = ONE;
  let p = x;
  for (let mask = 1; n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = complexMul(r, p);
    p = complexMul(p, p);
  }
  return r;
}

function zeroPowError(): NumericError {
  return new NumericError('ZeroDivisionError', '0.0 to a negative or complex power');
}

export function complexPow(a: Complex, b: Complex): Complex {
  let p: Complex;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    if (n > 0) p = powu(a, n);
    else {
      const q = quot(ONE, powu(a, -n));
      if (q === undefined) throw zeroPowError();
      p = q;
    }
  } else if (b.re === 0 && b.im === 0) {
    p = { re: 1, im: 0 };
  } else if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) throw zeroPowError();
    p = { re: 0, im: 0 };
  } else {
    const vabs = libm().hypot(a.re, a.im);
    let len = libm().pow(vabs, b.re);
    const at = libm().atan2(a.im, a.re);
    let phase = at * b.re;
    if (b.im !== 0) {
      len /= libm().exp(at * b.im);
      phase += b.im * libm().log(vabs);
    }
    // C's cos/sin of an infinity set errno to EDOM, which CPython reports so
    if (phase === Infinity || phase === -Infinity) throw zeroPowError();
    p = { re: len * libm().cos(phase), im: len * libm().sin(phase) };
  }
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) {
    throw new NumericError('OverflowError', 'complex exponentiation');
  }
  return p;
}

export function complexAbs(z: Complex): number {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    // C99: an infinite part wins over a nan
    if (Math.abs(z.re) === Infinity) return Infinity;
    if (Math.abs(z.im) === Infinity) return Infinity;
    return NaN;
  }
  const r = libm().hypot(z.re, z.im); // C's hypot, as CPython's abs(complex)
  if (!Number.isFinite(r)) throw new NumericError('OverflowError', 'absolute value too large');
  return r;
}
