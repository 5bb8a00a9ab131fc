/**
 * Making the heap's initial objects (the worker that creates the heap) or
 * finding them (a worker that attaches to it).
 *
 * Creation order matters because every object needs its type: first the
 * type objects themselves with empty fields, then the str type can make
 * names, the dict type can make type dicts, and so on. Everything made here
 * is immortal (never collected).
 */
import { allocate } from '../heap/allocator.js';
import { GC_IMMORTAL, H_GC, HEADER_BYTES, NULL, fromSmallInt, type Ref } from '../heap/layout.js';
import { CB_NEXT_SERIAL, CB_ROOTS, attachHeap, createHeap } from '../heap/memory.js';
import { newValueArray } from './arrays.js';
import { newDict } from './dict.js';
import { EXC_BODY_WORDS, EXC_DICT } from './exceptions.js';
import { intern, resetInternCache } from './intern.js';
import { functionDecls, installFunction, installMethod, methodDecls } from './native.js';
import { BUILTIN_TYPE_NAMES, E, EXCEPTION_TYPES, S, SINGLETON_NAMES, T, type BuiltinTypeName } from './registry.js';
import {
  ROOT_BUILTINS,
  ROOT_COUNT,
  ROOT_FIRST_EXCEPTION,
  ROOT_FIRST_SINGLETON,
  ROOT_FIRST_TYPE,
  ROOT_INTERNED,
  ROOT_MEMORY_ERROR,
  ROOT_MODULES,
  rootGet,
  rootSet,
} from './roots.js';
import { allocTuple, newTuple } from './tuple.js';
import {
  HEAP_SLOTS,
  TP_BASE,
  TP_BASES,
  TP_BASIC,
  TP_DICT,
  TP_DICTIX,
  TP_FLAGS,
  TP_MRO,
  TP_NAME,
  TP_QUALNAME,
  TP_SERIAL,
  TP_SLOTS,
  TP_VERSION,
  TPF_BASETYPE,
  TPF_EXCEPTION,
  TPF_IMMUTABLE,
  TYPE_BODY_WORDS,
  getField,
  inheritSlots,
  setField,
  slotIndexForName,
} from './typeobject.js';
import { newBuiltinException } from './exceptions.js';
import { bootstrapHooks } from './bootstrap-hooks.js';

/** Built-in types' bases (object if not listed) and instance layouts. */
const TYPE_BASES: Partial<Record<BuiltinTypeName, BuiltinTypeName>> = { bool: 'int' };
/** Types that Python code may subclass. */
const SUBCLASSABLE = new Set<string>([
  'object', 'str', 'dict', 'tuple', 'int', 'float', 'complex', 'list', 'set', 'frozenset', 'bytes',
  'bytearray', 'property', 'staticmethod', 'classmethod', 'super', 'type', 'enumerate', 'zip', 'map',
  'filter', 'reversed',
]); // prettier-ignore

/** The (name, base) list that slot inheritance walks, bases first. */
export function typeOrder(): [string, string][] {
  const order: [string, string][] = [];
  for (const name of BUILTIN_TYPE_NAMES) order.push([name, name === 'object' ? '' : (TYPE_BASES[name] ?? 'object')]);
  for (const [name, base] of EXCEPTION_TYPES) order.push([name, base]);
  return order;
}

let slotsInherited = false;
function inheritOnce(): void {
  if (slotsInherited) return;
  slotsInherited = true;
  inheritSlots(typeOrder());
}

function nextSerial(): number {
  const s = i32[CB_NEXT_SERIAL]!;
  i32[CB_NEXT_SERIAL] = s + 1;
  return s;
}

function immortal(ref: Ref): Ref {
  i32[(ref >> 2) + H_GC] = i32[(ref >> 2) + H_GC]! | GC_IMMORTAL;
  return ref;
}

