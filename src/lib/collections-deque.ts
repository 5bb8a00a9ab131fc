/**
 * collections.deque, a built-in type (CPython's is in C): a double-ended queue
 * on a ring buffer, with its two iterator types.
 *
 *     deque body (values, so the collector traces it):
 *     | items | head | length | maxlen | state |
 *
 *   items   valuearray used as a ring (NULL while the deque never held anything);
 *           item i is at (head + i) mod capacity; the other slots are NULL
 *   head    small int: ring position of item 0
 *   length  small int
 *   maxlen  small int, -1 for no bound
 *   state   small int bumped by every change of length or order, which the
 *           iterators and the searching methods (count, index, remove, in) check
 *           to raise "deque mutated during iteration"
 *
 *     _deque_iterator / _deque_reverse_iterator body: | deque | position | state |
 *
 * Subclasses are inline (allocInstance with the deque's five words first).
 * Every function that can run Python code (comparisons, repr, iteration of an
 * argument) keeps what it needs in handles and re-reads the deque's words
 * afterwards, since the code may have changed it.
 */
import { stampNew } from '../vm/object-lock.js';
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { newValueArray, valueArrayCapacity } from '../objects/arrays.js';
import { onAfterTypes, onLayouts } from '../objects/bootstrap-hooks.js';
import { intern } from '../objects/intern.js';
import { hashNotImplemented } from '../objects/descriptors-wrapper.js';
import { defineGetter } from '../objects/descriptors-getset.js';
import { newGenericAlias } from '../objects/generic-alias.js';
import { intFromNumber } from '../objects/int.js';
import { arg, asSsize, checkExactlyOne, checkNoArgs, hasIndex, kwCountOf, repeatCount, subscriptIndex } from '../objects/list-args.js';
import { allocInstance, listSet, newList } from '../objects/list.js';
import { reprEnterChecked, reprLeave } from '../objects/list-reprguard.js';
import {
  checkRepeatSize,
  compareSequences,
  NB_ADD,
  NB_INPLACE,
  NB_MUL,
  otherOperandFirst,
} from '../objects/list-slots.js';
import { defineMethod, MDF_CLASS, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleGet } from '../objects/tuple.js';
import { dictSize } from '../objects/dict.js';
import { existingInstanceDict } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameJs } from '../objects/type-info.js';
import {
  declareSlots,
  getField,
  setField,
  setTypeFlags,
  TP_BASIC,
  TP_QUALNAME,
  TPF_BASETYPE,
  typeFlags,
} from '../objects/typeobject.js';
import { getIter, iterNext, repr, richEq, typeNameOf } from '../vm/abstract.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';

const D_ITEMS = 0;
const D_HEAD = 1;
const D_LEN = 2;
const D_MAXLEN = 3;
const D_STATE = 4;
export const DEQUE_WORDS = 5;

const IT_DEQUE = 0;
const IT_POS = 1;
const IT_STATE = 2;

const MIN_CAPACITY = 8;

onLayouts(() => {
  const t = T['collections.deque'];
  setField(t, TP_BASIC, fromSmallInt(DEQUE_WORDS));
  setTypeFlags(t, typeFlags(t) | TPF_BASETYPE);
});
onAfterTypes(() => {
  // __qualname__ is the name without its module, as CPython's for a dotted tp_name.
  for (const n of ['collections.deque', 'collections._deque_iterator', 'collections._deque_reverse_iterator'] as const) {
    setField(T[n], TP_QUALNAME, intern(n.slice('collections.'.length)));
  }
});

// ---- the ring ------------------------------------------------------------------------------------

function int(d: Ref, f: number): number {
  return getField(d, f) >> 1;
}
function setInt(d: Ref, f: number, n: number): void {
  setField(d, f, fromSmallInt(n));
}

/** A deque or an instance of a subclass. */
export function isDeque(v: Value): boolean {
  if ((v & 1) !== 0 || v === NULL) return false;
  const t = typeOf(v);
  return t === T['collections.deque'] || isSubtype(t, T['collections.deque']);
}

export function dequeLength(d: Ref): number {
  return int(d, D_LEN);
}

/** The maximum length, or -1 when unbounded. */
function maxLen(d: Ref): number {
  return int(d, D_MAXLEN);
}

function bump(d: Ref): void {
  setInt(d, D_STATE, (int(d, D_STATE) + 1) & 0x3fffffff);
}

