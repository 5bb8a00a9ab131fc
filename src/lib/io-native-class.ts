/**
 * Classes whose methods are written in TypeScript and whose state lives in
 * one hidden `__slots__` member (io.StringIO, io.BytesIO, array.array).
 *
 * The class is made with type() when its module is first imported, so that
 * Python code can subclass it like any class, and its methods are method
 * descriptors over natives registered at load time (the same ids in every
 * worker). The state is a heap object (a list of values) that the natives
 * read and replace; it is found through the member descriptor of the slot
 * on the instance's type, so a subclass with more slots or a __dict__ still
 * works. The slot's name is one no program is likely to use.
 */
import { HEADER_WORDS, NULL, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { GS_ID, newGetSet, registerGetSet, type Getter, type Setter } from '../objects/descriptors-getset.js';
import { dictSet, newDict } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { lockSelfInFreeThreading, newMethodDescriptor, registerNative, type NativeFn, MDF_CLASS, MDF_STATIC } from '../objects/native.js';
import { T } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { setTypeFlags, TPF_LOCKED, typeFlags } from '../objects/typeobject.js';
import { lookupType, setAttr } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';

export interface NativeClass {
  readonly module: string;
  readonly name: string;
  readonly slot: string;
  readonly methods: [string, number, number][];
  readonly getsets: [string, number][];
  /** Its methods are critical sections on their self in free-threading mode (TPF_LOCKED). */
  readonly locked: boolean;
  /** The slot's interned name, for the heap it was made in (interned strs are immortal). */
  slotRef: Ref;
  slotRefFor: SharedArrayBuffer | null;
}

/**
 * Declare a class (natives are registered as methods and getters are added).
 * `locked`: a mutable object whose methods (not its getters, which read one
 * word) are critical sections on it in free-threading mode, as a list's are.
 */
export function declareNativeClass(module: string, name: string, slot: string, locked = false): NativeClass {
  return { module, name, slot, methods: [], getsets: [], locked, slotRef: NULL, slotRefFor: null };
}

export function nativeMethod(cls: NativeClass, name: string, fn: NativeFn, flags = 0): void {
  const id = registerNative(`${cls.module}.${cls.name}.${name}`, fn);
  if (cls.locked && (flags & (MDF_CLASS | MDF_STATIC)) === 0) lockSelfInFreeThreading(id);
  cls.methods.push([name, id, flags]);
}
export { MDF_CLASS };

export function nativeGetter(cls: NativeClass, name: string, get: Getter, set?: Setter): void {
  cls.getsets.push([name, registerGetSet(get, set)]);
}

/** Make the class object (at module init): type(name, bases, ns) with the state slot and the methods. */
export function makeNativeClass(cls: NativeClass, doc: string, bases: readonly Value[] = [], extra?: (ns: Ref) => void): Ref {
  const mark = handleCount();
  try {
    const ns = pushHandle(newDict());
    const d = getHandle(ns);
    dictSet(d, intern('__module__'), intern(cls.module));
    dictSet(d, intern('__doc__'), newStr(doc));
    dictSet(d, intern('__slots__'), newTuple([intern(cls.slot), intern('__dict__')]));
    if (extra !== undefined) extra(getHandle(ns));
    const made = pushHandle(callArray(T.type, [newStr(cls.name), newTuple(bases.length === 0 ? [T.object] : bases), getHandle(ns)]));
    for (const [name, id, flags] of cls.methods) {
      setAttr(getHandle(made), intern(name), newMethodDescriptor(getHandle(made), intern(name), id, flags));
    }
    for (const [name, id] of cls.getsets) {
      setAttr(getHandle(made), intern(name), newGetSet(getHandle(made), intern(name), id));
    }
    if (cls.locked) setTypeFlags(getHandle(made), typeFlags(getHandle(made)) | TPF_LOCKED);
    return getHandle(made);
  } finally {
    releaseHandles(mark);
  }
}


/**
 * The word index (in i32) of the state slot of `self`, or -1 when `self`'s
 * type does not have this class's slot (not an instance).
 */
export function stateWord(cls: NativeClass, self: Value): number {
  if ((self & 1) !== 0 || self === NULL) return -1;
  if (cls.slotRefFor !== buffer) {
    cls.slotRef = intern(cls.slot);
    cls.slotRefFor = buffer;
  }
  const descr = lookupType(typeOf(self), cls.slotRef);
  if (descr === NULL || (descr & 1) !== 0 || typeOf(descr) !== T.member_descriptor) return -1;
  return (self >> 2) + HEADER_WORDS + smallIntValue(i32[(descr >> 2) + HEADER_WORDS + GS_ID]!);
}
