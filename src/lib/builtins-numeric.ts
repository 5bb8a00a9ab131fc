/**
 * Numeric builtins: abs, divmod, pow, round, sum, min, max, bin, hex, oct.
 * The number types' own algorithms are in src/objects/int-methods.ts and
 * src/numeric; these functions dispatch as CPython's bltinmodule.c does
 * (special methods looked up on the type, reflected operands, CPython's
 * messages).
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { isBytes } from '../objects/bytes.js';
import { isByteArray } from '../objects/bytearray.js';
import { floatValue, intOperand, isExactFloat, newFloat } from '../objects/float.js';
import { heapIntValue, intFromBigInt, intFromNumber } from '../objects/int.js';
import { numberAbs, numberDivmod, intPow3 } from '../objects/int-methods.js';
import { hasIndex, indexOf, intToBigInt } from '../objects/list-args.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { binaryOp, CMP_GT, CMP_LT, getIter, isTrue, iterNext, richCompare, typeNameOf } from '../vm/abstract.js';
import { callFound, callFound0, callFound1, lookupTypeString } from '../vm/attributes.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, handleWord, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { argAt, exactlyOne, kwCount, noKeywords, parseClinic, unpackCount } from './builtins-args.js';
import { strValue } from '../objects/str.js';
import { tupleGet } from '../objects/tuple.js';

const NB_ADD = 0;
const NB_POWER = 8;

defineFunction('builtins', 'abs', (_s, argv, argc, kwnames) => {
  exactlyOne('abs', argc, kwnames);
  const v = argAt(argv, 0);
  const r = numberAbs(v);
  if (r !== NULL && ((v & 1) !== 0 || !isHeapInstance(v))) return r;
  const m = lookupTypeString(typeOf(v), '__abs__');
  if (m === NULL) throw raise(E.TypeError, `bad operand type for abs(): '${typeNameOf(v)}'`);
  return callFound0(m, v);
});

import { TPF_HEAPTYPE, typeFlags } from '../objects/typeobject.js';
function isHeapInstance(v: Value): boolean {
  return (typeFlags(typeOf(v)) & TPF_HEAPTYPE) !== 0;
}

/** a.__op__(b), then b.__rop__(a) (a subclass on the right first), as CPython's binary_op1. */
function binarySpecial(a: Value, b: Value, name: string, rname: string): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = lookupTypeString(ta, name);
  const fb = ta === tb ? NULL : lookupTypeString(tb, rname);
  if (fb !== NULL && isSubtype(tb, ta) && ta !== tb) {
    const r = callFound1(fb, b, a);
    if (r !== S.NotImplemented) return r;
  }
  if (fa !== NULL) {
    const r = callFound1(fa, a, b);
    if (r !== S.NotImplemented) return r;
  }
  if (fb !== NULL && !isSubtype(tb, ta)) {
    const r = callFound1(fb, b, a);
    if (r !== S.NotImplemented) return r;
  }
  return S.NotImplemented;
}