/** i32 index of ring slot for item i (0 <= i < length). */
function slotIndex(d: Ref, i: number): number {
  const items = getField(d, D_ITEMS);
  const cap = valueArrayCapacity(items);
  let p = int(d, D_HEAD) + i;
  if (p >= cap) p -= cap;
  return (items >> 2) + HEADER_WORDS + p;
}

export function dequeGet(d: Ref, i: number): Value {
  return i32[slotIndex(d, i)]!;
}
function dequeSet(d: Ref, i: number, v: Value): void {
  i32[slotIndex(d, i)] = v;
}

/** Room for `extra` more items: a bigger ring with the items moved to its start. */
function reserve(d: Ref, extra: number): void {
  const items = getField(d, D_ITEMS);
  const n = dequeLength(d);
  const cap = items === NULL ? 0 : valueArrayCapacity(items);
  if (n + extra <= cap) return;
  let want = Math.max(MIN_CAPACITY, cap);
  while (want < n + extra) want *= 2;
  const fresh = newValueArray(want);
  const dst = (fresh >> 2) + HEADER_WORDS;
  for (let i = 0; i < n; i++) i32[dst + i] = dequeGet(d, i);
  setField(d, D_ITEMS, fresh);
  setInt(d, D_HEAD, 0);
}

/** Drop the ring when the deque is empty and its ring is large (memory goes back). */
function shrinkIfEmpty(d: Ref): void {
  if (dequeLength(d) !== 0) return;
  const items = getField(d, D_ITEMS);
  if (items !== NULL && valueArrayCapacity(items) > 64) setField(d, D_ITEMS, NULL);
  setInt(d, D_HEAD, 0);
}

function popRightRaw(d: Ref): Value {
  const n = dequeLength(d);
  const at = slotIndex(d, n - 1);
  const v = i32[at]!;
  i32[at] = NULL;
  setInt(d, D_LEN, n - 1);
  bump(d);
  return v;
}

function popLeftRaw(d: Ref): Value {
  const n = dequeLength(d);
  const at = slotIndex(d, 0);
  const v = i32[at]!;
  i32[at] = NULL;
  let head = int(d, D_HEAD) + 1;
  if (head === valueArrayCapacity(getField(d, D_ITEMS))) head = 0;
  setInt(d, D_HEAD, head);
  setInt(d, D_LEN, n - 1);
  bump(d);
  return v;
}

/** append: at the right end, dropping the leftmost item of a full bounded deque. */
export function dequeAppend(d: Ref, v: Value): void {
  const m = maxLen(d);
  if (m === 0) return;
  if (m > 0 && dequeLength(d) >= m) popLeftRaw(d);
  reserve(d, 1);
  const n = dequeLength(d);
  setInt(d, D_LEN, n + 1);
  dequeSet(d, n, v);
  bump(d);
}

/** appendleft: at the left end, dropping the rightmost item of a full bounded deque. */
function dequeAppendLeft(d: Ref, v: Value): void {
  const m = maxLen(d);
  if (m === 0) return;
  if (m > 0 && dequeLength(d) >= m) popRightRaw(d);
  reserve(d, 1);
  const cap = valueArrayCapacity(getField(d, D_ITEMS));
  let head = int(d, D_HEAD) - 1;
  if (head < 0) head += cap;
  setInt(d, D_HEAD, head);
  setInt(d, D_LEN, dequeLength(d) + 1);
  dequeSet(d, 0, v);
  bump(d);
}

function dequeClear(d: Ref): void {
  const n = dequeLength(d);
  if (n === 0) return;
  for (let i = 0; i < n; i++) dequeSet(d, i, NULL);
  setInt(d, D_LEN, 0);
  bump(d);
  shrinkIfEmpty(d);
}

/** The items in order, as a JS array (nothing runs meanwhile, so plain addresses are safe). */
function snapshot(d: Ref): Value[] {
  const n = dequeLength(d);
  const out = new Array<Value>(n);
  for (let i = 0; i < n; i++) out[i] = dequeGet(d, i);
  return out;
}

/** Replace the items by `items` (already rooted elsewhere or just read from the deque). */
function refill(d: Ref, items: Value[]): void {
  const n = dequeLength(d);
  for (let i = 0; i < n; i++) dequeSet(d, i, NULL);
  setInt(d, D_LEN, 0);
  setInt(d, D_HEAD, 0);
  reserve(d, items.length);
  setInt(d, D_LEN, items.length);
  for (let i = 0; i < items.length; i++) dequeSet(d, i, items[i]!);
  bump(d);
}

