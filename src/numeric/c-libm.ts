/**
 * The C library's math functions, which is where CPython's float results come
 * from: `math.sin`, `math.erf`, `x ** y`, `abs(complex)` and cmath call the
 * platform's libm, and glibc's results are its own. Its sin, exp, pow and log
 * are correctly rounded but for rare near-halfway cases, its cbrt, erf and
 * erfc are up to an ulp off, and only glibc's own code gives glibc's bits
 * (test/numeric/c-libm.test.ts has examples). So gilvm calls the same library, through koffi (an FFI with
 * prebuilt binaries, so nothing is compiled at install).
 *
 *   libm()   the functions below, from the host's C library when it loads,
 *            else from the project's own evaluations (libm.ts: correctly
 *            rounded; libm-fdlibm.ts, glibc-hypot.ts: glibc's formulas;
 *            math-erf.ts), which agree with glibc but for those last bits.
 *
 * The library is loaded on the first call in each worker (about 20 ms, most
 * of it koffi's own start), so a program that never needs libm never pays.
 * `GILVM_LIBM=js` in the environment selects the project's evaluations
 * (test/numeric/c-libm.test.ts checks that a worker honours it).
 */
import { loadKoffi, type Koffi } from '../host-koffi.js';
import { glibcHypot } from './glibc-hypot.js';
import {
  crAcos,
  crAsin,
  crAtan2,
  crCos,
  crExp,
  crLog,
  crLog2,
  crSin,
  crTan,
  glibcLog10,
  powPositive,
} from './libm.js';
import { glibcAcosh, glibcAsinh, glibcCosh, glibcSinh, glibcTanh } from './libm-fdlibm.js';
import { mathErf, mathErfc } from './math-erf.js';

type F1 = (x: number) => number;
type F2 = (x: number, y: number) => number;

const ONE_ARGUMENT = [
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'cbrt', 'erf', 'erfc',
] as const;
const TWO_ARGUMENTS = ['pow', 'atan2', 'hypot'] as const;

/** The C functions CPython's float code calls, under their C names (the lists above). */
export type Libm = { readonly [name in (typeof ONE_ARGUMENT)[number]]: F1 } & {
  readonly [name in (typeof TWO_ARGUMENTS)[number]]: F2;
} & {
  /** where they come from: 'host' (the C library, through koffi) or 'js' */
  readonly source: 'host' | 'js';
};

/**
 * The project's own evaluations. log, log2 and log10 take only finite x > 0:
 * CPython's callers sort out the other cases (math-float.ts's logOf), as C's
 * libm would answer them, before calling.
 */
const JS_LIBM: Libm = {
  source: 'js',
  sin: crSin,
  cos: crCos,
  tan: crTan,
  asin: crAsin,
  acos: crAcos,
  atan: (x) => crAtan2(x, 1),
  sinh: glibcSinh,
  cosh: glibcCosh,
  tanh: glibcTanh,
  asinh: glibcAsinh,
  acosh: glibcAcosh,
  atanh: Math.atanh,
  exp: crExp,
  exp2: exp2,
  expm1: Math.expm1,
  log: crLog,
  log2: crLog2,
  log10: glibcLog10,
  log1p: Math.log1p,
  cbrt: Math.cbrt,
  erf: mathErf,
  erfc: mathErfc,
  pow: cPow,
  atan2: crAtan2,
  hypot: glibcHypot,
};

/**
 * C's pow for any doubles (C99 Annex F): powPositive for a finite positive
 * base; a negative base with an integral exponent through it, the sign from
 * the exponent's parity, NaN with any other; 1 for a base of 1 or an exponent
 * of 0 (NaN included) and for -1 to an infinite power; the zeros, infinities
 * and NaNs left are JavaScript's Math.pow, which follows Annex F there.
 */
function cPow(x: number, y: number): number {
  if (x > 0 && x < Infinity && Number.isFinite(y)) return powPositive(x, y);
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  if (x < 0 && x > -Infinity && Number.isFinite(y)) {
    if (!Number.isInteger(y)) return NaN;
    const r = powPositive(-x, y);
    return Math.abs(y % 2) === 1 ? -r : r;
  }
  return Math.pow(x, y);
}

/** 2**x as C's exp2: past the double range it overflows (x >= 1024) or underflows to 0 (x < -1100, far below 2**-1075). */
function exp2(v: number): number {
  if (Number.isNaN(v)) return v;
  if (v >= 1024) return Infinity;
  if (v < -1100) return 0;
  return powPositive(2, v);
}

/** Where each platform keeps its C math library; null: the symbols already in the process. */
function libraryNames(): (string | null)[] {
  switch (process.platform) {
    case 'linux':
      return ['libm.so.6', null];
    case 'darwin':
      return ['libSystem.B.dylib', null];
    case 'win32':
      return ['ucrtbase.dll'];
    case 'freebsd':
      return ['libm.so.5', null];
    default:
      return [null];
  }
}

function loadHostLibm(): Libm | null {
  let koffi: Koffi;
  try {
    koffi = loadKoffi();
  } catch {
    return null;
  }
  for (const name of libraryNames()) {
    try {
      const lib = koffi.load(name);
      const functions: Record<string, F1 | F2 | string> = { source: 'host' };
      for (const f of ONE_ARGUMENT) functions[f] = lib.func(f, 'double', ['double']) as F1;
      for (const f of TWO_ARGUMENTS) functions[f] = lib.func(f, 'double', ['double', 'double']) as F2;
      // every field of Libm is now set, which the Record type cannot show
      const host = functions as unknown as Libm;
      // a library that loads but does not compute these is not a C math library
      if (host.exp(0) !== 1 || host.pow(2, 10) !== 1024 || host.atan2(0, -1) !== Math.PI) continue;
      return host;
    } catch {
      // not there, or lacking a function: the next name
    }
  }
  return null;
}

let active: Libm | null = null;

/** The C math functions: the host's, or the project's own where the host's cannot be loaded. */
export function libm(): Libm {
  if (active !== null) return active;
  active = (process.env.GILVM_LIBM !== 'js' && loadHostLibm()) || JS_LIBM;
  return active;
}

/** The project's own evaluations, whatever the host has (for tests and comparisons). */
export const jsLibm: Libm = JS_LIBM;
