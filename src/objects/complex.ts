/**
 * complex objects: layout, slots, arithmetic, methods and the constructor.
 *
 *     +--------+--------+--------+--------+-------------+-------------+
 *     | type   | gc     | lock   | aux    | real (f64)  | imag (f64)  |     raw body; 32 bytes
 *     +--------+--------+--------+--------+-------------+-------------+
 *     0                                   16            24
 *
 * Subclasses box an exact complex (src/objects/type-layout.ts); operands are
 * read through `toComplex`, which also accepts ints and floats (CPython's
 * complex slots convert them; int's and float's return NotImplemented).
 * Division, power and abs are src/numeric/complex-arith.ts's (CPython's
 * algorithms over glibc-exact elementary functions), with CPython's errors.
 *
 *   complex.__new__(cls, real=0, imag=0)   static native, called by type.__call__
 *   properties real, imag; methods conjugate, __format__, __getnewargs__, __complex__, __abs__
 *   numberHashExact(v)   CPython's exact 64-bit hash of an int, bool, float or complex (for hash())
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { complexAbs, complexDiv, complexPow } from '../numeric/complex-arith.js';
import { complexRepr } from '../numeric/float-format.js';
import { formatComplex } from '../numeric/format-number.js';
import { hashComplex, hashFloat, hashInt } from '../numeric/hash.js';
import { compareIntFloat } from '../numeric/int-float.js';
import { parsePyComplex } from '../numeric/parse-float.js';
import { boolValue, str, typeNameOf } from '../vm/abstract.js';
import { lookupTypeString, callFound0 } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { constHooks } from './const-hooks.js';
import { defineGetter } from './descriptors-getset.js';
import { callIndex, floatOf, numberText } from './float-convert.js';
import { bigOf, bigToDouble, floatHooks, floatOperand, floatValue, intOperand, newFloat, nanHash } from './float.js';
import { wideHash } from './hash-wide.js';
import { numericError } from './int-errors.js';
import { checkNewClass, formatSpecArg } from './int-new.js';
import { defineMethod, kwCount, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { tupleGet } from './tuple.js';
import { newTuple } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { newBoxed, unboxed } from './type-layout.js';
import { declareSlots } from './typeobject.js';

const COMPLEX_BYTES = HEADER_BYTES + 16;

export function newComplex(re: number, im: number): Ref {
  const r = allocate(T.complex, COMPLEX_BYTES, true);
  const w = (r + HEADER_BYTES) >> 3;
  f64[w] = re;
  f64[w + 1] = im;
  return r;
}
constHooks.newComplex = newComplex;

/** Real part of an exact complex object. */
export function complexReal(c: Ref): number {
  return f64[(c + HEADER_BYTES) >> 3]!;
}
/** Imaginary part of an exact complex object. */
export function complexImag(c: Ref): number {
  return f64[((c + HEADER_BYTES) >> 3) + 1]!;
}

/** The exact complex of a complex or complex-subclass instance, or NULL. */
export function complexOperand(v: Value): Ref {
  if ((v & 1) !== 0 || v === NULL) return NULL;
  const t = i32[v >> 2]!;
  if (t === T.complex) return v;
  if (isSubtype(t, T.complex)) return unboxed(v);
  return NULL;
}

/** Set by toComplex. */
let cre = 0;
let cim = 0;

/** Read a complex, float or int operand into (cre, cim); false for other types. */
function toComplex(v: Value): boolean {
  if ((v & 1) !== 0) {
    cre = v >> 1;
    cim = 0;
    return true;
  }
  const c = complexOperand(v);
  if (c !== NULL) {
    cre = complexReal(c);
    cim = complexImag(c);
    return true;
  }
  const f = floatOperand(v);
  if (f !== NULL) {
    cre = floatValue(f);
    cim = 0;
    return true;
  }
  const n = intOperand(v);
  if (n === NULL) return false;
  cre = bigToDouble(n);
  cim = 0;
  return true;
}

// ---- arithmetic: + - * inline, / and ** from src/numeric/complex-arith.ts -------------------

function guard(f: () => Value): Value {
  try {
    return f();
  } catch (e) {
    throw numericError(e);
  }
}

/** a ** b as CPython's complex_pow, raising its errors. */
function complexPowValues(ar: number, ai: number, br: number, bi: number): Value {
  return guard(() => {
    const p = complexPow({ re: ar, im: ai }, { re: br, im: bi });
    return newComplex(p.re, p.im);
  });
}
floatHooks.complexPow = (x: number, y: number): Value => complexPowValues(x, 0, y, 0);

