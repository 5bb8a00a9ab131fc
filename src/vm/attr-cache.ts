/**
 * LOAD_ATTR's and STORE_ATTR's inline caches: per instruction, what the
 * generic lookup found for the last object's type, so that the next object of
 * the same type (and type version) skips the MRO walk and the descriptor
 * protocol, as CPython's specialized LOAD_ATTR_INSTANCE_VALUE / _SLOT /
 * _METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE / _SLOT do.
 *
 * An entry is four words of the code's attrCache (code-registers.ts):
 *
 *     | type serial | type version | kind | data |      (serial and version as stored: small ints)
 *
 *   KIND_DICT     the attribute was in the instance's __dict__ and the type has no data
 *                 descriptor of that name; data: the entry number where it was (a hint,
 *                 checked: the key must be there); kind >> 3: the object word holding __dict__
 *   KIND_SLOT     a __slots__ member of the type; data: the object word holding it
 *   KIND_METHOD   method form only: a function or method descriptor on the type, not
 *                 shadowed by the instance's __dict__ (checked each time); data: the function;
 *                 kind >> 3 & DICT_WORD_MASK: the word holding __dict__ plus one (0: none),
 *                 kind >>> KEY_BIT_SHIFT: the position of the name's bit in a dict's key
 *                 summary, so that the check reads the summary without hashing the name
 *   KIND_PROPERTY a property whose getter is a Python function; data: the property (its
 *                 getter is read at each use): the interpreter runs the getter as a frame
 *   KIND_CLASS    an attribute of a class itself (`Base.__init__`, `Cls.helper`, a class
 *                 constant), the class's metaclass `type`: the entry's serial and version are
 *                 the class's own, not its type's; data: the value, a function, or a value whose
 *                 built-in type has no __get__; with CLASS_STATIC, a staticmethod (its callable
 *                 is read at each use). CPython's LOAD_ATTR_CLASS.
 *
 * A type's serial is never reused and every change to a class's attributes
 * (or its bases) bumps the version of the class and its subclasses, so a
 * stale entry never matches. The function of a METHOD entry is reachable
 * from the type's dict as long as the version matches. No entry holds a
 * dict or instance address, so collections need not clear these caches.
 */
import { HEADER_WORDS, NULL, type Ref, type Value } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { dictAppendAbsentStr, dictEntriesCount, dictEntryAt, dictEntryIndex, dictFindStr, dictMayHaveKeyAt, dictSet, newDict, strKeyBitPosition } from '../objects/dict.js';
import { freeThreading, lockObject, unlockObject } from './object-lock.js';
import { T } from '../objects/registry.js';
import { isInterned } from '../objects/str.js';
import { TP_SERIAL, TP_VERSION, TPF_HEAPTYPE, getField, slotsOf, typeDictIndex, typeFlags } from '../objects/typeobject.js';
import { TPF_CUSTOM_GETATTRIBUTE, TPF_CUSTOM_SETATTR } from '../objects/type-layout.js';
import { descrGetOf, descrSetOf, genericGetAttr, isMethodDescriptor, lookupType } from './attributes.js';
import { isSubtype } from '../objects/typecheck.js';
import { PR_FGET, SM_CALLABLE } from '../objects/descriptors.js';
import { GS_ID, GS_OWNER } from '../objects/descriptors-getset.js';

export const ATTR_CACHE_WORDS = 4;
const KIND_DICT = 1;
const KIND_SLOT = 2;
const KIND_METHOD = 3;
const KIND_PROPERTY = 4;
const KIND_CLASS = 5;
const KIND_MASK = 7;
/** A KIND_METHOD entry's fields above the kind (see the layout above). */
const DICT_WORD_MASK = 0x1fff;
const KEY_BIT_SHIFT = 16;
/** A KIND_CLASS entry's flag: its data is a staticmethod. */
const CLASS_STATIC = 8;

/** A __slots__ member that applies to instances of `tp` (one copied into an unrelated class does not). */
function isSlotOf(descr: Value, tp: Ref): boolean {
  return descr !== NULL && (descr & 1) === 0 && i32[descr >> 2] === T.member_descriptor && isSubtype(tp, getField(descr, GS_OWNER));
}

