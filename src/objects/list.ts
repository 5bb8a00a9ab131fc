/**
 * list objects: the layout and the fast helpers the interpreter uses.
 *
 *     +--------+--------+-------+
 *     | header | length | items |     (values body)
 *     +--------+--------+-------+
 *
 *   length  small int: number of items
 *   items   valuearray (capacity >= length; words past length are NULL), or
 *           NULL for a list that never held anything
 *
 * Growth over-allocates like CPython's list_resize (about 1/8 more), so a
 * list of a million small ints takes about 4.5 MB.
 *
 * Helpers for the interpreter:
 *   newList(n)            BUILD_LIST: a list of n NULL items the caller fills before
 *                         any Python code runs
 *   listFromWords(w, n)   a list holding i32[w .. w + n)
 *   listAppend(l, v)      LIST_APPEND
 *   listExtend(l, it)     LIST_EXTEND (any iterable; may run Python code)
 *   listFromIterable(it)  list(it)
 *   listGet / listSet / listLength / listBase  unchecked access
 *
 * The slots (repr, ==, [], +, *, ...) are in list-slots.ts, the methods in
 * list-methods.ts.
 */
import { lockObject, lockPair, stampNew, unlockObject, unlockPair } from '../vm/object-lock.js';
import { allocate, growInPlace } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { copyWords } from '../heap/memory.js';
import { getIter, iterNext } from '../vm/abstract.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newValueArray, valueArrayCapacity } from './arrays.js';
import { onLayouts } from './bootstrap-hooks.js';
import { T } from './registry.js';
import { tupleBase, tupleFromWords, tupleLength } from './tuple.js';
import { isSubtype } from './typecheck.js';
import { TP_BASIC, setField, typeBasicWords, typeDictIndex } from './typeobject.js';

const L_LENGTH = HEADER_WORDS;
const L_ITEMS = HEADER_WORDS + 1;
export const LIST_BODY_WORDS = 2;

onLayouts(() => {
  setField(T.list, TP_BASIC, fromSmallInt(LIST_BODY_WORDS));
});

/**
 * Allocate an instance of `cls` (a built-in container type or a class
 * deriving from it) whose body starts with `words` words of the base's
 * layout: room for the subclass's extra words and its __dict__ word too.
 */
export function allocInstance(cls: Ref, words: number): Ref {
  let n = Math.max(words, typeBasicWords(cls));
  const dictix = typeDictIndex(cls);
  if (dictix >= 0) n = Math.max(n, dictix + 1);
  const o = allocate(cls, HEADER_BYTES + n * 4, false);
  stampNew(o);
  return o;
}

export function isList(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && i32[v >> 2] === T.list;
}
/** A list or an instance of a subclass of list. */
export function isListLike(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  return t === T.list || isSubtype(t, T.list);
}

export function listLength(l: Ref): number {
  return i32[(l >> 2) + L_LENGTH]! >> 1;
}
export function listItems(l: Ref): Ref {
  return i32[(l >> 2) + L_ITEMS]!;
}
/** i32 index of item 0 (valid until the list is resized). */
export function listBase(l: Ref): number {
  return (i32[(l >> 2) + L_ITEMS]! >> 2) + HEADER_WORDS;
}
export function listGet(l: Ref, i: number): Value {
  return i32[(i32[(l >> 2) + L_ITEMS]! >> 2) + HEADER_WORDS + i]!;
}
/**
 * Item i read without the list's lock (free-threading mode's lock-free
 * `lst[i]`, as CPython's list_get_item_ref): NULL when i is past the item
 * array found, which another thread may just have replaced or dropped. Arrays
 * replaced stay valid until the next collection, which cannot run meanwhile.
 */
export function listGetShared(l: Ref, i: number): Value {
  const items = i32[(l >> 2) + L_ITEMS]!;
  if (items === NULL || i >= valueArrayCapacity(items)) return NULL;
  return i32[(items >> 2) + HEADER_WORDS + i]!;
}
export function listSet(l: Ref, i: number, v: Value): void {
  i32[(i32[(l >> 2) + L_ITEMS]! >> 2) + HEADER_WORDS + i] = v;
}
export function listCapacity(l: Ref): number {
  const items = listItems(l);
  return items === NULL ? 0 : valueArrayCapacity(items);
}
function setLength(l: Ref, n: number): void {
  i32[(l >> 2) + L_LENGTH] = fromSmallInt(n);
}

/** Give a fresh list body (from allocInstance) its empty state. */
export function initList(l: Ref): void {
  setLength(l, 0);
  i32[(l >> 2) + L_ITEMS] = NULL;
}

/** A list of length n whose items are NULL: the caller fills them before Python code runs. */
export function newList(n: number): Ref {
  const l = allocate(T.list, HEADER_BYTES + LIST_BODY_WORDS * 4, false);
  if (n > 0) i32[(l >> 2) + L_ITEMS] = newValueArray(n);
  setLength(l, n);
  stampNew(l);
  return l;
}

/** A list holding the values i32[from .. from + n). */
export function listFromWords(from: number, n: number): Ref {
  const l = newList(n);
  copyWords(listBase(l), from, n);
  return l;
}

/**
 * Make room for `newLength` items (CPython's list_resize policy) and set the
 * length. New slots are NULL; slots dropped are cleared.
 */
