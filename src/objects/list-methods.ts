/**
 * The methods of list, with CPython 3.12's argument rules and messages.
 *
 * Constructors: `list.__new__(cls, *args, **kwargs)` (static) makes an empty
 * list of cls; `list.__init__(self, iterable=())` clears and fills it (the
 * class machinery's type.__call__ calls both).
 */
import { NULL, type Value } from '../heap/layout.js';
import { isTrue, richEq, repr, typeName, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { intFromNumber } from './int.js';
import { newListReverseIterator } from './iterators.js';
import {
  arg,
  checkExactlyOne,
  checkNoArgs,
  checkPositional,
  kwCountOf,
  kwName,
  noKeywords,
  sliceIndexArg,
  ssizeArg,
} from './list-args.js';
import {
  LIST_BODY_WORDS,
  allocInstance,
  initList,
  listAppend,
  listBase,
  listClear,
  listExtend,
  listGet,
  listInsertAt,
  listLength,
  listRemoveAt,
  listSlice,
} from './list.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { listSort } from './sort.js';
import { strValue } from './str.js';
import { isSubtype, typeOf } from './typecheck.js';
import { containerCalls, newFilledFrom } from './type.js';
import { newList } from './list.js';

defineMethod('list', 'append', (self, argv, argc, kwnames) => {
  checkExactlyOne('list.append', argc, kwnames);
  listAppend(self, arg(argv, 0));
  return S.None;
});

defineMethod('list', 'extend', (self, argv, argc, kwnames) => {
  checkExactlyOne('list.extend', argc, kwnames);
  listExtend(self, arg(argv, 0));
  return S.None;
});

defineMethod('list', 'insert', (self, argv, argc, kwnames) => {
  noKeywords('insert', kwnames);
  checkPositional('insert', argc, 2, 2);
  let i = ssizeArg(arg(argv, 0));
  const n = listLength(self);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) i = n;
  listInsertAt(self, i, arg(argv, 1));
  return S.None;
});

defineMethod('list', 'pop', (self, argv, argc, kwnames) => {
  noKeywords('pop', kwnames);
  checkPositional('pop', argc, 0, 1);
  let i = argc === 1 ? ssizeArg(arg(argv, 0)) : -1;
  const n = listLength(self);
  if (n === 0) throw raise(E.IndexError, 'pop from empty list');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'pop index out of range');
  return listRemoveAt(self, i);
});

defineMethod('list', 'remove', (self, argv, argc, kwnames) => {
  checkExactlyOne('list.remove', argc, kwnames);
  const v = arg(argv, 0);
  for (let i = 0; i < listLength(self); i++) {
    const x = listGet(self, i);
    if (x === v || richEq(x, v)) {
      if (i < listLength(self)) listRemoveAt(self, i);
      return S.None;
    }
  }
  throw raise(E.ValueError, 'list.remove(x): x not in list');
});

defineMethod('list', 'clear', (self, _argv, argc, kwnames) => {
  checkNoArgs('list.clear', argc, kwnames);
  listClear(self);
  return S.None;
});

defineMethod('list', 'copy', (self, _argv, argc, kwnames) => {
  checkNoArgs('list.copy', argc, kwnames);
  return listSlice(self, 0, listLength(self));
});

defineMethod('list', 'reverse', (self, _argv, argc, kwnames) => {
  checkNoArgs('list.reverse', argc, kwnames);
  const n = listLength(self);
  if (n > 1) {
    const b = listBase(self);
    i32.subarray(b, b + n).reverse();
  }
  return S.None;
});

defineMethod('list', 'count', (self, argv, argc, kwnames) => {
  checkExactlyOne('list.count', argc, kwnames);
  const v = arg(argv, 0);
  let count = 0;
  for (let i = 0; i < listLength(self); i++) {
    const x = listGet(self, i);
    if (x === v || richEq(x, v)) count++;
  }
  return intFromNumber(count);
});

defineMethod('list', 'index', (self, argv, argc, kwnames) => {
  noKeywords('index', kwnames);
  checkPositional('index', argc, 1, 3);
  const v = arg(argv, 0);
  let start = argc >= 2 ? sliceIndexArg(arg(argv, 1), 0, false) : 0;
  let stop = argc >= 3 ? sliceIndexArg(arg(argv, 2), 0, false) : Number.MAX_SAFE_INTEGER;
  const n = listLength(self);
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < listLength(self); i++) {
    const x = listGet(self, i);
    if (x === v || richEq(x, v)) return intFromNumber(i);
  }
  throw raise(E.ValueError, `${strValue(repr(v))} is not in list`);
});

defineMethod('list', 'sort', (self, argv, argc, kwnames) => {
  const nkw = kwCountOf(kwnames);
  if (argc - nkw > 0) throw raise(E.TypeError, 'sort() takes no positional arguments');
  let key: Value = NULL;
  let reverse = false;
  for (let k = 0; k < nkw; k++) {
    const name = kwName(kwnames, k);
    const v = arg(argv, argc - nkw + k);
    if (name === 'key') key = v === S.None ? NULL : v;
    else if (name === 'reverse') reverse = isTrue(v);
    else throw raise(E.TypeError, `'${name}' is an invalid keyword argument for sort()`);
  }
  listSort(self, key, reverse);
  return S.None;
});

defineMethod('list', '__reversed__', (self, _argv, argc, kwnames) => {
  checkNoArgs('list.__reversed__', argc, kwnames);
  return newListReverseIterator(self);
});

defineMethod(
  'list',
  '__new__',
  (_self, argv, argc) => {
    if (argc < 1) throw raise(E.TypeError, 'list.__new__(): not enough arguments');
    const cls = arg(argv, 0);
    if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type)) {
      throw raise(E.TypeError, `list.__new__(X): X is not a type object (${typeNameOf(cls)})`);
    }
    if (!isSubtype(cls, T.list)) {
      throw raise(E.TypeError, `list.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of list`);
    }
    const l = allocInstance(cls, LIST_BODY_WORDS);
    initList(l);
    return l;
  },
  MDF_STATIC,
);

defineMethod('list', '__init__', (self, argv, argc, kwnames) => {
  if (typeOf(self) === T.list) noKeywords('list', kwnames);
  checkPositional('list', argc - kwCountOf(kwnames), 0, 1);
  listClear(self);
  if (argc - kwCountOf(kwnames) === 1) {
    const mark = handleCount();
    try {
      pushHandle(self);
      listExtend(self, arg(argv, 0));
    } finally {
      releaseHandles(mark);
    }
  }
  return S.None;
});

// list() and list(x) made directly (type.ts's containerCalls).
containerCalls.list = (argv, argc) => (argc === 0 ? newList(0) : newFilledFrom(newList(0), i32[argv]!, listExtend));
