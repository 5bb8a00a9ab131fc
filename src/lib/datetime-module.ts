/**
 * `_gilvm_datetime`: the one thing stdlib/datetime.py cannot do in Python. CPython's datetime
 * types are C types whose tp_name is dotted ('datetime.date'), and error messages built from
 * tp_name show it ("unsupported operand type(s) for +: 'datetime.date' and 'int'") while
 * __name__ stays 'date'. `dotted_name(cls, name)` gives a class defined in Python that name
 * (TPF_DOTTED_NAME, as array.array uses).
 */
import { type Value } from '../heap/layout.js';
import { isHeapType } from '../objects/type-layout.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { setField, setTypeFlags, TP_NAME, TPF_DOTTED_NAME, typeFlags } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { raise } from '../vm/errors.js';
import { argAt, noKeywords, unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

defineBuiltinModule('_gilvm_datetime', "Support for gilvm's datetime module.");

defineFunction('_gilvm_datetime', 'dotted_name', (_s, argv, argc, kwnames) => {
  noKeywords('dotted_name', kwnames);
  unpackCount('dotted_name', argc, 2, 2);
  const cls: Value = argAt(argv, 0);
  const name: Value = argAt(argv, 1);
  if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type) || !isHeapType(cls)) {
    throw raise(E.TypeError, 'dotted_name() argument 1 must be a class defined in Python');
  }
  if ((name & 1) !== 0 || !isSubtype(typeOf(name), T.str) || !strValue(name).includes('.')) {
    throw raise(E.TypeError, "dotted_name() argument 2 must be a dotted str ('module.name')");
  }
  // a fresh str (the allocation may collect: the class is read again from argv after it)
  const dotted = newStr(strValue(name));
  const target = argAt(argv, 0);
  setField(target, TP_NAME, dotted);
  setTypeFlags(target, typeFlags(target) | TPF_DOTTED_NAME);
  return S.None;
});
