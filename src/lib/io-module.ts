/**
 * The `_io` built-in module: open, the file types, StringIO and BytesIO, the
 * SEEK_* constants, DEFAULT_BUFFER_SIZE and io.UnsupportedOperation (a
 * subclass of OSError and ValueError, made with type() the first time it is
 * needed and kept in the `_io` module, so every worker raises the same
 * class). `io` is Python (stdlib/io.py): it adds the abstract classes.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { E, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS, ROOT_MODULES } from '../objects/roots.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { callArray } from '../vm/call.js';
import { fetchException, isPyError } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { newBuiltinModule, registerBuiltinModule } from './import-registry.js';
import { FILE_TYPES, setUnsupportedOperationClass } from './io-file.js';
import { makeStringIOClass, setStringIOClassLookup, setStringIOUnsupported } from './io-stringio.js';
import { makeBytesIOClass, setBytesIOUnsupported } from './io-bytesio.js';

/** sys.modules['_io'], made on first use. */
function ioModule(): Ref {
  const modules = rootGet(ROOT_MODULES);
  const existing = dictGetStr(modules, intern('_io'));
  if (existing !== NULL && (existing & 1) === 0 && getTypeOf(existing) === T.module) return existing;
  const m = newBuiltinModule('_io', "The io module's implementation.");
  const mark = handleCount();
  try {
    pushHandle(m);
    const d = getField(m, MOD_DICT);
    fill(d);
    dictSet(modules, intern('_io'), m);
    return m;
  } finally {
    releaseHandles(mark);
  }
}

function getTypeOf(v: Value): Ref {
  return i32[v >> 2]!;
}

function fill(d: Ref): void {
  dictSet(d, intern('open'), dictGetStr(rootGet(ROOT_BUILTINS), intern('open')));
  for (const name of FILE_TYPES) dictSet(d, intern(name.slice('_io.'.length)), T[name]);
  dictSet(d, intern('DEFAULT_BUFFER_SIZE'), fromSmallInt(8192));
  dictSet(d, intern('SEEK_SET'), fromSmallInt(0));
  dictSet(d, intern('SEEK_CUR'), fromSmallInt(1));
  dictSet(d, intern('SEEK_END'), fromSmallInt(2));
  const ns = newDict();
  dictSet(ns, intern('__module__'), intern('io'));
  let cls: Value = E.OSError;
  try {
    cls = callArray(T.type, [newStr('UnsupportedOperation'), newTuple([E.OSError, E.ValueError]), ns]);
  } catch (e) {
    if (!isPyError(e)) throw e;
    fetchException();
  }
  dictSet(d, intern('UnsupportedOperation'), cls);
  dictSet(d, intern('StringIO'), makeStringIOClass());
  dictSet(d, intern('BytesIO'), makeBytesIOClass());
}

function unsupportedOperationClass(): Ref {
  const v = dictGetStr(getField(ioModule(), MOD_DICT), intern('UnsupportedOperation'));
  return v === NULL ? E.OSError : v;
}
setUnsupportedOperationClass(unsupportedOperationClass);
setStringIOUnsupported(unsupportedOperationClass);
setStringIOClassLookup(() => dictGetStr(getField(ioModule(), MOD_DICT), intern('StringIO')));
setBytesIOUnsupported(unsupportedOperationClass);

registerBuiltinModule('_io', ioModule);
