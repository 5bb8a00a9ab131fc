/**
 * Built-in modules (CPython's inittab): a table of name -> init function
 * that makes the module object. `sys` and `builtins` are made with the heap
 * and are always in sys.modules; modules written later (time, _thread, ...)
 * register an init function here and are made on first import.
 */
import type { Ref } from '../heap/layout.js';

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
