/**
 * BaseException's Python-visible behaviour, as CPython 3.12's
 * Objects/exceptions.c: __new__ (args from the positional arguments),
 * __init__ (no keywords; sets args), the attributes args, __traceback__,
 * __cause__, __context__, __suppress_context__ (getset descriptors over the
 * layout words of src/objects/exceptions.ts), with_traceback, add_note
 * (__notes__ in the instance dict, as CPython), __reduce__, __setstate__,
 * and the traceback type's attributes.
 */
import { HEADER_WORDS, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { buffer } from '../heap/memory.js';
import { raise } from '../vm/errors.js';
import { getAttrOptional, lookupType, setAttr } from '../vm/attributes.js';
import { typeNameOf } from '../vm/abstract.js';
import { defineGetSet, defineGetter } from './descriptors-getset.js';
import { dictGetStr, dictNextEntry, dictSet, dictSize } from './dict.js';
import {
  EXC_ARGS,
  EXC_CAUSE,
  EXC_CONTEXT,
  EXC_DICT,
  EXC_SUPPRESS_CONTEXT,
  EXC_TRACEBACK,
} from './exceptions.js';
import { intern } from './intern.js';
import { listAppend, listFromIterable, listLength, listBase, newList } from './list.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { tupleFromWords, newTuple, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { allocInstance, instanceDict } from './type-layout.js';
import { getField, setField, typeDict, typeFlags, TP_SERIAL, TP_VERSION, TPF_EXCEPTION } from './typeobject.js';
import { exceptionCall } from './exception-call.js';
import { handleCount, pushHandle, releaseHandles, getHandle } from '../vm/thread-state.js';

export function isExceptionInstance(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && (typeFlags(typeOf(v)) & TPF_EXCEPTION) !== 0;
}

/** Keyword-argument count of a call. */
export function kwLen(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

/** tuple(v) for a tuple or any iterable. */
export function toTuple(v: Value): Ref {
  if ((v & 1) === 0 && typeOf(v) === T.tuple) return v;
  const l = listFromIterable(v);
  return tupleFromWords(listBase(l), listLength(l));
}

/** The positional arguments of a call as a tuple (the first `skip` left out). */
export function positionalTuple(argv: number, argc: number, kwnames: Ref, skip: number): Ref {
  const n = argc - kwLen(kwnames) - skip;
  return tupleFromWords(argv + skip, n < 0 ? 0 : n);
}

/** BaseException.__new__(cls, *args, **kwargs): a new instance with args set. */
export function baseExceptionNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  if (argc - kwLen(kwnames) < 1) throw raise(E.TypeError, 'BaseException.__new__(): not enough arguments');
  const cls = i32[argv]!;
  if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
    throw raise(E.TypeError, `BaseException.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  if (!isSubtype(cls, E.BaseException)) {
    throw raise(E.TypeError, `BaseException.__new__(${typeNameOf(cls)}): ${typeNameOf(cls)} is not a subtype of BaseException`);
  }
  const args = positionalTuple(argv, argc, kwnames, 1);
  const mark = handleCount();
  try {
    pushHandle(args);
    return newExceptionOf(cls, args);
  } finally {
    releaseHandles(mark);
  }
}

/** An instance of cls (built-in or a class) with `args`, the other words in their initial state. */
export function newExceptionOf(cls: Ref, args: Ref): Ref {
  const e = allocInstance(cls);
  setField(e, EXC_ARGS, args);
  setField(e, EXC_SUPPRESS_CONTEXT, S.False);
  return e;
}

export function noKeywordsFor(self: Value, kwnames: Ref): void {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, `${typeNameOf(self)}() takes no keyword arguments`);
}

/** BaseException.__init__(self, *args): no keywords; args = args. */
function baseExceptionInit(self: Value, argv: number, argc: number, kwnames: Ref): Value {
  noKeywordsFor(self, kwnames);
  setField(self, EXC_ARGS, positionalTuple(argv, argc, kwnames, 0));
  return S.None;
}

defineMethod('BaseException', '__new__', baseExceptionNew, MDF_STATIC);
defineMethod('BaseException', '__init__', baseExceptionInit);

/**
 * Per class (by serial, never reused), the class version at which its `__new__` and `__init__`
 * were found to be BaseException's (the version as stored), or minus it when they were not: a
 * change to the class or a base bumps its version, so a stale answer never matches. One map per
 * worker, emptied for another heap.
 */
const plainExceptionClasses = new Map<number, number>();
let plainExceptionClassesFor: SharedArrayBuffer | null = null;

exceptionCall.make = (cls: Ref, argv: number, argc: number): Value => {
  if (plainExceptionClassesFor !== buffer) {
    plainExceptionClasses.clear();
    plainExceptionClassesFor = buffer;
  }
  const tw = (cls >> 2) + HEADER_WORDS;
  const serial = i32[tw + TP_SERIAL]!;
  const version = i32[tw + TP_VERSION]!;
  let known = plainExceptionClasses.get(serial);
  if (known !== version && known !== -version) {
    const base = typeDict(E.BaseException);
    const plain =
      lookupType(cls, intern('__new__')) === dictGetStr(base, intern('__new__')) &&
      lookupType(cls, intern('__init__')) === dictGetStr(base, intern('__init__'));
    known = plain ? version : -version;
    plainExceptionClasses.set(serial, known);
  }
  if (known !== version) return NULL;
  const mark = handleCount();
  try {
    const h = pushHandle(tupleFromWords(argv, argc));
    return newExceptionOf(cls, getHandle(h));
  } finally {
    releaseHandles(mark);
  }
};

/** args of an exception (the empty tuple when the word was never set). */
export function excArgs(e: Ref): Ref {
  const a = getField(e, EXC_ARGS);
  return a === NULL ? S.emptyTuple : a;
}

const orNone = (v: Value): Value => (v === NULL ? S.None : v);

defineGetSet('BaseException', 'args', (self) => excArgs(self), (self, value) => {
  if (value === NULL) throw raise(E.TypeError, 'args may not be deleted');
  setField(self, EXC_ARGS, toTuple(value));
});

function setTraceback(self: Value, value: Value): void {
  if (value === NULL) throw raise(E.TypeError, '__traceback__ may not be deleted');
  if (value !== S.None && ((value & 1) !== 0 || typeOf(value) !== T.traceback)) {
    throw raise(E.TypeError, '__traceback__ must be a traceback or None');
  }
  setField(self, EXC_TRACEBACK, value === S.None ? NULL : value);
}
defineGetSet('BaseException', '__dict__', (self) => instanceDict(self), (self, value) => {
  if (value === NULL) throw raise(E.TypeError, 'cannot delete __dict__');
  if ((value & 1) !== 0 || !isSubtype(typeOf(value), T.dict)) {
    throw raise(E.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(value)}'`);
  }
  setField(self, EXC_DICT, value);
});

