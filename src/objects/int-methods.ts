/**
 * int's methods and attributes (bool inherits them):
 *
 *   bit_length bit_count to_bytes from_bytes (classmethod) as_integer_ratio conjugate
 *   is_integer __trunc__ __floor__ __ceil__ __round__ __format__ __getnewargs__
 *   __int__ __float__ __abs__ __divmod__ __rdivmod__ __sizeof__, and __pow__ (with a modulus)
 *   for int, float and complex
 *   real imag numerator denominator (getters)
 *
 * and what builtins need beyond the slots:
 *   numberDivmod(a, b)   divmod() for int/float operands: a tuple, or NotImplemented
 *   numberAbs(v)         abs() for int/float/complex: the value, or NULL for other types
 *   intPow3(a, b, m)     pow(a, b, m) ('pow() 3rd argument not allowed unless all arguments are integers')
 */
import { NULL, fromSmallInt, type Value } from '../heap/layout.js';
import { floatDivmod } from '../numeric/float-arith.js';
import { formatInt } from '../numeric/format-number.js';
import { intBitCount, intBitLength, intDivmod, intPowMod, intRound } from '../numeric/int-arith.js';
import { intFromBytes, intToBytes } from '../numeric/int-bytes.js';
import { getIter, iterNext, str, typeNameOf } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { byteArrayView, isByteArray } from './bytearray.js';
import { bytesView, newBytes } from './bytes.js';
import { complexAbsValue, complexImag, complexOperand, complexReal } from './complex.js';
import { defineGetter } from './descriptors-getset.js';
import { bigOf, bigToDouble, intOperand, newFloat, toDouble, operandDouble, floatOperand, floatValue } from './float.js';
import { heapIntValue, intFromBigInt, intFromNumber } from './int.js';
import { clinicArgs, indexArg, noArgs, optionalArg } from './int-args.js';
import { numericError } from './int-errors.js';
import { formatSpecArg } from './int-new.js';
import { exactInt, intToStr, NB_POWER } from './int-slots.js';
import { defineMethod, kwCount, MDF_CLASS } from './native.js';
import { slotsOf } from './typeobject.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { unboxed } from './type-layout.js';

/** The exact int value of a method's self. */
function selfInt(self: Value, name: string): Value {
  const x = intOperand(self);
  if (x === NULL) {
    throw raise(E.TypeError, `descriptor '${name}' for 'int' objects doesn't apply to a '${typeNameOf(self)}' object`);
  }
  return x;
}

function method0(name: string, f: (x: Value, self: Value) => Value): void {
  defineMethod('int', name, (self, _argv, argc, kw) => {
    noArgs(`int.${name}`, argc, kw);
    return f(selfInt(self, name), self);
  });
}

function big(f: () => Value): Value {
  try {
    return f();
  } catch (e) {
    throw numericError(e);
  }
}

method0('bit_length', (x) => ((x & 1) !== 0 ? fromSmallInt(32 - Math.clz32(Math.abs(x >> 1))) : intFromBigInt(intBitLength(bigOf(x)))));
method0('bit_count', (x) => intFromBigInt(intBitCount(bigOf(x))));
method0('as_integer_ratio', (x) => newTuple([exactInt(x), fromSmallInt(1)]));
method0('conjugate', (x) => exactInt(x));
method0('is_integer', () => S.True);
method0('__trunc__', (x) => exactInt(x));
method0('__floor__', (x) => exactInt(x));
method0('__ceil__', (x) => exactInt(x));
method0('__int__', (x) => exactInt(x));
method0('__index__', (x) => exactInt(x));
method0('__float__', (x) => newFloat(bigToDouble(x)));
method0('__getnewargs__', (x) => newTuple([exactInt(x)]));
method0('__abs__', (x) => ((x & 1) !== 0 ? intFromNumber(Math.abs(x >> 1)) : intFromBigInt(absBig(heapIntValue(x)))));
method0('__sizeof__', (x) => {
  // CPython's 30-bit digits: 24 bytes of header plus 4 per digit (one for zero)
  const b = bigOf(x);
  const digits = b === 0n ? 1 : Math.ceil(Number(intBitLength(b)) / 30);
  return fromSmallInt(24 + 4 * digits);
});

function absBig(b: bigint): bigint {
  return b < 0n ? -b : b;
}