/** What loadAttrCached's result is, set on each hit. */
export const HIT_VALUE = 0;
/** An unbound method (method form only): push it and self. */
export const HIT_METHOD = 1;
/** A property's getter: call it with the object (the interpreter runs it as a frame). */
export const HIT_GETTER = 2;
export let cachedHit = HIT_VALUE;

/** The kind of the entry at `at` if it was made for `obj`'s type as it is now, else 0. */
function entryKind(cache: Int32Array, at: number, obj: Ref): number {
  const tw = (i32[obj >> 2]! >> 2) + HEADER_WORDS;
  if (cache[at] !== i32[tw + TP_SERIAL] || cache[at + 1] !== i32[tw + TP_VERSION]) return 0;
  return cache[at + 2]!;
}

/*
 * The second level: every entry an instruction makes is also kept here, found by (type serial,
 * type version, name, flavor) whichever instruction made it. An instruction of a base class's
 * method that runs on instances of several subclasses (richards.py's Task methods on four kinds
 * of task) keeps missing its own single entry; on such a miss the entry for the object's type is
 * copied from here (a hash probe) instead of redone by the generic lookup and the refill, which
 * took about a quarter of richards.py's time. The same rules keep it valid as the instructions'
 * entries: serials are never reused, the version changes with the class, names are interned
 * (immortal). One table per worker, made again for another heap (a test's fresh runtime).
 */
/** Entries of the second level (a power of two), and words per entry: serial, version, name, flavor, kind, data. */
const L2_SIZE = 1 << 12;
const L2_WORDS = 6;
const L2_LOAD = 0;
const L2_LOAD_METHOD = 1;
const L2_STORE = 2;
const secondLevel = new Int32Array(L2_SIZE * L2_WORDS);
let secondLevelFor: SharedArrayBuffer | null = null;

/** The second level, emptied first when the heap is another one than its entries were made for. */
function secondLevelTable(): Int32Array {
  if (secondLevelFor !== buffer) {
    secondLevel.fill(0);
    secondLevelFor = buffer;
  }
  return secondLevel;
}

function secondLevelSlot(serial: number, name: Ref, flavor: number): number {
  return ((Math.imul(serial ^ flavor, 0x9e3779b1) ^ (name >>> 3)) & (L2_SIZE - 1)) * L2_WORDS;
}

/**
 * The entry at `at` missed `obj`'s type: copy the second level's entry for that type (and
 * `name`, `flavor`) into it. Its kind, or 0 when there is none (nothing is changed then).
 */
function refillFromSecondLevel(cache: Int32Array, at: number, obj: Ref, name: Ref, flavor: number): number {
  const l2 = secondLevelTable();
  const tw = (i32[obj >> 2]! >> 2) + HEADER_WORDS;
  const serial = i32[tw + TP_SERIAL]!;
  const s = secondLevelSlot(serial, name, flavor);
  // Serials and versions are stored as small ints (odd), so an empty slot never matches.
  if (l2[s] !== serial || l2[s + 1] !== i32[tw + TP_VERSION]! || l2[s + 2] !== name || l2[s + 3] !== flavor) return 0;
  cache[at] = serial;
  cache[at + 1] = l2[s + 1]!;
  cache[at + 2] = l2[s + 4]!;
  cache[at + 3] = l2[s + 5]!;
  return l2[s + 4]!;
}

/** A KIND_DICT entry: the i32 index of `name`'s entry in `obj`'s __dict__ where the hint says, or -1. */
function hintedDictEntry(cache: Int32Array, at: number, kind: number, obj: Ref, name: Ref): number {
  const d = i32[(obj >> 2) + HEADER_WORDS + (kind >> 3)]!;
  if (d === NULL) return -1;
  const k = cache[at + 3]!;
  if (k >= dictEntriesCount(d)) return -1;
  // Under the GIL no other thread installs a new entry array meanwhile, so k below the count is
  // within this one; dictEntryAt's check of the array's capacity is for free-threading readers.
  const e = freeThreading() ? dictEntryAt(d, k) : dictEntryIndex(d, k);
  return e >= 0 && i32[e + 1] === name ? e : -1;
}

