/**
 * The builtins that belong to the container and iterator types: their
 * names in the builtins namespace (list, tuple, dict, set, frozenset, range,
 * slice, enumerate, zip, map, filter, reversed) and the functions sorted(),
 * iter() (with iter(callable, sentinel)) and next().
 */
import { takeReturnValue } from './generator.js';
import { newExceptionWithArgs } from './exceptions.js';
import { newTuple } from './tuple.js';
import { raiseObject } from '../vm/errors.js';
import { NULL, type Ref } from '../heap/layout.js';
import { getIter, isTrue, iterNext, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { onAfterTypes } from './bootstrap-hooks.js';
import { dictSet } from './dict.js';
import { intern } from './intern.js';
import { newCallableIterator } from './iterators.js';
import { arg, checkPositional, kwCountOf, kwName } from './list-args.js';
import { listFromIterable } from './list.js';
import { defineFunction } from './native.js';
import { E, S, T } from './registry.js';
import { ROOT_BUILTINS, rootGet } from './roots.js';
import { listSort } from './sort.js';
import { typeOf } from './typecheck.js';
import { slotsOf } from './typeobject.js';

const TYPE_NAMES = [
  'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'enumerate', 'zip', 'map', 'filter', 'reversed',
] as const; // prettier-ignore

onAfterTypes(() => {
  const builtins = rootGet(ROOT_BUILTINS);
  for (const name of TYPE_NAMES) dictSet(builtins, intern(name), T[name]);
});

/** sorted(iterable, /, *, key=None, reverse=False) */
defineFunction('builtins', 'sorted', (_self, argv, argc, kwnames) => {
  const nkw = kwCountOf(kwnames);
  const npos = argc - nkw;
  if (npos !== 1) {
    throw raise(E.TypeError, npos === 0 ? 'sorted expected 1 argument, got 0' : `sorted expected 1 argument, got ${npos}`);
  }
  let key: Ref = NULL;
  let reverse = false;
  for (let k = 0; k < nkw; k++) {
    const name = kwName(kwnames, k);
    const v = arg(argv, npos + k);
    if (name === 'key') key = v === S.None ? NULL : v;
    else if (name === 'reverse') reverse = isTrue(v);
    else throw raise(E.TypeError, `'${name}' is an invalid keyword argument for sort()`);
  }
  const l = listFromIterable(arg(argv, 0));
  const mark = handleCount();
  try {
    pushHandle(l);
    listSort(l, key, reverse);
  } finally {
    releaseHandles(mark);
  }
  return l;
});

/** iter(iterable) / iter(callable, sentinel) */
defineFunction('builtins', 'iter', (_self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'iter() takes no keyword arguments');
  checkPositional('iter', argc, 1, 2);
  if (argc === 1) return getIter(arg(argv, 0));
  const f = arg(argv, 0);
  if (slotsOf(typeOf(f)).call === undefined) throw raise(E.TypeError, 'iter(object, sentinel): object must be callable');
  return newCallableIterator(f, arg(argv, 1));
});

/** next(iterator[, default]) */
defineFunction('builtins', 'next', (_self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'next() takes no keyword arguments');
  checkPositional('next', argc, 1, 2);
  const it = arg(argv, 0);
  if (slotsOf(typeOf(it)).next === undefined) {
    throw raise(E.TypeError, `'${typeNameOf(it)}' object is not an iterator`);
  }
  const v = iterNext(it);
  if (v !== NULL) return v;
  if (argc === 2) return i32[argv + 1]!;
  // A generator that returned a value reports it in StopIteration, as CPython's next().
  const t = typeOf(it);
  if (t === T.generator || t === T.coroutine) {
    const r = takeReturnValue();
    if (r !== NULL && r !== S.None) throw raiseObject(newExceptionWithArgs(E.StopIteration, newTuple([r])));
  }
  throw raise(E.StopIteration, null);
});
