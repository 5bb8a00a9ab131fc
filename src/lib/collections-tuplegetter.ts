/**
 * collections._tuplegetter, the descriptor behind a namedtuple's field
 * attributes (CPython's is in C): `P.x` reads item `index` of the instance.
 *
 *     body (values): | index (small int) | doc |
 *
 * It is a data descriptor whose set and delete refuse ("can't set attribute"),
 * so an instance attribute can never shadow a field.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { defineGetSet } from '../objects/descriptors-getset.js';
import { intern } from '../objects/intern.js';
import { arg, asSsize, hasIndex, kwCountOf } from '../objects/list-args.js';
import { defineMethod, MDF_STATIC } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { unboxed } from '../objects/type-layout.js';
import { declareSlots, getField, setField, TP_QUALNAME } from '../objects/typeobject.js';
import { repr, typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';

const TG_INDEX = 0;
const TG_DOC = 1;

onAfterTypes(() => {
  setField(T['collections._tuplegetter'], TP_QUALNAME, intern('_tuplegetter'));
});

declareSlots('collections._tuplegetter', {
  descrGet(self: Value, obj: Value): Value {
    if (obj === NULL) return self;
    const index = getField(self, TG_INDEX) >> 1;
    if ((obj & 1) !== 0 || !isSubtype(typeOf(obj), T.tuple)) {
      throw raise(E.TypeError, `descriptor for index '${index}' for tuple subclasses doesn't apply to '${typeNameOf(obj)}' object`);
    }
    const t = unboxed(obj);
    if (index >= tupleLength(t)) throw raise(E.IndexError, 'tuple index out of range');
    return tupleGet(t, index);
  },
  descrSet(_self: Value, _obj: Value, value: Value): void {
    throw raise(E.AttributeError, value === NULL ? "can't delete attribute" : "can't set attribute");
  },
  isDataDescriptor: true,
  repr(self: Value): Ref {
    const index = getField(self, TG_INDEX) >> 1;
    // A deleted __doc__ is C's NULL, which CPython's %R shows as <NULL>.
    const doc = getField(self, TG_DOC);
    return newStr(`_tuplegetter(${index}, ${doc === NULL ? '<NULL>' : strValue(repr(doc))})`);
  },
});

/** _tuplegetter(index, doc) */
defineMethod(
  'collections._tuplegetter',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, '_tuplegetter() takes no keyword arguments');
    if (argc !== 3) throw raise(E.TypeError, `_tuplegetter expected 2 arguments, got ${Math.max(0, argc - 1)}`);
    const iv = arg(argv, 1);
    if (!hasIndex(iv)) throw raise(E.TypeError, `'${typeNameOf(iv)}' object cannot be interpreted as an integer`);
    const index = asSsize(iv, E.OverflowError, 'Python int too large to convert to C ssize_t');
    const g = allocate(T['collections._tuplegetter'], HEADER_BYTES + 2 * 4, false);
    setField(g, TG_INDEX, fromSmallInt(Math.max(0, Math.min(index, 0x3fffffff))));
    setField(g, TG_DOC, arg(argv, 2));
    return g;
  },
  MDF_STATIC,
);

// Writable, as CPython's member: namedtuple users document fields with `Point.x.__doc__ = ...`.
defineGetSet(
  'collections._tuplegetter',
  '__doc__',
  (self) => {
    const d = getField(self, TG_DOC);
    return d === NULL ? S.None : d;
  },
  (self, value) => setField(self, TG_DOC, value),
);
