/** Calling str/bytes natives from unit tests: arguments go through handles, results come back as JS. */
import { NULL, fromSmallInt, type Ref, type Value } from '../../src/heap/layout.js';
import { natives, MD_NATIVE } from '../../src/objects/native.js';
import { E, S } from '../../src/objects/registry.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { newTuple } from '../../src/objects/tuple.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { getField, TP_NAME } from '../../src/objects/typeobject.js';
import { isPyError, fetchException } from '../../src/vm/errors.js';
import { lookupTypeString } from '../../src/vm/attributes.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { str } from '../../src/vm/abstract.js';

/** Call method `name` of `self` (looked up on its type) with positional args and keyword args. */
export function callMethod(self: Value, name: string, args: Value[] = [], kw: Record<string, Value> = {}): Value {
  const descr = lookupTypeString(typeOf(self), name);
  if (descr === NULL) throw new Error(`no method ${name}`);
  const id = i32[(descr >> 2) + 4 + MD_NATIVE]! >> 1;
  const mark = handleCount();
  try {
    const first = handleCount();
    for (const a of args) pushHandle(a);
    const names = Object.keys(kw);
    for (const k of names) pushHandle(kw[k]!);
    const kwnames = names.length === 0 ? NULL : newTuple(names.map((k) => newStr(k)));
    return natives[id]!(self, handleWord(first), args.length + names.length, kwnames);
  } finally {
    releaseHandles(mark);
  }
}

/** Run f; if it raises a Python exception, return 'ExcName: message'. */
export function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!isPyError(e)) throw e;
    const exc = fetchException();
    // What `print(type(e).__name__ + ':', e)` shows.
    return `${strValue(getField(typeOf(exc), TP_NAME))}: ${strValue(str(exc))}`;
  }
  return 'no error';
}

export const s = (text: string): Ref => newStr(text);
export const int = (n: number): Value => fromSmallInt(n);
export { E, S, strValue };