defineMethod('int', '__round__', (self, argv, argc, kw) => {
  const x = selfInt(self, '__round__');
  const nd = optionalArg('int.__round__', '__round__', argv, argc, kw);
  if (nd === NULL) return exactInt(x);
  const n = bigOf(indexArg(nd));
  return big(() => intFromBigInt(intRound(bigOf(x), n)));
});

defineMethod('int', '__format__', (self, argv, argc, kw) => {
  const spec = formatSpecArg('int', argv, argc, kw);
  const x = selfInt(self, '__format__');
  if (spec === '') {
    // str(self): True/False for bools, a subclass's own __str__/__repr__
    if (self === S.True || self === S.False) return newStr(self === S.True ? 'True' : 'False');
    if ((self & 1) === 0 && i32[self >> 2] !== T.int) return str(self);
    return newStr(intToStr(x));
  }
  return big(() => newStr(formatInt(bigOf(x), spec, typeNameOf(self))));
});

const toBytesOut: Value[] = [NULL, NULL, NULL];
defineMethod('int', 'to_bytes', (self, argv, argc, kw) => {
  const x = selfInt(self, 'to_bytes');
  clinicArgs('to_bytes', argv, argc, kw, ['length', 'byteorder', 'signed'], 2, 0, toBytesOut);
  const [lengthArg, orderArg, signedArg] = toBytesOut;
  const length = lengthArg === NULL ? 1n : bigOf(indexArg(lengthArg!));
  const order = orderArg === NULL ? 'big' : strArg('to_bytes', 2, orderArg!);
  const signed = signedArg === NULL ? false : truth(signedArg!);
  if (length > 0x7fffffffn) throw raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  return big(() => newBytes(intToBytes(bigOf(x), length, order, signed)));
});

const fromBytesOut: Value[] = [NULL, NULL, NULL];
defineMethod(
  'int',
  'from_bytes',
  (cls, argv, argc, kw) => {
    clinicArgs('from_bytes', argv, argc, kw, ['bytes', 'byteorder', 'signed'], 2, 1, fromBytesOut);
    const [bytesArg, orderArg, signedArg] = fromBytesOut;
    const order = orderArg === NULL ? 'big' : strArg('from_bytes', 2, orderArg!);
    const signed = signedArg === NULL ? false : truth(signedArg!);
    const data = bytesOf(bytesArg!);
    const v = big(() => intFromBigInt(intFromBytes(data, order, signed)));
    if (cls === T.int) return v;
    return call1(cls, v);
  },
  MDF_CLASS,
);

function truth(v: Value): boolean {
  if (v === S.True) return true;
  if (v === S.False || v === S.None) return false;
  const x = intOperand(v);
  if (x !== NULL) return x !== 1 && x !== S.False;
  return true;
}

function strArg(fname: string, pos: number, v: Value): string {
  if ((v & 1) !== 0 || !isSubtype(typeOf(v), T.str)) {
    throw raise(E.TypeError, `${fname}() argument 'byteorder' must be str, not ${typeNameOf(v)}`);
  }
  void pos;
  return strValue(unboxed(v));
}

/** The bytes of a bytes-like object or an iterable of ints in range(256). */
function bytesOf(v: Value): Uint8Array {
  if ((v & 1) === 0 && isSubtype(typeOf(v), T.bytes)) return bytesView(unboxed(v)).slice();
  if (isByteArray(v)) return byteArrayView(v).slice();
  if ((v & 1) !== 0 || isSubtype(typeOf(v), T.str) || intOperand(v) !== NULL) {
    throw raise(E.TypeError, `cannot convert '${typeNameOf(v)}' object to bytes`);
  }
  const out: number[] = [];
  const mark = handleCount();
  try {
    const it = getIter(v);
    pushHandle(it);
    for (;;) {
      const item = iterNext(it);
      if (item === NULL) break;
      const n = indexArg(item);
      if ((n & 1) === 0 || n >> 1 < 0 || n >> 1 > 255) throw raise(E.ValueError, 'bytes must be in range(0, 256)');
      out.push(n >> 1);
    }
  } finally {
    releaseHandles(mark);
  }
  return Uint8Array.from(out);
}

// ---- divmod, abs, pow with a modulus -------------------------------------------------------------