function rotate(d: Ref, steps: number): void {
  const n = dequeLength(d);
  if (n <= 1) return;
  // Any rotation of two or more items counts as a change for iterators, as CPython's.
  bump(d);
  let k = steps % n;
  if (k < 0) k += n;
  if (k === 0) return;
  const cap = valueArrayCapacity(getField(d, D_ITEMS));
  if (cap === n) {
    // A full ring rotates by moving its head.
    let head = int(d, D_HEAD) - k;
    if (head < 0) head += cap;
    setInt(d, D_HEAD, head);
    bump(d);
    return;
  }
  const items = snapshot(d);
  refill(d, [...items.slice(n - k), ...items.slice(0, n - k)]);
}

/** A new empty deque of exactly type deque with bound `maxlen` (-1: none). */
export function newDeque(maxlen: number): Ref {
  const d = allocate(T['collections.deque'], HEADER_BYTES + DEQUE_WORDS * 4, false);
  stampNew(d);
  initDeque(d, maxlen);
  return d;
}

function initDeque(d: Ref, maxlen: number): void {
  setField(d, D_ITEMS, NULL);
  setInt(d, D_HEAD, 0);
  setInt(d, D_LEN, 0);
  setInt(d, D_MAXLEN, maxlen);
  setInt(d, D_STATE, 0);
}

/** extend: the items of `iterable` appended on the right (or the left, one by one). */
function extend(d: Ref, iterable: Value, left: boolean): void {
  const mark = handleCount();
  try {
    const hd = pushHandle(d);
    // Extending a deque by itself reads a copy of its items.
    const source = iterable === d ? listOfDeque(d) : iterable;
    pushHandle(source);
    const it = getIter(source);
    const hit = pushHandle(it);
    const hx = pushHandle(NULL);
    for (;;) {
      const x = iterNext(getHandle(hit));
      if (x === NULL) break;
      setHandle(hx, x);
      if (left) dequeAppendLeft(getHandle(hd), x);
      else dequeAppend(getHandle(hd), x);
    }
  } finally {
    releaseHandles(mark);
  }
}

/** A list holding the deque's items. */
function listOfDeque(d: Ref): Ref {
  const n = dequeLength(d);
  const l = newList(n);
  for (let i = 0; i < n; i++) listSet(l, i, dequeGet(d, i));
  return l;
}

// ---- searching with Python comparisons ----------------------------------------------------------

function mutated(type: Ref = E.RuntimeError): never {
  throw raise(type, 'deque mutated during iteration');
}

/**
 * The first i in [start, stop) whose item equals `x` (-1 if none), checking
 * after each comparison that the deque was not changed.
 */
function find(d: Ref, x: Value, start: number, stop: number, onChange: Ref): number {
  const mark = handleCount();
  try {
    const hd = pushHandle(d);
    const hx = pushHandle(x);
    const hitem = pushHandle(NULL);
    const state = int(d, D_STATE);
    for (let i = start; i < stop && i < dequeLength(getHandle(hd)); i++) {
      const item = dequeGet(getHandle(hd), i);
      setHandle(hitem, item);
      const eq = item === getHandle(hx) || richEq(item, getHandle(hx));
      if (int(getHandle(hd), D_STATE) !== state) mutated(onChange);
      if (eq) return i;
    }
    return -1;
  } finally {
    releaseHandles(mark);
  }
}

function count(d: Ref, x: Value): number {
  const mark = handleCount();
  try {
    const hd = pushHandle(d);
    const hx = pushHandle(x);
    const hitem = pushHandle(NULL);
    const state = int(d, D_STATE);
    let c = 0;
    for (let i = 0; i < dequeLength(getHandle(hd)); i++) {
      const item = dequeGet(getHandle(hd), i);
      setHandle(hitem, item);
      if (item === getHandle(hx) || richEq(item, getHandle(hx))) c++;
      if (int(getHandle(hd), D_STATE) !== state) mutated();
    }
    return c;
  } finally {
    releaseHandles(mark);
  }
}

/** Delete item i (0 <= i < length): the shorter side moves over it. */
function deleteAt(d: Ref, i: number): void {
  const n = dequeLength(d);
  if (i < n >> 1) {
    for (let k = i; k > 0; k--) dequeSet(d, k, dequeGet(d, k - 1));
    popLeftRaw(d);
  } else {
    for (let k = i; k < n - 1; k++) dequeSet(d, k, dequeGet(d, k + 1));
    popRightRaw(d);
  }
  shrinkIfEmpty(d);
}

