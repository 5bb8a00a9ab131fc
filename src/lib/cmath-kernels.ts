/**
 * Complex elementary functions with CPython 3.12's cmath results: the
 * branch-cut formulas after Kahan ("Branch Cuts for Complex Elementary
 * Functions") that cmathmodule.c uses, over the C library's real functions
 * (src/numeric/c-libm.ts), as CPython's, so results agree to the last bit.
 *
 * Non-finite arguments take their value from C99 Annex G as CPython tabulates
 * it: one table per function, 7x7 cells indexed by the class of the real and
 * the imaginary part (-inf, negative, -0, +0, positive, +inf, nan). Each
 * kernel returns its result in (outRe, outIm) and its error in `fault`:
 * 0 none, EDOM ('math domain error' ValueError), ERANGE ('math range error'
 * OverflowError).
 */
import { signBit } from '../numeric/bits.js';
import { libm } from '../numeric/c-libm.js';

export const EDOM = 1;
export const ERANGE = 2;

export let outRe = 0;
export let outIm = 0;
export let fault = 0;

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const MANT_DIG = 53;
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
/** Above this the formulas switch to forms that cannot overflow. */
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
/** Scaling of tiny arguments to sqrt: by 2**53, and back by 2**-27. */
const TINY_UP = 2 ** 53;
const TINY_DOWN = 2 ** -27;

const INF = Infinity;
const NAN = NaN;
const PI = Math.PI;

function put(re: number, im: number): void {
  outRe = re;
  outIm = im;
}

/** C's copysign (the sign bit of y, nans included). */
function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
}

// ---- special values ------------------------------------------------------------------------

/** The class of one part: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan. */
function partClass(x: number): number {
  if (Number.isNaN(x)) return 6;
  if (x === INF) return 5;
  if (x === -INF) return 0;
  if (x === 0) return Object.is(x, -0) ? 2 : 3;
  return x < 0 ? 1 : 4;
}

const SYMBOL: Record<string, number> = {
  I: INF, '-I': -INF, N: NAN, '0': 0, '-0': -0, '1': 1, '-1': -1,
  P: PI, '-P': -PI, H: PI / 2, '-H': -PI / 2, Q: PI / 4, '-Q': -PI / 4, T: (3 * PI) / 4, '-T': (-3 * PI) / 4,
};

/**
 * The Annex G tables, row = class of the real part, column = class of the
 * imaginary part, each cell "re,im" in the symbols above (I infinity,
 * N nan, P pi, H pi/2, Q pi/4, T 3pi/4). Cells with both parts finite are
 * never read; cells a function handles by formula (an infinite part with a
 * finite nonzero other part, for exp, cosh, sinh, tanh and rect) are unused.
 */
