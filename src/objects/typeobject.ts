/**
 * Type objects: their heap layout, the registry of built-in types (`T`), the
 * JS-side slot tables, and lookup along the MRO.
 *
 * A type object's body (all values):
 *
 *     +------+----------+------+-------+-----+------+-------+-------+---------+-------+--------+--------+
 *     | name | qualname | base | bases | mro | dict | flags | slots | version | basic | dictix | serial |
 *     +------+----------+------+-------+-----+------+-------+-------+---------+-------+--------+--------+
 *
 *   name, qualname  str
 *   base            the solid base (whose instance layout this type extends) or NULL for object
 *   bases, mro      tuples of types
 *   dict            the type's __dict__ (a dict)
 *   flags           small int, TPF_* below
 *   slots           small int: index into `slotTables`, the JS functions that implement the
 *                   type's behaviour (built-in types have their own table; every class made
 *                   by a `class` statement shares HEAP_SLOTS, which dispatches on dunders)
 *   version         small int, bumped when the type or a base changes (attribute caches)
 *   basic           small int: body words of an instance, the dict word included when
 *                   dictix >= 0 (owners of fixed-size built-ins that Python may subclass set
 *                   it in an onLayouts step; 0 = not declared)
 *   dictix          small int: body word of the instance __dict__, or -1
 *
 * Instances of classes (heap types) and boxed subclasses of variable-size built-ins
 * (TPF_BOXED: int, float, complex, str, bytes, tuple): see src/objects/type-layout.ts
 * (`unboxed`, `newBoxed`, `allocInstance`). Heap types have extra words after serial
 * (TP_SUBCLASSES there).
 *   serial          small int: unique per type, for JS-side caches
 */