function insertAt(d: Ref, index: number, v: Value): void {
  const n = dequeLength(d);
  const m = maxLen(d);
  if (m >= 0 && n >= m) throw raise(E.IndexError, 'deque already at its maximum size');
  let i = index;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  if (i === n) {
    dequeAppend(d, v);
    return;
  }
  if (i === 0) {
    dequeAppendLeft(d, v);
    return;
  }
  dequeAppend(d, NULL);
  for (let k = n; k > i; k--) dequeSet(d, k, dequeGet(d, k - 1));
  dequeSet(d, i, v);
}

function itemIndex(d: Ref, key: Value): number {
  if (!hasIndex(key)) throw raise(E.TypeError, `sequence index must be integer, not '${typeNameOf(key)}'`);
  let i = subscriptIndex(key);
  const n = dequeLength(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'deque index out of range');
  return i;
}

// ---- copies and operators -----------------------------------------------------------------------

/** d.copy(): a deque of exactly d's type; a subclass is called as type(d)(d[, maxlen]). */
function copyOf(d: Ref): Ref {
  const t = typeOf(d);
  const m = maxLen(d);
  if (t === T['collections.deque']) {
    const c = newDeque(m);
    const n = dequeLength(d);
    reserve(c, n);
    setInt(c, D_LEN, n);
    for (let i = 0; i < n; i++) dequeSet(c, i, dequeGet(d, i));
    return c;
  }
  return m < 0 ? callArray(t, [d]) : callArray(t, [d, fromSmallInt(m)]);
}

/** d *= times, in place (a bounded deque keeps the last items of the repetition). */
function repeatInPlace(d: Ref, times: number): Ref {
  const n = dequeLength(d);
  if (times <= 0 || n === 0) {
    dequeClear(d);
    return d;
  }
  if (times === 1) return d;
  const m = maxLen(d);
  const items = snapshot(d);
  let total = n * times;
  if (m >= 0 && total > m) total = m;
  else checkRepeatSize(n, times);
  // The result is the last `total` items of items repeated.
  const out = new Array<Value>(total);
  const first = n * times - total;
  for (let k = 0; k < total; k++) out[k] = items[(first + k) % n]!;
  refill(d, out);
  return d;
}

function dequeBinop(a: Value, b: Value, nb: number): Value {
  switch (nb) {
    case NB_ADD: {
      if (!isDeque(a)) return S.NotImplemented;
      if (!isDeque(b)) {
        const r = otherOperandFirst(a, b, nb, dequeBinop);
        if (r !== S.NotImplemented) return r;
        throw raise(E.TypeError, `can only concatenate deque (not "${typeNameOf(b)}") to deque`);
      }
      const mark = handleCount();
      try {
        const hb = pushHandle(b);
        const c = pushHandle(copyOf(a));
        extend(getHandle(c), getHandle(hb), false);
        return getHandle(c);
      } finally {
        releaseHandles(mark);
      }
    }
    case NB_MUL: {
      const [d, times] = isDeque(a) ? [a, b] : [b, a];
      if (!isDeque(d)) return S.NotImplemented;
      if (!hasIndex(times)) {
        const r = otherOperandFirst(a, b, nb, dequeBinop);
        if (r !== S.NotImplemented) return r;
      }
      const k = repeatCount(times);
      const mark = handleCount();
      try {
        const c = pushHandle(copyOf(d));
        return repeatInPlace(getHandle(c), k);
      } finally {
        releaseHandles(mark);
      }
    }
    case NB_INPLACE + NB_ADD:
      if (!isDeque(a)) return S.NotImplemented;
      extend(a, b, false);
      return a;
    case NB_INPLACE + NB_MUL:
      if (!isDeque(a)) return S.NotImplemented;
      if (!hasIndex(b)) {
        const r = otherOperandFirst(a, b, nb - NB_INPLACE, dequeBinop);
        if (r !== S.NotImplemented) return r;
      }
      return repeatInPlace(a, repeatCount(b));
    default:
      return S.NotImplemented;
  }
}

