/**
 * Descriptors for attributes implemented in TypeScript (getset_descriptor)
 * and for __slots__ (member_descriptor).
 *
 *     getset_descriptor body (values):  | name | owner | id |
 *     member_descriptor body (values):  | name | owner | index |
 *
 *   id     small int: index into `getters`/`setters` (the same in every worker:
 *          declared at import, like natives)
 *   index  small int: the instance body word holding the slot's value (NULL: unset)
 *
 * Declaring a built-in attribute, at import time:
 *
 *     defineGetter('type', '__name__', (self) => ...);
 *     defineGetSet('type', '__name__', get, (self, value) => ...);   // value NULL: del
 *
 * The descriptors are put in the owner type's dict when the heap is made.
 * Both kinds are data descriptors (as in CPython): they win over the
 * instance __dict__.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, HEADER_WORDS, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { raise } from '../vm/errors.js';
import { onAfterTypes } from './bootstrap-hooks.js';
import { dictSet } from './dict.js';
import { intern } from './intern.js';
import { E, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots, getField, setField, TP_NAME, typeDict } from './typeobject.js';
import { raiseAttributeError, raiseAttributeErrorWith } from '../vm/attributes.js';

export type Getter = (self: Value) => Value;
/** value NULL: delete. */
export type Setter = (self: Value, value: Value) => void;

export const GS_NAME = 0;
export const GS_OWNER = 1;
export const GS_ID = 2;

const getters: Getter[] = [];
const setters: (Setter | undefined)[] = [];
interface GetSetDecl {
  owner: string;
  name: string;
  id: number;
}
const decls: GetSetDecl[] = [];

/** Declare a read-only attribute of the built-in type `owner`. */
export function defineGetter(owner: string, name: string, get: Getter): void {
  defineGetSet(owner, name, get, undefined);
}

/** Declare an attribute with a setter (the setter gets NULL for `del`). */
export function defineGetSet(owner: string, name: string, get: Getter, set: Setter | undefined): void {
  decls.push({ owner, name, id: getters.length });
  getters.push(get);
  setters.push(set);
}

/** A getset descriptor for declaration `id` (also used for heap types' __dict__). */
export function newGetSet(owner: Ref, name: Ref, id: number): Ref {
  const d = allocate(T.getset_descriptor, HEADER_BYTES + 12, false);
  setField(d, GS_NAME, name);
  setField(d, GS_OWNER, owner);
  setField(d, GS_ID, fromSmallInt(id));
  return d;
}

/** Register a getter/setter pair without installing it anywhere (for descriptors made per class). */
export function registerGetSet(get: Getter, set: Setter | undefined): number {
  getters.push(get);
  setters.push(set);
  return getters.length - 1;
}

function builtinType(name: string): Ref {
  const t = (T as Record<string, Ref>)[name] ?? (E as Record<string, Ref>)[name];
  if (t === undefined) throw new Error(`getset ${name}: no such built-in type`);
  return t;
}

onAfterTypes(() => {
  for (const d of decls) {
    const owner = builtinType(d.owner);
    const key = intern(d.name);
    dictSet(typeDict(owner), key, newGetSet(owner, key, d.id));
  }
});

function ownerName(descr: Ref): string {
  return strValue(getField(getField(descr, GS_OWNER), TP_NAME));
}

function checkApplies(descr: Ref, obj: Value): void {
  const owner = getField(descr, GS_OWNER);
  if (!isSubtype(typeOf(obj), owner)) {
    throw raise(
      E.TypeError,
      `descriptor '${strValue(getField(descr, GS_NAME))}' for '${ownerName(descr)}' objects doesn't apply to a '${strValue(getField(typeOf(obj), TP_NAME))}' object`,
    );
  }
}

declareSlots('getset_descriptor', {
  descrGet(descr: Value, obj: Value): Value {
    if (obj === NULL) return descr;
    checkApplies(descr, obj);
    return getters[smallIntValue(getField(descr, GS_ID))]!(obj);
  },
  descrSet(descr: Value, obj: Value, value: Value): void {
    checkApplies(descr, obj);
    const set = setters[smallIntValue(getField(descr, GS_ID))];
    if (set === undefined) {
      throw raise(
        E.AttributeError,
        `attribute '${strValue(getField(descr, GS_NAME))}' of '${ownerName(descr)}' objects is not writable`,
      );
    }
    set(obj, value);
  },
  isDataDescriptor: true,
  repr(descr: Value): Ref {
    return newStr(`<attribute '${strValue(getField(descr, GS_NAME))}' of '${ownerName(descr)}' objects>`);
  },
});

// ---- member descriptors (__slots__) ---------------------------------------------------------

export function newMember(owner: Ref, name: Ref, index: number): Ref {
  const d = allocate(T.member_descriptor, HEADER_BYTES + 12, false);
  setField(d, GS_NAME, name);
  setField(d, GS_OWNER, owner);
  setField(d, GS_ID, fromSmallInt(index));
  return d;
}

function memberWord(descr: Ref, obj: Value): number {
  return (obj >> 2) + HEADER_WORDS + smallIntValue(getField(descr, GS_ID));
}

declareSlots('member_descriptor', {
  descrGet(descr: Value, obj: Value): Value {
    if (obj === NULL) return descr;
    checkApplies(descr, obj);
    const v = i32[memberWord(descr, obj)]!;
    if (v === NULL) throw raiseAttributeError(obj, getField(descr, GS_NAME));
    return v;
  },
  descrSet(descr: Value, obj: Value, value: Value): void {
    checkApplies(descr, obj);
    const w = memberWord(descr, obj);
    if (value === NULL && i32[w] === NULL) {
      const name = getField(descr, GS_NAME);
      throw raiseAttributeErrorWith(strValue(name), obj, name);
    }
    i32[w] = value;
  },
  isDataDescriptor: true,
  repr(descr: Value): Ref {
    return newStr(`<member '${strValue(getField(descr, GS_NAME))}' of '${ownerName(descr)}' objects>`);
  },
});

for (const kind of ['getset_descriptor', 'member_descriptor']) {
  defineGetter(kind, '__name__', (d) => getField(d, GS_NAME));
  defineGetter(kind, '__qualname__', (d) =>
    newStr(`${ownerName(d)}.${strValue(getField(d, GS_NAME))}`),
  );
  defineGetter(kind, '__objclass__', (d) => getField(d, GS_OWNER));
}
