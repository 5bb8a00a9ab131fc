/**
 * float's methods, attributes and constructor:
 *
 *   is_integer as_integer_ratio hex fromhex (classmethod) conjugate __trunc__ __floor__
 *   __ceil__ __round__ __format__ __getnewargs__ __int__ __float__ __abs__ __divmod__
 *   __rdivmod__ __getformat__ (classmethod); real imag (getters)
 *   float.__new__(cls, x=0.0, /)   static native, called by type.__call__
 *
 * and the printf-style float conversions for `str % args` (setPercentFloat).
 */
import { oneArgConversions } from './type.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { floatAsIntegerRatio, floatIsInteger, floatRound, floatRoundTo } from '../numeric/float-arith.js';
import { doubleToString, DTSF_ALT, DTSF_SIGN, type DoubleFormatCode } from '../numeric/float-format.js';
import { floatFromHex, floatHex } from '../numeric/float-hex.js';
import { formatFloat } from '../numeric/format-number.js';
import { floatCeil, floatFloor, floatToInt, intToFloat } from '../numeric/int-float.js';
import type { PercentSpec } from '../text/percent-format.js';
import { str, typeNameOf } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { lookupTypeString } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { defineGetter } from './descriptors-getset.js';
import { floatOf } from './float-convert.js';
import { bigOf, floatOperand, floatValue, intOperand, newFloat } from './float.js';
import { intFromBigInt } from './int.js';
import { indexArg, noArgs, optionalArg } from './int-args.js';
import { numericError } from './int-errors.js';
import { checkNewClass, floatToIntValue, formatSpecArg } from './int-new.js';
import { numberDivmod } from './int-methods.js';
import { defineMethod, kwCount, MDF_CLASS, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { setPercentFloat } from './str-percent-number.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { newBoxed, unboxed } from './type-layout.js';

function selfFloat(self: Value, name: string): number {
  const f = floatOperand(self);
  if (f === NULL) {
    throw raise(E.TypeError, `descriptor '${name}' for 'float' objects doesn't apply to a '${typeNameOf(self)}' object`);
  }
  return floatValue(f);
}

function guard<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    throw numericError(e);
  }
}

function method0(name: string, f: (x: number, self: Value) => Value): void {
  defineMethod('float', name, (self, _argv, argc, kw) => {
    noArgs(`float.${name}`, argc, kw);
    return f(selfFloat(self, name), self);
  });
}

method0('is_integer', (x) => (floatIsInteger(x) ? S.True : S.False));
method0('as_integer_ratio', (x) =>
  guard(() => {
    const [n, d] = floatAsIntegerRatio(x);
    const nv = intFromBigInt(n);
    return newTuple([nv, intFromBigInt(d)]);
  }),
);
method0('hex', (x) => newStr(floatHex(x)));
method0('conjugate', (x, self) => (i32[self >> 2] === T.float ? self : newFloat(x)));
method0('__float__', (x, self) => (i32[self >> 2] === T.float ? self : newFloat(x)));
method0('__trunc__', (x) => floatToIntValue(x));
method0('__int__', (x) => floatToIntValue(x));
method0('__floor__', (x) => guard(() => intFromBigInt(floatFloor(x))));
method0('__ceil__', (x) => guard(() => intFromBigInt(floatCeil(x))));
method0('__abs__', (x) => newFloat(Math.abs(x)));
method0('__getnewargs__', (x) => newTuple([newFloat(x)]));

defineMethod('float', '__round__', (self, argv, argc, kw) => {
  const x = selfFloat(self, '__round__');
  const nd = optionalArg('float.__round__', '__round__', argv, argc, kw);
  if (nd === NULL || nd === S.None) return guard(() => intFromBigInt(floatRound(x)));
  const n = bigOf(indexArg(nd));
  return guard(() => newFloat(floatRoundTo(x, n)));
});

defineMethod('float', '__format__', (self, argv, argc, kw) => {
  const spec = formatSpecArg('float', argv, argc, kw);
  const x = selfFloat(self, '__format__');
  // str(self) for an empty spec: a subclass's own __str__/__repr__
  if (spec === '' && i32[self >> 2] !== T.float) return str(self);
  return guard(() => newStr(formatFloat(x, spec, typeNameOf(self))));
});