/**
 * The attribute `name` of heap object `obj` from the entry at `at`, or NULL
 * when the entry does not apply (nothing is changed then).
 *
 * Only the hits of instance attributes and methods are here; a miss, a class's own attribute and
 * a property go to functions of their own. V8 inlines this function into the interpreter loop,
 * and what it inlines there is counted against one budget for the loop (920 bytes of bytecode):
 * the smaller this is, the more of the loop's other helpers fit.
 */
export function loadAttrCached(cache: Int32Array, at: number, obj: Ref, name: Ref, methodForm: boolean): Value {
  const tw = (i32[obj >> 2]! >> 2) + HEADER_WORDS;
  if (cache[at] !== i32[tw + TP_SERIAL] || cache[at + 1] !== i32[tw + TP_VERSION]) return loadAttrMissed(cache, at, obj, name, methodForm);
  const kind = cache[at + 2]!;
  switch (kind & KIND_MASK) {
    case KIND_DICT: {
      const e = hintedDictEntry(cache, at, kind, obj, name);
      if (e < 0) return NULL;
      cachedHit = HIT_VALUE;
      return i32[e + 2]!;
    }
    case KIND_SLOT: {
      const v = i32[(obj >> 2) + cache[at + 3]!]!;
      cachedHit = HIT_VALUE;
      return v; // NULL (unset slot): the generic path raises AttributeError
    }
    case KIND_METHOD: {
      const dictWord = (kind >> 3) & DICT_WORD_MASK;
      if (dictWord !== 0 && methodShadowed(i32[(obj >> 2) + HEADER_WORDS + dictWord - 1]!, kind, name)) return NULL;
      cachedHit = HIT_METHOD;
      return cache[at + 3]!;
    }
    default:
      return kind === KIND_PROPERTY ? propertyGetter(cache, at) : NULL;
  }
}

/** A KIND_METHOD entry's check: does the instance's dict `d` (NULL: none) shadow the method `name`? */
function methodShadowed(d: Ref, kind: number, name: Ref): boolean {
  return d !== NULL && dictMayHaveKeyAt(d, kind >>> KEY_BIT_SHIFT) && dictFindStr(d, name) >= 0;
}

/** A KIND_PROPERTY entry's getter, when it is still a Python function; else NULL. */
function propertyGetter(cache: Int32Array, at: number): Value {
  const fget = i32[(cache[at + 3]! >> 2) + HEADER_WORDS + PR_FGET]!;
  if ((fget & 1) !== 0 || i32[fget >> 2] !== T.function) return NULL;
  cachedHit = HIT_GETTER;
  return fget;
}

/**
 * The entry at `at` was not made for `obj`'s type as it is now: a class's own attribute (its
 * entry is for the class itself), or an entry of the second level copied in, then used.
 */
function loadAttrMissed(cache: Int32Array, at: number, obj: Ref, name: Ref, methodForm: boolean): Value {
  if ((cache[at + 2]! & KIND_MASK) === KIND_CLASS) return classEntryValue(cache, at, obj);
  if (refillFromSecondLevel(cache, at, obj, name, methodForm ? L2_LOAD_METHOD : L2_LOAD) === 0) return NULL;
  return loadAttrCached(cache, at, obj, name, methodForm);
}

/** The value of the KIND_CLASS entry at `at` if `obj` is the class it was made for, as it is now; else NULL. */
function classEntryValue(cache: Int32Array, at: number, obj: Ref): Value {
  if (i32[obj >> 2] !== T.type) return NULL;
  const tw = (obj >> 2) + HEADER_WORDS;
  if (cache[at] !== i32[tw + TP_SERIAL] || cache[at + 1] !== i32[tw + TP_VERSION]) return NULL;
  cachedHit = HIT_VALUE;
  const v = cache[at + 3]!;
  return (cache[at + 2]! & CLASS_STATIC) === 0 ? v : i32[(v >> 2) + HEADER_WORDS + SM_CALLABLE]!;
}

