/**
 * The import system (CPython's import.c + importlib._bootstrap, in
 * TypeScript): IMPORT_NAME, IMPORT_FROM and `import *` through the
 * interpreter's opHooks, `__import__`, packages and `__init__.py`, relative
 * imports, sys.modules, sys.path, namespace packages, built-in modules
 * (src/lib/import-registry.ts), and the `__pycache__` cache
 * (src/bytecode/cache.ts) with `-v` lines as CPython's.
 *
 * Module objects get CPython's attributes in CPython's order: __name__,
 * __doc__, __package__, __loader__, __spec__, __path__ (packages), __file__,
 * __cached__, then __builtins__ when the body runs. __spec__ is a
 * `_frozen_importlib.ModuleSpec` and __loader__ a
 * `_frozen_importlib_external.SourceFileLoader` (src/lib/import-spec.ts).
 *
 * All state is on the heap (sys.modules, sys.path, the module dicts and
 * specs); the JS side keeps only the -v switch of this worker.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cache from '../bytecode/cache.js';
import { type CodeObject, isCodeObject } from '../bytecode/code.js';
import { compileSource } from '../compiler/compile.js';
import { isPyCompileError } from '../compiler/errors.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictDel, dictGetStr, dictNextEntry, dictEntryIndex, dictSet, isDictLike, newDict } from '../objects/dict.js';
import { EXC_DICT } from '../objects/exceptions.js';
import { newModule, MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { loadCode } from '../objects/code.js';
import { listAppend, listGet, listLength, newList, isList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS, ROOT_MODULES, ROOT_SYS } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { tupleGet } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField, setField } from '../objects/typeobject.js';
import { getIter, isTrue, iterNext, repr, typeNameOf } from '../vm/abstract.js';
import { getAttrOptional, setAttr, getAttr } from '../vm/attributes.js';
import { newBuiltinException } from '../objects/exceptions.js';
import { exceptionMatches, fetchException, isPyError, PY_ERROR, raise, raiseObject, type PyError } from '../vm/errors.js';
import { runCode } from '../vm/interpreter.js';
import { opHooks } from '../vm/op-hooks.js';
import { writeStderr } from '../vm/stdio.js';
import { getCurrentException } from '../vm/thread-state.js';
import { getHandle, handleCount, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { builtinModuleInit } from './import-registry.js';
import { moduleIsInitializing } from './import-module-type.js';
import { newModuleSpec, newSourceLoader, setSpecInitializing } from './import-spec.js';
import { raiseSyntaxErrorFrom } from './builtins-syntaxerror.js';

// ---- configuration (per worker) -------------------------------------------------------------

/** -v level of this process (sys.flags.verbose). */
let verbose = 0;
export function setImportVerbose(level: number): void {
  verbose = level;
}

function verboseLine(line: string): void {
  writeStderr(`${line}\n`);
}

// ---- small helpers ----------------------------------------------------------------------------

function isStrValue(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str);
}

function sysModules(): Ref {
  return rootGet(ROOT_MODULES);
}

/** sys.<name> from the sys module's dict (NULL when missing). */
export function sysAttr(name: string): Value {
  const sys = rootGet(ROOT_SYS);
  if (sys === NULL) return NULL;
  return dictGetStr(getField(sys, MOD_DICT), intern(name));
}

/** sys.modules.get(name) (NULL when absent). */
function modulesGet(name: string): Value {
  return dictGetStr(sysModules(), intern(name));
}

/** ImportError-family exception with CPython's attributes (name, path). */
export function importError(type: Ref, msg: string, name: Value, path: Value = S.None): PyError {
  const exc = newBuiltinException(type, msg);
  const d = newDict();
  setField(exc, EXC_DICT, d);
  dictSet(d, intern('msg'), tupleGet(getField(exc, 1), 0));
  dictSet(d, intern('name'), name === NULL ? S.None : name);
  dictSet(d, intern('path'), path === NULL ? S.None : path);
  return raiseObject(exc);
}

function moduleNotFound(name: string): PyError {
  return importError(E.ModuleNotFoundError, `No module named '${name}'`, newStr(name));
}

