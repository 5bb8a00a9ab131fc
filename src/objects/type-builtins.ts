/**
 * The builtins of the class machinery: isinstance, issubclass, getattr,
 * setattr, delattr, hasattr, dir, vars, and __build_class__ (what a `class`
 * statement calls: resolve __mro_entries__, pick the metaclass, __prepare__
 * the namespace, run the class body in it, call the metaclass).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { typeNameOf } from '../vm/abstract.js';
import {
  callFound,
  checkAttrName,
  delAttr,
  getAttr,
  getAttrOptional,
  hasAttr,
  lookupType,
  setAttr,
} from '../vm/attributes.js';
import { callArray, callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { F_LOCALS } from '../vm/frame.js';
import { runClassBody } from '../vm/interpreter.js';
import { currentFrame, getHandle, handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { dictSet, newDict } from './dict.js';
import { intern } from './intern.js';
import { listFromIterable } from './list.js';
import { listSort } from './sort.js';
import { defineFunction } from './native.js';
import { E, S, T } from './registry.js';
import { strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { isStr, isSubtype, typeOf } from './typecheck.js';
import { kwLen } from './type-args.js';
import { typeNameJs } from './type-info.js';
import { calculateMetaclass, tupleToArray } from './type-mro.js';
import { dunder } from './type-names.js';
import { isInstance, isSubclass } from './type.js';
import { getField } from './typeobject.js';

function positional(fname: string, argc: number, kwnames: Ref, min: number, max: number): void {
  if (kwLen(kwnames) > 0) throw raise(E.TypeError, `${fname}() takes no keyword arguments`);
  if (argc >= min && argc <= max) return;
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  if (min === max) throw raise(E.TypeError, `${fname} expected ${min} ${plural(min)}, got ${argc}`);
  if (argc < min) throw raise(E.TypeError, `${fname} expected at least ${min} ${plural(min)}, got ${argc}`);
  throw raise(E.TypeError, `${fname} expected at most ${max} ${plural(max)}, got ${argc}`);
}

defineFunction('builtins', 'isinstance', (_s, argv, argc, kwnames) => {
  positional('isinstance', argc, kwnames, 2, 2);
  return isInstance(i32[argv]!, i32[argv + 1]!) ? S.True : S.False;
});

defineFunction('builtins', 'issubclass', (_s, argv, argc, kwnames) => {
  positional('issubclass', argc, kwnames, 2, 2);
  return isSubclass(i32[argv]!, i32[argv + 1]!) ? S.True : S.False;
});

defineFunction('builtins', 'getattr', (_s, argv, argc, kwnames) => {
  positional('getattr', argc, kwnames, 2, 3);
  const name = checkAttrName(i32[argv + 1]!);
  if (argc === 2) return getAttr(i32[argv]!, name);
  const v = getAttrOptional(i32[argv]!, name);
  return v === NULL ? i32[argv + 2]! : v;
});

defineFunction('builtins', 'setattr', (_s, argv, argc, kwnames) => {
  positional('setattr', argc, kwnames, 3, 3);
  setAttr(i32[argv]!, checkAttrName(i32[argv + 1]!), i32[argv + 2]!);
  return S.None;
});

defineFunction('builtins', 'delattr', (_s, argv, argc, kwnames) => {
  positional('delattr', argc, kwnames, 2, 2);
  delAttr(i32[argv]!, checkAttrName(i32[argv + 1]!));
  return S.None;
});

defineFunction('builtins', 'hasattr', (_s, argv, argc, kwnames) => {
  positional('hasattr', argc, kwnames, 2, 2);
  return hasAttr(i32[argv]!, checkAttrName(i32[argv + 1]!)) ? S.True : S.False;
});

/** The current frame's locals mapping (module and class bodies, exec), or NULL inside functions. */
function frameLocals(): Value {
  const f = currentFrame();
  return f === 0 ? NULL : i32[(f >> 2) + F_LOCALS]!;
}

defineFunction('builtins', 'vars', (_s, argv, argc, kwnames) => {
  positional('vars', argc, kwnames, 0, 1);
  if (argc === 0) {
    const l = frameLocals();
    if (l === NULL) throw raise(E.SystemError, 'gilvm: vars() without arguments inside a function is not supported yet');
    return l;
  }
  const d = getAttrOptional(i32[argv]!, dunder('__dict__'));
  if (d === NULL) throw raise(E.TypeError, 'vars() argument must have __dict__ attribute');
  return d;
});

defineFunction('builtins', 'dir', (_s, argv, argc, kwnames) => {
  positional('dir', argc, kwnames, 0, 1);
  const mark = handleCount();
  try {
    let result: Value;
    if (argc === 0) {
      const l = frameLocals();
      if (l === NULL) throw raise(E.SystemError, 'gilvm: dir() without arguments inside a function is not supported yet');
      result = callArray(getAttr(l, intern('keys')), []);
    } else {
      const obj = i32[argv]!;
      const f = lookupType(typeOf(obj), intern('__dir__'));
      if (f === NULL) throw raise(E.TypeError, 'object does not provide __dir__');
      // A special method: looked up on the type (dir(SomeClass) is type.__dir__(SomeClass)).
      result = callFound(f, obj, 0, 0, NULL);
    }
    pushHandle(result);
    const l = listFromIterable(result);
    pushHandle(l);
    listSort(l, NULL, false);
    return l;
  } finally {
    releaseHandles(mark);
  }
});

