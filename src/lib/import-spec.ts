/**
 * Module specs and loaders as importlib shows them: `__spec__` is a
 * `_frozen_importlib.ModuleSpec` (name, loader, origin, loader_state,
 * submodule_search_locations, cached, parent, has_location, _initializing)
 * and `__loader__` a `_frozen_importlib_external.SourceFileLoader` (name,
 * path). Both are classes made at run time, the first time a module is
 * loaded from a file, and kept in sys.modules under CPython's module names,
 * so every worker finds the same classes. Their state is ordinary instance
 * attributes.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { MOD_DICT, newModule } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { newMethodDescriptor, registerNative } from '../objects/native.js';
import { S, T } from '../objects/registry.js';
import { rootGet, ROOT_MODULES } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { repr, typeNameOf } from '../vm/abstract.js';
import { getAttrOptional, setAttr } from '../vm/attributes.js';
import { callArray, call0 } from '../vm/call.js';
import { fetchException, isPyError } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';

const SPEC_MODULE = '_frozen_importlib';
const LOADER_MODULE = '_frozen_importlib_external';

/** ModuleSpec.__repr__ (importlib's). */
const specReprId = registerNative('ModuleSpec.__repr__', (self) => {
  const mark = handleCount();
  try {
    pushHandle(self);
    const parts: string[] = [];
    const field = (name: string): Value => {
      const v = getAttrOptional(self, intern(name));
      return v === NULL ? S.None : v;
    };
    parts.push(`name=${strValue(repr(field('name')))}`);
    parts.push(`loader=${strValue(repr(field('loader')))}`);
    const origin = field('origin');
    if (origin !== S.None) parts.push(`origin=${strValue(repr(origin))}`);
    const locs = field('submodule_search_locations');
    if (locs !== S.None) parts.push(`submodule_search_locations=${strValue(repr(locs))}`);
    return newStr(`${typeNameOf(self)}(${parts.join(', ')})`);
  } finally {
    releaseHandles(mark);
  }
});

/** A class `name` in module `module`, made with type(name, (object,), {...}); NULL if classes cannot be made yet. */
function makeClass(module: string, name: string, methods: [string, number][]): Value {
  const mark = handleCount();
  try {
    const ns = newDict();
    pushHandle(ns);
    dictSet(ns, intern('__module__'), intern(module));
    let cls: Value;
    try {
      cls = callArray(T.type, [newStr(name), newTuple([T.object]), ns]);
    } catch (e) {
      if (!isPyError(e)) throw e;
      fetchException();
      return NULL;
    }
    const h = pushHandle(cls);
    for (const [mname, id] of methods) {
      setAttr(getHandle(h), intern(mname), newMethodDescriptor(getHandle(h), intern(mname), id, 0));
    }
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}

/** The holder module `name` in sys.modules, made on first use. */
function holderModule(name: string): Ref {
  const modules = rootGet(ROOT_MODULES);
  const m = dictGetStr(modules, intern(name));
  if (m !== NULL && (m & 1) === 0 && i32[m >> 2] === T.module) return m;
  const mod = newModule(name);
  dictSet(modules, intern(name), mod);
  return mod;
}

function classIn(module: string, name: string, methods: [string, number][]): Value {
  const mark = handleCount();
  try {
    const mod = holderModule(module);
    const h = pushHandle(mod);
    const existing = dictGetStr(getField(mod, MOD_DICT), intern(name));
    if (existing !== NULL) return existing;
    const cls = makeClass(module, name, methods);
    if (cls !== NULL) dictSet(getField(getHandle(h), MOD_DICT), intern(name), cls);
    return cls;
  } finally {
    releaseHandles(mark);
  }
}

function newInstance(cls: Value, attrs: [string, Value][]): Value {
  if (cls === NULL) return S.None;
  const mark = handleCount();
  try {
    for (const [, v] of attrs) pushHandle(v);
    const obj = call0(cls);
    const h = pushHandle(obj);
    for (const [k, v] of attrs) setAttr(getHandle(h), intern(k), v);
    return getHandle(h);
  } finally {
    releaseHandles(mark);
  }
}

/** A SourceFileLoader for the module `name` at `path` (None when classes cannot be made yet). */
export function newSourceLoader(name: string, path: string): Value {
  const cls = classIn(LOADER_MODULE, 'SourceFileLoader', []);
  return newInstance(cls, [
    ['name', newStr(name)],
    ['path', newStr(path)],
  ]);
}

export interface SpecFields {
  name: string;
  loader: Value;
  origin: string | null;
  /** A list (packages) or NULL. */
  locations: Value;
  cached: string | null;
  parent: string;
}

/** A ModuleSpec (None when classes cannot be made yet). */
export function newModuleSpec(f: SpecFields): Value {
  const cls = classIn(SPEC_MODULE, 'ModuleSpec', [['__repr__', specReprId]]);
  const str = (s: string | null): Value => (s === null ? S.None : newStr(s));
  return newInstance(cls, [
    ['name', newStr(f.name)],
    ['loader', f.loader],
    ['origin', str(f.origin)],
    ['loader_state', S.None],
    ['submodule_search_locations', f.locations === NULL ? S.None : f.locations],
    ['cached', str(f.cached)],
    ['parent', newStr(f.parent)],
    ['has_location', f.origin !== null ? S.True : S.False],
    ['_initializing', S.False],
  ]);
}

/** spec._initializing = flag (no-op for None). */
export function setSpecInitializing(spec: Value, flag: boolean): void {
  if (spec === S.None || spec === NULL) return;
  setAttr(spec, intern('_initializing'), flag ? S.True : S.False);
}
