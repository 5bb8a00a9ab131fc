/**
 * Python functions, cells and modules.
 *
 *     function body (values):
 *     | code | globals | builtins | name | qualname | defaults | kwdefaults | closure |
 *     | doc | dict | annotations | module |
 *
 *   defaults     tuple or NULL;  kwdefaults  dict or NULL;  closure  tuple of cells or NULL
 *
 *     cell body:    | contents |              (NULL: empty)
 *     module body:  | dict | name |
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr, newDict, dictSet } from './dict.js';
import { intern } from './intern.js';
import { S, T } from './registry.js';
import { getField, setField } from './typeobject.js';
import { CO_CONSTS, CO_NAME, CO_QUALNAME } from './code.js';
import { tupleGet, tupleLength } from './tuple.js';

export const FN_CODE = 0;
export const FN_GLOBALS = 1;
export const FN_BUILTINS = 2;
export const FN_NAME = 3;
export const FN_QUALNAME = 4;
export const FN_DEFAULTS = 5;
export const FN_KWDEFAULTS = 6;
export const FN_CLOSURE = 7;
export const FN_DOC = 8;
export const FN_DICT = 9;
export const FN_ANNOTATIONS = 10;
export const FN_MODULE = 11;
/** __type_params__ (PEP 695), NULL for (): only generic functions set it. */
export const FN_TYPE_PARAMS = 12;
export const FN_WORDS = 13;

/** A function for `code` in `globals` (MAKE_FUNCTION; the extras are set by the caller). */
export function newFunction(code: Ref, globals: Ref, builtins: Ref): Ref {
  const f = allocate(T.function, HEADER_BYTES + FN_WORDS * 4, false);
  setField(f, FN_CODE, code);
  setField(f, FN_GLOBALS, globals);
  setField(f, FN_BUILTINS, builtins);
  setField(f, FN_NAME, getField(code, CO_NAME));
  setField(f, FN_QUALNAME, getField(code, CO_QUALNAME));
  const consts = getField(code, CO_CONSTS);
  // CPython: the docstring is co_consts[0] when it is a str (the compiler puts it there).
  const doc = tupleLength(consts) > 0 ? tupleGet(consts, 0) : S.None;
  setField(f, FN_DOC, (doc & 1) === 0 && doc !== 0 && i32Type(doc) === T.str ? doc : S.None);
  const mod = dictGetStr(globals, intern('__name__'));
  setField(f, FN_MODULE, mod === NULL ? S.None : mod);
  return f;
}

function i32Type(v: Value): Ref {
  return i32[v >> 2]!;
}

export const CELL_CONTENTS = 0;
export function newCell(contents: Value): Ref {
  const c = allocate(T.cell, HEADER_BYTES + 8, false);
  setField(c, CELL_CONTENTS, contents);
  return c;
}

export const MOD_DICT = 0;
export const MOD_NAME = 1;
export function newModule(name: string, dict: Ref = NULL): Ref {
  const m = allocate(T.module, HEADER_BYTES + 8, false);
  const d = dict === NULL ? newDict() : dict;
  setField(m, MOD_DICT, d);
  const n = intern(name);
  setField(m, MOD_NAME, n);
  dictSet(d, intern('__name__'), n);
  return m;
}
