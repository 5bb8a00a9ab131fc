/**
 * The `cmath` built-in module, as CPython 3.12's: the kernels are in
 * cmath-kernels.ts; this file converts the arguments (complex, __complex__,
 * then anything float() takes), raises the kernels' errors (ValueError
 * 'math domain error', OverflowError 'math range error') and makes the
 * module: the elementary functions, phase, polar, rect, log with a base,
 * isfinite/isinf/isnan, isclose and the constants.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { complexImag, complexOperand, complexReal, newComplex } from '../objects/complex.js';
import { dictSet } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { intern } from '../objects/intern.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { newTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { boolValue, typeNameOf } from '../vm/abstract.js';
import { callFound0, lookupTypeString } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { libm } from '../numeric/c-libm.js';
import * as k from './cmath-kernels.js';
import { kwCount, parseMathClinic, realArg } from './math-args.js';
import { defineBuiltinModule } from './import-registry.js';

defineBuiltinModule('cmath', 'Mathematical functions for complex numbers, as CPython\'s cmath module.', (d) => {
  const reals: [string, number][] = [
    ['pi', Math.PI],
    ['e', Math.E],
    ['tau', 2 * Math.PI],
    ['inf', Infinity],
    ['nan', NaN],
  ];
  for (const [name, x] of reals) dictSet(d, intern(name), newFloat(x));
  dictSet(d, intern('infj'), newComplex(0, Infinity));
  dictSet(d, intern('nanj'), newComplex(0, NaN));
});

// ---- arguments -----------------------------------------------------------------------------

/** Set by toComplexArg. */
let zRe = 0;
let zIm = 0;

/** PyComplex_AsCComplex: a complex as it is, else its __complex__, else float(v). */
function toComplexArg(v: Value): void {
  const c = complexOperand(v);
  if (c !== NULL) {
    zRe = complexReal(c);
    zIm = complexImag(c);
    return;
  }
  if ((v & 1) === 0) {
    const m = lookupTypeString(typeOf(v), '__complex__');
    if (m !== NULL && m !== S.None) {
      const r = callFound0(m, v);
      const rc = complexOperand(r);
      if (rc === NULL) throw raise(E.TypeError, `__complex__ returned non-complex (type ${typeNameOf(r)})`);
      zRe = complexReal(rc);
      zIm = complexImag(rc);
      return;
    }
  }
  zRe = realArg(v);
  zIm = 0;
}

/** METH_O, with the module-qualified wording: `cmath.sqrt() takes exactly one argument (2 given)`. */
function single(name: string, argc: number, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `cmath.${name}() takes no keyword arguments`);
  if (argc !== 1) throw raise(E.TypeError, `cmath.${name}() takes exactly one argument (${argc} given)`);
}

/** _PyArg_CheckPositional's wording. */
function positional(name: string, argc: number, kwnames: Ref, min: number, max: number): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `cmath.${name}() takes no keyword arguments`);
  if (argc >= min && argc <= max) return;
  const noun = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  if (min === max) throw raise(E.TypeError, `${name} expected ${min} ${noun(min)}, got ${argc}`);
  if (argc < min) throw raise(E.TypeError, `${name} expected at least ${min} ${noun(min)}, got ${argc}`);
  throw raise(E.TypeError, `${name} expected at most ${max} ${noun(max)}, got ${argc}`);
}

function check(fault: number): void {
  if (fault === k.EDOM) throw raise(E.ValueError, 'math domain error');
  if (fault === k.ERANGE) throw raise(E.OverflowError, 'math range error');
}

function result(): Value {
  check(k.fault);
  return newComplex(k.outRe, k.outIm);
}

// ---- complex -> complex --------------------------------------------------------------------

const unary: [string, (re: number, im: number) => void][] = [
  ['sqrt', k.cSqrt],
  ['exp', k.cExp],
  ['log10', k.cLog10],
  ['acos', k.cAcos],
  ['asin', k.cAsin],
  ['atan', k.cAtan],
  ['cos', k.cCos],
  ['sin', k.cSin],
  ['tan', k.cTan],
  ['acosh', k.cAcosh],
  ['asinh', k.cAsinh],
  ['atanh', k.cAtanh],
  ['cosh', k.cCosh],
  ['sinh', k.cSinh],
  ['tanh', k.cTanh],
];
for (const [name, f] of unary) {
  defineFunction('cmath', name, (_s, argv, argc, kwnames) => {
    single(name, argc, kwnames);
    toComplexArg(i32[argv]!);
    f(zRe, zIm);
    return result();
  });
}

