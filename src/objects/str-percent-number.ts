/**
 * The number conversions of printf-style formatting (%d %i %u %o %x %X %e %E %f %F %g %G) for
 * `str % args` and `bytes % args`: fetch the number from the heap value with CPython's
 * coercions and errors, then produce its text (sign and 0x/0o prefix, no width padding: the
 * driver in src/text pads).
 *
 *   %d %i %u   ints (bool, int subclasses, __index__) and anything with __int__ via its slots;
 *              floats are truncated
 *   %o %x %X   operator.index(v): '%x format: an integer is required, not float'
 *   %e .. %G   float(v): 'must be real number, not str'
 *
 * Integer text is exact bigint formatting; float text comes from the float conversion hook
 * (`setPercentFloat`), which the float type (src/numeric's printf helper) provides.
 */
import type { Value } from '../heap/layout.js';
import type { PercentSpec } from '../text/percent-format.js';
import { typeNameOf } from '../vm/abstract.js';
import { heapIntValue } from './int.js';
import { T } from './registry.js';
import { typeError } from './str-args.js';
import { isSubtype, typeOf } from './typecheck.js';
import { slotsOf } from './typeobject.js';

/** The bigint of an int-like value, or null. */
function intLike(v: Value): bigint | null {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  if (isSubtype(typeOf(v), T.int)) return heapIntValue(v);
  const f = slotsOf(typeOf(v)).index;
  if (f === undefined) return null;
  const r = f(v);
  if ((r & 1) !== 0) return BigInt(r >> 1);
  return heapIntValue(r);
}

/**
 * Conversion of non-int numbers: for d/i/u, the float type truncates (or raises), returning
 * null when v is not a number it knows; for e/f/g, the text of float(v) or null.
 */
export interface PercentFloatHooks {
  /** int(v) for %d of a float-like value, or null when v is not a real number. */
  truncate(v: Value): bigint | null;
  /** The text of '%<spec>' % float(v), or null when v cannot be converted to float. */
  formatFloat(v: Value, spec: PercentSpec): string | null;
  /** The text of '%<spec>' % n for an int n converted to float (ints are real numbers too). */
  formatIntAsFloat(n: bigint, spec: PercentSpec): string;
}

let floatHooks: PercentFloatHooks | null = null;
export function setPercentFloat(h: PercentFloatHooks): void {
  floatHooks = h;
}

export function formatPercentInt(n: bigint, spec: PercentSpec): string {
  const c = spec.conversion;
  const neg = n < 0n;
  const mag = neg ? -n : n;
  let digits = c === 'x' || c === 'X' ? mag.toString(16) : c === 'o' ? mag.toString(8) : mag.toString(10);
  if (c === 'X') digits = digits.toUpperCase();
  if (spec.precision !== null && digits.length < spec.precision) digits = '0'.repeat(spec.precision - digits.length) + digits;
  let prefix = '';
  if (spec.flags.alternate) {
    if (c === 'x') prefix = '0x';
    else if (c === 'X') prefix = '0X';
    else if (c === 'o') prefix = '0o';
  }
  const sign = neg ? '-' : spec.flags.sign ? '+' : spec.flags.blank ? ' ' : '';
  return sign + prefix + digits;
}

export function percentNumber(v: Value, spec: PercentSpec): string {
  const c = spec.conversion;
  if (c === 'd' || c === 'i' || c === 'u') {
    let n = intLike(v);
    if (n === null && floatHooks !== null) n = floatHooks.truncate(v);
    if (n === null) typeError(`%${c} format: a real number is required, not ${typeNameOf(v)}`);
    return formatPercentInt(n, spec);
  }
  if (c === 'o' || c === 'x' || c === 'X') {
    const n = intLike(v);
    if (n === null) typeError(`%${c} format: an integer is required, not ${typeNameOf(v)}`);
    return formatPercentInt(n, spec);
  }
  if (floatHooks !== null) {
    const s = floatHooks.formatFloat(v, spec);
    if (s !== null) return s;
    const n = intLike(v);
    if (n !== null) return floatHooks.formatIntAsFloat(n, spec);
  }
  typeError(`must be real number, not ${typeNameOf(v)}`);
}
