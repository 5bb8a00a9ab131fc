/**
 * list.sort / sorted: CPython 3.12's timsort (src/objects/timsort.ts), so
 * the comparisons user `__lt__` methods see, and their order, are CPython's.
 * With reverse=True the items are reversed, sorted stably and reversed back,
 * as in CPython. If a comparison raises, the list keeps the permutation the
 * sort had reached (CPython restores nothing, loses nothing).
 *
 * The values (and the keys, when key= is given) stay in heap value arrays
 * held by handles while the sort runs, since `<` and the key function may run
 * Python code (and so a collection); the sort itself permutes a JS Int32Array
 * of positions. Lists of small ints, of floats and of strs (without astral
 * code points) compare in JS without calling into Python.
 *
 * As in CPython, the list is empty while it is being sorted; if it is not
 * empty afterwards, Python code changed it: `ValueError: list modified
 * during sort`.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CMP_LT, isTrue, richCompare, richEq } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newValueArray, valueArrayBase } from './arrays.js';
import { listBase, listClear, listItems, listLength, listResize } from './list.js';
import { E, S, T } from './registry.js';
import { strValue } from './str.js';
import { floatValue } from './float.js';
import { type Less, timsort } from './timsort.js';
import { tupleGet, tupleLength } from './tuple.js';
import { typeOf } from './typecheck.js';
import { slotsOf } from './typeobject.js';

/** Sort the list in place. `key` NULL for none; `reverse` keeps stability as CPython. */
export function listSort(l: Ref, key: Value, reverse: boolean): void {
  const n = listLength(l);
  const mark = handleCount();
  let order: Int32Array | null = null;
  try {
    // Move the items out: the list is empty while sorting.
    const values = listItems(l);
    pushHandle(values);
    listClear(l);
    let keys = values;
    if (key !== NULL && n > 0) {
      let keysDone = false;
      try {
        keys = newValueArray(n);
        pushHandle(keys);
        for (let k = 0; k < n; k++) {
          i32[valueArrayBase(keys) + k] = call1(key, i32[valueArrayBase(values) + k]!);
        }
        keysDone = true;
      } finally {
        // A key function that raises leaves the list as it was.
        if (!keysDone) restore(l, values, n);
      }
    }
    order = takeOrder(n);
    for (let k = 0; k < n; k++) order[k] = k;
    if (reverse) reverseFirst(order, n);
    let error: unknown = null;
    try {
      if (n > 1) sortPositions(order, keys, n);
    } catch (e) {
      error = e;
    }
    if (reverse) reverseFirst(order, n);
    const modified = listLength(l) !== 0 || listItems(l) !== NULL;
    // Put the items back in their new order (also after a failed comparison).
    const sorted = newValueArray(n);
    const vb = valueArrayBase(values);
    const sb = valueArrayBase(sorted);
    for (let k = 0; k < n; k++) i32[sb + k] = i32[vb + order[k]!]!;
    restore(l, sorted, n);
    if (error !== null) throw error;
    if (modified) throw raise(E.ValueError, 'list modified during sort');
  } finally {
    if (order !== null) giveOrder(order);
    releaseHandles(mark);
  }
}

function restore(l: Ref, items: Ref, n: number): void {
  listResize(l, 0);
  if (n === 0) return;
  listResize(l, n);
  i32.copyWithin(listBase(l), valueArrayBase(items), valueArrayBase(items) + n);
}

/**
 * The positions array of the sort running now, kept for the next one: a JS
 * typed array costs more to make than sorting a few dozen items (sorted()
 * of 20 ints spent half its time making three of them). A sort started while
 * another runs (from a key function or a `<`) makes its own.
 */
let spareOrder: Int32Array | null = new Int32Array(64);
/** Longer sorts make their own positions array rather than keep a large one alive. */
const SPARE_ORDER_LIMIT = 1 << 12;

function takeOrder(n: number): Int32Array {
  const spare = spareOrder;
  if (spare === null || n > SPARE_ORDER_LIMIT) return new Int32Array(n);
  spareOrder = null;
  return spare.length >= n ? spare : new Int32Array(Math.max(n, spare.length * 2));
}

function giveOrder(order: Int32Array): void {
  if (order.length <= SPARE_ORDER_LIMIT) spareOrder = order;
}