defineFunction('builtins', 'divmod', (_s, argv, argc, kwnames) => {
  noKeywords('divmod', kwnames);
  unpackCount('divmod', argc, 2, 2);
  const a = argAt(argv, 0);
  const b = argAt(argv, 1);
  let r: Value = S.NotImplemented;
  if (!isHeapInstance(a) && !isHeapInstance(b)) r = numberDivmod(a, b);
  if (r === S.NotImplemented) r = binarySpecial(a, b, '__divmod__', '__rdivmod__');
  if (r === S.NotImplemented) {
    throw raise(E.TypeError, `unsupported operand type(s) for divmod(): '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
  }
  return r;
});

const powOut: Value[] = [];
defineFunction('builtins', 'pow', (_s, argv, argc, kwnames) => {
  parseClinic('pow', argv, argc, kwnames, ['base', 'exp', 'mod'], 0, 2, [], powOut);
  const [a, b, m] = [powOut[0]!, powOut[1]!, powOut[2]!];
  if (m === NULL || m === S.None) return binaryOp(a, b, NB_POWER);
  if (isHeapInstance(a) || isHeapInstance(b) || isHeapInstance(m)) {
    const f = lookupTypeString(typeOf(a), '__pow__');
    if (f !== NULL) {
      const mark = handleCount();
      try {
        const h = pushHandle(b);
        pushHandle(m);
        const r = callFound(f, a, handleWord(h), 2, NULL);
        if (r !== S.NotImplemented) return r;
      } finally {
        releaseHandles(mark);
      }
    }
    throw raise(
      E.TypeError,
      `unsupported operand type(s) for ** or pow(): '${typeNameOf(a)}', '${typeNameOf(b)}', '${typeNameOf(m)}'`,
    );
  }
  return intPow3(a, b, m);
});

const roundOut: Value[] = [];
defineFunction('builtins', 'round', (_s, argv, argc, kwnames) => {
  parseClinic('round', argv, argc, kwnames, ['number', 'ndigits'], 0, 1, [], roundOut);
  const x = roundOut[0]!;
  const nd = roundOut[1]!;
  const m = lookupTypeString(typeOf(x), '__round__');
  if (m === NULL) throw raise(E.TypeError, `type ${typeNameOf(x)} doesn't define __round__ method`);
  if (nd === NULL || nd === S.None) return callFound0(m, x);
  return callFound1(m, x, nd);
});

function intText(name: string, argv: number, argc: number, kwnames: Ref, base: number, prefix: string): Value {
  exactlyOne(name, argc, kwnames);
  const v = argAt(argv, 0);
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(indexOf(v));
  const neg = n < 0n;
  return newStr(`${neg ? '-' : ''}${prefix}${(neg ? -n : n).toString(base)}`);
}
defineFunction('builtins', 'bin', (_s, argv, argc, kw) => intText('bin', argv, argc, kw, 2, '0b'));
defineFunction('builtins', 'oct', (_s, argv, argc, kw) => intText('oct', argv, argc, kw, 8, '0o'));
defineFunction('builtins', 'hex', (_s, argv, argc, kw) => intText('hex', argv, argc, kw, 16, '0x'));

const sumOut: Value[] = [];
defineFunction('builtins', 'sum', (_s, argv, argc, kwnames) => {
  parseClinic('sum', argv, argc, kwnames, ['iterable', 'start'], 1, 1, [], sumOut);
  const iterable = sumOut[0]!;
  let start = sumOut[1]!;
  if (start === NULL) start = fromSmallInt(0);
  if ((start & 1) === 0) {
    const t = typeOf(start);
    if (isSubtype(t, T.str)) throw raise(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (isBytes(start)) throw raise(E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (isByteArray(start)) throw raise(E.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const mark = handleCount();
  try {
    const hIt = pushHandle(getIter(iterable));
    const hAcc = pushHandle(start);
    // CPython's builtin_sum_impl: an exact int start sums ints in C longs, an exact float
    // sum goes on in a double with Neumaier's compensation, and the first item either path
    // cannot take leaves it for PyNumber_Add, for good.
    if (isExactIntValue(start)) {
      const r = sumInts(getHandle(hIt), start);
      if (r !== NULL) return r;
      setHandle(hAcc, takeSumRest());
    }
    if (isExactFloat(getHandle(hAcc))) {
      const r = sumFloats(getHandle(hIt), floatValue(getHandle(hAcc)));
      if (r !== NULL) return r;
      setHandle(hAcc, takeSumRest());
    }
    for (;;) {
      const item = iterNext(getHandle(hIt));
      if (item === NULL) break;
      const h = pushHandle(item);
      setHandle(hAcc, binaryOp(getHandle(hAcc), getHandle(h), NB_ADD));
      releaseHandles(h);
    }
    return getHandle(hAcc);
  } finally {
    releaseHandles(mark);
  }
});

/** The partial sum where sumInts or sumFloats stopped, until the caller roots it. */
let sumRest: Value = NULL;
function takeSumRest(): Value {
  const v = sumRest;
  sumRest = NULL;
  return v;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function isExactIntValue(v: Value): boolean {
  return (v & 1) !== 0 || (v !== NULL && i32[v >> 2] === T.int);
}

/** The value of a heap int or bool when it fits a C long (int64), else null. */
function int64Of(v: Ref): bigint | null {
  const b = heapIntValue(v);
  return b >= INT64_MIN && b <= INT64_MAX ? b : null;
}

/**
 * sum's int loop: exact ints and bools while the total fits a C long (kept in a JS
 * number while it is a safe integer, a bigint past that). The sum when the items run
 * out, else NULL with sumRest = total + the first item it could not take.
 */
function sumInts(it: Value, start: Value): Value {
  let small = 0;
  let big = 0n;
  let isBig = false;
  if ((start & 1) !== 0) small = start >> 1;
  else {
    const b = int64Of(start);
    if (b === null) {
      sumRest = start; // already past a C long: every item through PyNumber_Add
      return NULL;
    }
    big = b;
    isBig = true;
  }
  const mark = handleCount();
  try {
    const hIt = pushHandle(it);
    for (;;) {
      const item = iterNext(getHandle(hIt));
      if (item === NULL) return isBig ? intFromBigInt(big) : intFromNumber(small);
      if ((item & 1) !== 0 && !isBig) {
        const next = small + (item >> 1);
        if (Number.isSafeInteger(next)) {
          small = next;
          continue;
        }
      }
      let b: bigint | null = null;
      if ((item & 1) !== 0) b = BigInt(item >> 1);
      else if (i32[item >> 2] === T.int || i32[item >> 2] === T.bool) b = int64Of(item);
      if (b !== null) {
        const total = (isBig ? big : BigInt(small)) + b;
        if (total >= INT64_MIN && total <= INT64_MAX) {
          big = total;
          isBig = true;
          continue;
        }
      }
      const h = pushHandle(item);
      const acc = pushHandle(isBig ? intFromBigInt(big) : intFromNumber(small));
      sumRest = binaryOp(getHandle(acc), getHandle(h), NB_ADD);
      return NULL;
    }
  } finally {
    releaseHandles(mark);
  }
}

/**
 * sum's float loop: exact floats with Neumaier's compensated summation (CPython 3.12),
 * ints that fit a C long added as doubles. The sum when the items run out, else NULL
 * with sumRest = the total so far + the first item it could not take.
 */
function sumFloats(it: Value, start: number): Value {
  // The running total and its compensation live in a Float64Array, not in locals: the loop calls
  // iterNext (a generator's resumption, mostly) at every item, and locals holding doubles
  // across those calls were boxed, a JS heap number or two per item (21 MB in spectral_norm.py).
  // One pair per depth of nested sums (the generator may call sum), read through the module
  // variable after each item since a nested sum may have grown the array.
  const depth = sumDepth;
  const i = depth * 2;
  if (i + 2 > sumAccumulators.length) {
    const bigger = new Float64Array(sumAccumulators.length * 2);
    bigger.set(sumAccumulators);
    sumAccumulators = bigger;
  }
  sumAccumulators[i] = start;
  sumAccumulators[i + 1] = 0;
  sumDepth = depth + 1;
  const mark = handleCount();
  try {
    const hIt = pushHandle(it);
    for (;;) {
      const item = iterNext(getHandle(hIt));
      if (item === NULL) break;
      const acc = sumAccumulators;
      if ((item & 1) !== 0) {
        acc[i] += item >> 1;
        continue;
      }
      if (isExactFloat(item)) {
        const f = acc[i]!;
        const x = floatValue(item);
        const t = f + x;
        acc[i + 1] += Math.abs(f) >= Math.abs(x) ? f - t + x : x - t + f;
        acc[i] = t;
        continue;
      }
      const n = intOperand(item); // PyLong_Check: subclasses too, by their int value
      if (n !== NULL) {
        const b = (n & 1) !== 0 ? BigInt(n >> 1) : int64Of(n);
        if (b !== null) {
          acc[i] += Number(b);
          continue;
        }
      }
      // Not a float nor a C long: the compensated total, then PyNumber_Add from here on.
      const h = pushHandle(item);
      const total = pushHandle(newFloat(compensatedTotal(i)));
      sumRest = binaryOp(getHandle(total), getHandle(h), NB_ADD);
      return NULL;
    }
  } finally {
    releaseHandles(mark);
    sumDepth = depth;
  }
  return newFloat(compensatedTotal(i));
}

/** sumFloats's totals and compensations, two words per depth of nested sums (sumDepth). */
let sumAccumulators = new Float64Array(16);
let sumDepth = 0;

/**
 * The total plus its compensation at sumAccumulators[i]. Adding a zero compensation would lose
 * a negative zero's sign; an infinite or nan one would turn an overflowed sum into a nan.
 */
function compensatedTotal(i: number): number {
  const c = sumAccumulators[i + 1]!;
  return c !== 0 && Number.isFinite(c) ? sumAccumulators[i]! + c : sumAccumulators[i]!;
}

/** min() and max() (CPython's min_max). */
function minMax(name: 'min' | 'max', argv: number, argc: number, kwnames: Ref): Value {
  const op = name === 'min' ? CMP_LT : CMP_GT;
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  let key: Value = NULL;
  let dflt: Value = NULL;
  for (let k = 0; k < nkw; k++) {
    const kn = strValue(tupleGet(kwnames, k));
    const v = argAt(argv, npos + k);
    if (kn === 'key') key = v;
    else if (kn === 'default') dflt = v;
    else throw raise(E.TypeError, `'${kn}' is an invalid keyword argument for ${name}()`);
  }
  if (npos === 0) throw raise(E.TypeError, `${name} expected at least 1 argument, got 0`);
  if (key === S.None) key = NULL;
  if (npos > 1 && dflt !== NULL) {
    throw raise(E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  if (npos === 2 && key === NULL) {
    // min(a, b) / max(a, b) of floats and small ints (raytrace's clamps): compared as numbers,
    // which is exact for these (a small int is a double exactly), the first kept on a tie or a
    // NaN as CPython's loop does.
    const a = argAt(argv, 0);
    const b = argAt(argv, 1);
    if (((a & 1) !== 0 || isExactFloat(a)) && ((b & 1) !== 0 || isExactFloat(b))) {
      const x = (a & 1) !== 0 ? a >> 1 : floatValue(a);
      const y = (b & 1) !== 0 ? b >> 1 : floatValue(b);
      return (op === CMP_LT ? y < x : y > x) ? b : a;
    }
  }
  const mark = handleCount();
  try {
    const hKey = pushHandle(key);
    const hBest = pushHandle(NULL);
    const hBestKey = pushHandle(NULL);
    const hItem = pushHandle(NULL);
    if (npos === 1) {
      const it = getIter(argAt(argv, 0));
      const hIt = pushHandle(it);
      for (;;) {
        const item = iterNext(getHandle(hIt));
        if (item === NULL) break;
        considerForMinMax(item, op, hKey, hBest, hBestKey, hItem);
      }
    } else {
      for (let i = 0; i < npos; i++) considerForMinMax(argAt(argv, i), op, hKey, hBest, hBestKey, hItem);
    }
    if (getHandle(hBest) === NULL) {
      if (dflt !== NULL) return dflt;
      throw raise(E.ValueError, `${name}() iterable argument is empty`);
    }
    return getHandle(hBest);
  } finally {
    releaseHandles(mark);
  }
}

/**
 * One item of min() or max() (`op` CMP_LT or CMP_GT): kept in the handle hBest (its key in
 * hBestKey) if it beats the best so far. A function rather than a closure in minMax, which
 * was a JS allocation per call.
 */
function considerForMinMax(item: Value, op: number, hKey: number, hBest: number, hBestKey: number, hItem: number): void {
  setHandle(hItem, item);
  const k = getHandle(hKey) === NULL ? item : call1(getHandle(hKey), item);
  if (getHandle(hBest) === NULL) {
    setHandle(hBest, getHandle(hItem));
    setHandle(hBestKey, k);
    return;
  }
  const hk = pushHandle(k);
  if (isTrue(richCompare(getHandle(hk), getHandle(hBestKey), op))) {
    setHandle(hBest, getHandle(hItem));
    setHandle(hBestKey, getHandle(hk));
  }
  releaseHandles(hk);
}

defineFunction('builtins', 'min', (_s, argv, argc, kwnames) => minMax('min', argv, argc, kwnames));
defineFunction('builtins', 'max', (_s, argv, argc, kwnames) => minMax('max', argv, argc, kwnames));
