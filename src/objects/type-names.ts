/**
 * The interned dunder names that the class machinery looks up on every
 * operation, as heap refs without a JS Map lookup per use. Interned strs are
 * immortal, so the refs stay valid for the heap they were made in; they are
 * re-read when this worker's heap changes (a test making a fresh heap, a
 * worker attaching).
 */
import type { Ref } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { intern } from './intern.js';

const NAMES = [
  '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__bool__', '__len__', '__iter__', '__next__', '__getitem__', '__setitem__', '__delitem__',
  '__contains__', '__call__', '__get__', '__set__', '__delete__', '__index__', '__getattribute__',
  '__getattr__', '__setattr__', '__delattr__', '__init__', '__new__', '__dict__', '__class__',
  '__name__', '__qualname__', '__module__', '__doc__', '__slots__', '__weakref__', '__init_subclass__',
  '__set_name__', '__prepare__', '__mro_entries__', '__class_getitem__', '__instancecheck__',
  '__subclasscheck__', '__format__', '__neg__', '__pos__', '__invert__', '__classcell__', 'mro',
  '__builtins__', '__abstractmethods__', '__orig_bases__', '__type_params__',
] as const; // prettier-ignore

export type DunderName = (typeof NAMES)[number];
const INDEX = new Map<string, number>(NAMES.map((n, i) => [n, i]));
const refs = new Int32Array(NAMES.length);
let refsFor: SharedArrayBuffer | null = null;

function refresh(): void {
  for (let i = 0; i < NAMES.length; i++) refs[i] = intern(NAMES[i]!);
  refsFor = buffer;
}

/** Index of a name for `dn` (resolve once at module load, use the number at run time). */
export function dunderIndex(name: DunderName): number {
  return INDEX.get(name)!;
}

/** The interned str for name index `i`. */
export function dn(i: number): Ref {
  if (refsFor !== buffer) refresh();
  return refs[i]!;
}

/** The interned str for a dunder name (a Map lookup: prefer dn with a constant index in hot paths). */
export function dunder(name: DunderName): Ref {
  return dn(INDEX.get(name)!);
}

export const D_REPR = dunderIndex('__repr__');
export const D_STR = dunderIndex('__str__');
export const D_HASH = dunderIndex('__hash__');
export const D_EQ = dunderIndex('__eq__');
export const D_BOOL = dunderIndex('__bool__');
export const D_LEN = dunderIndex('__len__');
export const D_ITER = dunderIndex('__iter__');
export const D_NEXT = dunderIndex('__next__');
export const D_GETITEM = dunderIndex('__getitem__');
export const D_SETITEM = dunderIndex('__setitem__');
export const D_DELITEM = dunderIndex('__delitem__');
export const D_CONTAINS = dunderIndex('__contains__');
export const D_CALL = dunderIndex('__call__');
export const D_GET = dunderIndex('__get__');
export const D_SET = dunderIndex('__set__');
export const D_DELETE = dunderIndex('__delete__');
export const D_INDEX = dunderIndex('__index__');
export const D_GETATTRIBUTE = dunderIndex('__getattribute__');
export const D_GETATTR = dunderIndex('__getattr__');
export const D_SETATTR = dunderIndex('__setattr__');
export const D_DELATTR = dunderIndex('__delattr__');
export const D_INIT = dunderIndex('__init__');
export const D_NEW = dunderIndex('__new__');
export const D_FORMAT = dunderIndex('__format__');
