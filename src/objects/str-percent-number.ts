/**
 * The number conversions of printf-style formatting (%d %i %u %o %x %X %e %E %f %F %g %G) for
 * `str % args` and `bytes % args`: take the number out of the heap value with CPython's
 * coercions and messages, then let src/numeric's percentFormatNumber write it (sign and
 * 0x/0o prefix, no width: the driver in src/text pads).
 *
 *   %d %i %u   ints (bool, int subclasses, __index__) or floats (truncated)
 *   %o %x %X   ints or __index__: '%x format: an integer is required, not float'
 *   %e .. %G   floats or ints: 'must be real number, not str'
 */
import type { Value } from '../heap/layout.js';
import { NumericError } from '../numeric/errors.js';
import { percentFormatNumber, type PercentConversion } from '../numeric/percent-format.js';
import type { PercentSpec } from '../text/percent-format.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { floatOperand, floatValue } from './float.js';
import { heapIntValue } from './int.js';
import { E, T } from './registry.js';
import { typeError } from './str-args.js';
import { isSubtype, typeOf } from './typecheck.js';
import { slotsOf } from './typeobject.js';
import { unboxed } from './type-layout.js';

/** The bigint of an int-like value (int subclasses unboxed, __index__), or null. */
function intLike(v: Value): bigint | null {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  if (isSubtype(typeOf(v), T.int)) {
    const x = unboxed(v);
    return (x & 1) !== 0 ? BigInt(x >> 1) : heapIntValue(x);
  }
  const f = slotsOf(typeOf(v)).index;
  if (f === undefined) return null;
  const r = f(v);
  if ((r & 1) !== 0) return BigInt(r >> 1);
  return heapIntValue(unboxed(r));
}

function floatLike(v: Value): number | null {
  const f = floatOperand(v);
  return f === 0 ? null : floatValue(f);
}

/**
 * The float type's conversions (float-methods.ts installs them): truncation for %d of a
 * float, and %e..%G of floats and of other real numbers (__float__).
 */
export interface PercentFloatHooks {
  /** int(v) for %d of a float-like value, or null when v is not a float. */
  truncate(v: Value): bigint | null;
  /** The text of '%<spec>' % float(v), or null when v is an int or cannot be converted. */
  formatFloat(v: Value, spec: PercentSpec): string | null;
  /** The text of '%<spec>' % n for an int n converted to float. */
  formatIntAsFloat(n: bigint, spec: PercentSpec): string;
}
let floatHooks: PercentFloatHooks | null = null;
export function setPercentFloat(h: PercentFloatHooks): void {
  floatHooks = h;
}

function flagsOf(spec: PercentSpec): string {
  const f = spec.flags;
  return (f.sign ? '+' : '') + (f.blank ? ' ' : '') + (f.alternate ? '#' : '');
}

export function percentNumber(v: Value, spec: PercentSpec): string {
  const c = spec.conversion as PercentConversion;
  let value: bigint | number | null;
  if (c === 'd' || c === 'i' || c === 'u') {
    value = intLike(v) ?? (floatHooks !== null ? floatHooks.truncate(v) : floatLike(v));
    if (value === null) typeError(`%${c} format: a real number is required, not ${typeNameOf(v)}`);
  } else if (c === 'o' || c === 'x' || c === 'X') {
    value = intLike(v);
    if (value === null) typeError(`%${c} format: an integer is required, not ${typeNameOf(v)}`);
  } else {
    if (floatHooks !== null) {
      const text = floatHooks.formatFloat(v, spec);
      if (text !== null) return text;
    }
    value = floatLike(v) ?? intLike(v);
    if (value === null) typeError(`must be real number, not ${typeNameOf(v)}`);
  }
  const x = value;
  try {
    return percentFormatNumber(c, flagsOf(spec), -1, spec.precision ?? -1, x);
  } catch (e) {
    if (e instanceof NumericError) throw raise((E as Record<string, number>)[e.kind] ?? E.ValueError, e.message);
    throw e;
  }
}
