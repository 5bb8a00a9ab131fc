/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython 3.12:
 * construction rules (the BaseExceptionGroup -> ExceptionGroup promotion,
 * "Cannot nest BaseExceptions ..."), `message`, `exceptions`, str
 * `msg (N sub-exceptions)`, derive, split, subgroup; and the two operations
 * behind except* (src/vm/ops-except.ts): exceptionGroupMatch (CHECK_EG_MATCH)
 * and prepReraiseStar (CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR).
 *
 * A group keeps its message (str) and exceptions (tuple) in the
 * group_msg/group_excs words of the exception layout (src/objects/exceptions.ts).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { isTrue, typeName, typeNameOf } from '../vm/abstract.js';
import { getAttrOptional, lookupTypeString, setAttr } from '../vm/attributes.js';
import { call1, call2 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { isCallable } from '../lib/builtins-objects.js';
import { onAfterTypes } from './bootstrap-hooks.js';
import { defineGetter } from './descriptors-getset.js';
import { isDictLike } from './dict.js';
import { EXC_CAUSE, EXC_CONTEXT, EXC_GROUP_EXCS, EXC_GROUP_MSG, EXC_TRACEBACK } from './exceptions.js';
import { baseExceptionNew, isExceptionInstance, kwLen, noKeywordsFor, positionalTuple, toTuple } from './exceptions-base.js';
import { intern } from './intern.js';
import { listAppend, listFromIterable, listGet, listLength, newList } from './list.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { TP_BASES, TP_MRO, declareSlots, getField, setField, slotsOf, typeFlags, TPF_EXCEPTION, TPF_HEAPTYPE } from './typeobject.js';

// ExceptionGroup's bases are (BaseExceptionGroup, Exception), as in CPython.
onAfterTypes(() => {
  setField(E.ExceptionGroup, TP_BASES, newTuple([E.BaseExceptionGroup, E.Exception]));
  setField(E.ExceptionGroup, TP_MRO, newTuple([E.ExceptionGroup, E.BaseExceptionGroup, E.Exception, E.BaseException, T.object]));
});

export function isExceptionGroup(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), E.BaseExceptionGroup);
}
function isExceptionClass(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.type) && (typeFlags(v) & TPF_EXCEPTION) !== 0;
}
/** PySequence_Check: a type with item access that is not a mapping. */
function isSequence(v: Value): boolean {
  if ((v & 1) !== 0) return false;
  const t = typeOf(v);
  if (isDictLike(v)) return false;
  if ((typeFlags(t) & TPF_HEAPTYPE) !== 0) return lookupTypeString(t, '__getitem__') !== NULL;
  return slotsOf(t).getitem !== undefined;
}

/** The exceptions tuple of a group. */
export function groupExceptions(eg: Ref): Ref {
  const t = getField(eg, EXC_GROUP_EXCS);
  return t === NULL ? S.emptyTuple : t;
}
export function groupMessage(eg: Ref): Ref {
  const m = getField(eg, EXC_GROUP_MSG);
  return m === NULL ? S.emptyStr : m;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
function groupNew(self: Value, argv: number, argc: number, kwnames: Ref): Value {
  let cls = i32[argv]!;
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, `${typeName(cls)}() takes no keyword arguments`);
  const n = argc - 1;
  if (n !== 2) throw raise(E.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${n} given)`);
  const message = i32[argv + 1]!;
  const seq = i32[argv + 2]!;
  if ((message & 1) !== 0 || !isSubtype(typeOf(message), T.str)) {
    throw raise(E.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeNameOf(message)}`);
  }
  if (!isSequence(seq)) throw raise(E.TypeError, 'second argument (exceptions) must be a sequence');
  const mark = handleCount();
  try {
    const excs = toTuple(seq);
    const h = pushHandle(excs);
    const count = tupleLength(excs);
    if (count === 0) throw raise(E.ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    for (let i = 0; i < count; i++) {
      const e = tupleGet(excs, i);
      if (!isExceptionInstance(e)) throw raise(E.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!isSubtype(typeOf(e), E.Exception)) nestedBase = true;
    }
    if (cls === E.ExceptionGroup) {
      if (nestedBase) throw raise(E.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === E.BaseExceptionGroup) {
      if (!nestedBase) cls = E.ExceptionGroup;
    } else if (nestedBase && isSubtype(cls, E.Exception)) {
      throw raise(E.TypeError, `Cannot nest BaseExceptions in '${typeName(cls)}'`);
    }
    i32[argv] = cls;
    const eg = baseExceptionNew(self, argv, argc, kwnames);
    setField(eg, EXC_GROUP_MSG, message);
    setField(eg, EXC_GROUP_EXCS, getHandle(h));
    return eg;
  } finally {
    releaseHandles(mark);
  }
}
defineMethod('BaseExceptionGroup', '__new__', groupNew, MDF_STATIC);
defineMethod('BaseExceptionGroup', '__init__', (self, argv, argc, kwnames) => {
  noKeywordsFor(self, kwnames);
  setField(self, 1, positionalTuple(argv, argc, kwnames, 0));
  return S.None;
});

defineGetter('BaseExceptionGroup', 'message', (self) => groupMessage(self));
defineGetter('BaseExceptionGroup', 'exceptions', (self) => groupExceptions(self));

declareSlots('BaseExceptionGroup', {
  str(self) {
    const n = tupleLength(groupExceptions(self));
    return newStr(`${strValue(groupMessage(self))} (${n} sub-exception${n > 1 ? 's' : ''})`);
  },
});

/** BaseExceptionGroup(message, excs): a new group (promoted to ExceptionGroup when it can be). */
export function createExceptionGroup(message: Ref, excs: Value): Ref {
  return call2(E.BaseExceptionGroup, message, excs);
}

defineMethod('BaseExceptionGroup', 'derive', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0 || argc !== 1) {
    throw raise(E.TypeError, `BaseExceptionGroup.derive() takes exactly one argument (${argc} given)`);
  }
  return createExceptionGroup(groupMessage(self), i32[argv]!);
});

