/**
 * `str % args` (BINARY_OP %, str.__mod__): src/text's printf-style driver with a host that
 * fetches arguments from the heap. Number conversions go through `percentNumber`
 * (str-percent-number.ts), shared with `bytes % args`.
 *
 * Values the host obtains while formatting (mapping lookups) are kept in handles until the
 * whole format is done: str()/repr() of a later argument may run Python code.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { strPercentFormat as drive, type PercentArgs, type StrPercentHost } from '../text/percent-format.js';
import { getItem, repr, str } from '../vm/abstract.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { T } from './registry.js';
import { indexOrNaN, strOf, textCall } from './str-args.js';
import { percentNumber } from './str-percent-number.js';
import { asciiText } from './str-convert.js';
import { newStr, strValue } from './str.js';
import { tupleBase, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { slotsOf } from './typeobject.js';

const host: StrPercentHost<Value> = {
  getItem(mapping, key) {
    const v = getItem(mapping, newStr(key));
    pushHandle(v);
    return v;
  },
  str: (v) => strValue(str(v)),
  repr: (v) => strValue(repr(v)),
  ascii: (v) => asciiText(v),
  charArg(v) {
    const s = strOf(v);
    if (s !== NULL) return strValue(s);
    if ((v & 1) !== 0 || isSubtype(typeOf(v), T.int)) {
      const n = indexOrNaN(v);
      return Number.isSafeInteger(n) ? n : n > 0 ? Infinity : -Infinity;
    }
    return null;
  },
  asIndex(v) {
    if ((v & 1) === 0 && !isSubtype(typeOf(v), T.int)) return null;
    return indexOrNaN(v);
  },
  formatNumber: (v, spec) => percentNumber(v, spec),
};

/** The right operand of % as the driver sees it. */
export function percentArgs(args: Value, bytesLike: (v: Value) => boolean): PercentArgs<Value> {
  if ((args & 1) === 0 && isSubtype(typeOf(args), T.tuple)) {
    const n = tupleLength(args);
    const items: Value[] = new Array<Value>(n);
    const b = tupleBase(args);
    for (let k = 0; k < n; k++) items[k] = i32[b + k]!;
    return { kind: 'tuple', items };
  }
  const isMapping =
    (args & 1) === 0 && slotsOf(typeOf(args)).getitem !== undefined && strOf(args) === NULL && !bytesLike(args);
  return { kind: 'single', value: args, isMapping };
}

/** fmt % args for a str fmt. */
export function strPercentFormat(fmt: Ref, args: Value): Ref {
  const mark = handleCount();
  try {
    const text = textCall(() => drive(strValue(fmt), percentArgs(args, () => false), host));
    return newStr(text);
  } finally {
    releaseHandles(mark);
  }
}
