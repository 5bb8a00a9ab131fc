/**
 * Instance layouts of classes (heap types) and the words a heap type has
 * beyond the built-in type layout (src/objects/typeobject.ts).
 *
 * A heap type object is a type object with extra body words:
 *
 *     | name | qualname | base | ... | serial | subclasses |
 *                                             ^ TP_SUBCLASSES (TYPE_BODY_WORDS)
 *
 *   subclasses  tuple of the classes that name this one in __bases__, or NULL
 *               (strong references: see the report; CPython keeps weak ones)
 *
 * An instance of a class is one values body of TP_BASIC words:
 *
 *     inline (base object, or a fixed-size built-in such as list, dict, BaseException):
 *     | base's TP_BASIC words | __slots__ members ... | __dict__ (if TP_DICTIX >= 0) |
 *
 *     boxed (TPF_BOXED: a subclass of int, float, complex, str, bytes, tuple, or of a
 *            built-in whose owner left TP_BASIC at 0):
 *     | box | __slots__ members ... | __dict__ |
 *       box  the built-in value itself (a small int, or a reference to an exact int/str/...)
 *
 * Built-in code that accepts instances of subclasses of its type must read
 * them through `unboxed(v)`: for a boxed instance it returns the box, for
 * anything else `v` itself. A built-in `__new__` called with a subclass
 * (`int.__new__(MyInt, 5)`) makes its exact value and returns
 * `newBoxed(cls, value)`; a fixed-size built-in's `__new__` allocates with
 * `allocInstance(cls)` and initializes the base words as for its own type.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { newDict } from './dict.js';
import { T } from './registry.js';
import {
  TP_BASIC,
  TP_DICTIX,
  TPF_BOXED,
  TPF_HEAPTYPE,
  TYPE_BODY_WORDS,
  getField,
  setField,
  typeBasicWords,
  typeDictIndex,
  typeFlags,
} from './typeobject.js';

export const TP_SUBCLASSES = TYPE_BODY_WORDS;
export const HEAP_TYPE_WORDS = TYPE_BODY_WORDS + 1;

/** Heap-type flags kept in TP_FLAGS beside typeobject.ts's (recomputed when a dunder is set). */
/** Instances are descriptors (__get__ on the MRO). */
export const TPF_HAS_GET = 1 << 8;
/** Instances are data descriptors (__set__ or __delete__ on the MRO). */
export const TPF_HAS_SET = 1 << 9;
/** __getattribute__ on the MRO is not object's/type's generic one. */
export const TPF_CUSTOM_GETATTRIBUTE = 1 << 10;
/** __setattr__ or __delattr__ on the MRO is not object's/type's generic one. */
export const TPF_CUSTOM_SETATTR = 1 << 11;
/** The type's dict (or a base's) defines __class_getitem__ / __init__ etc: not used for dispatch. */
export const TPF_DUNDER_MASK = TPF_HAS_GET | TPF_HAS_SET | TPF_CUSTOM_GETATTRIBUTE | TPF_CUSTOM_SETATTR;

/** Built-in types whose instances are variable-size or raw: subclasses box them. */
const BOXED_BUILTINS = ['int', 'float', 'complex', 'str', 'bytes', 'tuple'] as const;

export function isBoxedBuiltin(type: Ref): boolean {
  for (const n of BOXED_BUILTINS) if (T[n] === type) return true;
  return false;
}

export function isHeapType(type: Ref): boolean {
  return (typeFlags(type) & TPF_HEAPTYPE) !== 0;
}

/** The built-in value of a boxed instance; any other value unchanged. */
export function unboxed(v: Value): Value {
  if ((v & 1) !== 0 || v === 0) return v;
  const t = i32[v >> 2]!;
  if ((typeFlags(t) & TPF_BOXED) === 0) return v;
  return getField(v, 0);
}

/** An instance of `cls` (all words NULL; the dict word is made lazily). */
export function allocInstance(cls: Ref): Ref {
  return allocate(cls, HEADER_BYTES + typeBasicWords(cls) * 4, false);
}

/** An instance of the boxed class `cls` holding the exact built-in value `value`. */
export function newBoxed(cls: Ref, value: Value): Ref {
  const r = allocInstance(cls);
  setField(r, 0, value);
  return r;
}

/** The instance dict word of `obj` (NULL if not made yet), or -1 when its type has none. */
export function instanceDictIndex(obj: Value): number {
  if ((obj & 1) !== 0) return -1;
  return typeDictIndex(i32[obj >> 2]!);
}

/** The instance dict of `obj`, made on first use; NULL when instances of its type have none. */
export function instanceDict(obj: Value): Ref {
  if ((obj & 1) !== 0) return NULL;
  const ix = typeDictIndex(i32[obj >> 2]!);
  if (ix < 0) return NULL;
  let d = getField(obj, ix);
  if (d === NULL) {
    d = newDict();
    setField(obj, ix, d);
  }
  return d;
}

/** The instance dict if it exists already (NULL otherwise). */
export function existingInstanceDict(obj: Value): Ref {
  if ((obj & 1) !== 0) return NULL;
  const ix = typeDictIndex(i32[obj >> 2]!);
  return ix < 0 ? NULL : getField(obj, ix);
}

export function setInstanceLayout(type: Ref, basic: number, dictix: number): void {
  setField(type, TP_BASIC, fromSmallInt(basic));
  setField(type, TP_DICTIX, fromSmallInt(dictix));
}
