/**
 * The `_abc` module: what abc.py (stdlib/) cannot do in Python — mark a class
 * as a sequence or a mapping for `match` (CPython's Py_TPFLAGS_SEQUENCE and
 * Py_TPFLAGS_MAPPING, which collections.abc.Sequence and Mapping carry in
 * `__abc_tpflags__` and pass on to the classes registered with them).
 */
import { fromSmallInt, type Value } from '../heap/layout.js';
import { arg, checkPositional, noKeywords } from '../objects/list-args.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { isHeapType } from '../objects/type-layout.js';
import { setTypeFlags, TPF_MAPPING, TPF_SEQUENCE, typeFlags } from '../objects/typeobject.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { defineBuiltinModule } from './import-registry.js';

/** CPython's flag values, as __abc_tpflags__ holds them. */
const PY_SEQUENCE = 1 << 5;
const PY_MAPPING = 1 << 6;

function typeArg(v: Value): Value {
  if ((v & 1) !== 0 || !isSubtype(typeOf(v), T.type)) throw raise(E.TypeError, `expected a class, not ${typeNameOf(v)}`);
  return v;
}

/** _collection_flag(cls): cls's pattern-matching kind as CPython's flag value (0 if none). */
defineFunction('_abc', '_collection_flag', (_self, argv, argc, kwnames) => {
  noKeywords('_collection_flag', kwnames);
  checkPositional('_collection_flag', argc, 1, 1);
  const f = typeFlags(typeArg(arg(argv, 0)));
  return fromSmallInt((f & TPF_SEQUENCE ? PY_SEQUENCE : 0) | (f & TPF_MAPPING ? PY_MAPPING : 0));
});

/**
 * _set_collection_flag(cls, flag): make cls a sequence (flag 1 << 5) or a
 * mapping (1 << 6) for match, replacing what it was; built-in types are left
 * as they are. Returns whether cls changed.
 */
defineFunction('_abc', '_set_collection_flag', (_self, argv, argc, kwnames) => {
  noKeywords('_set_collection_flag', kwnames);
  checkPositional('_set_collection_flag', argc, 2, 2);
  const cls = typeArg(arg(argv, 0));
  const flagV = arg(argv, 1);
  const flag = (flagV & 1) !== 0 ? flagV >> 1 : 0;
  const want = flag & PY_SEQUENCE ? TPF_SEQUENCE : flag & PY_MAPPING ? TPF_MAPPING : 0;
  if (!isHeapType(cls)) return S.False;
  const old = typeFlags(cls);
  if ((old & (TPF_SEQUENCE | TPF_MAPPING)) === want) return S.False;
  setTypeFlags(cls, (old & ~(TPF_SEQUENCE | TPF_MAPPING)) | want);
  return S.True;
});

defineBuiltinModule('_abc', 'Helpers of the abc module written in TypeScript.');
