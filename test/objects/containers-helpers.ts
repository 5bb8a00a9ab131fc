/**
 * Helpers for the container unit tests: build values from JS, call a type's
 * native methods and slots as the interpreter would, and read results and
 * Python exceptions back as text.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../../src/heap/layout.js';
import { methodDecls, natives } from '../../src/objects/native.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../../src/objects/tuple.js';
import { listFromWords } from '../../src/objects/list.js';
import { EXC_ARGS } from '../../src/objects/exceptions.js';
import { getField } from '../../src/objects/typeobject.js';
import { repr, typeNameOf } from '../../src/vm/abstract.js';
import { fetchException, isPyError } from '../../src/vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { intFromBigInt } from '../../src/objects/int.js';

export type Py = number | bigint | string | Py[] | { tuple: Py[] } | { value: Value };

/** A Python value for a JS description (numbers: ints; arrays: lists). */
export function py(x: Py): Value {
  if (typeof x === 'number') return fromSmallInt(x);
  if (typeof x === 'bigint') return intFromBigInt(x);
  if (typeof x === 'string') return newStr(x);
  if (Array.isArray(x)) return withHandles(x.map(py), (base, n) => listFromWords(base, n));
  if ('tuple' in x) return withHandles(x.tuple.map(py), (base, n) => newTuple(Array.from({ length: n }, (_, k) => i32[base + k]!)));
  return x.value;
}

function withHandles<R>(values: Value[], f: (base: number, n: number) => R): R {
  const mark = handleCount();
  try {
    const first = handleCount();
    for (const v of values) pushHandle(v);
    return f(handleWord(first), values.length);
  } finally {
    releaseHandles(mark);
  }
}

/** repr(v) as a JS string. */
export function r(v: Value): string {
  return strValue(repr(v));
}

/** Call the native method `owner.name` with self and positional (then keyword) arguments. */
export function callMethod(owner: string, name: string, self: Value, args: Value[] = [], kw: Record<string, Value> = {}): Value {
  const decl = methodDecls.find((d) => d.owner === owner && d.name === name);
  if (decl === undefined) throw new Error(`no method ${owner}.${name}`);
  const names = Object.keys(kw);
  const all = [...args, ...names.map((k) => kw[k]!)];
  const mark = handleCount();
  try {
    pushHandle(self);
    const kwnames = names.length === 0 ? NULL : newTuple(names.map((k) => newStr(k)));
    pushHandle(kwnames);
    const first = handleCount();
    for (const v of all) pushHandle(v);
    return natives[decl.id]!(self, handleWord(first), all.length, kwnames);
  } finally {
    releaseHandles(mark);
  }
}

/** Run f; if it raises a Python exception, return "Type: message", else the repr of its result. */
export function run(f: () => Value | void): string {
  try {
    const v = f();
    return v === undefined ? 'None' : r(v as Value);
  } catch (e) {
    if (!isPyError(e)) throw e;
    return excText(fetchException());
  }
}

export function excText(exc: Ref): string {
  const args = getField(exc, EXC_ARGS);
  const n = tupleLength(args);
  let msg = '';
  if (n === 1) {
    const a = tupleGet(args, 0);
    msg = typeNameOf(a) === 'str' && typeNameOf(exc) !== 'KeyError' ? strValue(a) : r(a);
  } else if (n > 1) msg = r(args);
  return `${typeNameOf(exc)}: ${msg}`;
}

// ---- until the int and str types land: minimal slots for the tests, only where missing -------------
import { declareSlots, slotsOf } from '../../src/objects/typeobject.js';
import { T, S } from '../../src/objects/registry.js';
import { intValue } from '../../src/objects/int.js';
import { strHash, strLength } from '../../src/objects/str.js';

/** Has this type no repr of its own (none, or object's)? */
function inherited(t: number): boolean {
  const f = slotsOf(t).repr;
  return f === undefined || f === slotsOf(T.object).repr;
}

/** Install int/str repr, hash and comparison if their owners have not (call after startRuntime). */
export function ensureBasicSlots(): void {
  const cmp = (a: bigint | string, b: bigint | string, op: number): boolean =>
    [a < b, a <= b, a === b, a !== b, a > b, a >= b][op]!;
  if (inherited(T.int)) {
    declareSlots('int', {
      repr: (v) => newStr(String(intValue(v))),
      richcompare: (a, b, op) => {
        const ta = typeNameOf(a);
        const tb = typeNameOf(b);
        if ((ta !== 'int' && ta !== 'bool') || (tb !== 'int' && tb !== 'bool')) return S.NotImplemented;
        return cmp(intValue(a), intValue(b), op) ? S.True : S.False;
      },
      hash: (v) => Number(intValue(v)),
    });
  }
  if (inherited(T.bool)) declareSlots('bool', { repr: (v) => newStr(v === S.True ? 'True' : 'False') });
  if (inherited(T.str)) {
    declareSlots('str', {
      repr: (v) => newStr(`'${strValue(v)}'`),
      hash: (v) => strHash(v),
      len: (v) => strLength(v),
      richcompare: (a, b, op) => {
        if (typeNameOf(a) !== 'str' || typeNameOf(b) !== 'str') return S.NotImplemented;
        return cmp(strValue(a), strValue(b), op) ? S.True : S.False;
      },
    });
  }
  if (inherited(T.NoneType)) declareSlots('NoneType', { repr: () => newStr('None') });
}
