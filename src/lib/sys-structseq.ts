/**
 * Struct sequences (sys.version_info, sys.flags, sys.float_info,
 * sys.int_info, sys.hash_info, sys.thread_info) and the SimpleNamespace of
 * sys.implementation. They are classes made at run time with type(): a
 * struct sequence is a tuple subclass with one read-only property per field
 * and CPython's repr (`sys.version_info(major=3, minor=12, ...)`).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictSet, newDict, dictEntryIndex, dictNextEntry } from '../objects/dict.js';
import { intern } from '../objects/intern.js';
import { newBuiltinFunction, newMethodDescriptor, registerNative } from '../objects/native.js';
import { S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { fromSmallInt } from '../heap/layout.js';
import { getItem, length, repr } from '../vm/abstract.js';
import { getAttrOptional, setAttr } from '../vm/attributes.js';
import { call0, callArray } from '../vm/call.js';
import { fetchException, isPyError } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { existingInstanceDict } from '../objects/type-layout.js';

/** Field getters: item k of the tuple (one native per position). */
const MAX_FIELDS = 24;
const getterIds: number[] = [];
for (let k = 0; k < MAX_FIELDS; k++) {
  getterIds.push(registerNative(`structseq.field${k}`, (_self, argv) => getItem(i32[argv]!, fromSmallInt(k))));
}

/** repr: `<module>.<name>(field=value, ...)` from the class's __match_args__ (its field names, as CPython's). */
const structReprId = registerNative('structseq.__repr__', (self) => {
  const mark = handleCount();
  try {
    pushHandle(self);
    const fields = getAttrOptional(self, intern('__match_args__'));
    const hf = pushHandle(fields);
    const cls = i32[self >> 2]!;
    const mod = getAttrOptional(cls, intern('__module__'));
    const name = getAttrOptional(cls, intern('__name__'));
    // CPython's tp_name: 'sys.flags', or the bare name of a type whose module is builtins (asyncgen_hooks).
    const prefix = mod !== NULL && name !== NULL ? (strValue(mod) === 'builtins' ? strValue(name) : `${strValue(mod)}.${strValue(name)}`) : 'structseq';
    const parts: string[] = [];
    const n = length(getHandle(hf));
    for (let k = 0; k < n; k++) {
      const fname = getItem(getHandle(hf), fromSmallInt(k));
      const v = getItem(self, fromSmallInt(k));
      parts.push(`${strValue(fname)}=${strValue(repr(v))}`);
    }
    return newStr(`${prefix}(${parts.join(', ')})`);
  } finally {
    releaseHandles(mark);
  }
});

/** A struct sequence instance of a new class `module.name` with these fields; a plain tuple if classes cannot be made. */
export function makeStructSeq(module: string, name: string, fields: readonly string[], values: readonly Value[]): Value {
  const mark = handleCount();
  try {
    for (const v of values) pushHandle(v);
    const ns = newDict();
    pushHandle(ns);
    dictSet(ns, intern('__module__'), intern(module));
    dictSet(ns, intern('__slots__'), newTuple([]));
    dictSet(ns, intern('__match_args__'), newTuple(fields.map((f) => intern(f))));
    dictSet(ns, intern('n_fields'), fromSmallInt(fields.length));
    dictSet(ns, intern('n_sequence_fields'), fromSmallInt(fields.length));
    dictSet(ns, intern('n_unnamed_fields'), fromSmallInt(0));
    fields.forEach((f, k) => {
      const getter = newBuiltinFunction(intern(f), getterIds[k]!, NULL, NULL);
      dictSet(ns, intern(f), callArray(T.property, [getter]));
    });
    let cls: Value;
    try {
      cls = callArray(T.type, [newStr(name), newTuple([T.tuple]), ns]);
    } catch (e) {
      if (!isPyError(e)) throw e;
      fetchException();
      return newTuple(values);
    }
    const h = pushHandle(cls);
    setAttr(getHandle(h), intern('__repr__'), newMethodDescriptor(getHandle(h), intern('__repr__'), structReprId, 0));
    return callArray(getHandle(h), [newTuple(values)]);
  } finally {
    releaseHandles(mark);
  }
}

/** namespace repr: `namespace(a=1, b=2)` from the instance dict. */
const nsReprId = registerNative('SimpleNamespace.__repr__', (self) => {
  const mark = handleCount();
  try {
    pushHandle(self);
    const d = existingInstanceDict(self);
    const parts: string[] = [];
    if (d !== NULL) {
      pushHandle(d);
      for (let k = dictNextEntry(d, 0); k >= 0; k = dictNextEntry(d, k + 1)) {
        const e = dictEntryIndex(d, k);
        parts.push(`${strValue(i32[e + 1]!)}=${strValue(repr(i32[e + 2]!))}`);
      }
    }
    return newStr(`namespace(${parts.join(', ')})`);
  } finally {
    releaseHandles(mark);
  }
});

/** A types.SimpleNamespace-like object with these attributes, in order. */
export function makeNamespace(attrs: [string, Value][]): Value {
  const mark = handleCount();
  try {
    for (const [, v] of attrs) pushHandle(v);
    const ns = newDict();
    pushHandle(ns);
    dictSet(ns, intern('__module__'), intern('types'));
    let cls: Value;
    try {
      cls = callArray(T.type, [newStr('SimpleNamespace'), newTuple([T.object]), ns]);
    } catch (e) {
      if (!isPyError(e)) throw e;
      fetchException();
      return S.None;
    }
    const h = pushHandle(cls);
    setAttr(getHandle(h), intern('__repr__'), newMethodDescriptor(getHandle(h), intern('__repr__'), nsReprId, 0));
    const obj = call0(getHandle(h));
    const ho = pushHandle(obj);
    for (const [k, v] of attrs) setAttr(getHandle(ho), intern(k), v);
    return getHandle(ho);
  } finally {
    releaseHandles(mark);
  }
}

export { getField, type Ref };