/**
 * After `cls.name` (metaclass `type`) was looked up generically: record a KIND_CLASS entry when
 * the lookup's result depends on nothing but the class's own attributes and those of its bases,
 * which its version covers: no data descriptor of that name on `type`, and the attribute found
 * in the class's MRO is a function (its __get__ on a class gives itself), a staticmethod, or a
 * value of a built-in type without __get__ (a heap type could gain one later).
 */
function fillClassEntry(cache: Int32Array, at: number, cls: Ref, name: Ref): void {
  const meta = lookupType(T.type, name);
  if (meta !== NULL && (meta & 1) === 0 && descrSetOf(i32[meta >> 2]!) !== undefined) return;
  const attr = lookupType(cls, name);
  if (attr === NULL) return;
  let kind = KIND_CLASS;
  if ((attr & 1) === 0) {
    const t = i32[attr >> 2]!;
    if (t === T.staticmethod) kind |= CLASS_STATIC;
    else if (t !== T.function && ((typeFlags(t) & TPF_HEAPTYPE) !== 0 || descrGetOf(t) !== undefined)) return;
  }
  const tw = (cls >> 2) + HEADER_WORDS;
  // Not in the second level: that is found by the type of the object, and a class's serial is
  // also its instances' type serial.
  cache[at] = i32[tw + TP_SERIAL]!;
  cache[at + 1] = i32[tw + TP_VERSION]!;
  cache[at + 2] = kind;
  cache[at + 3] = attr;
}

/**
 * Does `tp` look attributes up generically (no __getattribute__ of its own, no custom getattr
 * slot)? The module type counts: its getattr slot is the generic lookup, with PEP 562's
 * `__getattr__` and its messages only when that lookup misses, and the cache records hits only
 * (`random.random()` in a loop: CPython's LOAD_ATTR_MODULE).
 */
function genericGetattrType(tp: Ref): boolean {
  const flags = typeFlags(tp);
  if ((flags & TPF_HEAPTYPE) !== 0) return (flags & TPF_CUSTOM_GETATTRIBUTE) === 0;
  if (tp === T.module) return true;
  const g = slotsOf(tp).getattr;
  return g === undefined || g === genericGetAttr;
}

/**
 * After the generic lookup of `name` on heap object `obj` succeeded, record
 * what a next lookup on the same type may reuse (if anything).
 */
export function fillLoadAttrCache(cache: Int32Array, at: number, obj: Ref, name: Ref, methodForm: boolean): void {
  if (!isInterned(name)) return;
  const tp = i32[obj >> 2]!;
  if (tp === T.type) {
    fillClassEntry(cache, at, obj, name);
    return;
  }
  if (!genericGetattrType(tp)) return;
  const descr = lookupType(tp, name);
  const flavor = methodForm ? L2_LOAD_METHOD : L2_LOAD;
  if (descr !== NULL && (descr & 1) === 0 && i32[descr >> 2] === T.property) {
    const fget = getField(descr, PR_FGET);
    if ((fget & 1) === 0 && i32[fget >> 2] === T.function) writeEntry(cache, at, tp, name, flavor, KIND_PROPERTY, descr);
  } else if (methodForm && isMethodDescriptor(descr)) {
    const dictIx = typeDictIndex(tp);
    const d = dictIx >= 0 ? getField(obj, dictIx) : NULL;
    if (dictIx + 1 <= DICT_WORD_MASK && (d === NULL || dictFindStr(d, name) < 0)) {
      writeEntry(cache, at, tp, name, flavor, KIND_METHOD | ((dictIx + 1) << 3) | (strKeyBitPosition(name) << KEY_BIT_SHIFT), descr);
    }
  } else {
    fillSlotOrDict(cache, at, tp, obj, name, descr, flavor);
  }
}

/**
 * Record a KIND_SLOT entry (`descr` is a __slots__ member of `tp`) or a
 * KIND_DICT entry (`name` is in `obj`'s __dict__ and `descr` is no data
 * descriptor), if either applies: what loads and stores share.
 */
