/**
 * dict views: d.keys(), d.values(), d.items().
 *
 *     +--------+------+
 *     | header | dict |     (values body; the type says which view)
 *     +--------+------+
 *
 * Keys and items views are set-like: comparisons are subset tests against
 * sets and other keys/items views, and `& | - ^` build sets (set(left), then
 * the in-place set operation with the right operand, as CPython).
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import {
  CMP_EQ,
  CMP_GE,
  CMP_GT,
  CMP_LE,
  CMP_LT,
  CMP_NE,
  binaryOp,
  getIter,
  iterNext,
  repr,
  richEq,
  typeName,
} from '../vm/abstract.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { dictEntryIndex, dictGet, dictNextEntry, dictSize } from './dict.js';
import { DICT_ITER_ITEMS, DICT_ITER_KEYS, DICT_ITER_VALUES, newDictIterator } from './iterators.js';
import { checkExactlyOne, checkNoArgs, arg } from './list-args.js';
import { reprEnterChecked, reprLeave } from './list-reprguard.js';
import { NB_AND, NB_INPLACE, NB_OR, NB_SUB, NB_XOR } from './list-slots.js';
import { defineMethod } from './native.js';
import { defineGetter } from './descriptors-getset.js';
import { newMappingProxy } from './type-mappingproxy.js';
import { S, T } from './registry.js';
import { isAnySet, newSet, setUpdate } from './set.js';
import { newStr, strValue } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';
import { typeOf } from './typecheck.js';
import { declareSlots } from './typeobject.js';

const V_DICT = HEADER_WORDS;

export function newDictView(d: Ref, kind: number): Ref {
  const type = kind === DICT_ITER_KEYS ? T.dict_keys : kind === DICT_ITER_VALUES ? T.dict_values : T.dict_items;
  const v = allocate(type, HEADER_BYTES + 4, false);
  i32[(v >> 2) + V_DICT] = d;
  return v;
}
export function viewDict(v: Ref): Ref {
  return i32[(v >> 2) + V_DICT]!;
}
function isSetLikeView(v: Value): boolean {
  if ((v & 1) !== 0 || v === 0) return false;
  const t = i32[v >> 2]!;
  return t === T.dict_keys || t === T.dict_items;
}

function viewRepr(self: Value, kind: number): Ref {
  const name = typeName(typeOf(self));
  if (reprEnterChecked(self)) return newStr('...');
  try {
    const d = viewDict(self);
    const parts: string[] = [];
    for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) {
      const e = dictEntryIndex(d, k);
      const key = i32[e + 1]!;
      const value = i32[e + 2]!;
      const mark = handleCount();
      try {
        pushHandle(key);
        pushHandle(value);
        if (kind === DICT_ITER_KEYS) parts.push(strValue(repr(key)));
        else if (kind === DICT_ITER_VALUES) parts.push(strValue(repr(value)));
        else parts.push(`(${strValue(repr(key))}, ${strValue(repr(value))})`);
      } finally {
        releaseHandles(mark);
      }
    }
    return newStr(`${name}([${parts.join(', ')}])`);
  } finally {
    reprLeave(self);
  }
}

function itemsContains(self: Value, item: Value): boolean {
  if ((item & 1) !== 0 || i32[item >> 2] !== T.tuple || tupleLength(item) !== 2) return false;
  const value = dictGet(viewDict(self), tupleGet(item, 0));
  if (value === NULL) return false;
  const mark = handleCount();
  try {
    pushHandle(value);
    return richEq(value, tupleGet(item, 1));
  } finally {
    releaseHandles(mark);
  }
}

function viewContains(self: Value, item: Value): boolean {
  if (typeOf(self) === T.dict_keys) return dictGet(viewDict(self), item) !== NULL;
  return itemsContains(self, item);
}

/** Is every item of `a` (iterable) in `b` (a set-like with `in`)? */
function allContainedIn(a: Value, b: Value, contains: (b: Value, x: Value) => boolean): boolean {
  const mark = handleCount();
  try {
    const it = getIter(a);
    pushHandle(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return true;
      const m = handleCount();
      pushHandle(x);
      try {
        if (!contains(b, x)) return false;
      } finally {
        releaseHandles(m);
      }
    }
  } finally {
    releaseHandles(mark);
  }
}