defineMethod(
  'float',
  'fromhex',
  (cls, argv, argc, kw) => {
    if (kwCount(kw) > 0) throw raise(E.TypeError, 'float.fromhex() takes no keyword arguments');
    if (argc !== 1) throw raise(E.TypeError, `float.fromhex() takes exactly one argument (${argc} given)`);
    const s = i32[argv]!;
    if ((s & 1) !== 0 || !isSubtype(typeOf(s), T.str)) throw raise(E.TypeError, 'bad argument type for built-in operation');
    const v = newFloat(guard(() => floatFromHex(strValue(unboxed(s)))));
    return cls === T.float ? v : call1(cls, v);
  },
  MDF_CLASS,
);

defineMethod(
  'float',
  '__getformat__',
  (_cls, argv, argc, kw) => {
    if (kwCount(kw) > 0) throw raise(E.TypeError, 'float.__getformat__() takes no keyword arguments');
    if (argc !== 1) throw raise(E.TypeError, `float.__getformat__() takes exactly one argument (${argc} given)`);
    const s = i32[argv]!;
    if ((s & 1) !== 0 || !isSubtype(typeOf(s), T.str)) {
      throw raise(E.TypeError, `__getformat__() argument must be str, not ${typeNameOf(s)}`);
    }
    const t = strValue(unboxed(s));
    if (t !== 'double' && t !== 'float') throw raise(E.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  },
  MDF_CLASS,
);

function divmodMethod(name: string, reflected: boolean): void {
  defineMethod('float', name, (self, argv, argc, kw) => {
    selfFloat(self, name);
    if (argc !== 1 || kwCount(kw) > 0) throw raise(E.TypeError, `expected 1 argument, got ${argc}`);
    const other = i32[argv]!;
    if (floatOperand(other) === NULL && intOperand(other) === NULL) return S.NotImplemented;
    return reflected ? numberDivmod(other, self) : numberDivmod(self, other);
  });
}
divmodMethod('__divmod__', false);
divmodMethod('__rdivmod__', true);

function getterFloat(name: string, f: (x: number, self: Value) => Value): void {
  defineGetter('float', name, (self) => {
    const g = floatOperand(self);
    if (g === NULL) throw raise(E.TypeError, `descriptor '${name}' for 'float' objects doesn't apply to a '${typeNameOf(self)}' object`);
    return f(floatValue(g), g);
  });
}
getterFloat('real', (_x, g) => g);
getterFloat('imag', () => newFloat(0));

/** float(x=0.0, /) */
export function floatNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  const cls = checkNewClass('float', argv, argc, T.float);
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'float() takes no keyword arguments');
  const n = argc - 1;
  if (n > 1) throw raise(E.TypeError, `float expected at most 1 argument, got ${n}`);
  let v: Value;
  if (n === 0) v = newFloat(0);
  else {
    v = floatOfOne(i32[argv + 1]!);
  }
  return cls === T.float ? v : newBoxed(cls, v);
}
defineMethod('float', '__new__', floatNew, MDF_STATIC);
oneArgConversions.float = floatOfOne;

/** float(x) for one argument x. */
function floatOfOne(x: Value): Value {
  return (x & 1) === 0 && i32[x >> 2] === T.float ? x : newFloat(floatOf(x));
}

// ---- printf-style conversions (%e %f %g ... and %d of a float) --------------------------------

function percentText(x: number, spec: PercentSpec): string {
  const code = spec.conversion as DoubleFormatCode;
  const precision = spec.precision ?? 6;
  let flags = 0;
  if (spec.flags.alternate) flags |= DTSF_ALT;
  if (spec.flags.sign) flags |= DTSF_SIGN;
  let text = doubleToString(x, code, precision, flags);
  if (spec.flags.blank && !spec.flags.sign && text[0] !== '-') text = ' ' + text;
  return text;
}

setPercentFloat({
  truncate(v: Value): bigint | null {
    const f = floatOperand(v);
    if (f === NULL) return null;
    return guard(() => floatToInt(floatValue(f)));
  },
  formatFloat(v: Value, spec: PercentSpec): string | null {
    if (intOperand(v) !== NULL) return null;
    const f = floatOperand(v);
    if (f !== NULL) return percentText(floatValue(f), spec);
    // other real numbers: float(v) through __float__ or __index__ (never text)
    if ((v & 1) !== 0 || v === NULL) return null;
    const t = typeOf(v);
    if (lookupTypeString(t, '__float__') === NULL && lookupTypeString(t, '__index__') === NULL) return null;
    return percentText(floatOf(v), spec);
  },
  formatIntAsFloat(n: bigint, spec: PercentSpec): string {
    return percentText(guard(() => intToFloat(n)), spec);
  },
});
