/**
 * Reading a type's identity for messages and reprs: its name, qualified
 * name, module, and how CPython prints an object's address.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr } from './dict.js';
import { intern } from './intern.js';
import { T } from './registry.js';
import { strValue } from './str.js';
import { TP_NAME, TP_QUALNAME, TPF_HEAPTYPE, getField, typeDict, typeFlags } from './typeobject.js';

export function typeNameJs(type: Ref): string {
  return strValue(getField(type, TP_NAME));
}
export function typeQualnameJs(type: Ref): string {
  return strValue(getField(type, TP_QUALNAME));
}

/** Built-in types that CPython names with a module (a dotted tp_name, `types.GenericAlias`). */
const BUILTIN_TYPE_MODULES: ReadonlyMap<string, string> = new Map([['GenericAlias', 'types']]);

/** __module__ of a type as a JS string ('builtins' for built-in types), or null if not a str. */
export function typeModuleJs(type: Ref): string | null {
  if ((typeFlags(type) & TPF_HEAPTYPE) === 0) {
    // A dotted name ('itertools.count', CPython's tp_name) carries the module.
    const name = typeNameJs(type);
    const dot = name.lastIndexOf('.');
    if (dot >= 0) return name.slice(0, dot);
    return BUILTIN_TYPE_MODULES.get(name) ?? 'builtins';
  }
  const m = dictGetStr(typeDict(type), intern('__module__'));
  if (m === NULL || (m & 1) !== 0 || i32[m >> 2] !== T.str) return null;
  return strValue(m);
}

/** 'module.Qualname', or just the qualname for builtins (as in `<class 'int'>` and object reprs). */
export function typeFullName(type: Ref): string {
  const mod = typeModuleJs(type);
  const q = typeQualnameJs(type);
  return mod === null || mod === 'builtins' ? q : `${mod}.${q}`;
}

/** An object's address as CPython prints it in default reprs. */
export function addressHex(v: Value): string {
  return '0x' + (v >>> 0).toString(16).padStart(12, '0');
}