function fillSlotOrDict(cache: Int32Array, at: number, tp: Ref, obj: Ref, name: Ref, descr: Value, flavor: number): void {
  if (isSlotOf(descr, tp)) {
    writeEntry(cache, at, tp, name, flavor, KIND_SLOT, HEADER_WORDS + (getField(descr, GS_ID) >> 1));
    return;
  }
  const dictIx = typeDictIndex(tp);
  if (dictIx < 0 || (descr !== NULL && (descr & 1) === 0 && descrSetOf(i32[descr >> 2]!) !== undefined)) return;
  const d = getField(obj, dictIx);
  const k = d === NULL ? -1 : dictFindStr(d, name);
  if (k >= 0) writeEntry(cache, at, tp, name, flavor, KIND_DICT | (dictIx << 3), k);
}

/** Write the entry at `at` for type `tp`, and the second level's for (tp, name, flavor). */
function writeEntry(cache: Int32Array, at: number, tp: Ref, name: Ref, flavor: number, kind: number, data: number): void {
  const tw = (tp >> 2) + HEADER_WORDS;
  const serial = i32[tw + TP_SERIAL]!;
  const version = i32[tw + TP_VERSION]!;
  cache[at] = serial;
  cache[at + 1] = version;
  cache[at + 2] = kind;
  cache[at + 3] = data;
  const l2 = secondLevelTable();
  const s = secondLevelSlot(serial, name, flavor);
  l2[s] = serial;
  l2[s + 1] = version;
  l2[s + 2] = name;
  l2[s + 3] = flavor;
  l2[s + 4] = kind;
  l2[s + 5] = data;
}

/**
 * obj.name = value from the entry at `at`: true when done, false (nothing
 * changed) when the entry does not apply.
 */
export function storeAttrCached(cache: Int32Array, at: number, obj: Ref, name: Ref, value: Value): boolean {
  let kind = entryKind(cache, at, obj);
  if (kind === 0) kind = refillFromSecondLevel(cache, at, obj, name, L2_STORE);
  if ((kind & KIND_MASK) === KIND_SLOT) {
    i32[(obj >> 2) + cache[at + 3]!] = value;
    return true;
  }
  if ((kind & KIND_MASK) !== KIND_DICT) return false;
  if (freeThreading()) return storeDictLocked(cache, at, kind, obj, name, value);
  const e = hintedDictEntry(cache, at, kind, obj, name);
  if (e >= 0) {
    // Replacing the value of an existing key: the dict's order, size and entry array stay as they are.
    i32[e + 2] = value;
    return true;
  }
  // Not where the hint says: mostly a new instance's first store of the attribute (its __dict__
  // not made yet or without the key). The entry still vouches that the type sets attributes
  // generically and has no data descriptor of this name, so this is genericSetAttr's dict store
  // without its MRO lookup, and without the refill of this entry that followed it.
  const dictWord = (obj >> 2) + HEADER_WORDS + (kind >> 3);
  let d = i32[dictWord]!;
  if (d === NULL) {
    d = newDict();
    i32[dictWord] = d;
  }
  if (!dictAppendAbsentStr(d, name, value)) dictSet(d, name, value);
  return true;
}

/** storeAttrCached's dict case in free-threading mode: under the dict's lock, so that no other thread's rebuild of its tables loses the store. */
function storeDictLocked(cache: Int32Array, at: number, kind: number, obj: Ref, name: Ref, value: Value): boolean {
  const d = i32[(obj >> 2) + HEADER_WORDS + (kind >> 3)]!;
  if (d === NULL) return false;
  lockObject(d);
  try {
    const e = hintedDictEntry(cache, at, kind, obj, name);
    if (e < 0) return false;
    i32[e + 2] = value;
    return true;
  } finally {
    unlockObject(d);
  }
}

/** After a generic obj.name = value on heap object `obj`, record what the next store may reuse. */
export function fillStoreAttrCache(cache: Int32Array, at: number, obj: Ref, name: Ref): void {
  if (!isInterned(name)) return;
  const tp = i32[obj >> 2]!;
  const flags = typeFlags(tp);
  if ((flags & TPF_HEAPTYPE) === 0 || (flags & TPF_CUSTOM_SETATTR) !== 0) return;
  fillSlotOrDict(cache, at, tp, obj, name, lookupType(tp, name), L2_STORE);
}

