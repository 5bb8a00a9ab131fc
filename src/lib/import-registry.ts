/**
 * Built-in modules (CPython's inittab): a table of name -> init function
 * that makes the module object. `sys` and `builtins` are made with the heap
 * and are always in sys.modules; modules written later (time, _thread, ...)
 * register an init function here and are made on first import.
 */
import type { Ref } from '../heap/layout.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { MOD_DICT, newModule } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { getField } from '../objects/typeobject.js';
import { NULL } from '../heap/layout.js';
import { functionDecls, installFunction } from '../objects/native.js';
import { T } from '../objects/registry.js';
import { rootGet, ROOT_MODULES } from '../objects/roots.js';
import { typeOf } from '../objects/typecheck.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';

export type ModuleInit = () => Ref;

const inits = new Map<string, ModuleInit | null>([
  ['sys', null],
  ['builtins', null],
]);

/** Declare the built-in module `name` (at import time, the same in every worker). */
export function registerBuiltinModule(name: string, init: ModuleInit): void {
  inits.set(name, init);
}

/** Names of the built-in modules (sys.builtin_module_names). */
export function builtinModuleNames(): ReadonlySet<string> {
  return new Set(inits.keys());
}

/** The init function of a built-in module; null for those made with the heap; undefined if none. */
export function builtinModuleInit(name: string): ModuleInit | null | undefined {
  return inits.get(name);
}

/**
 * A new built-in module object with the attributes every module has, in
 * CPython's order: __name__, __doc__ (`doc`, or None), __package__ (''),
 * __loader__ and __spec__ (None: gilvm has no importlib objects for
 * built-in modules yet).
 */
export function newBuiltinModule(name: string, doc: string | null): Ref {
  const m = newModule(name);
  const d = getField(m, MOD_DICT);
  dictSet(d, intern('__doc__'), doc === null ? S.None : newStr(doc));
  dictSet(d, intern('__package__'), S.emptyStr);
  dictSet(d, intern('__loader__'), S.None);
  dictSet(d, intern('__spec__'), S.None);
  return m;
}

/**
 * Declare built-in module `name` written in TypeScript, and return the
 * function that gives it (sys.modules' entry, made on first use): a
 * newBuiltinModule holding the functions declared with
 * defineFunction(`declModule`, ...) (by default the module's own name), and
 * whatever `fill` puts in its dict.
 */
export function defineBuiltinModule(
  name: string,
  doc: string,
  fill: (dict: Ref, module: Ref) => void = () => {},
  declModule: string = name,
): () => Ref {
  const get = (): Ref => {
    const modules = rootGet(ROOT_MODULES);
    const existing = dictGetStr(modules, intern(name));
    if (existing !== NULL && (existing & 1) === 0 && typeOf(existing) === T.module) return existing;
    const mark = handleCount();
    try {
      const m = pushHandle(newBuiltinModule(name, doc));
      const d = getField(getHandle(m), MOD_DICT);
      for (const decl of functionDecls) if (decl.module === declModule) installFunction(d, intern(name), decl);
      fill(d, getHandle(m));
      dictSet(modules, intern(name), getHandle(m));
      return getHandle(m);
    } finally {
      releaseHandles(mark);
    }
  };
  registerBuiltinModule(name, get);
  return get;
}
