/**
 * The pattern-matching instructions of `match` statements (PEP 634):
 * MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { E, S, T } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { allocTuple, newTuple, tupleBase, tupleGet, tupleLength } from '../objects/tuple.js';
import { isInstance } from '../objects/type.js';
import { getField, TP_NAME, TPF_MAPPING, TPF_SEQUENCE, typeFlags } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { richEq, typeName } from './abstract.js';
import { getAttrOptional } from './attributes.js';
import { call2 } from './call.js';
import { raise } from './errors.js';
import { opHooks } from './op-hooks.js';
import type { LoopState } from './ops.js';
import { handleCount, pushHandle, releaseHandles, getHandle } from './thread-state.js';

/** Mappings for match: dict and its subclasses, and classes abc marks (collections.abc.Mapping). */
function isMapping(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = typeOf(v);
  return (typeFlags(t) & TPF_MAPPING) !== 0 || isSubtype(t, T.dict);
}

/**
 * Sequences for match: list, tuple, range, memoryview, collections.deque and their subclasses
 * (not str/bytes/bytearray), and classes abc marks (collections.abc.Sequence).
 */
function isSequence(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = typeOf(v);
  if ((typeFlags(t) & TPF_SEQUENCE) !== 0) return true;
  return (
    isSubtype(t, T.list) ||
    isSubtype(t, T.tuple) ||
    isSubtype(t, T.range) ||
    isSubtype(t, T.memoryview) ||
    isSubtype(t, T['collections.deque'])
  );
}

/** MATCH_KEYS: the values for `keys` in `subject` as a tuple, or None if one is missing. */
function matchKeys(subject: Value, keys: Ref): Value {
  const n = tupleLength(keys);
  if (n === 0) return S.emptyTuple;
  const get = getAttrOptional(subject, intern('get'));
  if (get === NULL) return S.None;
  const mark = handleCount();
  try {
    const hGet = pushHandle(get);
    // A fresh object no mapping can hold: get(key, dummy) returning it means "missing".
    const dummy = pushHandle(newTuple([S.None]));
    const first = handleCount();
    for (let k = 0; k < n; k++) {
      const key = tupleGet(keys, k);
      for (let j = 0; j < k; j++) {
        if (richEq(tupleGet(keys, j), key)) {
          throw raise(E.ValueError, `mapping pattern checks duplicate key (${strValue(opHooks.reprOf(key))})`);
        }
      }
      const v = call2(getHandle(hGet), key, getHandle(dummy));
      if (v === getHandle(dummy)) return S.None;
      pushHandle(v);
    }
    const t = allocTuple(n);
    for (let k = 0; k < n; k++) i32[tupleBase(t) + k] = getHandle(first + k);
    return t;
  } finally {
    releaseHandles(mark);
  }
}

/** Built-in classes whose single positional sub-pattern matches the subject itself. */
function matchesSelf(cls: Ref): boolean {
  return [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple].includes(cls);
}

/** MATCH_CLASS: a tuple of the matched attributes, or None. */
function matchClass(subject: Value, cls: Value, count: number, names: Ref): Value {
  if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
    throw raise(E.TypeError, 'called match pattern must be a class');
  }
  if (!isInstance(subject, cls)) return S.None;
  const mark = handleCount();
  try {
    const first = handleCount();
    let matchArgs: Value = NULL;
    const seen: Ref[] = [];
    if (count > 0) {
      matchArgs = getAttrOptional(cls, intern('__match_args__'));
      if (matchArgs !== NULL) pushHandle(matchArgs);
      const clsName = strValue(getField(cls, TP_NAME));
      if (matchArgs === NULL) {
        if (matchesSelf(cls) || matchesSelfSubclass(cls)) {
          if (count > 1) throw raise(E.TypeError, `${clsName}() accepts 1 positional sub-pattern (${count} given)`);
          pushHandle(subject);
        } else {
          throw raise(E.TypeError, `${clsName}() accepts 0 positional sub-patterns (${count} given)`);
        }
      } else {
        if (typeOf(matchArgs) !== T.tuple) {
          throw raise(E.TypeError, `${clsName}.__match_args__ must be a tuple (got ${typeName(typeOf(matchArgs))})`);
        }
        const allowed = tupleLength(matchArgs);
        if (count > allowed) {
          throw raise(E.TypeError, `${clsName}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${count} given)`);
        }
        for (let k = 0; k < count; k++) {
          const name = tupleGet(matchArgs, k);
          if (typeOf(name) !== T.str) {
            throw raise(E.TypeError, `__match_args__ elements must be strings (got ${typeName(typeOf(name))})`);
          }
          if (seen.some((s) => strValue(s) === strValue(name))) {
            throw raise(E.TypeError, `${clsName}() got multiple sub-patterns for attribute '${strValue(name)}'`);
          }
          seen.push(name);
          const v = getAttrOptional(subject, name);
          if (v === NULL) return S.None;
          pushHandle(v);
        }
      }
    }
    const nkw = tupleLength(names);
    for (let k = 0; k < nkw; k++) {
      const name = tupleGet(names, k);
      if (seen.some((s) => strValue(s) === strValue(name))) {
        throw raise(E.TypeError, `${strValue(getField(cls, TP_NAME))}() got multiple sub-patterns for attribute '${strValue(name)}'`);
      }
      seen.push(name);
      const v = getAttrOptional(subject, name);
      if (v === NULL) return S.None;
      pushHandle(v);
    }
    const n = handleCount() - first - (matchArgs !== NULL ? 1 : 0);
    const t = allocTuple(n);
    const from = first + (matchArgs !== NULL ? 1 : 0);
    for (let k = 0; k < n; k++) i32[tupleBase(t) + k] = getHandle(from + k);
    return t;
  } finally {
    releaseHandles(mark);
  }
}

function matchesSelfSubclass(_cls: Ref): boolean {
  // CPython checks the exact built-in classes only (a subclass needs __match_args__).
  return false;
}

const previousRareOp = opHooks.rareOp;
opHooks.rareOp = (op: number, arg: number, st: LoopState, code: Ref, sp: number): number => {
  switch (op) {
    case 31 /* MATCH_MAPPING */:
      i32[sp] = isMapping(i32[sp - 1]!) ? S.True : S.False;
      st.sp = sp + 1;
      return 0;
    case 32 /* MATCH_SEQUENCE */:
      i32[sp] = isSequence(i32[sp - 1]!) ? S.True : S.False;
      st.sp = sp + 1;
      return 0;
    case 33 /* MATCH_KEYS */:
      // (subject, keys -- subject, keys, values_or_none)
      i32[sp] = matchKeys(i32[sp - 2]!, i32[sp - 1]!);
      st.sp = sp + 1;
      return 0;
    case 152 /* MATCH_CLASS */: {
      // (subject, cls, names -- attrs_or_none)
      const r = matchClass(i32[sp - 3]!, i32[sp - 2]!, arg, i32[sp - 1]!);
      i32[sp - 3] = r;
      i32[sp - 2] = 0;
      i32[sp - 1] = 0;
      st.sp = sp - 2;
      return 0;
    }
    default:
      return previousRareOp(op, arg, st, code, sp);
  }
};