const TABLE_TEXT = {
  acos: 'T,I P,I P,I P,-I P,-I T,-I N,I H,I N,N N,N N,N N,N H,-I N,N H,I N,N N,N N,N N,N H,-I H,N H,I N,N N,N N,N N,N H,-I H,N H,I N,N N,N N,N N,N H,-I N,N Q,I 0,I 0,I 0,-I 0,-I Q,-I N,I N,I N,N N,N N,N N,N N,-I N,N',
  acosh: 'I,-T I,-P I,-P I,P I,P I,T I,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N I,N N,N N,N N,N N,N I,N N,N',
  asinh: '-I,-Q -I,-0 -I,-0 -I,0 -I,0 -I,Q -I,N -I,-H N,N N,N N,N N,N -I,H N,N -I,-H N,N N,N N,N N,N -I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N I,N N,N N,-0 N,0 N,N I,N N,N',
  atanh: '-0,-H -0,-H -0,-H -0,H -0,H -0,H -0,N -0,-H N,N N,N N,N N,N -0,H N,N -0,-H N,N N,N N,N N,N -0,H -0,N 0,-H N,N N,N N,N N,N 0,H 0,N 0,-H N,N N,N N,N N,N 0,H N,N 0,-H 0,-H 0,-H 0,H 0,H 0,H 0,N 0,-H N,N N,N N,N N,N 0,H N,N',
  cosh: 'N,N -I,I I,0 I,-0 -I,-I N,N I,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,0 N,N N,N N,N N,N N,N N,N N,0 N,N N,N N,N N,N N,N N,N N,N N,N -I,-I I,-0 I,0 -I,I N,N I,N N,N N,N N,0 N,0 N,N N,N N,N',
  exp: '0,0 -0,-0 0,-0 0,0 -0,0 0,0 0,0 N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N -I,-I I,-0 I,0 -I,I N,N I,N N,N N,N N,-0 N,0 N,N N,N N,N',
  log: 'I,-T I,-P I,-P I,P I,P I,T I,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-H N,N N,N N,N N,N I,H N,N I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N I,N N,N N,N N,N N,N I,N N,N',
  sinh: 'N,N I,-I -I,-0 -I,0 I,I N,N I,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N 0,N N,N N,N N,N N,N N,N N,N 0,N N,N N,N N,N N,N N,N N,N N,N N,N -I,-I I,-0 I,0 -I,I N,N I,N N,N N,N N,-0 N,0 N,N N,N N,N',
  sqrt: 'I,-I 0,-I 0,-I 0,I 0,I I,I N,I I,-I N,N N,N N,N N,N I,I N,N I,-I N,N N,N N,N N,N I,I N,N I,-I N,N N,N N,N N,N I,I N,N I,-I N,N N,N N,N N,N I,I N,N I,-I I,-0 I,-0 I,0 I,0 I,I I,N I,-I N,N N,N N,N N,N I,I N,N',
  tanh: '-1,0 -1,0 -1,-0 -1,0 -1,-0 -1,0 -1,0 N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N N,N 1,0 1,0 1,-0 1,0 1,-0 1,0 1,0 N,N N,N N,-0 N,0 N,N N,N N,N',
  rect: 'N,N I,I -I,0 -I,-0 I,-I N,N I,N N,N N,N N,N N,N N,N N,N N,N 0,0 N,N N,N N,N N,N 0,0 0,0 0,0 N,N N,N N,N N,N 0,0 0,0 N,N N,N N,N N,N N,N N,N N,N N,N -I,-I I,-0 I,0 -I,I N,N I,N N,N N,N N,0 N,0 N,N N,N N,N',
};

type TableName = keyof typeof TABLE_TEXT;

/** Each table as 98 doubles: re, im of cell (row * 7 + column). */
const TABLES = {} as Record<TableName, Float64Array>;
for (const name of Object.keys(TABLE_TEXT) as TableName[]) {
  const cells = TABLE_TEXT[name].split(' ');
  const t = new Float64Array(98);
  cells.forEach((cell, k) => {
    const [a, b] = cell.split(',') as [string, string];
    t[2 * k] = SYMBOL[a]!;
    t[2 * k + 1] = SYMBOL[b]!;
  });
  TABLES[name] = t;
}

/** The table's value for a non-finite (re, im). */
function special(name: TableName, re: number, im: number): void {
  const k = 2 * (partClass(re) * 7 + partClass(im));
  const t = TABLES[name];
  put(t[k]!, t[k + 1]!);
}

function finite(re: number, im: number): boolean {
  return Number.isFinite(re) && Number.isFinite(im);
}

// ---- the kernels ---------------------------------------------------------------------------

export function cSqrt(re: number, im: number): void {
  fault = 0;
  if (!finite(re, im)) return special('sqrt', re, im);
  if (re === 0 && im === 0) return put(0, im);
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // subnormal parts: scale up so that hypot and sqrt keep their precision
    ax *= TINY_UP;
    s = Math.sqrt(ax + libm().hypot(ax, ay * TINY_UP)) * TINY_DOWN;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libm().hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (re >= 0) put(s, copysign(d, im));
  else put(d, copysign(s, im));
}

