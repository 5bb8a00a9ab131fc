/**
 * The int constructor and the helpers the number constructors share.
 *
 *   int.__new__(cls, x=0, /, base=10)   static native (type.__call__ calls it with cls first)
 *   builtins.int, bool, float, complex  (the type objects, put in builtins at heap creation)
 *   intOf(v)              int(v) as CPython's PyNumber_Long: an exact int value
 *   checkNewClass(name, argv, argc, base)   X.__new__'s checks of its class argument
 *   formatSpecArg(type, argv, argc, kwnames)   the one str argument of __format__
 *
 * int(v) tries, in order: int itself, __int__ (must return an int), __index__,
 * __trunc__, then text (str, bytes, bytearray) in base 10.
 */
import { oneArgConversions } from './type.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { NumericError } from '../numeric/errors.js';
import { floatToInt } from '../numeric/int-float.js';
import { parsePyInt } from '../numeric/parse-int.js';
import { bytesRepr } from '../text/repr.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { callIndex, callSpecial, numberText } from './float-convert.js';
import { bigOf, floatOperand, floatValue, intOperand } from './float.js';
import { intFromBigInt, intFromNumber } from './int.js';
import { numericError } from './int-errors.js';
import { exactInt } from './int-slots.js';
import { onAfterTypes } from './bootstrap-hooks.js';
import { dictSet } from './dict.js';
import { intern } from './intern.js';
import { defineMethod, kwCount, MDF_STATIC } from './native.js';
import { ROOT_BUILTINS, rootGet } from './roots.js';
import { E, T } from './registry.js';
import { strValue } from './str.js';
import { tupleGet } from './tuple.js';
import { typeNameJs } from './type-info.js';
import { isHeapType, newBoxed, unboxed } from './type-layout.js';
import { isSubtype, typeOf } from './typecheck.js';
import { typeBase } from './typeobject.js';

/**
 * Check argv[0], the class of `name.__new__(cls, ...)`: present, a type, a
 * subtype of `base` whose nearest built-in base is `base` itself. Returns it.
 */
export function checkNewClass(name: string, argv: number, argc: number, base: Ref): Ref {
  if (argc < 1) throw raise(E.TypeError, `${name}.__new__(): not enough arguments`);
  const cls = i32[argv]!;
  if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
    throw raise(E.TypeError, `${name}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  if (!isSubtype(cls, base)) {
    throw raise(E.TypeError, `${name}.__new__(${typeNameJs(cls)}): ${typeNameJs(cls)} is not a subtype of ${name}`);
  }
  let solid = cls;
  while (solid !== base && isHeapType(solid)) solid = typeBase(solid);
  if (solid !== base) {
    throw raise(E.TypeError, `${name}.__new__(${typeNameJs(cls)}) is not safe, use ${typeNameJs(solid)}.__new__()`);
  }
  return cls;
}

/** The spec of `x.__format__(spec)` (the arguments after self). */
export function formatSpecArg(typeName: string, argv: number, argc: number, kwnames: Ref): string {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, `${typeName}.__format__() takes no keyword arguments`);
  if (argc !== 1) throw raise(E.TypeError, `${typeName}.__format__() takes exactly one argument (${argc} given)`);
  const spec = i32[argv]!;
  if ((spec & 1) !== 0 || !isSubtype(typeOf(spec), T.str)) {
    throw raise(E.TypeError, `__format__() argument must be str, not ${typeNameOf(spec)}`);
  }
  return strValue(unboxed(spec));
}

/** Parse int text; for bytes the error message quotes the bytes' repr, as CPython's. */
function parseText(v: Value, text: string, base: number): Value {
  try {
    return intFromBigInt(parsePyInt(text, base));
  } catch (e) {
    if (e instanceof NumericError && e.message.startsWith('invalid literal') && !isSubtype(typeOf(v), T.str)) {
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      throw raise(E.ValueError, `invalid literal for int() with base ${base}: ${bytesRepr(bytes)}`);
    }
    throw numericError(e);
  }
}

/** int(v): CPython's PyNumber_Long, an exact int value. */
export function intOf(v: Value): Value {
  const n = intOperand(v);
  if (n !== NULL && (typeOf(v) === T.int || typeOf(v) === T.bool)) return exactInt(n);
  const f = floatOperand(v);
  if (f !== NULL && typeOf(v) === T.float) return floatToIntValue(floatValue(f));
  const r = callSpecial(v, '__int__');
  if (r !== NULL) {
    const x = intOperand(r);
    if (x === NULL) throw raise(E.TypeError, `__int__ returned non-int (type ${typeNameOf(r)})`);
    return exactInt(x);
  }
  const ix = callIndex(v);
  if (ix !== NULL) return exactInt(ix);
  const t = callSpecial(v, '__trunc__');
  if (t !== NULL) {
    const x = intOperand(t);
    if (x !== NULL) return exactInt(x);
    const y = callIndex(t);
    if (y === NULL) throw raise(E.TypeError, `__trunc__ returned non-Integral (type ${typeNameOf(t)})`);
    return exactInt(y);
  }
  const text = numberText(v);
  if (text !== null) return parseText(v, text, 10);
  throw raise(
    E.TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(v)}'`,
  );
}

/** int(x) of a double: truncation, with the inf/nan errors. */
export function floatToIntValue(x: number): Value {
  const t = Math.trunc(x);
  // + 0 turns -0 (int(-0.5)) into 0.
  if (Number.isSafeInteger(t)) return intFromNumber(t + 0);
  try {
    return intFromBigInt(floatToInt(x));
  } catch (e) {
    throw numericError(e);
  }
}

/** A base argument: an index in a JS number (huge values become out of range). */
function baseOf(v: Value): number {
  let n = intOperand(v);
  if (n === NULL) {
    n = callIndex(v);
    if (n === NULL) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  if ((n & 1) !== 0) return n >> 1;
  const b = bigOf(n);
  return b > 1000n || b < -1000n ? 1000 : Number(b);
}

/** int(x=0, /, base=10) */
export function intNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  const cls = checkNewClass('int', argv, argc, T.int);
  const nkw = kwCount(kwnames);
  const npos = argc - 1 - nkw;
  if (npos + nkw > 2) throw raise(E.TypeError, `int() takes at most 2 arguments (${npos + nkw} given)`);
  const x: Value = npos >= 1 ? i32[argv + 1]! : NULL;
  let base: Value = npos >= 2 ? i32[argv + 2]! : NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    if (key !== 'base') throw raise(E.TypeError, `'${key}' is an invalid keyword argument for int()`);
    if (npos >= 2) throw raise(E.TypeError, "argument for int() given by name ('base') and position (2)");
    base = i32[argv + 1 + npos + k]!;
  }
  let v: Value;
  if (x === NULL) {
    if (base !== NULL) throw raise(E.TypeError, 'int() missing string argument');
    v = 1; // small int 0
  } else if (base === NULL) {
    v = intOf(x);
  } else {
    const b = baseOf(base);
    const text = numberText(x);
    if (text === null) throw raise(E.TypeError, "int() can't convert non-string with explicit base");
    v = parseText(x, text, b);
  }
  return cls === T.int ? v : newBoxed(cls, v);
}
defineMethod('int', '__new__', intNew, MDF_STATIC);
oneArgConversions.int = intOf;

// The number types' names in builtins.
onAfterTypes(() => {
  const builtins = rootGet(ROOT_BUILTINS);
  for (const name of ['int', 'bool', 'float', 'complex'] as const) dictSet(builtins, intern(name), T[name]);
});
