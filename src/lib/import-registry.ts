/**
 * Built-in modules (CPython's inittab): a table of name -> init function
 * that makes the module object. `sys` and `builtins` are made with the heap
 * and are always in sys.modules; modules written later (time, _thread, ...)
 * register an init function here and are made on first import.
 */
import type { Ref } from '../heap/layout.js';
import { dictSet } from '../objects/dict.js';
import { MOD_DICT, newModule } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { getField } from '../objects/typeobject.js';

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