export function listResize(l: Ref, newLength: number): void {
  const items = listItems(l);
  const capacity = items === NULL ? 0 : valueArrayCapacity(items);
  const old = listLength(l);
  if (capacity >= newLength && newLength >= capacity >> 1) {
    if (newLength < old) {
      const b = listBase(l);
      i32.fill(0, b + newLength, b + old);
    }
    setLength(l, newLength);
    return;
  }
  if (newLength === 0) {
    i32[(l >> 2) + L_ITEMS] = NULL;
    setLength(l, 0);
    return;
  }
  let want = (newLength + (newLength >> 3) + 6) & ~3;
  if (newLength - old > want - newLength) want = (newLength + 3) & ~3;
  if (items !== NULL && want > capacity && growInPlace(items, HEADER_BYTES + want * 4)) {
    setLength(l, newLength);
    return;
  }
  const fresh = newValueArray(want);
  const keep = Math.min(old, newLength);
  if (keep > 0) {
    const from = (items >> 2) + HEADER_WORDS;
    copyWords((fresh >> 2) + HEADER_WORDS, from, keep);
  }
  i32[(l >> 2) + L_ITEMS] = fresh;
  setLength(l, newLength);
}

/** Drop every item (the storage too). */
export function listClear(l: Ref): void {
  i32[(l >> 2) + L_ITEMS] = NULL;
  setLength(l, 0);
}

/** LIST_APPEND / list.append. */
export function listAppend(l: Ref, v: Value): void {
  const n = i32[(l >> 2) + L_LENGTH]! >> 1;
  const items = i32[(l >> 2) + L_ITEMS]!;
  if (items !== NULL && n < valueArrayCapacity(items)) {
    i32[(items >> 2) + HEADER_WORDS + n] = v;
    i32[(l >> 2) + L_LENGTH] = fromSmallInt(n + 1);
    return;
  }
  listResize(l, n + 1);
  listSet(l, n, v);
}

/** Append the values i32[from .. from + n) (their storage must not be this list's). */
export function listAppendWords(l: Ref, from: number, n: number): void {
  if (n === 0) return;
  const old = listLength(l);
  listResize(l, old + n);
  i32.copyWithin(listBase(l) + old, from, from + n);
}

/**
 * LIST_EXTEND / list.extend / list += iterable. Lists and tuples are copied
 * directly; anything else is iterated (Python code may run: `l` must be
 * rooted by the caller, as it is when it is on the value stack or an argument).
 */
export function listExtend(l: Ref, iterable: Value): void {
  if ((iterable & 1) === 0) {
    const t = i32[iterable >> 2]!;
    if (t === T.list || t === T.tuple) {
      // Both lists locked (free-threading mode): another thread resizing the source could
      // otherwise leave its length and its item array out of step.
      const locks = lockPair(l, iterable);
      try {
        const n = t === T.list ? listLength(iterable) : tupleLength(iterable);
        if (n === 0) return;
        const old = listLength(l);
        listResize(l, old + n);
        // Read the source after the resize: `l.extend(l)` copies the items it had.
        const from = t === T.list ? listBase(iterable) : tupleBase(iterable);
        i32.copyWithin(listBase(l) + old, from, from + n);
      } finally {
        unlockPair(locks);
      }
      return;
    }
  }
  const mark = handleCount();
  try {
    const hl = pushHandle(l);
    const it = getIter(iterable);
    const hit = pushHandle(it);
    for (;;) {
      const x = iterNext(getHandle(hit));
      if (x === NULL) break;
      listAppend(getHandle(hl), x);
    }
  } finally {
    releaseHandles(mark);
  }
}

/** list(iterable): a new list. */
export function listFromIterable(iterable: Value): Ref {
  const l = newList(0);
  const mark = handleCount();
  try {
    pushHandle(l);
    listExtend(l, iterable);
  } finally {
    releaseHandles(mark);
  }
  return l;
}

/** Insert v at index i (0 <= i <= length). */
export function listInsertAt(l: Ref, i: number, v: Value): void {
  const n = listLength(l);
  listResize(l, n + 1);
  const b = listBase(l);
  i32.copyWithin(b + i + 1, b + i, b + n);
  i32[b + i] = v;
}

/** Remove the item at index i (0 <= i < length) and return it. */
export function listRemoveAt(l: Ref, i: number): Value {
  const n = listLength(l);
  const b = listBase(l);
  const v = i32[b + i]!;
  i32.copyWithin(b + i, b + i + 1, b + n);
  i32[b + n - 1] = 0;
  listResize(l, n - 1);
  return v;
}

/** A tuple of the list's items, read under its lock (tuple(l), f(*l), a list unpacked). */
export function listToTuple(l: Ref): Ref {
  lockObject(l);
  try {
    return tupleFromWords(listBase(l), listLength(l));
  } finally {
    unlockObject(l);
  }
}

/** A new list holding l[lo:hi] (0 <= lo <= hi <= length). */
export function listSlice(l: Ref, lo: number, hi: number): Ref {
  const n = hi - lo;
  const r = newList(n);
  if (n > 0) {
    const b = listBase(l);
    i32.copyWithin(listBase(r), b + lo, b + hi);
  }
  return r;
}