defineGetSet('BaseException', '__traceback__', (self) => orNone(getField(self, EXC_TRACEBACK)), setTraceback);

defineGetSet('BaseException', '__cause__', (self) => orNone(getField(self, EXC_CAUSE)), (self, value) => {
  if (value === NULL) throw raise(E.TypeError, '__cause__ may not be deleted');
  if (value !== S.None && !isExceptionInstance(value)) {
    throw raise(E.TypeError, 'exception cause must be None or derive from BaseException');
  }
  setField(self, EXC_CAUSE, value === S.None ? NULL : value);
  setField(self, EXC_SUPPRESS_CONTEXT, S.True);
});

defineGetSet('BaseException', '__context__', (self) => orNone(getField(self, EXC_CONTEXT)), (self, value) => {
  if (value === NULL) throw raise(E.TypeError, '__context__ may not be deleted');
  if (value !== S.None && !isExceptionInstance(value)) {
    throw raise(E.TypeError, 'exception context must be None or derive from BaseException');
  }
  setField(self, EXC_CONTEXT, value === S.None ? NULL : value);
});

defineGetSet(
  'BaseException',
  '__suppress_context__',
  (self) => (getField(self, EXC_SUPPRESS_CONTEXT) === S.True ? S.True : S.False),
  (self, value) => {
    if (value === NULL) throw raise(E.TypeError, "can't delete numeric/char attribute");
    if (value !== S.True && value !== S.False) throw raise(E.TypeError, 'attribute value type must be bool');
    setField(self, EXC_SUPPRESS_CONTEXT, value);
  },
);