export function cExp(re: number, im: number): void {
  if (!finite(re, im)) {
    if ((re === INF || re === -INF) && Number.isFinite(im) && im !== 0) {
      const c = libm().cos(im);
      const s = libm().sin(im);
      if (re > 0) put(copysign(INF, c), copysign(INF, s));
      else put(copysign(0, c), copysign(0, s));
    } else special('exp', re, im);
    const imInf = im === INF || im === -INF;
    fault = imInf && (Number.isFinite(re) || re === INF) ? EDOM : 0;
    return;
  }
  let scale: number;
  if (re > LOG_LARGE) {
    scale = libm().exp(re - 1);
    put(scale * libm().cos(im) * Math.E, scale * libm().sin(im) * Math.E);
  } else {
    scale = libm().exp(re);
    put(scale * libm().cos(im), scale * libm().sin(im));
  }
  fault = outRe === INF || outRe === -INF || outIm === INF || outIm === -INF ? ERANGE : 0;
}

/** log|z| without overflow or underflow in the modulus, and arg z. */
export function cLog(re: number, im: number): void {
  fault = 0;
  if (!finite(re, im)) return special('log', re, im);
  const ax = Math.abs(re);
  const ay = Math.abs(im);
  let real: number;
  if (ax > LARGE || ay > LARGE) {
    real = libm().log(libm().hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      real = libm().log(libm().hypot(ax * 2 ** MANT_DIG, ay * 2 ** MANT_DIG)) - MANT_DIG * LN2;
    } else {
      real = -INF;
      fault = EDOM;
    }
  } else {
    const h = libm().hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      // near the unit circle log(h) loses digits: log1p of h*h - 1 computed exactly-ish
      const big = Math.max(ax, ay);
      const small = Math.min(ax, ay);
      real = libm().log1p((big - 1) * (big + 1) + small * small) / 2;
    } else real = libm().log(h);
  }
  put(real, libm().atan2(im, re));
}

export function cLog10(re: number, im: number): void {
  cLog(re, im);
  put(outRe / LN10, outIm / LN10);
}

export function cAcos(re: number, im: number): void {
  fault = 0;
  if (!finite(re, im)) return special('acos', re, im);
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const real = libm().atan2(Math.abs(im), re);
    const m = libm().log(libm().hypot(re / 2, im / 2)) + 2 * LN2;
    put(real, re < 0 ? -copysign(m, im) : copysign(m, -im));
    return;
  }
  cSqrt(1 - re, -im);
  const aRe = outRe;
  const aIm = outIm;
  cSqrt(1 + re, im);
  const bRe = outRe;
  const bIm = outIm;
  fault = 0;
  put(2 * libm().atan2(aRe, bRe), libm().asinh(bRe * aIm - bIm * aRe));
}

export function cAcosh(re: number, im: number): void {
  fault = 0;
  if (!finite(re, im)) return special('acosh', re, im);
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    put(libm().log(libm().hypot(re / 2, im / 2)) + 2 * LN2, libm().atan2(im, re));
    return;
  }
  cSqrt(re - 1, im);
  const aRe = outRe;
  const aIm = outIm;
  cSqrt(re + 1, im);
  const bRe = outRe;
  fault = 0;
  put(libm().asinh(aRe * bRe + aIm * outIm), 2 * libm().atan2(aIm, bRe));
}

export function cAsinh(re: number, im: number): void {
  fault = 0;
  if (!finite(re, im)) return special('asinh', re, im);
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const m = libm().log(libm().hypot(re / 2, im / 2)) + 2 * LN2;
    put(im >= 0 ? copysign(m, re) : -copysign(m, -re), libm().atan2(im, Math.abs(re)));
    return;
  }
  cSqrt(1 + im, -re);
  const aRe = outRe;
  const aIm = outIm;
  cSqrt(1 - im, re);
  const bRe = outRe;
  const bIm = outIm;
  fault = 0;
  put(libm().asinh(aRe * bIm - bRe * aIm), libm().atan2(im, aRe * bRe - aIm * bIm));
}

export function cAtanh(re: number, im: number): void {
  fault = 0;
  if (!finite(re, im)) return special('atanh', re, im);
  if (re < 0) {
    // odd function: work on the right half-plane
    cAtanh(-re, -im);
    put(-outRe, -outIm);
    return;
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = libm().hypot(re / 2, im / 2);
    put(re / 4 / h / h, -copysign(PI / 2, -im));
  } else if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      put(INF, im);
      fault = EDOM;
    } else {
      put(-libm().log(Math.sqrt(ay) / Math.sqrt(libm().hypot(ay, 2))), copysign(libm().atan2(2, -ay) / 2, im));
    }
  } else {
    const w = 1 - re;
    put(libm().log1p((4 * re) / (w * w + ay * ay)) / 4, -libm().atan2(-2 * im, w * (1 + re) - ay * ay) / 2);
  }
}