import { LOCKED_SLOTS, LOCKED_TYPE_NAMES, lockingSlot, locksAround } from '../vm/object-lock.js';
import { HEADER_WORDS, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { BUILTIN_TYPE_NAMES, EXCEPTION_TYPES } from './registry.js';

export const TP_NAME = 0;
export const TP_QUALNAME = 1;
export const TP_BASE = 2;
export const TP_BASES = 3;
export const TP_MRO = 4;
export const TP_DICT = 5;
export const TP_FLAGS = 6;
export const TP_SLOTS = 7;
export const TP_VERSION = 8;
export const TP_BASIC = 9;
export const TP_DICTIX = 10;
export const TP_SERIAL = 11;
export const TP_MODULE_WORDS = 12;
export const TYPE_BODY_WORDS = TP_MODULE_WORDS;

/** Type flags (TP_FLAGS). */
export const TPF_HEAPTYPE = 1 << 0; // made by a class statement or type(name, bases, dict)
export const TPF_BASETYPE = 1 << 1; // may be subclassed
export const TPF_IMMUTABLE = 1 << 2; // attributes cannot be set (built-in types)
export const TPF_ABSTRACT = 1 << 3;
export const TPF_HAS_GETATTR = 1 << 4; // defines __getattr__ somewhere in the MRO
export const TPF_EXCEPTION = 1 << 5; // subclass of BaseException
export const TPF_BOXED = 1 << 6; // subclass of a variable-size built-in: the value is boxed
// (1 << 8 .. 1 << 11: type-layout.ts's heap-type dispatch flags)
export const TPF_SEQUENCE = 1 << 12; // matches sequence patterns (a collections.abc.Sequence: abc sets it)
export const TPF_MAPPING = 1 << 13; // matches mapping patterns (a collections.abc.Mapping: abc sets it)
export const TPF_DOTTED_NAME = 1 << 14; // a heap type whose TP_NAME carries its module ('array.array'), as a C tp_name
export const TPF_LOCKED = 1 << 15; // its instances' methods are critical sections on them in free-threading mode (array.array, io.StringIO, ...: src/vm/object-lock.ts); inherited

/** Word index (into i32) of body word `k` of the object at `ref`. */
export function bodyIndex(ref: Ref, k: number): number {
  return (ref >> 2) + HEADER_WORDS + k;
}
export function getField(ref: Ref, k: number): Value {
  return i32[(ref >> 2) + HEADER_WORDS + k]!;
}
export function setField(ref: Ref, k: number, v: Value): void {
  i32[(ref >> 2) + HEADER_WORDS + k] = v;
}
export function typeOfRef(ref: Ref): Ref {
  return i32[ref >> 2]!;
}

export function typeFlags(type: Ref): number {
  return smallIntValue(getField(type, TP_FLAGS));
}
export function setTypeFlags(type: Ref, flags: number): void {
  setField(type, TP_FLAGS, fromSmallInt(flags));
}
export function typeSlotsIndex(type: Ref): number {
  return smallIntValue(getField(type, TP_SLOTS));
}
export function typeMro(type: Ref): Ref {
  return getField(type, TP_MRO);
}
export function typeDict(type: Ref): Ref {
  return getField(type, TP_DICT);
}
export function typeBase(type: Ref): Ref {
  return getField(type, TP_BASE);
}
export function typeDictIndex(type: Ref): number {
  return smallIntValue(getField(type, TP_DICTIX));
}
export function typeBasicWords(type: Ref): number {
  return smallIntValue(getField(type, TP_BASIC));
}
export function bumpTypeVersion(type: Ref): void {
  setField(type, TP_VERSION, fromSmallInt((smallIntValue(getField(type, TP_VERSION)) + 1) & 0x3fffffff));
}

export { NULL };

// ---- JS-side behaviour ----------------------------------------------------------------------

/**
 * What a type does, as JS functions (CPython's tp_* slots). A built-in type
 * registers one table; classes share HEAP_SLOTS, whose functions look the
 * dunder methods up along the MRO. Missing entries mean "not supported".
 * Functions that fail throw the error sentinel (src/vm/errors.ts).
 */
export interface TypeSlots {
  /** repr(): a str ref. */
  repr?(self: Value): Ref;
  /** str(): a str ref (default: repr). */
  str?(self: Value): Ref;
  /** hash(): a JS integer (the Python hash, reduced to a safe integer). */
  hash?(self: Value): number;
  /** Rich comparison: a value, or NOT_IMPLEMENTED. op: 0 < 1 <= 2 == 3 != 4 > 5 >=. */
  richcompare?(self: Value, other: Value, op: number): Value;
  /** Truth value. */
  bool?(self: Value): boolean;
  len?(self: Value): number;
  iter?(self: Value): Value;
  /** Next item, or NULL when exhausted (without raising StopIteration). */
  next?(self: Value): Value;
  getitem?(self: Value, key: Value): Value;
  setitem?(self: Value, key: Value, value: Value): void;
  delitem?(self: Value, key: Value): void;
  contains?(self: Value, item: Value): boolean;
  /**
   * Binary operator (`nb` as BINARY_OP's argument, in-place forms included);
   * `self` may be either operand: check `a`'s and `b`'s types. NOT_IMPLEMENTED
   * if this type cannot do it.
   */
  binop?(a: Value, b: Value, nb: number): Value;
  /** Unary: 0 negative, 1 positive, 2 invert. */
  unary?(self: Value, op: number): Value;
  /** Attribute lookup (default: generic, src/vm/attributes.ts). NULL if missing (no error set). */
  getattr?(self: Value, name: Ref): Value;
  setattr?(self: Value, name: Ref, value: Value): void;
  /** Calls with arguments on the heap: argv is the i32 index of the first; kwnames a tuple or NULL. */
  call?(self: Value, argv: number, argc: number, kwnames: Ref): Value;
  /** Descriptor get (__get__): obj may be NULL (looked up on the class). */
  descrGet?(self: Value, obj: Value, type: Ref): Value;
  descrSet?(self: Value, obj: Value, value: Value): void;
  /** True when descrSet exists (a data descriptor). */
  isDataDescriptor?: boolean;
  /** Index (__index__) as a bigint or JS number. */
  index?(self: Value): Value;
}

/**
 * One table per built-in type, at a fixed index: the type's position in
 * BUILTIN_TYPE_NAMES, then EXCEPTION_TYPES; HEAP_SLOTS (shared by all
 * classes) comes last. Fixed positions make TP_SLOTS mean the same in every
 * worker. Modules fill the tables at import with `declareSlots`; missing
 * entries are inherited from the base when the heap is made or attached
 * (`inheritSlots`).
 */
export const slotTables: TypeSlots[] = [];
const slotIndexByName = new Map<string, number>();
for (const name of BUILTIN_TYPE_NAMES) {
  slotIndexByName.set(name, slotTables.length);
  slotTables.push({});
}
for (const [name] of EXCEPTION_TYPES) {
  slotIndexByName.set(name, slotTables.length);
  slotTables.push({});
}
export const HEAP_SLOTS = slotTables.length;
slotTables.push({});

export function slotIndexForName(name: string): number {
  const i = slotIndexByName.get(name);
  if (i === undefined) throw new Error(`no built-in type named ${name}`);
  return i;
}

/** Add behaviour to the built-in type `name` (several modules may contribute). */
export function declareSlots(name: string, slots: TypeSlots): void {
  if (LOCKED_TYPE_NAMES.has(name)) {
    // A mutable container's slots are critical sections on it in free-threading mode (src/vm/object-lock.ts).
    const table = slots as Record<string, unknown>;
    for (const k of Object.keys(table)) {
      const f = table[k];
      if (LOCKED_SLOTS.has(k) && locksAround(name, k) && typeof f === 'function') lockedSlots.set(f, null);
    }
  }
  Object.assign(slotTables[slotIndexForName(name)]!, slots);
}

/** Slot functions that become critical sections in free-threading mode, with their wrappers once made. */
const lockedSlots = new Map<unknown, Parameters<typeof lockingSlot>[0] | null>();
/** Free-threading mode, once per worker: the containers' slots become critical sections. */
export function lockContainerSlots(): void {
  // Every table that holds one (a built-in subclass inherits its base's functions) gets the same wrapper.
  for (const table of slotTables) {
    if (table === undefined) continue;
    const t = table as Record<string, unknown>;
    for (const k of LOCKED_SLOTS) {
      const f = t[k];
      if (!lockedSlots.has(f)) continue;
      let w = lockedSlots.get(f) ?? null;
      if (w === null) {
        w = lockingSlot(f as Parameters<typeof lockingSlot>[0]);
        lockedSlots.set(f, w);
        lockedSlots.set(w, w);
      }
      t[k] = w;
    }
  }
}

/** The table shared by classes made in Python (dispatching on dunder methods). */
export function declareHeapSlots(slots: TypeSlots): void {
  Object.assign(slotTables[HEAP_SLOTS]!, slots);
}

/** Fill each built-in type's missing slots from its base's (base before derived in `order`). */
export function inheritSlots(order: readonly (readonly [string, string])[]): void {
  for (const [name, base] of order) {
    if (base === '') continue;
    const t = slotTables[slotIndexForName(name)]!;
    const b = slotTables[slotIndexForName(base)]! as Record<string, unknown>;
    for (const k of Object.keys(b)) {
      if ((t as Record<string, unknown>)[k] === undefined) (t as Record<string, unknown>)[k] = b[k];
    }
  }
}

export function slotsOf(type: Ref): TypeSlots {
  const i = smallIntValue(getField(type, TP_SLOTS));
  return slotTables[i] ?? lazySlotTable(i);
}

/**
 * Tables that are made on first use (src/objects/heap-slots.ts's per-class
 * variants: a thousand of them, which every worker's boot made for nothing).
 * Their indexes are reserved (holes in slotTables) so they mean the same in
 * every worker.
 */
let makeLazyTable: ((index: number) => TypeSlots) | null = null;
export function setLazySlotTables(make: (index: number) => TypeSlots): void {
  makeLazyTable = make;
}
function lazySlotTable(index: number): TypeSlots {
  const table = makeLazyTable!(index);
  slotTables[index] = table;
  return table;
}
