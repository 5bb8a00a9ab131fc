/**
 * Functions written in TypeScript and callable from Python.
 *
 * Calling convention (no JS allocation per call): the arguments are heap
 * words i32[argv .. argv + argc); when `kwnames` is a tuple of str, the last
 * `len(kwnames)` of them are keyword arguments with those names. The function
 * returns a value (never NULL: return S.None) or throws the error sentinel.
 *
 *     builtin_function_or_method body: | name | self | native | module | qualname |
 *     method_descriptor body:          | name | owner | native | flags |
 *
 *   native  small int: index into `natives` (the same in every worker, since
 *           every worker registers the same functions in the same order)
 *   self    the bound object (a bound method like `[].append`), or NULL
 *   owner   the type that defines the method
 *
 * Calling a method descriptor passes argv[0] as `self`.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { dictSetHashed, hashToSmall } from './dict.js';
import { S, T } from './registry.js';
import { newStr, strHash } from './str.js';
import { intern } from './intern.js';
import { getField, TP_DICT } from './typeobject.js';
import { tupleLength } from './tuple.js';
import { lockingMethod, locksAround } from '../vm/object-lock.js';

export type NativeFn = (self: Value, argv: number, argc: number, kwnames: Ref) => Value;

export const natives: NativeFn[] = [];
export const nativeNames: string[] = [];

export function registerNative(name: string, fn: NativeFn): number {
  natives.push(fn);
  nativeNames.push(name);
  return natives.length - 1;
}

export const BF_NAME = 0;
export const BF_SELF = 1;
export const BF_NATIVE = 2;
export const BF_MODULE = 3;
export const BF_QUALNAME = 4;

export const MD_NAME = 0;
export const MD_OWNER = 1;
export const MD_NATIVE = 2;
export const MD_FLAGS = 3;
/** MD_FLAGS: the method is a classmethod-like (receives the type, e.g. dict.fromkeys). */
export const MDF_CLASS = 1;
/** MD_FLAGS: a static method (no self, e.g. str.maketrans). */
export const MDF_STATIC = 2;

/** A builtin function object for native `id`, bound to `self` (NULL: unbound). */
export function newBuiltinFunction(name: Ref, id: number, self: Value, module: Value): Ref {
  const f = allocate(T.builtin_function_or_method, HEADER_BYTES + 5 * 4, false);
  setBody(f, BF_NAME, name);
  setBody(f, BF_SELF, self);
  setBody(f, BF_NATIVE, fromSmallInt(id));
  setBody(f, BF_MODULE, module);
  return f;
}

export function newMethodDescriptor(owner: Ref, name: Ref, id: number, flags: number): Ref {
  const m = allocate(T.method_descriptor, HEADER_BYTES + 4 * 4, false);
  setBody(m, MD_NAME, name);
  setBody(m, MD_OWNER, owner);
  setBody(m, MD_NATIVE, fromSmallInt(id));
  setBody(m, MD_FLAGS, fromSmallInt(flags));
  return m;
}

import { HEADER_WORDS } from '../heap/layout.js';
function setBody(ref: Ref, k: number, v: Value): void {
  i32[(ref >> 2) + HEADER_WORDS + k] = v;
}

/**
 * Declarations made when a module is imported (the same in every worker),
 * turned into heap objects once, by the worker that creates the heap
 * (src/objects/bootstrap.ts). Native ids are assigned at declaration.
 */
export interface MethodDecl {
  owner: string;
  name: string;
  id: number;
  flags: number;
}
export interface FunctionDecl {
  module: string;
  name: string;
  id: number;
}
export const methodDecls: MethodDecl[] = [];
export const functionDecls: FunctionDecl[] = [];

/** Declare a method of the built-in type named `owner` (a name in BUILTIN_TYPE_NAMES or EXCEPTION_TYPES). */
export function defineMethod(owner: string, name: string, fn: NativeFn, flags = 0): void {
  const id = registerNative(`${owner}.${name}`, fn);
  // A mutable container's method is a critical section on it in free-threading mode (src/vm/object-lock.ts).
  if (locksAround(owner, name) && (flags & (MDF_CLASS | MDF_STATIC)) === 0) lockSelfInFreeThreading(id);
  methodDecls.push({ owner, name, id, flags });
}

/** Natives that become critical sections in free-threading mode, until a worker first runs in it. */
const lockedNatives: number[] = [];
/** The wrappers are installed in this worker (free-threading mode). */
let nativesLocked = false;
/** Free-threading mode, once per worker: the methods of lockable objects become critical sections. */
export function lockContainerMethods(): void {
  for (const id of lockedNatives) natives[id] = lockingMethod(natives[id]!);
  lockedNatives.length = 0;
  nativesLocked = true;
}

/**
 * The method native `id` is a critical section on its self (and on its first
 * argument when that is lockable too) in free-threading mode: a container's
 * method, or one of a library class whose instances lock (TPF_LOCKED:
 * array.array, io.StringIO, io.BytesIO, _random.Random). Under the GIL it
 * runs as registered.
 */
export function lockSelfInFreeThreading(id: number): void {
  if (nativesLocked) natives[id] = lockingMethod(natives[id]!);
  else lockedNatives.push(id);
}

/** Declare a function of a built-in module (`builtins`, `sys`, ...). */
export function defineFunction(module: string, name: string, fn: NativeFn): void {
  functionDecls.push({ module, name, id: registerNative(`${module}.${name}`, fn) });
}

/** Create the method descriptor for a declaration in its type's dict (heap creation only). */
export function installMethod(type: Ref, decl: MethodDecl): void {
  const key = intern(decl.name);
  dictSetHashed(getField(type, TP_DICT), key, hashToSmall(strHash(key)), newMethodDescriptor(type, key, decl.id, decl.flags));
}

/** Create a builtin function for a declaration in a module namespace (heap creation only). */
export function installFunction(namespace: Ref, moduleName: Value, decl: FunctionDecl): Ref {
  const key = intern(decl.name);
  const f = newBuiltinFunction(key, decl.id, NULL, moduleName);
  dictSetHashed(namespace, key, hashToSmall(strHash(key)), f);
  return f;
}

export function nativeIdOf(fnObject: Ref): number {
  return smallIntValue(i32[(fnObject >> 2) + HEADER_WORDS + BF_NATIVE]!);
}

/** Number of keyword arguments in a call. */
export function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

export { newStr, S };
