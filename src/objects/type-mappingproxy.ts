/**
 * mappingproxy: the read-only view of a class's __dict__ (types.MappingProxyType).
 *
 *     mappingproxy body (values):  | mapping |
 *
 * Reads go to the mapping (the class dict, or any mapping given to
 * mappingproxy()); there is no way to write through it.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { contains, getItem, getIter, length, repr, richCompare } from '../vm/abstract.js';
import { getAttr } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { typeNameOf } from '../vm/abstract.js';
import { intern } from './intern.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { declareSlots, getField, setField, slotsOf } from './typeobject.js';
import { typeOf } from './typecheck.js';
import { kwLen } from './type-args.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';

const MP_MAPPING = 0;

export function newMappingProxy(mapping: Value): Ref {
  const p = allocate(T.mappingproxy, HEADER_BYTES + 4, false);
  setField(p, MP_MAPPING, mapping);
  return p;
}

export function mappingProxyTarget(p: Ref): Value {
  return getField(p, MP_MAPPING);
}

declareSlots('mappingproxy', {
  getitem: (p, key) => getItem(getField(p, MP_MAPPING), key),
  len: (p) => length(getField(p, MP_MAPPING)),
  iter: (p) => getIter(getField(p, MP_MAPPING)),
  contains: (p, item) => contains(getField(p, MP_MAPPING), item),
  repr: (p) => newStr(`mappingproxy(${strValue(repr(getField(p, MP_MAPPING)))})`),
  richcompare: (p, other, op) => richCompare(getField(p, MP_MAPPING), other, op),
  str: (p) => newStr(strValue(repr(getField(p, MP_MAPPING)))),
});

/** Methods forwarded to the mapping's own: mp.keys() is mapping.keys(). */
for (const name of ['keys', 'values', 'items', 'get', 'copy', '__reversed__']) {
  defineMethod('mappingproxy', name, (self, argv, argc, kwnames) => {
    const m = getAttr(getField(self, MP_MAPPING), intern(name));
    const mark = handleCount();
    try {
      pushHandle(m);
      return callValue(m, argv, argc, kwnames);
    } finally {
      releaseHandles(mark);
    }
  });
}

defineMethod(
  'mappingproxy',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc - kwLen(kwnames) !== 2) {
      throw raise(E.TypeError, `mappingproxy() takes exactly 1 argument (${Math.max(0, argc - 1)} given)`);
    }
    const mapping = i32[argv + 1]!;
    const t = typeOf(mapping);
    const s = slotsOf(t);
    if (s.getitem === undefined || t === T.list || t === T.tuple) {
      throw raise(E.TypeError, `mappingproxy() argument must be a mapping, not ${typeNameOf(mapping)}`);
    }
    return newMappingProxy(mapping);
  },
  MDF_STATIC,
);

