/**
 * The op hooks (src/vm/op-hooks.ts) that need nothing beyond the core
 * protocols: unpacking, f(*args, **kwargs), len, list-to-tuple, the bare
 * `raise` signal, special-method lookup for `with`.
 */
import { NULL, type Value } from '../heap/layout.js';
import { codeObjectOf } from '../objects/code.js';
import { dictEntryIndex, dictNextEntry, dictSize } from '../objects/dict.js';
import { EXC_TRACEBACK } from '../objects/exceptions.js';
import { lengthValue } from '../objects/range.js';
import { listBase, listFromIterable, listFromWords, listLength, listToTuple } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { allocTuple, tupleBase, tupleFromWords, tupleLength } from '../objects/tuple.js';
import { getField, slotsOf, typeFlags, TPF_HEAPTYPE } from '../objects/typeobject.js';
import { functionStr } from '../objects/dict-methods.js';
import { typeOf } from '../objects/typecheck.js';
import { getIter, repr, typeNameOf } from './abstract.js';
import { callValue } from './call.js';
import { raise } from './errors.js';
import { markReraise } from './interpreter.js';
import { opHooks } from './op-hooks.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from './thread-state.js';
import { intern } from '../objects/intern.js';
import { getAttr, lookupTypeString } from './attributes.js';
import { PY_ERROR } from './errors.js';
import { setCurrentException, getCurrentException } from './thread-state.js';
import { isSubtype } from '../objects/typecheck.js';

opHooks.reraiseSignal = () => markReraise();
opHooks.reprOf = (v) => repr(v);
opHooks.localName = (code, i) => codeObjectOf(code).co_localsplusnames[i]!;
opHooks.lenValue = (v) => lengthValue(v);
/** Has an __iter__, or is a sequence (__getitem__): what `*x` accepts (CPython's tp_iter || PySequence_Check). */
opHooks.isIterable = (v) => {
  const tp = typeOf(v);
  if ((typeFlags(tp) & TPF_HEAPTYPE) === 0) {
    const slots = slotsOf(tp);
    return slots.iter !== undefined || slots.getitem !== undefined;
  }
  return lookupTypeString(tp, '__iter__') !== NULL || lookupTypeString(tp, '__getitem__') !== NULL;
};
opHooks.listToTuple = (l) => listToTuple(l);
opHooks.tracebackOf = (exc) => {
  const tb = getField(exc, EXC_TRACEBACK);
  return tb === NULL ? S.None : tb;
};
opHooks.lookupSpecial = (obj, name) => {
  // Special methods are looked up on the type; binding goes through getattr on the object,
  // which finds the same class attribute unless the instance shadows it (rare for dunders).
  try {
    return getAttr(obj, intern(name));
  } catch (e) {
    if (e === PY_ERROR && isSubtype(typeOf(getCurrentException()), E.AttributeError)) {
      setCurrentException(NULL);
      return NULL;
    }
    throw e;
  }
};

opHooks.unpack = (seq, before, after, at) => {
  const mark = handleCount();
  try {
    pushHandle(seq);
    let items: number; // i32 index of item 0
    let n: number;
    if ((seq & 1) === 0 && typeOf(seq) === T.tuple) {
      items = tupleBase(seq);
      n = tupleLength(seq);
    } else if ((seq & 1) === 0 && typeOf(seq) === T.list) {
      // A snapshot taken under its lock: another thread may resize it meanwhile.
      const snapshot = listToTuple(seq);
      pushHandle(snapshot);
      items = tupleBase(snapshot);
      n = tupleLength(snapshot);
    } else {
      let it: Value;
      try {
        it = getIter(seq);
      } catch (e) {
        if (e === PY_ERROR && typeOf(getCurrentException()) === E.TypeError) {
          setCurrentException(NULL);
          throw raise(E.TypeError, `cannot unpack non-iterable ${typeNameOf(seq)} object`);
        }
        throw e;
      }
      pushHandle(it);
      const l = listFromIterable(it);
      pushHandle(l);
      items = listBase(l);
      n = listLength(l);
    }
    if (after < 0) {
      if (n !== before) {
        if (n < before) throw raise(E.ValueError, `not enough values to unpack (expected ${before}, got ${n})`);
        throw raise(E.ValueError, `too many values to unpack (expected ${before})`);
      }
      for (let k = 0; k < n; k++) i32[at + n - 1 - k] = i32[items + k]!;
      return;
    }
    if (n < before + after) {
      throw raise(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${n})`);
    }
    // listFromWords allocates, but the items of `seq` (or of the list made from it) stay put.
    const total = before + 1 + after;
    const mid = listFromWords(items + before, n - before - after);
    let k = 0;
    for (let j = 0; j < before; j++) i32[at + total - 1 - k++] = i32[items + j]!;
    i32[at + total - 1 - k++] = mid;
    for (let j = n - after; j < n; j++) i32[at + total - 1 - k++] = i32[items + j]!;
  } finally {
    releaseHandles(mark);
  }
};

opHooks.callEx = (callable, args, kwargs) => {
  const mark = handleCount();
  try {
    pushHandle(callable);
    let t = args;
    if ((t & 1) !== 0 || typeOf(t) !== T.tuple) {
      if ((t & 1) === 0 && typeOf(t) === T.list) t = listToTuple(t);
      else {
        // CPython's check_args_iterable: checked before converting, naming the callee.
        if (!opHooks.isIterable(t)) {
          throw raise(E.TypeError, `${functionStr(callable)} argument after * must be an iterable, not ${typeNameOf(args)}`);
        }
        const l = listFromIterable(t);
        t = tupleFromWords(listBase(l), listLength(l));
      }
    }
    pushHandle(t);
    const npos = tupleLength(t);
    const nkw = kwargs === NULL ? 0 : dictSize(kwargs);
    const kwnames = nkw === 0 ? NULL : allocTuple(nkw);
    pushHandle(kwnames);
    const first = handleCount();
    for (let i = 0; i < npos; i++) pushHandle(i32[tupleBase(t) + i]!);
    if (nkw > 0) {
      let k = 0;
      for (let e = dictNextEntry(kwargs, 0); e >= 0; e = dictNextEntry(kwargs, e + 1)) {
        const key = i32[dictEntryIndex(kwargs, e) + 1]!;
        if ((key & 1) !== 0 || typeOf(key) !== T.str) throw raise(E.TypeError, 'keywords must be strings');
        i32[tupleBase(kwnames) + k++] = key;
        pushHandle(i32[dictEntryIndex(kwargs, e) + 2]!);
      }
    }
    return callValue(callable, handleWord(first), npos + nkw, kwnames);
  } finally {
    releaseHandles(mark);
  }
};

