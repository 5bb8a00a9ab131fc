/**
 * Inline fast paths of the dispatch loop for the commonest operand types, as
 * CPython's specialized instructions (BINARY_OP_ADD_FLOAT, BINARY_SUBSCR_LIST_INT,
 * STORE_SUBSCR_LIST_INT, UNPACK_SEQUENCE_TUPLE/LIST): each does the whole
 * operation or returns NULL / false without side effects, and the loop then
 * takes the generic path. They read and write the heap directly and never
 * run Python code, so the collector cannot run inside them.
 */
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { allocateRaw8 } from '../heap/allocator.js';
import { intFromSafe, safeIntValue } from '../objects/int.js';
import { S, T } from '../objects/registry.js';
import { dictGet } from '../objects/dict.js';
import { setContains } from '../objects/set.js';
import { raiseKeyError } from './errors.js';
import { listBase, listGetShared, listLength } from '../objects/list.js';
import { freeThreading } from './object-lock.js';
import { tupleBase, tupleLength } from '../objects/tuple.js';
import { compareNumbers } from '../numeric/compare.js';
import { reusableOperand } from './float-reuse.js';

/**
 * `a op b` for + - * / (and their in-place forms) when one operand is an
 * exact float and the other an exact float or a small int; NULL otherwise
 * (and for division by zero, which raises on the generic path). The result
 * is a new float, or an operand's box overwritten when the instruction's
 * flags (`reuse`, src/vm/float-reuse.ts) and the value stack at `sp` show
 * that only the stack holds it.
 */
export function floatBinopFast(a: Value, b: Value, nb: number, reuse: number, sp: number): Value {
  let x: number;
  let y: number;
  if ((a & 1) !== 0) x = a >> 1;
  else if (i32[a >> 2] === T.float) x = f64[(a + HEADER_BYTES) >> 3]!;
  else return NULL;
  if ((b & 1) !== 0) {
    if ((a & 1) !== 0) return NULL; // two small ints: not a float operation
    y = b >> 1;
  } else if (i32[b >> 2] === T.float) y = f64[(b + HEADER_BYTES) >> 3]!;
  else return NULL;
  let r: number;
  switch (nb) {
    case 0: case 13: r = x + y; break;
    case 10: case 23: r = x - y; break;
    case 5: case 18: r = x * y; break;
    case 11: case 24: if (y === 0) return NULL; r = x / y; break;
    case 1: default: return NULL; // the label makes the switch dense enough for V8's jump table
  }
  // A temporary only the value stack refers to (src/vm/float-reuse.ts) takes the result, or a
  // new float: allocated here rather than by newFloat(r), since a double passed to a call V8 did
  // not inline (the loop spends its inlining budget elsewhere) is a new JS heap number.
  // Asked only here, once the operation is known to make a float: a chain of `+` on strings or
  // lists has the same flags, and nothing to reuse.
  const into = reuse === 0 ? NULL : reusableOperand(reuse, a, b, sp);
  const box = into === NULL ? allocateRaw8(T.float) : into;
  f64[(box + HEADER_BYTES) >> 3] = r;
  return box;
} // prettier-ignore

/** `c[k]` for an exact list or tuple and a small int index in range; NULL otherwise. */
export function subscrFast(c: Value, k: Value): Value {
  if ((k & 1) === 0 || (c & 1) !== 0) return NULL;
  const t = i32[c >> 2];
  let i = k >> 1;
  if (t === T.list) {
    const n = listLength(c);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return NULL;
    // Without a lock (another thread may resize it): NULL sends a lost race to the generic path.
    return listGetShared(c, i);
  }
  if (t === T.tuple) {
    const n = tupleLength(c);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return NULL;
    return i32[tupleBase(c) + i]!;
  }
  return NULL;
}

/**
 * d[key] for an exact dict: the value, or NULL with KeyError(key) made the
 * current exception, not thrown (the interpreter unwinds without a JS throw,
 * which costs about a microsecond: `try: d[k] / except KeyError:` is a common
 * way to ask). The lookup may run Python code (a key's __hash__ and __eq__),
 * whose errors are thrown as usual.
 */
export function exactDictSubscr(d: Ref, key: Value): Value {
  const v = dictGet(d, key);
  if (v === NULL) raiseKeyError(key);
  return v;
}

/**
 * `k in c` for an exact set, frozenset or dict and a small int or exact str key: 1 if it is
 * there, 0 if not, -1 for the generic path (CONTAINS_OP; the loop inverts for `not in`). Such
 * keys hash and compare without Python code.
 */
export function containsFast(c: Value, k: Value): number {
  if ((c & 1) !== 0) return -1;
  if ((k & 1) === 0 && i32[k >> 2] !== T.str) return -1;
  const t = i32[c >> 2];
  if (t === T.set || t === T.frozenset) return setContains(c, k) ? 1 : 0;
  if (t === T.dict) return dictGet(c, k) !== NULL ? 1 : 0;
  return -1;
}