/** Smith's division as _Py_c_quot: EDOM for a zero divisor. */
function quotient(aRe: number, aIm: number, bRe: number, bIm: number): number {
  const absRe = Math.abs(bRe);
  const absIm = Math.abs(bIm);
  let re: number;
  let im: number;
  let fault = 0;
  if (absRe >= absIm) {
    if (absRe === 0) {
      fault = k.EDOM;
      re = 0;
      im = 0;
    } else {
      const ratio = bIm / bRe;
      const denom = bRe + bIm * ratio;
      re = (aRe + aIm * ratio) / denom;
      im = (aIm - aRe * ratio) / denom;
    }
  } else if (absIm >= absRe) {
    const ratio = bRe / bIm;
    const denom = bRe * ratio + bIm;
    re = (aRe * ratio + aIm) / denom;
    im = (aIm * ratio - aRe) / denom;
  } else {
    re = NaN;
    im = NaN;
  }
  zRe = re;
  zIm = im;
  return fault;
}

defineFunction('cmath', 'log', (_s, argv, argc, kwnames) => {
  positional('log', argc, kwnames, 1, 2);
  toComplexArg(i32[argv]!);
  k.cLog(zRe, zIm);
  if (argc === 1) return result();
  const logRe = k.outRe;
  const logIm = k.outIm;
  // the base's log replaces the first error state, as in CPython (log(0, 2) is -inf+nanj)
  toComplexArg(i32[argv + 1]!);
  k.cLog(zRe, zIm);
  let fault = k.fault;
  const q = quotient(logRe, logIm, k.outRe, k.outIm);
  if (q !== 0) fault = q;
  check(fault);
  return newComplex(zRe, zIm);
});

// ---- complex -> real, polar and rectangular ------------------------------------------------

/** _Py_c_abs: infinite if a part is, nan if a part is, else hypot (ERANGE on overflow). */
function modulus(re: number, im: number): number {
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
  if (Number.isNaN(re) || Number.isNaN(im)) return NaN;
  return libm().hypot(re, im);
}

defineFunction('cmath', 'phase', (_s, argv, argc, kwnames) => {
  single('phase', argc, kwnames);
  toComplexArg(i32[argv]!);
  return newFloat(libm().atan2(zIm, zRe));
});

defineFunction('cmath', 'polar', (_s, argv, argc, kwnames) => {
  single('polar', argc, kwnames);
  toComplexArg(i32[argv]!);
  const phi = libm().atan2(zIm, zRe);
  const r = modulus(zRe, zIm);
  if (r === Infinity && Number.isFinite(zRe) && Number.isFinite(zIm)) check(k.ERANGE);
  const mark = handleCount();
  try {
    const h = pushHandle(newFloat(r));
    const p = newFloat(phi);
    return newTuple([getHandle(h), p]);
  } finally {
    releaseHandles(mark);
  }
});

defineFunction('cmath', 'rect', (_s, argv, argc, kwnames) => {
  positional('rect', argc, kwnames, 2, 2);
  const r = realArg(i32[argv]!);
  const phi = realArg(i32[argv + 1]!);
  k.cRect(r, phi);
  return result();
});

const predicates: [string, (re: number, im: number) => boolean][] = [
  ['isfinite', (re, im) => Number.isFinite(re) && Number.isFinite(im)],
  ['isinf', (re, im) => re === Infinity || re === -Infinity || im === Infinity || im === -Infinity],
  ['isnan', (re, im) => Number.isNaN(re) || Number.isNaN(im)],
];
for (const [name, f] of predicates) {
  defineFunction('cmath', name, (_s, argv, argc, kwnames) => {
    single(name, argc, kwnames);
    toComplexArg(i32[argv]!);
    return boolValue(f(zRe, zIm));
  });
}

const closeArgs: Value[] = [];
defineFunction('cmath', 'isclose', (_s, argv, argc, kwnames) => {
  parseMathClinic('isclose', argv, argc, kwnames, ['a', 'b'], 0, ['rel_tol', 'abs_tol'], closeArgs);
  const mark = handleCount();
  try {
    // a conversion may run Python code: keep the other arguments rooted
    const h = closeArgs.map((v) => pushHandle(v));
    closeArgs.length = 0;
    toComplexArg(getHandle(h[0]!));
    const aRe = zRe;
    const aIm = zIm;
    toComplexArg(getHandle(h[1]!));
    const bRe = zRe;
    const bIm = zIm;
    const relV = getHandle(h[2]!);
    const rel = relV === NULL ? 1e-9 : realArg(relV);
    const absV = getHandle(h[3]!);
    const abs = absV === NULL ? 0 : realArg(absV);
    if (rel < 0 || abs < 0) throw raise(E.ValueError, 'tolerances must be non-negative');
    if (aRe === bRe && aIm === bIm) return boolValue(true);
    const infinite = (x: number): boolean => x === Infinity || x === -Infinity;
    if (infinite(aRe) || infinite(aIm) || infinite(bRe) || infinite(bIm)) return boolValue(false);
    const diff = modulus(aRe - bRe, aIm - bIm);
    return boolValue(diff <= rel * modulus(bRe, bIm) || diff <= rel * modulus(aRe, aIm) || diff <= abs);
  } finally {
    releaseHandles(mark);
  }
});