/** Reverse order[0..n). */
function reverseFirst(order: Int32Array, n: number): void {
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/** Up to this many small ints, a binary insertion sort in place (stable; no arrays made). */
const SMALL_INSERTION_LIMIT = 32;

/** Up to this many items, small ints sort as packed (value, index) doubles. */
const PACKED_LIMIT = 1 << 22;

/**
 * Sort `order` (positions into `keys`) by the keys. Small ints, floats and
 * strs (without astral code points) compare in JS; since comparing them runs
 * no Python code, only the stable result is visible, and small ints take a
 * faster native sort. Everything else runs timsort over Python's `<`.
 */
function sortPositions(order: Int32Array, keys: Ref, n: number): void {
  const base = valueArrayBase(keys);
  let allSmall = true;
  let allStr = true;
  let allFloat = true;
  for (let k = 0; k < n; k++) {
    const v = i32[base + k]!;
    if ((v & 1) === 0) allSmall = false;
    if ((v & 1) !== 0 || i32[v >> 2] !== T.str) allStr = false;
    if ((v & 1) !== 0 || i32[v >> 2] !== T.float) allFloat = false;
    if (!allSmall && !allStr && !allFloat) break;
  }
  if (allSmall && n <= SMALL_INSERTION_LIMIT) {
    // Small ints are totally ordered, so any stable sort gives CPython's result.
    for (let k = 1; k < n; k++) {
      const pos = order[k]!;
      const v = i32[base + pos]! >> 1;
      // After every item not greater than v: stability.
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v < i32[base + order[mid]!]! >> 1) hi = mid;
        else lo = mid + 1;
      }
      for (let j = k; j > lo; j--) order[j] = order[j - 1]!;
      order[lo] = pos;
    }
    return;
  }
  if (allSmall && n <= PACKED_LIMIT) {
    // value * 2**22 + index is exact in a double (31 + 22 bits), and sorting
    // those numbers is a stable sort of the values.
    const packed = new Float64Array(n);
    for (let k = 0; k < n; k++) packed[k] = ((i32[base + order[k]!]! >> 1) + 0x40000000) * PACKED_LIMIT + k;
    packed.sort();
    const from = order.slice(0, n);
    for (let k = 0; k < n; k++) order[k] = from[packed[k]! % PACKED_LIMIT]!;
    return;
  }
  timsort(order.length === n ? order : order.subarray(0, n), makeLess(keys, n, allSmall, allStr, allFloat));
}

/** The comparison on positions: JS fast paths for small ints, floats and strs, else Python's `<`. */
function makeLess(keys: Ref, n: number, allSmall: boolean, allStr: boolean, allFloat: boolean): Less {
  const base = valueArrayBase(keys);
  if (allFloat) {
    // float < float is IEEE comparison in Python too (NaN compares false).
    const nums = new Float64Array(n);
    for (let k = 0; k < n; k++) nums[k] = floatValue(i32[base + k]!);
    return (a, b) => nums[a]! < nums[b]!;
  }
  if (allSmall) {
    const nums = new Int32Array(n);
    for (let k = 0; k < n; k++) nums[k] = i32[base + k]! >> 1;
    return (a, b) => nums[a]! < nums[b]!;
  }
  if (allStr) {
    const texts: string[] = [];
    let bmp = true;
    for (let k = 0; k < n; k++) {
      const s = strValue(i32[base + k]!);
      texts.push(s);
      if (bmp && /[\ud800-\udfff]/.test(s)) bmp = false;
    }
    // Without surrogates, UTF-16 order is code point order.
    if (bmp) return (a, b) => texts[a]! < texts[b]!;
  }
  const keyLess = objectLess(base, n);
  // The keys array base is re-read at each comparison, as Python code runs in between.
  return (x, y) => keyLess(i32[valueArrayBase(keys) + x]!, i32[valueArrayBase(keys) + y]!);
}

type KeyLess = (x: Value, y: Value) => boolean;

const safeLess: KeyLess = (x, y) => isTrue(richCompare(x, y, CMP_LT));

/**
 * `<` on keys as CPython's pre-sort check picks it, which user code can see:
 * when all keys (or all first items of non-empty tuple keys) have one type,
 * that type's comparison slot is called directly, and only if it returns
 * NotImplemented the full protocol runs (so a user `__lt__` returning
 * NotImplemented runs twice before the reflected `__gt__`). Tuple keys compare
 * as CPython's unsafe_tuple_compare: `==` item by item, then `<` on the first
 * differing items, through that direct slot when they are the first items.
 */
function objectLess(base: number, n: number): KeyLess {
  const first = i32[base]!;
  let inTuples = typeOf(first) === T.tuple && tupleLength(first) > 0;
  const keyType = typeOf(inTuples ? tupleGet(first, 0) : first);
  let sameType = true;
  for (let k = 0; k < n; k++) {
    let v = i32[base + k]!;
    if (inTuples) {
      if (typeOf(v) !== T.tuple || tupleLength(v) === 0) {
        inTuples = false;
        sameType = false;
        break;
      }
      v = tupleGet(v, 0);
    }
    if (typeOf(v) !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
  }
  let less = safeLess;
  const slot = slotsOf(keyType).richcompare;
  if (sameType && slot !== undefined) {
    less = (x, y) => {
      const r = slot(x, y, CMP_LT);
      return isTrue(r === S.NotImplemented ? richCompare(x, y, CMP_LT) : r);
    };
  }
  if (!inTuples) return less;
  const firstLess = keyType === T.tuple ? safeLess : less;
  return (x, y) => {
    const nx = tupleLength(x);
    const ny = tupleLength(y);
    let i = 0;
    while (i < nx && i < ny && richEq(tupleGet(x, i), tupleGet(y, i))) i++;
    if (i >= nx || i >= ny) return nx < ny;
    if (i === 0) return firstLess(tupleGet(x, 0), tupleGet(y, 0));
    return isTrue(richCompare(tupleGet(x, i), tupleGet(y, i), CMP_LT));
  };
}