/**
 * STORE_SUBSCR with the stack (value, container, key) ending below `sp`, for
 * an exact list and a small int index in range: stores, clears the three
 * stack words, returns true. False (nothing done) otherwise.
 */
export function storeSubscrFast(sp: number): boolean {
  const k = i32[sp - 1]!;
  const c = i32[sp - 2]!;
  if ((k & 1) === 0 || (c & 1) !== 0 || i32[c >> 2] !== T.list) return false;
  // Free-threading: the generic path, whose setitem slot locks the list.
  if (freeThreading()) return false;
  const n = listLength(c);
  let i = k >> 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return false;
  i32[listBase(c) + i] = i32[sp - 3]!;
  i32[sp - 1] = 0;
  i32[sp - 2] = 0;
  i32[sp - 3] = 0;
  return true;
}

/**
 * UNPACK_SEQUENCE `n` of the exact tuple or list at the top of the stack
 * (below `sp`) when it has exactly n items: the items replace it, the first
 * on top. False (nothing done) otherwise.
 */
export function unpackFast(sp: number, n: number): boolean {
  const s = i32[sp - 1]!;
  if ((s & 1) !== 0) return false;
  const t = i32[s >> 2];
  let base: number;
  if (t === T.tuple) {
    if (tupleLength(s) !== n) return false;
    base = tupleBase(s);
  } else if (t === T.list) {
    // Free-threading: the generic path, which iterates the list (each item read checked).
    if (listLength(s) !== n || freeThreading()) return false;
    base = listBase(s);
  } else return false;
  const to = sp - 1;
  for (let i = 0; i < n; i++) i32[to + i] = i32[base + n - 1 - i]!;
  return true;
}

const TWO52 = 4503599627370496;

/**
 * `a op b` for exact ints of at most 53 bits (the small-int fast path failed:
 * a result or an operand outside the small range), computed on JS numbers
 * when the result is exact: + - * // % << >> and & with a small non-negative
 * operand. NULL otherwise (bigints, other types, division by zero, a result
 * past 2**53).
 */
export function intBinopFast(a: Value, b: Value, nb: number): Value {
  const x = safeIntValue(a);
  if (x !== x) return NULL;
  const y = safeIntValue(b);
  if (y !== y) return NULL;
  let r: number;
  switch (nb) {
    case 0: case 13: r = x + y; break;
    case 10: case 23: r = x - y; break;
    case 5: case 18: r = x * y; break;
    case 2: case 15: case 6: case 19: {
      if (y === 0 || x > TWO52 || x < -TWO52 || y > TWO52 || y < -TWO52) return NULL;
      let m = x % y; // exact on doubles
      if (m !== 0 && m < 0 !== y < 0) m += y;
      r = nb === 6 || nb === 19 ? m : (x - m) / y;
      break;
    }
    case 1: case 14: // &: the low bits decide when the other side is small and non-negative
      if (y >= 0 && y <= 0x3fffffff) r = (x >>> 0) & y;
      else if (x >= 0 && x <= 0x3fffffff) r = (y >>> 0) & x;
      else return NULL;
      break;
    case 9: case 22: // >>
      if (y < 0 || y > 63) return NULL;
      r = Math.floor(x / 2 ** y);
      break;
    case 3: case 16: // <<
      if (y < 0 || y > 53) return NULL;
      r = x * 2 ** y;
      break;
    default: return NULL;
  }
  return Number.isSafeInteger(r) ? intFromSafe(r) : NULL;
} // prettier-ignore

/** `a op b` (a COMPARE_OP operation, 0..5 as < <= == != > >=) for exact ints of at most 53 bits; NULL otherwise. */
export function intCompareFast(a: Value, b: Value, op: number): Value {
  const x = safeIntValue(a);
  if (x !== x) return NULL;
  const y = safeIntValue(b);
  if (y !== y) return NULL;
  return compareNumbers(x, y, op) ? S.True : S.False;
}

/** `a op b` (COMPARE_OP's 0..5) when one side is an exact float and the other an exact float or a small int; NULL otherwise. */
export function floatCompareFast(a: Value, b: Value, op: number): Value {
  let x: number;
  let y: number;
  if ((a & 1) !== 0) x = a >> 1;
  else if (a !== 0 && i32[a >> 2] === T.float) x = f64[(a + HEADER_BYTES) >> 3]!;
  else return NULL;
  if ((b & 1) !== 0) {
    if ((a & 1) !== 0) return NULL;
    y = b >> 1;
  } else if (b !== 0 && i32[b >> 2] === T.float) y = f64[(b + HEADER_BYTES) >> 3]!;
  else return NULL;
  return compareNumbers(x, y, op) ? S.True : S.False;
}
