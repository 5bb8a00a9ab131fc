/**
 * The module type's behaviour (CPython's moduleobject.c): attribute lookup in
 * the module dict with the module-level `__getattr__` (PEP 562) and
 * CPython's messages (`module 'm' has no attribute 'x'`, and the
 * "partially initialized module" variant during a circular import), repr,
 * `ModuleType(name, doc=None)`, and `__dict__`.
 *
 * Layout (src/objects/function.ts owns it): | dict | name |; the dict word is
 * declared as the instance dict, so generic attribute lookup finds the
 * module's globals.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { onLayouts } from '../objects/bootstrap-hooks.js';
import { defineGetter } from '../objects/descriptors-getset.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { MOD_DICT, MOD_NAME } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { defineMethod, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { allocInstance, setInstanceLayout } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots, getField, setField } from '../objects/typeobject.js';
import { isTrue, repr, typeNameOf } from '../vm/abstract.js';
import { genericGetAttr, genericSetAttr, getAttrOptional, raiseAttributeErrorWith } from '../vm/attributes.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { builtinModuleNames } from './import-registry.js';
import { sysLazyAttr } from './sys.js';
import { rootGet, ROOT_SYS } from '../objects/roots.js';
import { kwCountOf } from '../objects/list-args.js';
import { tupleGet } from '../objects/tuple.js';

const MODULE_WORDS = 2;

onLayouts(() => {
  setInstanceLayout(T.module, MODULE_WORDS, MOD_DICT);
});

export function moduleDict(m: Ref): Ref {
  return getField(m, MOD_DICT);
}

/** A module's __name__ from its dict (a JS string), or null when it is not a str. */
export function moduleNameOf(m: Ref): string | null {
  const d = getField(m, MOD_DICT);
  const n = d === NULL ? NULL : dictGetStr(d, intern('__name__'));
  if (n === NULL || (n & 1) !== 0 || !isSubtype(typeOf(n), T.str)) return null;
  return strValue(n);
}

/** Is the module being executed right now (its __spec__._initializing is true)? */
export function moduleIsInitializing(m: Value): boolean {
  if ((m & 1) !== 0 || !isSubtype(typeOf(m), T.module)) return false;
  const d = getField(m, MOD_DICT);
  const spec = dictGetStr(d, intern('__spec__'));
  if (spec === NULL || spec === S.None) return false;
  const mark = handleCount();
  try {
    pushHandle(spec);
    const v = getAttrOptional(spec, intern('_initializing'));
    return v !== NULL && isTrue(v);
  } finally {
    releaseHandles(mark);
  }
}

function moduleGetAttr(self: Value, name: Ref): Value {
  const v = genericGetAttr(self, name);
  if (v !== NULL) return v;
  const d = getField(self, MOD_DICT);
  if (self === rootGet(ROOT_SYS)) {
    const lazy = sysLazyAttr(strValue(name));
    if (lazy !== NULL) return lazy;
  }
  if (d !== NULL) {
    const hook = dictGetStr(d, intern('__getattr__'));
    if (hook !== NULL) return call1(hook, name);
  }
  const modName = d === NULL ? null : moduleNameOf(self);
  if (modName === null) {
    throw raiseAttributeErrorWith(`module has no attribute '${strValue(name)}'`, self, name);
  }
  if (moduleIsInitializing(self)) {
    throw raiseAttributeErrorWith(
      `partially initialized module '${modName}' has no attribute '${strValue(name)}' (most likely due to a circular import)`,
      self,
      name,
    );
  }
  throw raiseAttributeErrorWith(`module '${modName}' has no attribute '${strValue(name)}'`, self, name);
}

declareSlots('module', {
  getattr: moduleGetAttr,
  setattr: (self, name, value) => genericSetAttr(self, name, value),
  repr(self) {
    const d = getField(self, MOD_DICT);
    const nameV = d === NULL ? NULL : dictGetStr(d, intern('__name__'));
    const name = nameV === NULL ? '?' : strValue(repr(nameV)).slice(1, -1);
    const file = d === NULL ? NULL : dictGetStr(d, intern('__file__'));
    if (file !== NULL && (file & 1) === 0 && isSubtype(typeOf(file), T.str)) {
      return newStr(`<module '${name}' from '${strValue(file)}'>`);
    }
    if (builtinModuleNames().has(name)) return newStr(`<module '${name}' (built-in)>`);
    return newStr(`<module '${name}'>`);
  },
});

defineMethod(
  'module',
  '__new__',
  (_self, argv) => {
    const cls = getArg(argv, 0);
    const m = allocInstance(cls);
    setField(m, MOD_DICT, newDict());
    return m;
  },
  MDF_STATIC,
);

defineMethod('module', '__init__', (self, argv, argc, kwnames) => {
  const nkw = kwCountOf(kwnames);
  const npos = argc - nkw;
  let name: Value = NULL;
  let doc: Value = NULL;
  if (npos > 2) throw raise(E.TypeError, `module() takes at most 2 arguments (${npos} given)`);
  if (npos >= 1) name = getArg(argv, 0);
  if (npos >= 2) doc = getArg(argv, 1);
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const v = getArg(argv, npos + k);
    if (key === 'name' && npos < 1) name = v;
    else if (key === 'doc' && npos < 2) doc = v;
    else throw raise(E.TypeError, `'${key}' is an invalid keyword argument for module()`);
  }
  if (name === NULL) throw raise(E.TypeError, "module() missing required argument 'name' (pos 1)");
  if ((name & 1) !== 0 || !isSubtype(typeOf(name), T.str)) {
    throw raise(E.TypeError, `module.__init__() argument 'name' must be str, not ${typeNameOf(name)}`);
  }
  let d = getField(self, MOD_DICT);
  if (d === NULL) {
    d = newDict();
    setField(self, MOD_DICT, d);
  }
  setField(self, MOD_NAME, name);
  dictSet(d, intern('__name__'), name);
  dictSet(d, intern('__doc__'), doc === NULL ? S.None : doc);
  dictSet(d, intern('__package__'), S.None);
  dictSet(d, intern('__loader__'), S.None);
  dictSet(d, intern('__spec__'), S.None);
  return S.None;
});

defineGetter('module', '__dict__', (self) => {
  let d = getField(self, MOD_DICT);
  if (d === NULL) {
    d = newDict();
    setField(self, MOD_DICT, d);
  }
  return d;
});

function getArg(argv: number, k: number): Value {
  return i32[argv + k]!;
}