function complexBinop(a: Value, b: Value, nb: number): Value {
  if (nb >= 13) nb -= 13;
  if (!toComplex(a)) return S.NotImplemented;
  const ar = cre;
  const ai = cim;
  if (!toComplex(b)) return S.NotImplemented;
  const br = cre;
  const bi = cim;
  switch (nb) {
    case 0: return newComplex(ar + br, ai + bi);
    case 10: return newComplex(ar - br, ai - bi);
    case 5: return newComplex(ar * br - ai * bi, ar * bi + ai * br);
    case 11:
      return guard(() => {
        const q = complexDiv({ re: ar, im: ai }, { re: br, im: bi });
        return newComplex(q.re, q.im);
      });
    case 8: return complexPowValues(ar, ai, br, bi);
    default: return S.NotImplemented;
  }
} // prettier-ignore

function complexCompare(self: Value, other: Value, op: number): Value {
  if (op !== 2 && op !== 3) return S.NotImplemented;
  const c = complexOperand(self);
  if (c === NULL) return S.NotImplemented;
  const re = complexReal(c);
  const im = complexImag(c);
  let equal: boolean;
  const n = (other & 1) !== 0 ? other : intOperand(other);
  if (n !== NULL) {
    equal = im === 0 && ((n & 1) !== 0 ? re === n >> 1 : compareIntFloat(bigOf(n), re) === 0);
  } else {
    const f = floatOperand(other);
    if (f !== NULL) equal = im === 0 && re === floatValue(f);
    else {
      const d = complexOperand(other);
      if (d === NULL) return S.NotImplemented;
      equal = re === complexReal(d) && im === complexImag(d);
    }
  }
  return boolValue(op === 2 ? equal : !equal);
}

function selfComplex(self: Value, what: string): Ref {
  const c = complexOperand(self);
  if (c === NULL) throw raise(E.TypeError, `descriptor '${what}' for 'complex' objects doesn't apply to a '${typeNameOf(self)}' object`);
  return c;
}

/** abs(z): hypot as glibc's, OverflowError 'absolute value too large' when finite parts overflow. */
export function complexAbsValue(re: number, im: number): number {
  try {
    return complexAbs({ re, im });
  } catch (e) {
    throw numericError(e);
  }
}

declareSlots('complex', {
  repr(self: Value): Ref {
    const c = complexOperand(self);
    return newStr(complexRepr(complexReal(c), complexImag(c)));
  },
  hash(self: Value): number {
    const c = complexOperand(self);
    return wideHash(hashComplex(complexReal(c), complexImag(c), nanHash(self)));
  },
  richcompare: complexCompare,
  bool(self: Value): boolean {
    const c = complexOperand(self);
    return complexReal(c) !== 0 || complexImag(c) !== 0;
  },
  binop: complexBinop,
  unary(self: Value, op: number): Value {
    const c = complexOperand(self);
    if (op === 0) return newComplex(-complexReal(c), -complexImag(c));
    if (op === 1) return c === self ? self : newComplex(complexReal(c), complexImag(c));
    return S.NotImplemented;
  },
});

defineGetter('complex', 'real', (self) => newFloat(complexReal(selfComplex(self, 'real'))));
defineGetter('complex', 'imag', (self) => newFloat(complexImag(selfComplex(self, 'imag'))));

function noArgs(name: string, argc: number, kwnames: Ref): void {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
}

defineMethod('complex', 'conjugate', (self, _argv, argc, kw) => {
  noArgs('complex.conjugate', argc, kw);
  const c = selfComplex(self, 'conjugate');
  return newComplex(complexReal(c), -complexImag(c));
});
defineMethod('complex', '__complex__', (self, _argv, argc, kw) => {
  noArgs('complex.__complex__', argc, kw);
  const c = selfComplex(self, '__complex__');
  return c === self ? self : newComplex(complexReal(c), complexImag(c));
});
defineMethod('complex', '__getnewargs__', (self, _argv, argc, kw) => {
  noArgs('complex.__getnewargs__', argc, kw);
  const c = selfComplex(self, '__getnewargs__');
  const re = newFloat(complexReal(c));
  return newTuple([re, newFloat(complexImag(c))]);
});
defineMethod('complex', '__abs__', (self, _argv, argc, kw) => {
  noArgs('complex.__abs__', argc, kw);
  const c = selfComplex(self, '__abs__');
  return newFloat(complexAbsValue(complexReal(c), complexImag(c)));
});
defineMethod('complex', '__format__', (self, argv, argc, kw) => {
  const spec = formatSpecArg('complex', argv, argc, kw);
  const c = selfComplex(self, '__format__');
  // str(self) for an empty spec: a subclass's own __str__/__repr__
  if (spec === '' && i32[self >> 2] !== T.complex) return str(self);
  try {
    return newStr(formatComplex(complexReal(c), complexImag(c), spec, typeNameOf(self)));
  } catch (e) {
    throw numericError(e);
  }
});

// ---- the constructor ------------------------------------------------------------------------

/** Set by complexArg: the value and whether it was a complex. */
let argRe = 0;
let argIm = 0;
let argIsComplex = false;