/** cosh and sinh: (cos y * f(x), sin y * g(x)) with f, g cosh/sinh or sinh/cosh. */
function hyperbolic(re: number, im: number, isCosh: boolean): void {
  if (!finite(re, im)) {
    if ((re === INF || re === -INF) && Number.isFinite(im) && im !== 0) {
      const c = libm().cos(im);
      const s = libm().sin(im);
      if (isCosh) put(copysign(INF, c), re > 0 ? copysign(INF, s) : -copysign(INF, s));
      else put(re > 0 ? copysign(INF, c) : -copysign(INF, c), copysign(INF, s));
    } else special(isCosh ? 'cosh' : 'sinh', re, im);
    fault = (im === INF || im === -INF) && !Number.isNaN(re) ? EDOM : 0;
    return;
  }
  const f = isCosh ? libm().cosh : libm().sinh;
  const g = isCosh ? libm().sinh : libm().cosh;
  if (Math.abs(re) > LOG_LARGE) {
    const x = re - copysign(1, re);
    put(libm().cos(im) * f(x) * Math.E, libm().sin(im) * g(x) * Math.E);
  } else {
    put(libm().cos(im) * f(re), libm().sin(im) * g(re));
  }
  fault = outRe === INF || outRe === -INF || outIm === INF || outIm === -INF ? ERANGE : 0;
}

export function cCosh(re: number, im: number): void {
  hyperbolic(re, im, true);
}

export function cSinh(re: number, im: number): void {
  hyperbolic(re, im, false);
}

export function cTanh(re: number, im: number): void {
  if (!finite(re, im)) {
    if ((re === INF || re === -INF) && Number.isFinite(im) && im !== 0) {
      put(re > 0 ? 1 : -1, copysign(0, 2 * libm().sin(im) * libm().cos(im)));
    } else special('tanh', re, im);
    fault = (im === INF || im === -INF) && Number.isFinite(re) ? EDOM : 0;
    return;
  }
  fault = 0;
  if (Math.abs(re) > LOG_LARGE) {
    put(copysign(1, re), 4 * libm().sin(im) * libm().cos(im) * libm().exp(-2 * Math.abs(re)));
    return;
  }
  const tx = libm().tanh(re);
  const ty = libm().tan(im);
  const cx = 1 / libm().cosh(re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  put((tx * (1 + ty * ty)) / denom, (ty / denom) * cx * cx);
}

// the circular functions are the hyperbolic ones of i*z, turned back

export function cAsin(re: number, im: number): void {
  cAsinh(-im, re);
  put(outIm, -outRe);
}

export function cAtan(re: number, im: number): void {
  cAtanh(-im, re);
  put(outIm, -outRe);
}

export function cCos(re: number, im: number): void {
  cCosh(-im, re);
}

export function cSin(re: number, im: number): void {
  cSinh(-im, re);
  put(outIm, -outRe);
}

export function cTan(re: number, im: number): void {
  cTanh(-im, re);
  put(outIm, -outRe);
}

/** r * e**(i*phi). */
export function cRect(r: number, phi: number): void {
  if (!finite(r, phi)) {
    if ((r === INF || r === -INF) && Number.isFinite(phi) && phi !== 0) {
      const c = libm().cos(phi);
      const s = libm().sin(phi);
      if (r > 0) put(copysign(INF, c), copysign(INF, s));
      else put(-copysign(INF, c), -copysign(INF, s));
    } else special('rect', r, phi);
    fault = r !== 0 && !Number.isNaN(r) && (phi === INF || phi === -INF) ? EDOM : 0;
    return;
  }
  fault = 0;
  if (phi === 0) put(r, r * phi);
  else put(r * libm().cos(phi), r * libm().sin(phi));
}