/** Create a heap of at most `maxBytes` and everything Python needs before the first bytecode. */
export function createRuntimeHeap(maxBytes?: number): SharedArrayBuffer {
  const sab = createHeap(maxBytes);
  resetInternCache();
  inheritOnce();

  // 1. Type objects with empty fields (their type is `type`, made first).
  const typeType = immortal(allocate(0, HEADER_BYTES + TYPE_BODY_WORDS * 4, false));
  i32[typeType >> 2] = typeType;
  T.type = typeType;
  for (const name of BUILTIN_TYPE_NAMES) {
    if (name === 'type') continue;
    T[name] = immortal(allocate(typeType, HEADER_BYTES + TYPE_BODY_WORDS * 4, false));
  }
  for (const [name] of EXCEPTION_TYPES) E[name] = immortal(allocate(typeType, HEADER_BYTES + TYPE_BODY_WORDS * 4, false));

  // 2. The root table, the interned-string table, singletons.
  const roots = immortal(newValueArray(ROOT_COUNT));
  i32[CB_ROOTS] = roots;
  rootSet(ROOT_INTERNED, immortal(newDict()));
  S.None = immortal(allocate(T.NoneType, HEADER_BYTES, false));
  S.NotImplemented = immortal(allocate(T.NotImplementedType, HEADER_BYTES, false));
  S.Ellipsis = immortal(allocate(T.ellipsis, HEADER_BYTES, false));
  S.False = immortal(bootstrapHooks.newBool(false));
  S.True = immortal(bootstrapHooks.newBool(true));
  S.emptyTuple = 0;
  S.emptyTuple = immortal(allocTuple(0));
  S.emptyStr = intern('');

  // 3. Fill the type objects.
  for (const name of BUILTIN_TYPE_NAMES) {
    const base = name === 'object' ? NULL : T[TYPE_BASES[name] ?? 'object'];
    fillType(T[name], name, base, slotIndexForName(name), TPF_IMMUTABLE | (SUBCLASSABLE.has(name) ? TPF_BASETYPE : 0));
  }
  for (const [name, baseName] of EXCEPTION_TYPES) {
    const base = baseName === 'object' ? T.object : E[baseName as keyof typeof E];
    fillType(E[name], name, base, slotIndexForName(name), TPF_IMMUTABLE | TPF_BASETYPE | TPF_EXCEPTION);
    setField(E[name], TP_BASIC, fromSmallInt(EXC_BODY_WORDS));
    setField(E[name], TP_DICTIX, fromSmallInt(EXC_DICT));
  }
  bootstrapHooks.layouts();

  // 4. Methods and module functions declared by the object modules.
  const byName = new Map<string, Ref>();
  for (const name of BUILTIN_TYPE_NAMES) byName.set(name, T[name]);
  for (const [name] of EXCEPTION_TYPES) byName.set(name, E[name]);
  for (const decl of methodDecls) {
    const type = byName.get(decl.owner);
    if (type === undefined) throw new Error(`method ${decl.owner}.${decl.name}: no such built-in type`);
    installMethod(type, decl);
  }
  const modules = immortal(newDict());
  rootSet(ROOT_MODULES, modules);
  const builtinsDict = immortal(newDict());
  rootSet(ROOT_BUILTINS, builtinsDict);
  for (const decl of functionDecls) {
    if (decl.module === 'builtins') installFunction(builtinsDict, intern('builtins'), decl);
  }
  rootSet(ROOT_MEMORY_ERROR, immortal(newBuiltinException(E.MemoryError, null)));
  bootstrapHooks.afterTypes();

  // 5. Publish everything at fixed root positions for attaching workers.
  BUILTIN_TYPE_NAMES.forEach((name, i) => rootSet(ROOT_FIRST_TYPE + i, T[name]));
  EXCEPTION_TYPES.forEach(([name], i) => rootSet(ROOT_FIRST_EXCEPTION + i, E[name]));
  SINGLETON_NAMES.forEach((name, i) => rootSet(ROOT_FIRST_SINGLETON + i, S[name]));
  return sab;
}

/** A worker joining a heap made elsewhere: find the types and singletons. */
export function attachRuntimeHeap(sab: SharedArrayBuffer): void {
  attachHeap(sab);
  resetInternCache();
  inheritOnce();
  BUILTIN_TYPE_NAMES.forEach((name, i) => (T[name] = rootGet(ROOT_FIRST_TYPE + i)));
  EXCEPTION_TYPES.forEach(([name], i) => (E[name] = rootGet(ROOT_FIRST_EXCEPTION + i)));
  SINGLETON_NAMES.forEach((name, i) => (S[name] = rootGet(ROOT_FIRST_SINGLETON + i)));
}

function fillType(type: Ref, name: string, base: Ref, slots: number, flags: number): void {
  const nameStr = intern(name);
  setField(type, TP_NAME, nameStr);
  // a dotted name ('_io.TextIOWrapper', CPython's tp_name) carries the module: the qualname is the rest
  setField(type, TP_QUALNAME, intern(name.slice(name.lastIndexOf('.') + 1)));
  setField(type, TP_BASE, base);
  setField(type, TP_BASES, base === NULL ? allocTuple(0) : newTuple([base]));
  // MRO: the type, then its base's MRO (built-in types have single inheritance).
  const chain: Ref[] = [];
  for (let t = type; t !== NULL; t = t === type ? base : getField(t, TP_BASE)) chain.push(t);
  setField(type, TP_MRO, newTuple(chain));
  setField(type, TP_DICT, newDict());
  setField(type, TP_FLAGS, fromSmallInt(flags));
  setField(type, TP_SLOTS, fromSmallInt(slots));
  setField(type, TP_VERSION, fromSmallInt(1));
  setField(type, TP_BASIC, fromSmallInt(0));
  setField(type, TP_DICTIX, fromSmallInt(-1));
  setField(type, TP_SERIAL, fromSmallInt(nextSerial()));
}

export { HEAP_SLOTS };
