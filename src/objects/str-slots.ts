/**
 * The behaviour of str as a type (its TypeSlots): repr, hash, comparison in code point order,
 * len, s[i] and s[a:b:c], `in`, iteration (str-iter.ts), + and * (with int * str), and %.
 *
 * Operations on two kind-1 strs work on the heap bytes directly (str.ts); the others decode to
 * JS strings and use src/text.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { strRepr } from '../text/repr.js';
import { strContains } from '../text/str-search.js';
import { strRichCompareOf, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { E, S, T } from './registry.js';
import { repeatCount } from './list-args.js';
import { isSlice, sliceIndices, sliceOut } from './slice.js';
import { indexOrNaN, strOf, typeError } from './str-args.js';
import { newStrIterator } from './str-iter.js';
import { strPercentFormat } from './str-percent.js';
import {
  charStr,
  newStr,
  strCodePoint,
  strCompare,
  strConcat,
  strEquals,
  strFindLatin1,
  strHash,
  strKind,
  strLength,
  strRepeat,
  strStepSlice,
  strSubstring,
  strValue,
} from './str.js';
import { typeOf } from './typecheck.js';
import { declareSlots, slotsOf, TPF_HEAPTYPE, typeFlags } from './typeobject.js';

/** Largest str length we agree to build (CPython's limit is memory; ours is the heap). */
const MAX_STR_LENGTH = 2 ** 31 - 64;

export function strItem(s: Ref, key: Value): Value {
  if ((key & 1) !== 0) {
    let i = key >> 1;
    const n = strLength(s);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raise(E.IndexError, 'string index out of range');
    return charStr(strCodePoint(s, i));
  }
  if (isSlice(key)) {
    const count = sliceIndices(key, strLength(s));
    return strStepSlice(s, sliceOut[0]!, sliceOut[2]!, count);
  }
  const n = indexOrNaN(key);
  if (Number.isNaN(n)) typeError(`string indices must be integers, not '${typeNameOf(key)}'`);
  if (!Number.isSafeInteger(n)) throw raise(E.IndexError, `cannot fit 'int' into an index-sized integer`);
  const len = strLength(s);
  const i = n < 0 ? n + len : n;
  if (i < 0 || i >= len) throw raise(E.IndexError, 'string index out of range');
  return charStr(strCodePoint(s, i));
}

/** `needle in s` for two strs. */
export function strIn(s: Ref, needle: Ref): boolean {
  const n = strLength(needle);
  if (n === 0) return true;
  const len = strLength(s);
  if (n > len) return false;
  if (strKind(s) === 1 && strKind(needle) === 1) return strFindLatin1(s, needle, 0, len) >= 0;
  if (strKind(needle) > strKind(s)) return false;
  return strContains(strValue(s), strValue(needle));
}

/** s * count (count may be any JS number; <= 0 gives ''). */
export function strTimes(s: Ref, count: number): Ref {
  if (count <= 0 || strLength(s) === 0) return S.emptyStr;
  if (count * strLength(s) > MAX_STR_LENGTH) throw raise(E.MemoryError, null);
  return strRepeat(s, count);
}

/** Would the other operand's type get a say (a class that may define __radd__ / __rmul__)? */
function otherMayReflect(v: Value): boolean {
  return (v & 1) === 0 && (typeFlags(typeOf(v)) & TPF_HEAPTYPE) !== 0;
}

const NB_ADD = 0;
const NB_MUL = 5;
const NB_REM = 6;
const NB_INPLACE = 13;

function strBinop(a: Value, b: Value, nb: number): Value {
  const op = nb >= NB_INPLACE ? nb - NB_INPLACE : nb;
  const sa = strOf(a);
  if (op === NB_ADD) {
    if (sa === NULL) return S.NotImplemented;
    const sb = strOf(b);
    if (sb !== NULL) return strConcat(sa, sb);
    // CPython tries the right operand's __radd__, then str's concatenation raises.
    if (otherMayReflect(b)) {
      const fb = slotsOf(typeOf(b)).binop;
      if (fb !== undefined) {
        const r = fb(a, b, op);
        if (r !== S.NotImplemented) return r;
      }
    }
    typeError(`can only concatenate str (not "${typeNameOf(b)}") to str`);
  }
  if (op === NB_MUL) {
    if (sa !== NULL) {
      if (otherMayReflect(b) && slotsOf(typeOf(b)).index === undefined) {
        const fb = slotsOf(typeOf(b)).binop;
        if (fb !== undefined) {
          const r = fb(a, b, op);
          if (r !== S.NotImplemented) return r;
        }
      }
      return strTimes(sa, repeatCount(b));
    }
    const sb = strOf(b);
    if (sb === NULL) return S.NotImplemented;
    return strTimes(sb, repeatCount(a));
  }
  if (op === NB_REM) {
    if (sa === NULL) return S.NotImplemented;
    return strPercentFormat(sa, b);
  }
  return S.NotImplemented;
}

function strRichCompare(a: Value, b: Value, op: number): Value {
  const sa = strOf(a);
  const sb = strOf(b);
  if (sa === NULL || sb === NULL) return S.NotImplemented;
  return strRichCompareOf(sa, sb, op);
}

declareSlots('str', {
  repr: (self) => newStr(strRepr(strValue(strOf(self)))),
  str: (self) => {
    const s = strOf(self);
    return s;
  },
  hash: (self) => strHash(strOf(self)),
  richcompare: strRichCompare,
  len: (self) => strLength(strOf(self)),
  bool: (self) => strLength(strOf(self)) !== 0,
  getitem: (self, key) => strItem(strOf(self), key),
  contains: (self, item) => {
    const needle = strOf(item);
    if (needle === NULL) typeError(`'in <string>' requires string as left operand, not ${typeNameOf(item)}`);
    return strIn(strOf(self), needle);
  },
  iter: (self) => newStrIterator(strOf(self)),
  binop: strBinop,
});

