/**
 * The C library's math functions, which is where CPython's float results come
 * from: `math.sin`, `math.erf`, `x ** y`, `abs(complex)` and cmath call the
 * platform's libm, and glibc's results are its own. Its sin, exp, pow and log
 * are correctly rounded but for rare near-halfway cases, its cbrt, erf and
 * erfc are up to an ulp off, and only glibc's own code gives glibc's bits
 * (measured over 20,000 random arguments each: gilvm's own evaluations differ
 * from glibc in 0.1% (exp, pow) to 1% (erf), 19% (erfc) and 49% (cbrt) of
 * results). So gilvm calls the same library, through koffi (an FFI with
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
import { createRequire } from 'node:module';
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

/** The C functions CPython's float code calls, under their C names. */
export interface Libm {
  /** where they come from: 'host' (the C library, through koffi) or 'js' */
  readonly source: 'host' | 'js';
  readonly sin: F1;
  readonly cos: F1;
  readonly tan: F1;
  readonly asin: F1;
  readonly acos: F1;
  readonly atan: F1;
  readonly sinh: F1;
  readonly cosh: F1;
  readonly tanh: F1;
  readonly asinh: F1;
  readonly acosh: F1;
  readonly atanh: F1;
  readonly exp: F1;
  readonly exp2: F1;
  readonly expm1: F1;
  readonly log: F1;
  readonly log2: F1;
  readonly log10: F1;
  readonly log1p: F1;
  readonly cbrt: F1;
  readonly erf: F1;
  readonly erfc: F1;
  readonly pow: F2;
  readonly atan2: F2;
  readonly hypot: F2;
}

const ONE_ARGUMENT = [
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'cbrt', 'erf', 'erfc',
] as const;
const TWO_ARGUMENTS = ['pow', 'atan2', 'hypot'] as const;

/**
 * The project's own evaluations. Some take only the arguments their callers
 * pass them (crLog: finite x > 0; powPositive: x > 0); CPython's callers
 * (math-float.ts, float-arith.ts, complex-arith.ts) sort out the other cases
 * before they call libm, and so do gilvm's.
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
  pow: powPositive,
  atan2: crAtan2,
  hypot: glibcHypot,
};

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

type Koffi = typeof import('koffi');

function loadHostLibm(): Libm | null {
  let koffi: Koffi;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
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