// ---- name resolution --------------------------------------------------------------------------

/** The package a relative import in a module with `globals` is relative to (importlib's _calc___package__). */
function calcPackage(globals: Ref): string {
  const pkg = globals === NULL ? NULL : dictGetStr(globals, intern('__package__'));
  if (pkg !== NULL && pkg !== S.None) {
    if (!isStrValue(pkg)) throw raise(E.TypeError, 'package must be a string');
    return strValue(pkg);
  }
  const spec = globals === NULL ? NULL : dictGetStr(globals, intern('__spec__'));
  if (spec !== NULL && spec !== S.None) {
    const parent = getAttrOptional(spec, intern('parent'));
    if (parent !== NULL && isStrValue(parent)) return strValue(parent);
  }
  const name = globals === NULL ? NULL : dictGetStr(globals, intern('__name__'));
  if (name === NULL) throw raise(E.KeyError, "'__name__' not in globals");
  if (!isStrValue(name)) throw raise(E.TypeError, '__name__ must be a string');
  const n = strValue(name);
  if (dictGetStr(globals, intern('__path__')) !== NULL) return n;
  const dot = n.lastIndexOf('.');
  return dot < 0 ? '' : n.slice(0, dot);
}

/** The absolute name of `name` imported at `level` from a module with `globals`. */
function resolveName(name: string, globals: Ref, level: number): string {
  const pkg = calcPackage(globals);
  if (pkg === '') throw importError(E.ImportError, 'attempted relative import with no known parent package', S.None);
  const bits = pkg.split('.');
  if (bits.length < level) throw importError(E.ImportError, 'attempted relative import beyond top-level package', S.None);
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

// ---- finding and loading ----------------------------------------------------------------------

interface Found {
  /** The module's file (__init__.py for a package); null for a namespace package. */
  origin: string | null;
  /** Search locations of a package (its folder), null for a plain module. */
  locations: string[] | null;
}

// A missing path is the common answer (each folder of sys.path is asked for each module):
// throwIfNoEntry spares Node's making an Error with its stack for each.
function isDir(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Look `tail` up in the folders `paths` (importlib's PathFinder + FileFinder for .py files). */
function findOnPath(tail: string, paths: string[]): Found | null {
  const namespace: string[] = [];
  for (const entry of paths) {
    const dir = resolve(entry === '' ? process.cwd() : entry);
    const pkgDir = join(dir, tail);
    if (isDir(pkgDir)) {
      const init = join(pkgDir, '__init__.py');
      if (isFile(init)) return { origin: init, locations: [pkgDir] };
    }
    const file = join(dir, `${tail}.py`);
    if (isFile(file)) return { origin: file, locations: null };
    if (isDir(pkgDir)) namespace.push(pkgDir);
  }
  if (namespace.length > 0) return { origin: null, locations: namespace };
  return null;
}

/** The str entries of a list (sys.path, a package's __path__). */
function strList(v: Value): string[] {
  const out: string[] = [];
  if (v === NULL || (v & 1) !== 0) return out;
  if (isList(v)) {
    for (let i = 0, n = listLength(v); i < n; i++) {
      const e = listGet(v, i);
      if (isStrValue(e)) out.push(strValue(e));
    }
    return out;
  }
  // Any other iterable (a tuple, a namespace path object).
  const mark = handleCount();
  try {
    const it = getIter(v);
    pushHandle(it);
    for (;;) {
      const e = iterNext(it);
      if (e === NULL) break;
      if (isStrValue(e)) out.push(strValue(e));
    }
  } finally {
    releaseHandles(mark);
  }
  return out;
}

/** Run the built-in module's init or find it in sys.modules. NULL when `name` is not built in. */
function loadBuiltin(name: string): Value {
  const init = builtinModuleInit(name);
  if (init === undefined) return NULL;
  if (init === null) return modulesGet(name);
  const m = init();
  dictSet(sysModules(), intern(name), m);
  if (verbose > 0) verboseLine(`import '${name}' # <class '_frozen_importlib.BuiltinImporter'>`);
  return m;
}

/** The code of a source file, from its cache or compiled (SyntaxError raised as Python's). */
function moduleCode(path: string, name: string): Ref {
  const dwb = sysAttr('dont_write_bytecode');
  const dontWrite = dwb !== NULL && isTrue(dwb);
  let code;
  let text: string | undefined;
  try {
    code = cache.getCode(path, {
      dontWriteBytecode: dontWrite,
      ...(verbose > 0 ? { verbose: verboseLine } : {}),
      compile: (source, filename) => {
        text = source;
        return compileSource(source, filename, 'exec');
      },
      name,
    });
  } catch (e) {
    if (isPyCompileError(e)) throw raiseSyntaxErrorFrom(e, text);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw raiseOSErrorFromNode(e as NodeJS.ErrnoException, path);
    throw e;
  }
  if (code.co_filename !== path) code = withFilename(code, path);
  return loadCode(code);
}

/**
 * `code` with co_filename set to `filename` in it and every nested code
 * object (importlib's _fix_co_filename): a cache written when the source was
 * reached through another path (a moved or symlinked folder) must report the
 * path it is imported from now.
 */
function withFilename(code: CodeObject, filename: string): CodeObject {
  const consts = code.co_consts.map((c) => (isCodeObject(c) ? withFilename(c, filename) : c));
  return code.with({ co_consts: consts, co_filename: filename });
}

import { raiseOSErrorFromNode } from './io-errors.js';
import { CLAIMED, claimImport, importsUnderway, releaseImport, waitWhileImported, WAITED } from './import-lock.js';

/**
 * Make, register and run the module `name` found at `found`; returns
 * sys.modules[name] afterwards (importlib's _load_unlocked).
 */
function loadFound(name: string, found: Found): Value {
  const mark = handleCount();
  try {
    const isPkg = found.locations !== null;
    const dot = name.lastIndexOf('.');
    const parent = isPkg ? name : dot < 0 ? '' : name.slice(0, dot);
    const loader = found.origin === null ? S.None : newSourceLoader(name, found.origin);
    const hLoader = pushHandle(loader);
    const locations = isPkg ? newList(0) : NULL;
    const hLoc = pushHandle(locations);
    if (isPkg) for (const p of found.locations!) listAppend(getHandle(hLoc), newStr(p));
    const cached = found.origin === null ? null : cache.cachePathFor(found.origin);
    const spec = newModuleSpec({
      name,
      loader: getHandle(hLoader),
      origin: found.origin,
      locations: getHandle(hLoc),
      cached,
      parent,
    });
    const hSpec = pushHandle(spec);
    const module = newModule(name);
    const hMod = pushHandle(module);
    const d = getField(module, MOD_DICT);
    dictSet(d, intern('__doc__'), S.None);
    dictSet(d, intern('__package__'), newStr(parent));
    dictSet(d, intern('__loader__'), getHandle(hLoader));
    dictSet(d, intern('__spec__'), getHandle(hSpec));
    if (isPkg) dictSet(d, intern('__path__'), getHandle(hLoc));
    if (found.origin !== null) {
      dictSet(d, intern('__file__'), newStr(found.origin));
      dictSet(d, intern('__cached__'), newStr(cached!));
    }
    const key = intern(name);
    setSpecInitializing(getHandle(hSpec), true);
    dictSet(sysModules(), key, module);
    try {
      if (found.origin !== null) {
        const code = moduleCode(found.origin, name);
        const builtins = rootGet(ROOT_BUILTINS);
        dictSet(d, intern('__builtins__'), builtins);
        runCode(code, d, d, builtins);
      } else if (verbose > 0) {
        verboseLine(`# namespace module loaded with path ${strValue(repr(getHandle(hLoc)))}`);
      }
    } catch (e) {
      if (isPyError(e)) dictDel(sysModules(), key);
      throw e;
    } finally {
      setSpecInitializing(getHandle(hSpec), false);
    }
    const result = dictGetStr(sysModules(), key);
    if (result === NULL) {
      throw raise(E.ImportError, `Loaded module ${name} not found in sys.modules`);
    }
    if (verbose > 0 && found.origin !== null) {
      verboseLine(`import '${name}' # ${strValue(repr(getHandle(hLoader)))}`);
    }
    setHandle(hMod, result);
    return result;
  } finally {
    releaseHandles(mark);
  }
}

/** importlib's _find_and_load: import `name` (absolute) and its parents. */
function findAndLoad(name: string): Value {
  const dot = name.lastIndexOf('.');
  let searchPath: string[];
  const mark = handleCount();
  try {
    let parentModule: Value = NULL;
    if (dot >= 0) {
      const parent = name.slice(0, dot);
      if (modulesGet(parent) === NULL) importAbsolute(parent);
      const already = modulesGet(name);
      if (already !== NULL) return already;
      parentModule = modulesGet(parent);
      pushHandle(parentModule);
      const path = parentModule === NULL ? NULL : getAttrOptional(parentModule, intern('__path__'));
      if (path === NULL) {
        throw importError(
          E.ModuleNotFoundError,
          `No module named '${name}'; '${parent}' is not a package`,
          newStr(name),
        );
      }
      pushHandle(path);
      searchPath = strList(path);
    } else {
      const builtin = loadBuiltin(name);
      if (builtin !== NULL) return builtin;
      const sysPath = sysAttr('path');
      searchPath = strList(sysPath);
    }
    const found = findOnPath(dot >= 0 ? name.slice(dot + 1) : name, searchPath);
    if (found === null) throw moduleNotFound(name);
    const module = loadFound(name, found);
    if (dot >= 0) {
      const h = pushHandle(module);
      const parentNow = modulesGet(name.slice(0, dot));
      if (parentNow !== NULL) {
        try {
          setAttr(parentNow, intern(name.slice(dot + 1)), getHandle(h));
        } catch (e) {
          if (!(isPyError(e) && exceptionMatches(E.AttributeError))) throw e;
          fetchException();
        }
      }
      return getHandle(h);
    }
    return module;
  } finally {
    releaseHandles(mark);
  }
}

/** The module for an absolute name, imported if needed (importlib's _gcd_import without the checks). */
export function importAbsolute(name: string): Value {
  for (;;) {
    const m = modulesGet(name);
    if (m === S.None) {
      throw importError(E.ModuleNotFoundError, `import of ${name} halted; None in sys.modules`, newStr(name));
    }
    if (m !== NULL) {
      // Another thread may still be running its body (importlib's _lock_unlock_module).
      if (importsUnderway() && waitWhileImported(intern(name))) continue;
      return m;
    }
    // One thread runs the body; the others wait for it, then find the module (_ModuleLockManager).
    const key = intern(name);
    const claim = claimImport(key);
    if (claim === WAITED) continue;
    try {
      return findAndLoad(name);
    } finally {
      if (claim === CLAIMED) releaseImport(key);
    }
  }
}

// ---- the entry points -------------------------------------------------------------------------

/** __import__(name, globals, locals, fromlist, level) and IMPORT_NAME. */
export function importModuleLevel(nameRef: Value, globals: Ref, fromlist: Value, level: number): Value {
  if (!isStrValue(nameRef)) throw raise(E.TypeError, 'module name must be str, not ' + typeNameOf(nameRef));
  if (level < 0) throw raise(E.ValueError, 'level must be >= 0');
  const name = strValue(nameRef);
  let abs: string;
  if (level > 0) abs = resolveName(name, globals, level);
  else {
    if (name === '') throw raise(E.ValueError, 'Empty module name');
    abs = name;
  }
  const mark = handleCount();
  try {
    const module = importAbsolute(abs);
    const hMod = pushHandle(module);
    pushHandle(fromlist);
    const hasFromlist = fromlist !== NULL && fromlist !== S.None && isTrue(fromlist);
    if (!hasFromlist) {
      if (level === 0 || name !== '') {
        const dot = name.indexOf('.');
        if (dot < 0) return getHandle(hMod);
        if (level === 0) {
          const front = name.slice(0, dot);
          const m = modulesGet(front);
          if (m === NULL) throw raise(E.KeyError, `'${front}' not in sys.modules as expected`);
          return m;
        }
        // Relative `import` with dots cannot happen in Python syntax; mirror importlib anyway.
        const cut = name.length - dot;
        const modName = abs.slice(0, abs.length - cut);
        const m = modulesGet(modName);
        if (m === NULL) throw raise(E.KeyError, `'${modName}' not in sys.modules as expected`);
        return m;
      }
      return getHandle(hMod);
    }
    if (getAttrOptional(getHandle(hMod), intern('__path__')) !== NULL) {
      handleFromlist(getHandle(hMod), fromlist, false);
    }
    return getHandle(hMod);
  } finally {
    releaseHandles(mark);
  }
}

/** importlib's _handle_fromlist: import the submodules named in the fromlist of a package. */
function handleFromlist(module: Value, fromlist: Value, recursive: boolean): void {
  const mark = handleCount();
  try {
    const hMod = pushHandle(module);
    const it = getIter(fromlist);
    const hIt = pushHandle(it);
    for (;;) {
      const x = iterNext(getHandle(hIt));
      if (x === NULL) break;
      const hx = pushHandle(x);
      if (!isStrValue(x)) {
        if (recursive) {
          const modName = getAttrOptional(getHandle(hMod), intern('__name__'));
          const where = modName !== NULL && isStrValue(modName) ? strValue(modName) + '.__all__' : '``from list``';
          throw raise(E.TypeError, `Item in ${where} must be str, not ${typeNameOf(x)}`);
        }
        throw raise(E.TypeError, `Item in \`\`from list'' must be str, not ${typeNameOf(x)}`);
      }
      const xs = strValue(getHandle(hx));
      if (xs === '*') {
        if (!recursive) {
          const all = getAttrOptional(getHandle(hMod), intern('__all__'));
          if (all !== NULL) {
            pushHandle(all);
            handleFromlist(getHandle(hMod), all, true);
          }
        }
        continue;
      }
      if (getAttrOptional(getHandle(hMod), getHandle(hx)) !== NULL) continue;
      const modName = getAttr(getHandle(hMod), intern('__name__'));
      const fromName = `${strValue(modName)}.${xs}`;
      try {
        importAbsolute(fromName);
      } catch (e) {
        if (!isPyError(e) || !exceptionMatches(E.ModuleNotFoundError)) throw e;
        const exc = getCurrentException();
        const excName = getAttrOptional(exc, intern('name'));
        if (excName !== NULL && isStrValue(excName) && strValue(excName) === fromName && modulesGet(fromName) !== S.None) {
          fetchException();
          continue;
        }
        throw e;
      }
    }
  } finally {
    releaseHandles(mark);
  }
}

/** IMPORT_FROM: `from module import name` (ceval.c's import_from, CPython's messages). */
export function importFrom(module: Value, name: Ref): Value {
  const v = getAttrOptional(module, name);
  if (v !== NULL) return v;
  const mark = handleCount();
  try {
    pushHandle(module);
    const pkgname = getAttrOptional(module, intern('__name__'));
    const hPkg = pushHandle(pkgname);
    if (pkgname !== NULL && isStrValue(pkgname)) {
      const sub = modulesGet(`${strValue(pkgname)}.${strValue(name)}`);
      if (sub !== NULL) return sub;
    }
    const pkgRepr = pkgname !== NULL && isStrValue(pkgname) ? strValue(repr(getHandle(hPkg))) : "'<unknown module name>'";
    const nameRepr = strValue(repr(name));
    const path = getAttrOptional(module, intern('__file__'));
    const hPath = pushHandle(path);
    const pkgValue = pkgname !== NULL && isStrValue(pkgname) ? getHandle(hPkg) : S.None;
    if (path === NULL || !isStrValue(path)) {
      throw importFromError(`cannot import name ${nameRepr} from ${pkgRepr} (unknown location)`, pkgValue, S.None, name);
    }
    const fmt = moduleIsInitializing(module)
      ? `cannot import name ${nameRepr} from partially initialized module ${pkgRepr} (most likely due to a circular import) (${strValue(getHandle(hPath))})`
      : `cannot import name ${nameRepr} from ${pkgRepr} (${strValue(getHandle(hPath))})`;
    throw importFromError(fmt, pkgValue, getHandle(hPath), name);
  } finally {
    releaseHandles(mark);
  }
}

function importFromError(msg: string, name: Value, path: Value, nameFrom: Ref): PyError {
  const err = importError(E.ImportError, msg, name, path);
  dictSet(getField(getCurrentException(), EXC_DICT), intern('name_from'), nameFrom);
  return err;
}

/** `from module import *` into `locals` (ceval.c's import_all_from). */
export function importStar(module: Value, locals: Ref): void {
  if (locals === NULL) throw raise(E.SystemError, 'no locals found during \'import *\'');
  const mark = handleCount();
  try {
    pushHandle(module);
    let all = getAttrOptional(module, intern('__all__'));
    let skipLeadingUnderscores = false;
    if (all === NULL) {
      const dict = getAttrOptional(module, intern('__dict__'));
      if (dict === NULL) {
        throw raise(E.ImportError, 'from-import-* object has no __dict__ and no __all__');
      }
      pushHandle(dict);
      // The keys, snapshotted into a list: running the loop may change the dict.
      const keys = newList(0);
      pushHandle(keys);
      if (isDictLike(dict)) {
        for (let k = dictNextEntry(dict, 0); k >= 0; k = dictNextEntry(dict, k + 1)) listAppend(keys, i32[dictEntryIndex(dict, k) + 1]!);
      }
      all = keys;
      skipLeadingUnderscores = true;
    }
    const hAll = pushHandle(all);
    const it = getIter(getHandle(hAll));
    const hIt = pushHandle(it);
    for (;;) {
      const name = iterNext(getHandle(hIt));
      if (name === NULL) break;
      const hName = pushHandle(name);
      if (!isStrValue(name)) {
        const modName = getAttrOptional(module, intern('__name__'));
        if (skipLeadingUnderscores) {
          throw raise(E.TypeError, `Key in ${modName !== NULL && isStrValue(modName) ? strValue(modName) : '?'}.__dict__ must be str, not ${typeNameOf(name)}`);
        }
        throw raise(E.TypeError, `Item in ${modName !== NULL && isStrValue(modName) ? strValue(modName) : '?'}.__all__ must be str, not ${typeNameOf(name)}`);
      }
      if (skipLeadingUnderscores && strValue(name).startsWith('_')) continue;
      const value = getAttr(module, getHandle(hName));
      const hv = pushHandle(value);
      if (i32[locals >> 2] === T.dict) dictSet(locals, getHandle(hName), getHandle(hv));
      else setItemGeneric(locals, getHandle(hName), getHandle(hv));
    }
  } finally {
    releaseHandles(mark);
  }
}

import { setItem as setItemGeneric } from '../vm/abstract.js';

/** IMPORT_NAME's hook: level and fromlist from the stack. */
function importNameHook(name: Ref, globals: Ref, fromlist: Value, level: Value): Value {
  // A replaced builtins.__import__ is honoured, as CPython's import_name does.
  const builtins = rootGet(ROOT_BUILTINS);
  const imp = dictGetStr(builtins, intern('__import__'));
  if (imp !== NULL && imp !== originalImport()) {
    return callImportOverride(imp, name, globals, fromlist, level);
  }
  return importModuleLevel(name, globals, fromlist, (level & 1) !== 0 ? level >> 1 : 0);
}

import { callArray } from '../vm/call.js';
import { fromSmallInt } from '../heap/layout.js';
function callImportOverride(imp: Value, name: Ref, globals: Ref, fromlist: Value, level: Value): Value {
  return callArray(imp, [name, globals === NULL ? S.None : globals, S.None, fromlist, (level & 1) !== 0 ? level : fromSmallInt(0)]);
}

/** builtins.__import__ as installed at start-up (set by builtins-import.ts). */
let originalImportRef: () => Value = () => NULL;
export function setOriginalImport(get: () => Value): void {
  originalImportRef = get;
}
function originalImport(): Value {
  return originalImportRef();
}

opHooks.importName = importNameHook;
opHooks.importFrom = importFrom;
opHooks.importStar = importStar;

export { PY_ERROR, isDictLike };