import { contains as containsGeneric, length } from '../vm/abstract.js';

function viewRichCompare(self: Value, other: Value, op: number): Value {
  if (!isAnySet(other) && !isSetLikeView(other)) return S.NotImplemented;
  const n = dictSize(viewDict(self));
  const m = length(other);
  let r: boolean;
  switch (op) {
    case CMP_EQ:
    case CMP_NE:
      r = n === m && allContainedIn(self, other, containsGeneric);
      if (op === CMP_NE) r = !r;
      break;
    case CMP_LT:
      r = n < m && allContainedIn(self, other, containsGeneric);
      break;
    case CMP_LE:
      r = n <= m && allContainedIn(self, other, containsGeneric);
      break;
    case CMP_GT:
      r = n > m && allContainedIn(other, self, containsGeneric);
      break;
    case CMP_GE:
      r = n >= m && allContainedIn(other, self, containsGeneric);
      break;
    default:
      return S.NotImplemented;
  }
  return r ? S.True : S.False;
}

/** `a op b` where one side is a keys/items view: set(a), then the in-place set operation with b. */
function viewBinop(a: Value, b: Value, nb: number): Value {
  const op = nb >= NB_INPLACE ? nb - NB_INPLACE : nb;
  if (op !== NB_AND && op !== NB_OR && op !== NB_SUB && op !== NB_XOR) return S.NotImplemented;
  const mark = handleCount();
  try {
    const s = newSet();
    pushHandle(s);
    setUpdate(s, a);
    // The right operand may be any iterable: make it a set so the set operation accepts it.
    let other = b;
    if (!isAnySet(b)) {
      other = newSet();
      pushHandle(other);
      setUpdate(other, b);
    }
    return binaryOp(s, other, op + NB_INPLACE);
  } finally {
    releaseHandles(mark);
  }
}

declareSlots('dict_keys', {
  repr: (self: Value) => viewRepr(self, DICT_ITER_KEYS),
  len: (self: Value) => dictSize(viewDict(self)),
  iter: (self: Value) => newDictIterator(viewDict(self), DICT_ITER_KEYS, false),
  contains: viewContains,
  richcompare: viewRichCompare,
  binop: viewBinop,
});
declareSlots('dict_items', {
  repr: (self: Value) => viewRepr(self, DICT_ITER_ITEMS),
  len: (self: Value) => dictSize(viewDict(self)),
  iter: (self: Value) => newDictIterator(viewDict(self), DICT_ITER_ITEMS, false),
  contains: viewContains,
  richcompare: viewRichCompare,
  binop: viewBinop,
});
declareSlots('dict_values', {
  repr: (self: Value) => viewRepr(self, DICT_ITER_VALUES),
  len: (self: Value) => dictSize(viewDict(self)),
  iter: (self: Value) => newDictIterator(viewDict(self), DICT_ITER_VALUES, false),
});

for (const [name, kind] of [
  ['dict_keys', DICT_ITER_KEYS],
  ['dict_values', DICT_ITER_VALUES],
  ['dict_items', DICT_ITER_ITEMS],
] as const) {
  defineMethod(name, '__reversed__', (self, _argv, argc, kwnames) => {
    checkNoArgs(`${name}.__reversed__`, argc, kwnames);
    return newDictIterator(viewDict(self), kind, true);
  });
}

for (const name of ['dict_keys', 'dict_items'] as const) {
  defineMethod(name, 'isdisjoint', (self, argv, argc, kwnames) => {
    checkExactlyOne(`${name}.isdisjoint`, argc, kwnames);
    const other = arg(argv, 0);
    if (other === self) return dictSize(viewDict(self)) === 0 ? S.True : S.False;
    const mark = handleCount();
    try {
      const it = getIter(other);
      pushHandle(it);
      for (;;) {
        const x = iterNext(it);
        if (x === NULL) return S.True;
        const m = handleCount();
        pushHandle(x);
        try {
          if (viewContains(self, x)) return S.False;
        } finally {
          releaseHandles(m);
        }
      }
    } finally {
      releaseHandles(mark);
    }
  });
}


// view.mapping: a read-only proxy of the dict.
for (const name of ['dict_keys', 'dict_values', 'dict_items'] as const) {
  defineGetter(name, 'mapping', (self) => newMappingProxy(viewDict(self)));
}