/** A number argument of complex(): complex (or __complex__), else float(). */
function complexArg(v: Value, first: boolean): boolean {
  const c = complexOperand(v);
  if (c !== NULL && i32[v >> 2] === T.complex) {
    argRe = complexReal(c);
    argIm = complexImag(c);
    argIsComplex = true;
    return true;
  }
  // only the first argument's __complex__ is used (CPython converts the second with float())
  const f = (v & 1) !== 0 || !first ? NULL : lookupTypeString(typeOf(v), '__complex__');
  if (f !== NULL && f !== S.None) {
    const r = callFound0(f, v);
    const rc = complexOperand(r);
    if (rc === NULL) {
      throw raise(E.TypeError, `__complex__ returned non-complex (type ${typeNameOf(r)})`);
    }
    argRe = complexReal(rc);
    argIm = complexImag(rc);
    argIsComplex = true;
    return true;
  }
  if (c !== NULL) {
    argRe = complexReal(c);
    argIm = complexImag(c);
    argIsComplex = true;
    return true;
  }
  argIsComplex = false;
  argIm = 0;
  // float(v) for numbers only: strings are handled by the caller
  if ((v & 1) !== 0 || floatOperand(v) !== NULL || intOperand(v) !== NULL) {
    argRe = floatOf(v);
    return true;
  }
  const hasFloat = lookupTypeString(typeOf(v), '__float__');
  if (hasFloat !== NULL && hasFloat !== S.None) {
    argRe = floatOf(v);
    return true;
  }
  const n = callIndex(v);
  if (n !== NULL) {
    argRe = bigToDouble(n);
    return true;
  }
  if (first) throw raise(E.TypeError, `complex() first argument must be a string or a number, not '${typeNameOf(v)}'`);
  throw raise(E.TypeError, `complex() second argument must be a number, not '${typeNameOf(v)}'`);
}

/** complex(real=0, imag=0) */
export function complexNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  const cls = checkNewClass('complex', argv, argc, T.complex);
  const nkw = kwCount(kwnames);
  const npos = argc - 1 - nkw;
  if (npos > 2) throw raise(E.TypeError, `complex() takes at most 2 arguments (${npos} given)`);
  let r: Value = npos >= 1 ? i32[argv + 1]! : NULL;
  let im: Value = npos >= 2 ? i32[argv + 2]! : NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const v = i32[argv + 1 + npos + k]!;
    const pos = key === 'real' ? 0 : key === 'imag' ? 1 : -1;
    if (pos < 0) throw raise(E.TypeError, `'${key}' is an invalid keyword argument for complex()`);
    if (pos < npos) throw raise(E.TypeError, `argument for complex() given by name ('${key}') and position (${pos + 1})`);
    if (pos === 0) r = v;
    else im = v;
  }
  const make = (re: number, imag: number): Value => (cls === T.complex ? newComplex(re, imag) : newBoxed(cls, newComplex(re, imag)));
  if (r !== NULL) {
    const text = numberText(r);
    if (text !== null && (r & 1) === 0 && isSubtype(typeOf(r), T.str)) {
      if (im !== NULL) throw raise(E.TypeError, "complex() can't take second arg if first is a string");
      try {
        const z = parsePyComplex(text);
        return make(z.re, z.im);
      } catch (e) {
        throw numericError(e);
      }
    }
  }
  if (im !== NULL && (im & 1) === 0 && isSubtype(typeOf(im), T.str)) {
    throw raise(E.TypeError, "complex() second arg can't be a string");
  }
  // complex(z) of an exact complex returns z itself
  if (r !== NULL && im === NULL && cls === T.complex && (r & 1) === 0 && i32[r >> 2] === T.complex) return r;
  let crRe = 0;
  let crIm = 0;
  let crIsComplex = false;
  if (r !== NULL) {
    complexArg(r, true);
    crRe = argRe;
    crIm = argIm;
    crIsComplex = argIsComplex;
  }
  let ciRe: number;
  let ciIm = 0;
  let ciIsComplex = false;
  if (im === NULL) {
    ciRe = crIm;
  } else {
    complexArg(im, false);
    ciRe = argRe;
    ciIm = argIm;
    ciIsComplex = argIsComplex;
  }
  if (ciIsComplex) crRe -= ciIm;
  if (crIsComplex && im !== NULL) ciRe += crIm;
  return make(crRe, ciRe);
}
defineMethod('complex', '__new__', complexNew, MDF_STATIC);

/**
 * hash(v) exactly as CPython's 64-bit value for an exact int, bool, float or
 * complex; null for any other value. The `hash` slot returns the same hash
 * as the nearest JS number (exact below 2**53, which dict lookups only need
 * to be consistent); hash() and __hash__ should return this one.
 */
export function numberHashExact(v: Value): bigint | null {
  if ((v & 1) !== 0) {
    const n = v >> 1;
    return BigInt(n === -1 ? -2 : n);
  }
  if (v === NULL) return null;
  const t = i32[v >> 2]!;
  if (t === T.int || t === T.bool) return hashInt(bigOf(v));
  if (t === T.float) return hashFloat(floatValue(v), nanHash(v));
  if (t === T.complex) return hashComplex(complexReal(v), complexImag(v), nanHash(v));
  return null;
}