function dequeRepr(d: Ref): Ref {
  const name = typeNameJs(typeOf(d)).replace(/^.*\./, '');
  if (reprEnterChecked(d)) return newStr('[...]');
  const mark = handleCount();
  try {
    const hd = pushHandle(d);
    const parts: string[] = [];
    // The items are listed first (a repr may change the deque: read them afresh each time).
    for (let i = 0; i < dequeLength(getHandle(hd)); i++) parts.push(strValue(repr(dequeGet(getHandle(hd), i))));
    const m = maxLen(getHandle(hd));
    const bound = m >= 0 ? `, maxlen=${m}` : '';
    return newStr(`${name}([${parts.join(', ')}]${bound})`);
  } finally {
    releaseHandles(mark);
    reprLeave(d);
  }
}

declareSlots('collections.deque', {
  repr: dequeRepr,
  hash: hashNotImplemented,
  richcompare(self: Value, other: Value, op: number): Value {
    if (!isDeque(self) || !isDeque(other)) return S.NotImplemented;
    return compareSequences(self, other, op, dequeLength, dequeGet);
  },
  len: dequeLength,
  iter: (self: Value) => iterFor(self, false),
  getitem: (self: Value, key: Value) => dequeGet(self, itemIndex(self, key)),
  setitem(self: Value, key: Value, v: Value): void {
    dequeSet(self, itemIndex(self, key), v);
  },
  delitem(self: Value, key: Value): void {
    deleteAt(self, itemIndex(self, key));
  },
  contains: (self: Value, x: Value) => find(self, x, 0, dequeLength(self), E.RuntimeError) >= 0,
  binop: dequeBinop,
});

// ---- construction -------------------------------------------------------------------------------