// ---- split / subgroup -----------------------------------------------------------------------------

type Matcher = { kind: 'type'; value: Value } | { kind: 'predicate'; value: Value } | { kind: 'ids'; ids: Set<number> };

function matcherOf(value: Value): Matcher {
  if (isCallable(value) && !((value & 1) === 0 && isSubtype(typeOf(value), T.type))) return { kind: 'predicate', value };
  if (isExceptionClass(value)) return { kind: 'type', value };
  if ((value & 1) === 0 && typeOf(value) === T.tuple) {
    let all = true;
    for (let i = 0; i < tupleLength(value); i++) if (!isExceptionClass(tupleGet(value, i))) all = false;
    if (all) return { kind: 'type', value };
  }
  throw raise(E.TypeError, 'expected a function, exception type or tuple of exception types');
}

/** PyErr_GivenExceptionMatches for an exception instance and a class or tuple of classes. */
export function givenExceptionMatches(exc: Value, type: Value): boolean {
  if ((type & 1) === 0 && typeOf(type) === T.tuple) {
    for (let i = 0; i < tupleLength(type); i++) if (givenExceptionMatches(exc, tupleGet(type, i))) return true;
    return false;
  }
  return (type & 1) === 0 && isSubtype(typeOf(exc), type);
}

function checkMatch(exc: Ref, m: Matcher): boolean {
  switch (m.kind) {
    case 'type':
      return givenExceptionMatches(exc, m.value);
    case 'predicate':
      return isTrue(call1(m.value, exc));
    case 'ids':
      return m.ids.has(exc);
  }
}

/**
 * orig.derive(excs) with orig's traceback, cause, context and a copy of its
 * __notes__ (CPython's exceptiongroup_subset); NULL when excs is empty.
 */
function subset(orig: Ref, excs: Ref): Value {
  if (listLength(excs) === 0) return NULL;
  const derive = getAttrOptional(orig, intern('derive'));
  if (derive === NULL) throw raise(E.AttributeError, `'${typeNameOf(orig)}' object has no attribute 'derive'`);
  const eg = call1(derive, excs);
  if (!isExceptionGroup(eg)) throw raise(E.TypeError, 'derive must return an instance of BaseExceptionGroup');
  const mark = handleCount();
  try {
    pushHandle(eg);
    const tb = getField(orig, EXC_TRACEBACK);
    if (tb !== NULL) setField(eg, EXC_TRACEBACK, tb);
    const ctx = getField(orig, EXC_CONTEXT);
    if (ctx !== NULL) setField(eg, EXC_CONTEXT, ctx);
    const cause = getField(orig, EXC_CAUSE);
    if (cause !== NULL) setField(eg, EXC_CAUSE, cause);
    const notes = getAttrOptional(orig, intern('__notes__'));
    if (notes !== NULL && isSequence(notes)) {
      pushHandle(notes);
      const copy = listFromIterable(notes);
      pushHandle(copy);
      setAttr(eg, intern('__notes__'), copy);
    }
    return eg;
  } finally {
    releaseHandles(mark);
  }
}

/** CPython's exceptiongroup_split_recursive: [match, rest] (NULL for none). */
function splitRecursive(exc: Ref, m: Matcher, constructRest: boolean): [Value, Value] {
  if (checkMatch(exc, m)) return [exc, NULL];
  if (!isExceptionGroup(exc)) return [NULL, constructRest ? exc : NULL];
  const mark = handleCount();
  try {
    const matches = newList(0);
    const hm = pushHandle(matches);
    const rests = newList(0);
    const hr = pushHandle(rests);
    const excs = groupExceptions(exc);
    pushHandle(excs);
    for (let i = 0; i < tupleLength(excs); i++) {
      const [mm, rr] = splitRecursive(tupleGet(excs, i), m, constructRest);
      if (mm !== NULL) listAppend(getHandle(hm), mm);
      if (rr !== NULL) listAppend(getHandle(hr), rr);
    }
    const match = subset(exc, getHandle(hm));
    const hmatch = pushHandle(match);
    const rest = constructRest ? subset(exc, getHandle(hr)) : NULL;
    return [getHandle(hmatch), rest];
  } finally {
    releaseHandles(mark);
  }
}