/** divmod(a, b) for ints and floats (bools, subclasses): a tuple, or NotImplemented. */
export function numberDivmod(a: Value, b: Value): Value {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x !== NULL && y !== NULL) {
    if ((x & y & 1) !== 0) {
      const p = x >> 1;
      const q = y >> 1;
      if (q === 0) throw raise(E.ZeroDivisionError, 'integer division or modulo by zero');
      let r = p % q;
      if (r !== 0 && (r ^ q) < 0) r += q;
      const quotient = intFromNumber(Math.floor(p / q));
      return newTuple([quotient, fromSmallInt(r)]);
    }
    return big(() => {
      const [q, r] = intDivmod(bigOf(x), bigOf(y));
      const qv = intFromBigInt(q);
      return newTuple([qv, intFromBigInt(r)]);
    });
  }
  if (floatOperand(a) === NULL && floatOperand(b) === NULL) return S.NotImplemented;
  if (!toDouble(a)) return S.NotImplemented;
  const p = operandDouble;
  if (!toDouble(b)) return S.NotImplemented;
  const q = operandDouble;
  return big(() => {
    const [d, m] = floatDivmod(p, q);
    const dv = newFloat(d);
    return newTuple([dv, newFloat(m)]);
  });
}

defineMethod('int', '__divmod__', (self, argv, argc, kw) => {
  selfInt(self, '__divmod__');
  if (argc !== 1 || kw !== NULL) throw raise(E.TypeError, `expected 1 argument, got ${argc}`);
  const other = i32[argv]!;
  if (intOperand(other) === NULL) return S.NotImplemented;
  return numberDivmod(self, other);
});
defineMethod('int', '__rdivmod__', (self, argv, argc, kw) => {
  selfInt(self, '__rdivmod__');
  if (argc !== 1 || kw !== NULL) throw raise(E.TypeError, `expected 1 argument, got ${argc}`);
  const other = i32[argv]!;
  if (intOperand(other) === NULL) return S.NotImplemented;
  return numberDivmod(other, self);
});

/** abs(v) for the number types, or NULL when v is none of them. */
export function numberAbs(v: Value): Value {
  const x = intOperand(v);
  if (x !== NULL) return (x & 1) !== 0 ? intFromNumber(Math.abs(x >> 1)) : intFromBigInt(absBig(heapIntValue(x)));
  const f = floatOperand(v);
  if (f !== NULL) return newFloat(Math.abs(floatValue(f)));
  const c = complexOperand(v);
  if (c !== NULL) return newFloat(complexAbsValue(complexReal(c), complexImag(c)));
  return NULL;
}

/** pow(a, b, m) with a modulus that is not None. */
export function intPow3(a: Value, b: Value, m: Value): Value {
  const x = intOperand(a);
  const y = intOperand(b);
  const z = intOperand(m);
  if (x === NULL || y === NULL || z === NULL) {
    throw raise(E.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  return big(() => intFromBigInt(intPowMod(bigOf(x), bigOf(y), bigOf(z))));
}

// ---- attributes -----------------------------------------------------------------------------

function getterInt(name: string, f: (x: Value) => Value): void {
  defineGetter('int', name, (self) => {
    const x = intOperand(self);
    if (x === NULL) throw raise(E.TypeError, `descriptor '${name}' for 'int' objects doesn't apply to a '${typeNameOf(self)}' object`);
    return f(x);
  });
}
getterInt('real', (x) => exactInt(x));
getterInt('imag', () => fromSmallInt(0));
getterInt('numerator', (x) => exactInt(x));
getterInt('denominator', () => fromSmallInt(1));


// ---- __pow__ with its optional modulus (the slot wrapper takes one argument only) ---------------

type Pow3 = (self: Value, other: Value, mod: Value) => Value;

function definePow(owner: 'int' | 'float' | 'complex', pow3: Pow3): void {
  defineMethod(owner, '__pow__', (self, argv, argc, kw) => {
    if (kwCount(kw) > 0) throw raise(E.TypeError, 'wrapper __pow__() takes no keyword arguments');
    if (argc < 1) throw raise(E.TypeError, ` expected at least 1 argument, got ${argc}`);
    if (argc > 2) throw raise(E.TypeError, ` expected at most 2 arguments, got ${argc}`);
    const other = i32[argv]!;
    const mod = argc === 2 ? i32[argv + 1]! : S.None;
    if (mod === S.None) return slotsOf(T[owner]).binop!(self, other, NB_POWER);
    return pow3(self, other, mod);
  });
}
definePow('int', (self, other, mod) => {
  if (intOperand(other) === NULL || intOperand(mod) === NULL) return S.NotImplemented;
  return intPow3(self, other, mod);
});
definePow('float', () => {
  throw raise(E.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
});
definePow('complex', () => {
  throw raise(E.ValueError, 'complex modulo');
});