defineMethod('BaseException', 'with_traceback', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, 'BaseException.with_traceback() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `BaseException.with_traceback() takes exactly one argument (${argc} given)`);
  setTraceback(self, i32[argv]!);
  return self;
});

defineMethod('BaseException', 'add_note', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, 'BaseException.add_note() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `BaseException.add_note() takes exactly one argument (${argc} given)`);
  const note = i32[argv]!;
  if ((note & 1) !== 0 || !isSubtype(typeOf(note), T.str)) {
    throw raise(E.TypeError, `note must be a str, not '${typeNameOf(note)}'`);
  }
  const name = intern('__notes__');
  let notes = getAttrOptional(self, name);
  const mark = handleCount();
  try {
    if (notes === NULL) {
      notes = newList(0);
      pushHandle(notes);
      setAttr(self, name, notes);
    }
    if ((notes & 1) !== 0 || !isSubtype(typeOf(notes), T.list)) {
      throw raise(E.TypeError, 'Cannot add note: __notes__ is not a list');
    }
    listAppend(notes, note);
  } finally {
    releaseHandles(mark);
  }
  return S.None;
});

defineMethod('BaseException', '__reduce__', (self, _argv, argc, kwnames) => {
  if (argc !== 0 || kwLen(kwnames) > 0) throw raise(E.TypeError, `BaseException.__reduce__() takes no arguments (${argc} given)`);
  const d = getField(self, EXC_DICT);
  const args = excArgs(self);
  if (d !== NULL && dictSize(d) > 0) return newTuple([typeOf(self), args, d]);
  return newTuple([typeOf(self), args]);
});

defineMethod('BaseException', '__setstate__', (self, argv, argc, kwnames) => {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, 'BaseException.__setstate__() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `BaseException.__setstate__() takes exactly one argument (${argc} given)`);
  const state = i32[argv]!;
  if (state === S.None) return S.None;
  if ((state & 1) !== 0 || !isSubtype(typeOf(state), T.dict)) throw raise(E.TypeError, 'state is not a dictionary');
  setStateItems(self, state);
  return S.None;
});

/** setattr(self, k, v) for each item of the dict `state` (keys and values copied first). */
function setStateItems(self: Value, state: Ref): void {
  const items: Value[] = [];
  for (let i = dictNextEntry(state, 0); i >= 0; i = dictNextEntry(state, i + 1)) {
    const at = dictEntryIndex(state, i);
    items.push(i32[at + 1]!, i32[at + 2]!);
  }
  const copy = newTuple(items);
  const mark = handleCount();
  try {
    const h = pushHandle(copy);
    for (let k = 0; k < items.length; k += 2) {
      const t = getHandle(h);
      setAttr(self, tupleGet(t, k), tupleGet(t, k + 1));
    }
  } finally {
    releaseHandles(mark);
  }
}

import { dictEntryIndex } from './dict.js';
import { tupleGet } from './tuple.js';

// ---- traceback objects ---------------------------------------------------------------------------
// tb_frame is a snapshot of the entry's frame (src/objects/exceptions-frame.ts), made on first use.
import { TB_LASTI, TB_NEXT, tracebackLineno } from '../vm/traceback.js';
import { tracebackFrame } from './exceptions-frame.js';
defineGetSet('traceback', 'tb_next', (tb) => orNone(getField(tb, TB_NEXT)), (tb, value) => {
  if (value === NULL) throw raise(E.TypeError, "can't delete tb_next attribute");
  if (value !== S.None && ((value & 1) !== 0 || typeOf(value) !== T.traceback)) {
    throw raise(E.TypeError, `expected traceback object or None, got '${typeNameOf(value)}'`);
  }
  for (let t = value === S.None ? NULL : value; t !== NULL; t = getField(t, TB_NEXT)) {
    if (t === tb) throw raise(E.ValueError, 'traceback loop detected');
  }
  setField(tb, TB_NEXT, value === S.None ? NULL : value);
});
defineGetter('traceback', 'tb_lineno', (tb) => tracebackLineno(tb));
defineGetter('traceback', 'tb_lasti', (tb) => getField(tb, TB_LASTI));
defineGetter('traceback', 'tb_frame', (tb) => tracebackFrame(tb));

export { fromSmallInt, dictSet };
