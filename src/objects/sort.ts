/**
 * list.sort / sorted: a stable merge sort (binary insertion sort on short
 * runs, then bottom-up merges) over heap values, comparing with `<` only,
 * always as `later < earlier` like CPython's timsort (so a failing
 * comparison names the types in CPython's order).
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
import { i32 } from '../heap/memory.js';
import { CMP_LT, isTrue, richCompare } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newValueArray, valueArrayBase } from './arrays.js';
import { listBase, listClear, listItems, listLength, listResize } from './list.js';
import { E, T } from './registry.js';
import { strValue } from './str.js';
import { floatValue } from './float.js';

type Less = (a: number, b: number) => boolean;

function binaryInsertionSort(order: Int32Array, lo: number, hi: number, less: Less): void {
  for (let i = lo + 1; i < hi; i++) {
    const pivot = order[i]!;
    let l = lo;
    let r = i;
    while (l < r) {
      const mid = (l + r) >>> 1;
      if (less(pivot, order[mid]!)) r = mid;
      else l = mid + 1;
    }
    for (let j = i; j > l; j--) order[j] = order[j - 1]!;
    order[l] = pivot;
  }
}

const RUN = 32;

/** Stable sort of `order` (positions) by `less` on positions. */
export function mergeSort(order: Int32Array, less: Less): void {
  const n = order.length;
  for (let lo = 0; lo < n; lo += RUN) binaryInsertionSort(order, lo, Math.min(lo + RUN, n), less);
  if (n <= RUN) return;
  let src: Int32Array = order;
  let dst: Int32Array = new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // Already in order: copy (saves comparisons on sorted input).
      if (mid < hi && !less(src[mid]!, src[mid - 1]!)) {
        for (let t = lo; t < hi; t++) dst[t] = src[t]!;
        continue;
      }
      while (i < mid && j < hi) {
        if (less(src[j]!, src[i]!)) dst[k++] = src[j++]!;
        else dst[k++] = src[i++]!;
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== order) order.set(src);
}

/** Sort the list in place. `key` NULL for none; `reverse` keeps stability as CPython. */
export function listSort(l: Ref, key: Value, reverse: boolean): void {
  const n = listLength(l);
  const mark = handleCount();
  try {
    // Move the items out: the list is empty while sorting.
    const values = listItems(l);
    pushHandle(values);
    const saved = n;
    listClear(l);
    let keys = values;
    let failed = true;
    try {
      if (key !== NULL && n > 0) {
        keys = newValueArray(n);
        pushHandle(keys);
        for (let k = 0; k < n; k++) {
          i32[valueArrayBase(keys) + k] = call1(key, i32[valueArrayBase(values) + k]!);
        }
      }
      const order = new Int32Array(n);
      for (let k = 0; k < n; k++) order[k] = k;
      if (n > 1) mergeSort(order, makeLess(keys, n, reverse));
      failed = false;
      const modified = listLength(l) !== 0 || listItems(l) !== NULL;
      // Put the items back in their new order.
      const sorted = newValueArray(saved);
      const vb = valueArrayBase(values);
      const sb = valueArrayBase(sorted);
      for (let k = 0; k < saved; k++) i32[sb + k] = i32[vb + order[k]!]!;
      restore(l, sorted, saved);
      if (modified) throw raise(E.ValueError, 'list modified during sort');
    } finally {
      if (failed) restore(l, values, saved);
    }
  } finally {
    releaseHandles(mark);
  }
}

function restore(l: Ref, items: Ref, n: number): void {
  listResize(l, 0);
  if (n === 0) return;
  listResize(l, n);
  i32.copyWithin(listBase(l), valueArrayBase(items), valueArrayBase(items) + n);
}

/** The comparison on positions: JS fast paths for small ints and strs, else Python's `<`. */
function makeLess(keys: Ref, n: number, reverse: boolean): Less {
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
  if (allFloat) {
    // float < float is IEEE comparison in Python too (NaN compares false).
    const nums = new Float64Array(n);
    for (let k = 0; k < n; k++) nums[k] = floatValue(i32[base + k]!);
    return reverse ? (a, b) => nums[b]! < nums[a]! : (a, b) => nums[a]! < nums[b]!;
  }
  if (allSmall) {
    const nums = new Int32Array(n);
    for (let k = 0; k < n; k++) nums[k] = i32[base + k]! >> 1;
    return reverse ? (a, b) => nums[b]! < nums[a]! : (a, b) => nums[a]! < nums[b]!;
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
    if (bmp) return reverse ? (a, b) => texts[b]! < texts[a]! : (a, b) => texts[a]! < texts[b]!;
  }
  const lt = (x: number, y: number): boolean =>
    isTrue(richCompare(i32[valueArrayBase(keys) + x]!, i32[valueArrayBase(keys) + y]!, CMP_LT));
  return reverse ? (a, b) => lt(b, a) : lt;
}