// ---- __build_class__ ------------------------------------------------------------------------

/** PEP 560: replace bases that are not classes by what their __mro_entries__(bases) returns. */
function updateBases(orig: Ref): Ref {
  const n = tupleLength(orig);
  let out: Value[] | null = null;
  for (let i = 0; i < n; i++) {
    const b = tupleGet(orig, i);
    if ((b & 1) === 0 && isSubtype(typeOf(b), T.type)) {
      out?.push(b);
      continue;
    }
    const meth = getAttrOptional(b, intern('__mro_entries__'));
    if (meth === NULL) {
      out?.push(b);
      continue;
    }
    const r = callArray(meth, [orig]);
    if ((r & 1) !== 0 || typeOf(r) !== T.tuple) throw raise(E.TypeError, '__mro_entries__ must return a tuple');
    if (out === null) out = tupleToArray(orig).slice(0, i);
    out.push(...tupleToArray(r));
  }
  return out === null ? orig : newTuple(out);
}

defineFunction('builtins', '__build_class__', (_s, argv, argc, kwnames) => {
  const nkw = kwLen(kwnames);
  const npos = argc - nkw;
  if (npos < 2) throw raise(E.TypeError, '__build_class__: not enough arguments');
  const func = i32[argv]!;
  if ((func & 1) !== 0 || typeOf(func) !== T.function) throw raise(E.TypeError, '__build_class__: func must be a function');
  const name = i32[argv + 1]!;
  if (!isStr(name)) throw raise(E.TypeError, '__build_class__: name is not a string');
  const mark = handleCount();
  try {
    const origBases = tupleFromWords(argv + 2, npos - 2);
    pushHandle(origBases);
    const bases = updateBases(origBases);
    const hBases = pushHandle(bases);
    // Keywords: metaclass= is taken out, the rest go to __prepare__ and the metaclass.
    let meta: Value = NULL;
    const kwKeys: Value[] = [];
    const kwVals: Value[] = [];
    for (let k = 0; k < nkw; k++) {
      const key = tupleGet(kwnames, k);
      const v = i32[argv + npos + k]!;
      if (strValue(key) === 'metaclass') meta = v;
      else {
        kwKeys.push(key);
        kwVals.push(v);
      }
    }
    const restKw = kwKeys.length > 0 ? newTuple(kwKeys) : NULL;
    pushHandle(restKw);
    const hKwVals = handleCount();
    for (const v of kwVals) pushHandle(v);
    let isClass = true;
    if (meta === NULL) meta = tupleLength(bases) === 0 ? T.type : typeOf(tupleGet(bases, 0));
    else isClass = (meta & 1) === 0 && isSubtype(typeOf(meta), T.type);
    if (isClass) meta = calculateMetaclass(meta, tupleToArray(bases));
    const hMeta = pushHandle(meta);

    // The namespace.
    let ns: Value;
    const prepare = getAttrOptional(meta, dunder('__prepare__'));
    if (prepare === NULL) {
      ns = newDict();
    } else {
      pushHandle(prepare);
      const h = pushHandle(name);
      pushHandle(bases);
      for (let k = 0; k < kwVals.length; k++) pushHandle(getHandle(hKwVals + k));
      ns = callValue(prepare, handleWord(h), 2 + kwVals.length, restKw);
      const nt = typeOf(ns);
      if (nt !== T.dict && lookupType(nt, dunder('__getitem__')) === NULL) {
        const metaName = isClass ? typeNameJs(meta) : '<metaclass>';
        throw raise(E.TypeError, `${metaName}.__prepare__() must return a mapping, not ${typeNameOf(ns)}`);
      }
    }
    const hNs = pushHandle(ns);

    const cell = runClassBody(func, ns);
    pushHandle(cell);
    if (getHandle(hBases) !== origBases) {
      const key = dunder('__orig_bases__');
      if (typeOf(ns) === T.dict) dictSet(ns, key, origBases);
      else callArray(getAttr(ns, intern('__setitem__')), [key, origBases]);
    }
    const h = pushHandle(name);
    pushHandle(getHandle(hBases));
    pushHandle(getHandle(hNs));
    for (let k = 0; k < kwVals.length; k++) pushHandle(getHandle(hKwVals + k));
    const cls = callValue(getHandle(hMeta), handleWord(h), 3 + kwVals.length, restKw);
    if ((cell & 1) === 0 && cell !== NULL && typeOf(cell) === T.cell && (cls & 1) === 0 && isSubtype(typeOf(cls), T.type)) {
      const inCell = getField(cell, 0);
      if (inCell !== cls) {
        if (inCell === NULL) {
          throw raise(
            E.RuntimeError,
            `__class__ not set defining '${strValue(name)}' as ${strValue(reprOf(cls))}. Was __classcell__ propagated to type.__new__?`,
          );
        }
        throw raise(E.TypeError, `__class__ set to ${strValue(reprOf(inCell))} defining '${strValue(name)}' as ${strValue(reprOf(cls))}`);
      }
    }
    return cls;
  } finally {
    releaseHandles(mark);
  }
});

import { repr as reprOf } from '../vm/abstract.js';
import { tupleFromWords } from './tuple.js';

