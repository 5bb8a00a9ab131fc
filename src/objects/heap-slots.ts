/**
 * HEAP_SLOTS: the one slot table shared by every class made in Python. Each
 * slot looks its dunder method up on the instance's type (through the method
 * cache) and calls it, with CPython's checks on what it returns. A dunder
 * that is a built-in's slot wrapper (inherited from object, int, list, ...)
 * is run directly, without argument words.
 *
 * Conventions (see TypeSlots in typeobject.ts):
 * - `index` returns NULL when the class has no __index__ (no error set): the
 *   caller raises its own message ("list indices must be integers ...").
 * - `binop` follows abstract.ts's REFLECTED_ONLY convention: with both
 *   operands of different classes, binaryOp1 calls us for a.__op__(b) and then
 *   (nb | REFLECTED_ONLY) for b.__rop__(a). When the right operand's class is
 *   a subclass overriding __rop__, it is tried first (CPython's rule) and the
 *   REFLECTED_ONLY call that follows is skipped so it never runs twice.
 * - `next` returns NULL when __next__ raises StopIteration (cleared).
 * - `getattr` returns NULL for a missing attribute unless __getattr__ or a
 *   custom __getattribute__ raised.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { call1 as callValue1 } from '../vm/call.js';
import { buffer } from '../heap/memory.js';
import {
  hashValue,
  isTrue,
  NB_INPLACE_OFFSET,
  REFLECTED_ONLY,
  richEq,
  sequenceIter,
  setClassGetItem,
  typeName,
  typeNameOf,
} from '../vm/abstract.js';
import {
  callFound,
  callFound0,
  callFound1,
  callFound2,
  genericGetAttr,
  genericSetAttr,
  getAttrOptional,
  lookupType,
  lookupTypeUncached,
} from '../vm/attributes.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { isWrapper, runWrapper, wrapperSlotOwner } from './descriptors-wrapper.js';
import { wideHash } from './hash-wide.js';
import { heapIntAsNumber, heapIntValue } from './int.js';
import { intern } from './intern.js';
import { E, S, T } from './registry.js';
import { isSubtype, typeOf } from './typecheck.js';
import { unboxed, TPF_CUSTOM_GETATTRIBUTE, TPF_CUSTOM_SETATTR, TPF_HAS_GET, TPF_HAS_SET } from './type-layout.js';
import {
  D_BOOL,
  D_CALL,
  D_CONTAINS,
  D_DELATTR,
  D_DELETE,
  D_DELITEM,
  D_GET,
  D_GETATTR,
  D_GETATTRIBUTE,
  D_GETITEM,
  D_HASH,
  D_INDEX,
  D_ITER,
  D_LEN,
  D_NEXT,
  D_REPR,
  D_SET,
  D_SETATTR,
  D_SETITEM,
  D_STR,
  dn,
} from './type-names.js';
import {
  declareHeapSlots,
  getField,
  setField,
  setTypeFlags,
  slotsOf,
  setLazySlotTables,
  slotTables,
  TP_NAME,
  TP_SLOTS,
  TPF_HAS_GETATTR,
  TPF_HEAPTYPE,
  typeFlags,
  type TypeSlots,
} from './typeobject.js';
import { strValue } from './str.js';
import { getIter, iterNext } from '../vm/abstract.js';

const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const UNARY_DUNDERS = ['__neg__', '__pos__', '__invert__'];
/** forward 0..12, reflected 13..25, in-place 26..38, comparisons 39..44, unary 45..47 */
const OP_NAMES = [
  ...NB_NAMES.map((n) => `__${n}__`),
  ...NB_NAMES.map((n) => `__r${n}__`),
  ...NB_NAMES.map((n) => `__i${n}__`),
  ...CMP_DUNDERS,
  ...UNARY_DUNDERS,
];
const opRefs = new Int32Array(OP_NAMES.length);
let opRefsFor: SharedArrayBuffer | null = null;
/** The interned dunder name of operator index `i` (see OP_NAMES). */
export function opName(i: number): Ref {
  if (opRefsFor !== buffer) {
    for (let k = 0; k < OP_NAMES.length; k++) opRefs[k] = intern(OP_NAMES[k]!);
    opRefsFor = buffer;
  }
  return opRefs[i]!;
}
const CMP_BASE = 39;
const UNARY_BASE = 45;

