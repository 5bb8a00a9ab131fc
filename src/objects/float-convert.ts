/**
 * Conversions of arbitrary objects to numbers, as CPython's abstract layer
 * does them for the number constructors:
 *
 *   callSpecial(obj, '__float__')   the special method looked up on type(obj), called; NULL if absent
 *   floatOf(v)        float(v) as a double: floats, ints, __float__ (must return a float),
 *                     __index__, str/bytes/bytearray text; TypeError otherwise
 *   numberText(v)     the text of a str, bytes or bytearray (latin-1 for bytes), or null
 *
 * __float__ and __index__ may be Python methods: callers hold no unrooted
 * references across these calls (the results are doubles).
 */
import { NULL, type Value } from '../heap/layout.js';
import { parsePyFloat } from '../numeric/parse-float.js';
import { typeNameOf } from '../vm/abstract.js';
import { callFound0, lookupTypeString } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { byteArrayView, isByteArray } from './bytearray.js';
import { bytesView } from './bytes.js';
import { bigToDouble, floatOperand, floatValue, intOperand } from './float.js';
import { numericError } from './int-errors.js';
import { E, S, T } from './registry.js';
import { strValue } from './str.js';
import { isSubtype, typeOf } from './typecheck.js';
import { unboxed } from './type-layout.js';

/** Call the special method `name` found on type(obj) with obj; NULL when the type has none. */
export function callSpecial(obj: Value, name: string): Value {
  const f = lookupTypeString(typeOf(obj), name);
  if (f === NULL || f === S.None) return NULL;
  return callFound0(f, obj);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** The text of a str (or subclass), bytes or bytearray, or null. */
export function numberText(v: Value): string | null {
  if ((v & 1) !== 0 || v === NULL) return null;
  const t = i32[v >> 2]!;
  if (t === T.str) return strValue(v);
  if (t === T.bytes) return latin1(bytesView(v));
  if (isByteArray(v)) return latin1(byteArrayView(v));
  if (isSubtype(t, T.str)) return strValue(unboxed(v));
  if (isSubtype(t, T.bytes)) return latin1(bytesView(unboxed(v)));
  return null;
}

/** The result of __float__, checked: a float (or subclass) instance. */
function checkedFloatResult(obj: Value, r: Value): number {
  const f = floatOperand(r);
  if (f === NULL) {
    throw raise(E.TypeError, `${typeNameOf(obj)}.__float__ returned non-float (type ${typeNameOf(r)})`);
  }
  return floatValue(f);
}

/** The int of __index__, checked (TypeError '__index__ returned non-int (type X)'). */
export function callIndex(obj: Value): Value {
  const r = callSpecial(obj, '__index__');
  if (r === NULL) return NULL;
  const n = intOperand(r);
  if (n === NULL) throw raise(E.TypeError, `__index__ returned non-int (type ${typeNameOf(r)})`);
  return n;
}

/** PyNumber_Float: float(v) as a double. */
export function floatOf(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  const t = i32[v >> 2]!;
  if (t === T.float) return floatValue(v);
  if (t === T.int || t === T.bool) return bigToDouble(v);
  const f = lookupTypeString(t, '__float__');
  if (f !== NULL && f !== S.None) return checkedFloatResult(v, callFound0(f, v));
  const n = callIndex(v);
  if (n !== NULL) return bigToDouble(n);
  const text = numberText(v);
  if (text !== null) {
    try {
      return parsePyFloat(text);
    } catch (e) {
      throw numericError(e);
    }
  }
  throw raise(E.TypeError, `float() argument must be a string or a real number, not '${typeNameOf(v)}'`);
}