defineMethod(
  'collections.deque',
  '__new__',
  (_self, argv, argc) => {
    if (argc < 1) throw raise(E.TypeError, 'deque.__new__(): not enough arguments');
    const cls = arg(argv, 0);
    if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
      throw raise(E.TypeError, `deque.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    }
    if (!isSubtype(cls, T['collections.deque'])) {
      throw raise(E.TypeError, `deque.__new__(${typeNameJs(cls)}): ${typeNameJs(cls)} is not a subtype of deque`);
    }
    const d = allocInstance(cls, DEQUE_WORDS);
    initDeque(d, -1);
    return d;
  },
  MDF_STATIC,
);

/** deque(iterable=(), maxlen=None) */
defineMethod('collections.deque', '__init__', (self, argv, argc, kwnames) => {
  const nkw = kwCountOf(kwnames);
  const npos = argc - nkw;
  if (argc > 2) throw raise(E.TypeError, `deque() takes at most 2 arguments (${argc} given)`);
  let iterable: Value = npos > 0 ? arg(argv, 0) : NULL;
  let maxlenV: Value = npos > 1 ? arg(argv, 1) : NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const v = arg(argv, npos + k);
    if (key === 'iterable' && npos < 1) iterable = v;
    else if (key === 'maxlen' && npos < 2) maxlenV = v;
    else if (key === 'iterable' || key === 'maxlen') {
      throw raise(E.TypeError, `argument for deque() given by name ('${key}') and position (${key === 'iterable' ? 1 : 2})`);
    } else throw raise(E.TypeError, `'${key}' is an invalid keyword argument for deque()`);
  }
  let m = -1;
  if (maxlenV !== NULL && maxlenV !== S.None) {
    if (!hasIndex(maxlenV) || !isSubtype(typeOf(maxlenV), T.int)) throw raise(E.TypeError, 'an integer is required');
    m = asSsize(maxlenV, E.OverflowError, 'Python int too large to convert to C ssize_t');
    if (m < 0) throw raise(E.ValueError, 'maxlen must be non-negative');
  }
  setInt(self, D_MAXLEN, m);
  if (dequeLength(self) > 0) dequeClear(self);
  if (iterable !== NULL) extend(self, iterable, false);
  return S.None;
});

// ---- methods ------------------------------------------------------------------------------------

function one(name: string, argc: number, kwnames: Ref): void {
  checkExactlyOne(`deque.${name}`, argc, kwnames);
}
function none(name: string, argc: number, kwnames: Ref): void {
  checkNoArgs(`deque.${name}`, argc, kwnames);
}

defineMethod('collections.deque', 'append', (self, argv, argc, kwnames) => {
  one('append', argc, kwnames);
  dequeAppend(self, arg(argv, 0));
  return S.None;
});
defineMethod('collections.deque', 'appendleft', (self, argv, argc, kwnames) => {
  one('appendleft', argc, kwnames);
  dequeAppendLeft(self, arg(argv, 0));
  return S.None;
});
defineMethod('collections.deque', 'pop', (self, _argv, argc, kwnames) => {
  none('pop', argc, kwnames);
  if (dequeLength(self) === 0) throw raise(E.IndexError, 'pop from an empty deque');
  const v = popRightRaw(self);
  shrinkIfEmpty(self);
  return v;
});
defineMethod('collections.deque', 'popleft', (self, _argv, argc, kwnames) => {
  none('popleft', argc, kwnames);
  if (dequeLength(self) === 0) throw raise(E.IndexError, 'pop from an empty deque');
  const v = popLeftRaw(self);
  shrinkIfEmpty(self);
  return v;
});
defineMethod('collections.deque', 'extend', (self, argv, argc, kwnames) => {
  one('extend', argc, kwnames);
  extend(self, arg(argv, 0), false);
  return S.None;
});
defineMethod('collections.deque', 'extendleft', (self, argv, argc, kwnames) => {
  one('extendleft', argc, kwnames);
  extend(self, arg(argv, 0), true);
  return S.None;
});
defineMethod('collections.deque', 'clear', (self, _argv, argc, kwnames) => {
  none('clear', argc, kwnames);
  dequeClear(self);
  return S.None;
});
defineMethod('collections.deque', 'copy', (self, _argv, argc, kwnames) => {
  none('copy', argc, kwnames);
  return copyOf(self);
});
defineMethod('collections.deque', '__copy__', (self, _argv, argc, kwnames) => {
  none('__copy__', argc, kwnames);
  return copyOf(self);
});
defineMethod('collections.deque', 'count', (self, argv, argc, kwnames) => {
  one('count', argc, kwnames);
  return fromSmallInt(count(self, arg(argv, 0)));
});
defineMethod('collections.deque', 'reverse', (self, _argv, argc, kwnames) => {
  none('reverse', argc, kwnames);
  // In place, and not a change for iterators (CPython's reverse keeps the state).
  const n = dequeLength(self);
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = dequeGet(self, i);
    dequeSet(self, i, dequeGet(self, j));
    dequeSet(self, j, t);
  }
  return S.None;
});

function countArg(name: string, argv: number, argc: number, kwnames: Ref, min: number, max: number): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `deque.${name}() takes no keyword arguments`);
  if (argc < min || argc > max) {
    const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
    if (min === max) throw raise(E.TypeError, `${name} expected ${min} ${plural(min)}, got ${argc}`);
    if (argc < min) throw raise(E.TypeError, `${name} expected at least ${min} ${plural(min)}, got ${argc}`);
    throw raise(E.TypeError, `${name} expected at most ${max} ${plural(max)}, got ${argc}`);
  }
}

defineMethod('collections.deque', 'rotate', (self, argv, argc, kwnames) => {
  countArg('rotate', argv, argc, kwnames, 0, 1);
  let n = 1;
  if (argc === 1) {
    const v = arg(argv, 0);
    if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    n = asSsize(v, E.OverflowError, 'Python int too large to convert to C ssize_t');
    const len = dequeLength(self);
    if (len > 1 && !Number.isSafeInteger(n)) n = Number(BigInt(n) % BigInt(len));
  }
  rotate(self, n);
  return S.None;
});

function sliceArg(v: Value, dflt: number): number {
  if (v === NULL) return dflt;
  if (!hasIndex(v)) throw raise(E.TypeError, 'slice indices must be integers or have an __index__ method');
  return asSsize(v, null, '');
}

defineMethod('collections.deque', 'index', (self, argv, argc, kwnames) => {
  countArg('index', argv, argc, kwnames, 1, 3);
  const n = dequeLength(self);
  let start = sliceArg(argc > 1 ? arg(argv, 1) : NULL, 0);
  let stop = sliceArg(argc > 2 ? arg(argv, 2) : NULL, n);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  stop = Math.min(stop, n);
  const x = arg(argv, 0);
  const i = find(self, x, start, stop, E.RuntimeError);
  if (i < 0) throw raise(E.ValueError, `${strValue(repr(x))} is not in deque`);
  return fromSmallInt(i);
});

defineMethod('collections.deque', 'remove', (self, argv, argc, kwnames) => {
  one('remove', argc, kwnames);
  const x = arg(argv, 0);
  const i = find(self, x, 0, dequeLength(self), E.IndexError);
  if (i < 0) throw raise(E.ValueError, `${strValue(repr(x))} is not in deque`);
  deleteAt(self, i);
  return S.None;
});

defineMethod('collections.deque', 'insert', (self, argv, argc, kwnames) => {
  countArg('insert', argv, argc, kwnames, 2, 2);
  const iv = arg(argv, 0);
  if (!hasIndex(iv)) throw raise(E.TypeError, `'${typeNameOf(iv)}' object cannot be interpreted as an integer`);
  insertAt(self, asSsize(iv, E.OverflowError, 'Python int too large to convert to C ssize_t'), arg(argv, 1));
  return S.None;
});

defineMethod('collections.deque', '__reversed__', (self, _argv, argc, kwnames) => {
  none('__reversed__', argc, kwnames);
  return iterFor(self, true);
});

/** __reduce__: (type, () or ((), maxlen), the instance dict or None, an iterator of the items). */
defineMethod('collections.deque', '__reduce__', (self, _argv, argc, kwnames) => {
  none('__reduce__', argc, kwnames);
  const mark = handleCount();
  try {
    const m = maxLen(self);
    const args = pushHandle(m < 0 ? S.emptyTuple : newTuple([S.emptyTuple, fromSmallInt(m)]));
    const dict = existingInstanceDict(self);
    const state = dict === NULL || dictSize(dict) === 0 ? S.None : dict;
    const hs = pushHandle(state);
    const it = iterFor(self, false);
    return newTuple([typeOf(self), getHandle(args), getHandle(hs), it]);
  } finally {
    releaseHandles(mark);
  }
});

defineMethod('collections.deque', '__sizeof__', (self, _argv, argc, kwnames) => {
  none('__sizeof__', argc, kwnames);
  const items = getField(self, D_ITEMS);
  return intFromNumber(HEADER_BYTES + DEQUE_WORDS * 4 + (items === NULL ? 0 : HEADER_BYTES + valueArrayCapacity(items) * 4));
});

defineMethod(
  'collections.deque',
  '__class_getitem__',
  (cls, argv, argc, kwnames) => {
    if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'deque.__class_getitem__() takes no keyword arguments');
    if (argc !== 1) throw raise(E.TypeError, `deque.__class_getitem__() takes exactly one argument (${argc} given)`);
    return newGenericAlias(cls, arg(argv, 0));
  },
  MDF_CLASS,
);

defineGetter('collections.deque', 'maxlen', (self) => {
  const m = maxLen(self);
  return m < 0 ? S.None : fromSmallInt(m);
});

// ---- iterators ----------------------------------------------------------------------------------

function iterFor(d: Ref, reverse: boolean): Ref {
  const t = reverse ? T['collections._deque_reverse_iterator'] : T['collections._deque_iterator'];
  const it = allocate(t, HEADER_BYTES + 3 * 4, false);
  setField(it, IT_DEQUE, d);
  setInt(it, IT_POS, reverse ? dequeLength(d) - 1 : 0);
  setField(it, IT_STATE, getField(d, D_STATE));
  return it;
}

function iterNextOf(it: Value, reverse: boolean): Value {
  const d = getField(it, IT_DEQUE);
  if (d === NULL) return NULL;
  if (getField(d, D_STATE) !== getField(it, IT_STATE)) {
    setField(it, IT_DEQUE, NULL);
    mutated();
  }
  const i = int(it, IT_POS);
  if (reverse ? i < 0 : i >= dequeLength(d)) {
    setField(it, IT_DEQUE, NULL);
    return NULL;
  }
  setInt(it, IT_POS, reverse ? i - 1 : i + 1);
  return dequeGet(d, i);
}

function lengthHint(it: Value, reverse: boolean): number {
  const d = getField(it, IT_DEQUE);
  if (d === NULL) return 0;
  const i = int(it, IT_POS);
  return Math.max(0, reverse ? i + 1 : dequeLength(d) - i);
}

declareSlots('collections._deque_iterator', { iter: (it) => it, next: (it) => iterNextOf(it, false) });
declareSlots('collections._deque_reverse_iterator', { iter: (it) => it, next: (it) => iterNextOf(it, true) });
defineMethod('collections._deque_iterator', '__length_hint__', (it) => fromSmallInt(lengthHint(it, false)));
defineMethod('collections._deque_reverse_iterator', '__length_hint__', (it) => fromSmallInt(lengthHint(it, true)));