function isHeap(t: Ref): boolean {
  return (typeFlags(t) & TPF_HEAPTYPE) !== 0;
}

function isIntLike(v: Value): boolean {
  return (v & 1) !== 0 || isSubtype(typeOf(v), T.int);
}

/** Call the dunder `f` (found on type(self)) with no argument: slot wrapper fast, else a call. */
function call0(f: Value, self: Value): Value {
  return isWrapper(f) ? runWrapper(f, self, NULL, NULL) : callFound0(f, self);
}
function call1(f: Value, self: Value, a: Value): Value {
  return isWrapper(f) ? runWrapper(f, self, a, NULL) : callFound1(f, self, a);
}
function call2(f: Value, self: Value, a: Value, b: Value): Value {
  return isWrapper(f) ? runWrapper(f, self, a, b) : callFound2(f, self, a, b);
}

function lookup(self: Value, nameIndex: number): Value {
  return lookupType(typeOf(self), dn(nameIndex));
}

/** A non-negative JS integer from what __len__ returned (CPython's PyNumber_AsSsize_t rules). */
function lengthFromResult(r: Value): number {
  let n: number;
  if ((r & 1) !== 0) n = r >> 1;
  else if (r === S.True || r === S.False) n = r === S.True ? 1 : 0;
  else if (isSubtype(typeOf(r), T.int)) {
    const x = unboxed(r);
    n = (x & 1) !== 0 ? x >> 1 : heapIntAsNumber(x);
    if (Number.isNaN(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) {
      throw raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
  } else {
    throw raise(E.TypeError, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  }
  if (n < 0) throw raise(E.ValueError, '__len__() should return >= 0');
  return n;
}

function checkStrResult(r: Value, which: string): Ref {
  if ((r & 1) === 0 && r !== NULL && isSubtype(typeOf(r), T.str)) return unboxed(r);
  throw raise(E.TypeError, `${which} returned non-string (type ${typeNameOf(r)})`);
}

// ---- binary operators ---------------------------------------------------------------------

/** The REFLECTED_ONLY call to skip (its __rop__ already ran first, for a subclass). */
let skipA: Value = NULL;
let skipB: Value = NULL;
let skipNb = -1;

function callBinary(self: Value, nameIndex: number, other: Value): Value {
  const f = lookupType(typeOf(self), opName(nameIndex));
  if (f === NULL) return S.NotImplemented;
  return call1(f, self, other);
}

function heapBinop(a: Value, b: Value, nbIn: number): Value {
  if ((nbIn & REFLECTED_ONLY) !== 0) {
    const nb = nbIn & ~REFLECTED_ONLY;
    if (skipNb === nb && skipA === a && skipB === b) {
      skipNb = -1;
      return S.NotImplemented;
    }
    return callBinary(b, 13 + nb, a);
  }
  skipNb = -1;
  if (nbIn >= NB_INPLACE_OFFSET) {
    if (!isHeap(typeOf(a))) return S.NotImplemented;
    return callBinary(a, 26 + nbIn - NB_INPLACE_OFFSET, b);
  }
  const nb = nbIn;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (isHeap(ta)) {
    const mark = handleCount();
    try {
      pushHandle(a);
      pushHandle(b);
      let triedReflected = false;
      if (ta !== tb && isHeap(tb) && isSubtype(tb, ta)) {
        const rname = opName(13 + nb);
        if (lookupType(tb, rname) !== lookupType(ta, rname)) {
          const r = callBinary(b, 13 + nb, a);
          if (r !== S.NotImplemented) return r;
          triedReflected = true;
        }
      }
      const r = callBinary(a, nb, b);
      if (r === S.NotImplemented && triedReflected) {
        skipA = a;
        skipB = b;
        skipNb = nb;
      }
      return r;
    } finally {
      releaseHandles(mark);
    }
  }
  // Called as the right operand's slot.
  if (isHeap(tb)) return callBinary(b, 13 + nb, a);
  return S.NotImplemented;
}

// ---- attribute access ---------------------------------------------------------------------

function heapGetAttr(self: Value, name: Ref): Value {
  const tp = typeOf(self);
  const flags = typeFlags(tp);
  const hasGetattr = (flags & TPF_HAS_GETATTR) !== 0;
  let r: Value;
  try {
    if ((flags & TPF_CUSTOM_GETATTRIBUTE) === 0) {
      r = genericGetAttr(self, name);
    } else {
      const f = lookupType(tp, dn(D_GETATTRIBUTE));
      const owner = wrapperSlotOwner(f, 'getattr');
      if (owner !== NULL) {
        const g = slotsOf(owner).getattr;
        r = g !== undefined ? g(self, name) : genericGetAttr(self, name);
      } else {
        r = callFound1(f, self, name);
      }
    }
  } catch (e) {
    if (!hasGetattr || !isPyError(e) || !exceptionMatches(E.AttributeError)) throw e;
    fetchException();
    r = NULL;
  }
  if (r !== NULL || !hasGetattr) return r;
  const ga = lookupType(tp, dn(D_GETATTR));
  if (ga === NULL) return NULL;
  return callFound1(ga, self, name);
}

function heapSetAttr(self: Value, name: Ref, value: Value): void {
  const tp = typeOf(self);
  if ((typeFlags(tp) & TPF_CUSTOM_SETATTR) === 0) {
    genericSetAttr(self, name, value);
    return;
  }
  const f = lookupType(tp, dn(value === NULL ? D_DELATTR : D_SETATTR));
  const owner = wrapperSlotOwner(f, 'setattr');
  if (owner !== NULL) {
    const s = slotsOf(owner).setattr;
    if (s !== undefined) s(self, name, value);
    else genericSetAttr(self, name, value);
    return;
  }
  if (value === NULL) callFound1(f, self, name);
  else callFound2(f, self, name, value);
}

// ---- the table ----------------------------------------------------------------------------

const FULL: TypeSlots = {
  repr(self: Value): Ref {
    return checkStrResult(call0(lookup(self, D_REPR), self), '__repr__');
  },
  str(self: Value): Ref {
    return checkStrResult(call0(lookup(self, D_STR), self), '__str__');
  },
  hash(self: Value): number {
    const f = lookup(self, D_HASH);
    if (f === NULL || f === S.None) throw raise(E.TypeError, `unhashable type: '${typeNameOf(self)}'`);
    const owner = wrapperSlotOwner(f, 'hash');
    if (owner !== NULL) return slotsOf(owner).hash!(owner === T.object ? self : unboxed(self));
    const r = call0(f, self);
    if ((r & 1) !== 0) return r === -1 ? -2 : r >> 1;
    if (!isIntLike(r)) throw raise(E.TypeError, '__hash__ method should return an integer');
    const x = unboxed(r);
    if ((x & 1) !== 0) return x === -1 ? -2 : x >> 1;
    if (x === S.True || x === S.False) return x === S.True ? 1 : 0;
    // As CPython: an int that fits 64 bits is the hash as it is (-1 becomes -2), exact through
    // wideHash past 2**53; a wider one is reduced by the int hash.
    const big = heapIntValue(x);
    if (BigInt.asIntN(64, big) !== big) return hashValue(x);
    return big === -1n ? -2 : wideHash(big);
  },
  richcompare(self: Value, other: Value, op: number): Value {
    const f = lookupType(typeOf(self), opName(CMP_BASE + op));
    if (f === NULL) return S.NotImplemented;
    return call1(f, self, other);
  },
  bool(self: Value): boolean {
    const f = lookup(self, D_BOOL);
    if (f !== NULL) {
      const r = call0(f, self);
      if (r === S.True) return true;
      if (r === S.False) return false;
      throw raise(E.TypeError, `__bool__ should return bool, returned ${typeNameOf(r)}`);
    }
    const l = lookup(self, D_LEN);
    if (l !== NULL) return lengthFromResult(call0(l, self)) !== 0;
    return true;
  },
  len(self: Value): number {
    const f = lookup(self, D_LEN);
    if (f === NULL) throw raise(E.TypeError, `object of type '${typeNameOf(self)}' has no len()`);
    return lengthFromResult(call0(f, self));
  },
  iter(self: Value): Value {
    const f = lookup(self, D_ITER);
    if (f === NULL || f === S.None) {
      const gi = lookup(self, D_GETITEM);
      if (f === NULL && gi !== NULL && gi !== S.None) return sequenceIter(self);
      throw raise(E.TypeError, `'${typeNameOf(self)}' object is not iterable`);
    }
    const r = call0(f, self);
    const rt = typeOf(r);
    const isIterator = isHeap(rt) ? lookupType(rt, dn(D_NEXT)) !== NULL : slotsOf(rt).next !== undefined;
    if (!isIterator) throw raise(E.TypeError, `iter() returned non-iterator of type '${typeName(rt)}'`);
    return r;
  },
  next(self: Value): Value {
    const f = lookup(self, D_NEXT);
    if (f === NULL) throw raise(E.TypeError, `'${typeNameOf(self)}' object is not an iterator`);
    if (isWrapper(f)) {
      const owner = wrapperSlotOwner(f, 'next');
      if (owner !== NULL) return slotsOf(owner).next!(unboxed(self));
    }
    try {
      return callFound0(f, self);
    } catch (e) {
      if (isPyError(e) && exceptionMatches(E.StopIteration)) {
        fetchException();
        return NULL;
      }
      throw e;
    }
  },
  getitem(self: Value, key: Value): Value {
    const f = lookup(self, D_GETITEM);
    if (f === NULL) {
      if (isSubtype(typeOf(self), T.type)) return classGetItem(self, key);
      throw raise(E.TypeError, `'${typeNameOf(self)}' object is not subscriptable`);
    }
    return call1(f, self, key);
  },
  setitem(self: Value, key: Value, value: Value): void {
    const f = lookup(self, D_SETITEM);
    if (f === NULL) throw raise(E.TypeError, `'${typeNameOf(self)}' object does not support item assignment`);
    call2(f, self, key, value);
  },
  delitem(self: Value, key: Value): void {
    const f = lookup(self, D_DELITEM);
    if (f === NULL) throw raise(E.TypeError, `'${typeNameOf(self)}' object doesn't support item deletion`);
    call1(f, self, key);
  },
  contains(self: Value, item: Value): boolean {
    const f = lookup(self, D_CONTAINS);
    if (f !== NULL) return isTrue(call1(f, self, item));
    if (lookup(self, D_ITER) === NULL && lookup(self, D_GETITEM) === NULL) {
      throw raise(E.TypeError, `argument of type '${typeNameOf(self)}' is not iterable`);
    }
    const mark = handleCount();
    try {
      const it = getIter(self);
      pushHandle(it);
      for (;;) {
        const x = iterNext(it);
        if (x === NULL) return false;
        if (richEq(x, item)) return true;
      }
    } finally {
      releaseHandles(mark);
    }
  },
  binop: heapBinop,
  unary(self: Value, op: number): Value {
    const f = lookupType(typeOf(self), opName(UNARY_BASE + op));
    if (f === NULL) return S.NotImplemented;
    return call0(f, self);
  },
  getattr: heapGetAttr,
  setattr: heapSetAttr,
  call(self: Value, argv: number, argc: number, kwnames: Ref): Value {
    const f = lookup(self, D_CALL);
    if (f === NULL) throw raise(E.TypeError, `'${typeNameOf(self)}' object is not callable`);
    const owner = wrapperSlotOwner(f, 'call');
    if (owner !== NULL) return slotsOf(owner).call!(owner === T.object ? self : unboxed(self), argv, argc, kwnames);
    return callFound(f, self, argv, argc, kwnames);
  },
  descrGet(self: Value, obj: Value, type: Ref): Value {
    const f = lookup(self, D_GET);
    if (f === NULL) return self;
    return call2(f, self, obj === NULL ? S.None : obj, type === NULL ? S.None : type);
  },
  descrSet(self: Value, obj: Value, value: Value): void {
    const f = lookup(self, value === NULL ? D_DELETE : D_SET);
    if (f === NULL) throw raise(E.AttributeError, value === NULL ? '__delete__' : '__set__');
    if (value === NULL) call1(f, self, obj);
    else call2(f, self, obj, value);
  },
  isDataDescriptor: true,
  index(self: Value): Value {
    const f = lookup(self, D_INDEX);
    if (f === NULL) return NULL;
    const r = call0(f, self);
    if (!isIntLike(r)) throw raise(E.TypeError, `__index__ returned non-int (type ${typeNameOf(r)})`);
    return unboxed(r);
  },
};
declareHeapSlots(FULL);

// ---- per-class variants of the table ------------------------------------------------------

/**
 * Code elsewhere tests a slot's presence (`slotsOf(t).index === undefined`:
 * "cannot be interpreted as an integer", `call` for callable(), `iter` ...),
 * so a class gets the variant of the table that has exactly the optional
 * slots its dunders provide. All 2^n variants are made at import, in the
 * same order in every worker, so TP_SLOTS means the same everywhere.
 */
const OPTIONAL: [keyof TypeSlots, number][] = [
  ['call', D_CALL],
  ['index', D_INDEX],
  ['iter', D_ITER],
  ['next', D_NEXT],
  ['len', D_LEN],
  ['getitem', D_GETITEM],
  ['contains', D_CONTAINS],
  ['descrGet', D_GET],
  ['descrSet', D_SET],
  ['hash', D_HASH],
];
const VARIANT_BASE = slotTables.length;
const VARIANTS = 1 << OPTIONAL.length;
// The variants' indexes are reserved; each table is made when a class first needs it
// (slotsOf, typeobject.ts): making all of them took 15 ms of every worker's boot.
slotTables.length = VARIANT_BASE + VARIANTS;
setLazySlotTables((index) => {
  const mask = index - VARIANT_BASE;
  if (mask < 0 || mask >= VARIANTS) throw new Error(`no slot table ${index}`);
  // An absent slot is undefined rather than deleted: every variant keeps FULL's shape (one V8
  // hidden class, where `delete` made each a slow dictionary-mode object).
  const t: TypeSlots = { ...FULL };
  for (let bit = 0; bit < OPTIONAL.length; bit++) {
    if ((mask & (1 << bit)) === 0) t[OPTIONAL[bit]![0]] = undefined;
  }
  t.isDataDescriptor = t.descrSet !== undefined;
  return t;
});

/** The slot-table index for a class with the dunders found on its MRO. */
function variantFor(type: Ref): number {
  let mask = 0;
  OPTIONAL.forEach(([slot, name], bit) => {
    const f = lookupTypeUncached(type, dn(name));
    let present = f !== NULL;
    if (slot === 'descrSet') present ||= lookupTypeUncached(type, dn(D_DELETE)) !== NULL;
    if (slot === 'hash') present = f !== NULL && f !== S.None;
    if (present) mask |= 1 << bit;
  });
  return VARIANT_BASE + mask;
}

// ---- SomeClass[key] -----------------------------------------------------------------------

/** `cls[key]` for a class without __getitem__ on its metaclass: __class_getitem__. */
export function classGetItem(cls: Value, key: Value): Value {
  const f = getAttrOptional(cls, intern('__class_getitem__'));
  if (f === NULL) throw raise(E.TypeError, `type '${strValue(getField(cls, TP_NAME))}' is not subscriptable`);
  return callValue1(f, key);
}
setClassGetItem(classGetItem);

// ---- flags that say which dunders a class has ----------------------------------------------

/**
 * Recompute a heap type's dispatch flags from its MRO (at creation, and when
 * an attribute is set on it or a base: src/objects/type.ts calls this for
 * the type and every subclass).
 */
export function updateHeapTypeFlags(type: Ref): void {
  let flags = typeFlags(type) & ~(TPF_HAS_GET | TPF_HAS_SET | TPF_CUSTOM_GETATTRIBUTE | TPF_CUSTOM_SETATTR | TPF_HAS_GETATTR);
  const has = (i: number): Value => lookupTypeUncached(type, dn(i));
  if (has(D_GET) !== NULL) flags |= TPF_HAS_GET;
  if (has(D_SET) !== NULL || has(D_DELETE) !== NULL) flags |= TPF_HAS_SET;
  if (has(D_GETATTR) !== NULL) flags |= TPF_HAS_GETATTR;
  const objDict = T.object;
  const generic = (i: number): boolean => {
    const f = has(i);
    return isWrapper(f) && wrapperSlotOwner(f, i === D_GETATTRIBUTE ? 'getattr' : 'setattr') === objDict;
  };
  if (!generic(D_GETATTRIBUTE)) flags |= TPF_CUSTOM_GETATTRIBUTE;
  if (!generic(D_SETATTR) || !generic(D_DELATTR)) flags |= TPF_CUSTOM_SETATTR;
  setTypeFlags(type, flags);
  setField(type, TP_SLOTS, fromSmallInt(variantFor(type)));
}