const orNone = (v: Value): Value => (v === NULL ? S.None : v);

defineMethod('BaseExceptionGroup', 'split', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0 || argc !== 1) throw raise(E.TypeError, `BaseExceptionGroup.split() takes exactly one argument (${argc} given)`);
  const [match, rest] = splitRecursive(self, matcherOf(i32[argv]!), true);
  return newTuple([orNone(match), orNone(rest)]);
});
defineMethod('BaseExceptionGroup', 'subgroup', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0 || argc !== 1) {
    throw raise(E.TypeError, `BaseExceptionGroup.subgroup() takes exactly one argument (${argc} given)`);
  }
  return orNone(splitRecursive(self, matcherOf(i32[argv]!), false)[0]);
});

// ---- except* ----------------------------------------------------------------------------------------

/**
 * CHECK_EG_MATCH's work (CPython's _PyEval_ExceptionGroupMatch): [match, rest],
 * None for "nothing". A naked exception that matches is wrapped in
 * ExceptionGroup('', (exc,)).
 */
export function exceptionGroupMatch(exc: Value, matchType: Value): [Value, Value] {
  if (exc === S.None) return [S.None, S.None];
  if (givenExceptionMatches(exc, matchType)) {
    if (isExceptionGroup(exc)) return [exc, S.None];
    // CPython 3.12.1's wrapper starts with no traceback (observed: `eg.__traceback__` is None in
    // the clause, and a re-raised wrapper's traceback has no entry for the raising frame).
    return [createExceptionGroup(S.emptyStr, newTuple([exc])), S.None];
  }
  if (isExceptionGroup(exc)) {
    const split = getAttrOptional(exc, intern('split'));
    if (split === NULL) throw raise(E.AttributeError, `'${typeNameOf(exc)}' object has no attribute 'split'`);
    const pair = call1(split, matchType);
    if ((pair & 1) !== 0 || typeOf(pair) !== T.tuple || tupleLength(pair) !== 2) {
      throw raise(E.TypeError, `${typeNameOf(exc)}.split must return a 2-tuple, got ${typeNameOf(pair)}`);
    }
    return [tupleGet(pair, 0), tupleGet(pair, 1)];
  }
  return [S.None, exc];
}

/** The type check of except*: exception classes only, and no exception groups. */
export function checkExceptStarType(type: Value): void {
  const bad = (): never => {
    throw raise(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  };
  const group = (): never => {
    throw raise(E.TypeError, 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  };
  if ((type & 1) === 0 && typeOf(type) === T.tuple) {
    for (let i = 0; i < tupleLength(type); i++) {
      const t = tupleGet(type, i);
      if (!isExceptionClass(t)) bad();
      if (isSubtype(t, E.BaseExceptionGroup)) group();
    }
    return;
  }
  if (!isExceptionClass(type)) bad();
  if (isSubtype(type, E.BaseExceptionGroup)) group();
}

function collectLeafIds(exc: Value, ids: Set<number>): void {
  if (exc === S.None) return;
  if (!isExceptionGroup(exc)) {
    ids.add(exc);
    return;
  }
  const excs = groupExceptions(exc);
  for (let i = 0; i < tupleLength(excs); i++) collectLeafIds(tupleGet(excs, i), ids);
}

/**
 * INTRINSIC_PREP_RERAISE_STAR (CPython's _PyExc_PrepReraiseStar): what an
 * except* statement re-raises, from the original exception and the list of
 * what its clauses raised or left unhandled. Re-raised parts (same
 * traceback, cause and context as orig) keep orig's nesting; newly raised
 * ones come first in a new ExceptionGroup('', [...]).
 */
export function prepReraiseStar(orig: Value, excs: Ref): Value {
  const n = listLength(excs);
  if (n === 0) return S.None;
  if (!isExceptionGroup(orig)) return listGet(excs, 0);
  const mark = handleCount();
  try {
    const raised = newList(0);
    const hr = pushHandle(raised);
    const ids = new Set<number>();
    for (let i = 0; i < n; i++) {
      const e = listGet(excs, i);
      if (e === S.None) continue;
      const same =
        getField(e, EXC_TRACEBACK) === getField(orig, EXC_TRACEBACK) &&
        getField(e, EXC_CAUSE) === getField(orig, EXC_CAUSE) &&
        getField(e, EXC_CONTEXT) === getField(orig, EXC_CONTEXT);
      if (same) collectLeafIds(e, ids);
      else listAppend(raised, e);
    }
    const reraised = orNone(splitRecursive(orig, { kind: 'ids', ids }, false)[0]);
    pushHandle(reraised);
    const r = getHandle(hr);
    if (listLength(r) === 0) return reraised;
    if (reraised !== S.None) listAppend(r, reraised);
    if (listLength(r) > 1) return createExceptionGroup(S.emptyStr, r);
    return listGet(r, 0);
  } finally {
    releaseHandles(mark);
  }
}
