/**
 * types.UnionType: what `int | str` gives (PEP 604). `X | Y` on classes, None,
 * types.GenericAlias (list[int]) and unions makes one; anything else gives
 * NotImplemented, so typing's objects answer with their own __or__/__ror__.
 *
 *     UnionType body (values):  | args | parameters |
 *
 *   args        a tuple, flattened (a union inside a union is spread out) and
 *               without duplicates; None is stored as NoneType
 *   parameters  the __parameters__ of the generic aliases among the args, made on
 *               first use (NULL until then)
 *
 * It prints as `int | str` (NoneType as None), compares equal to a union of the
 * same args in any order, and works as the second argument of isinstance and
 * issubclass.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { onAfterTypes } from '../objects/bootstrap-hooks.js';
import { intern } from '../objects/intern.js';
import { defineGetter } from '../objects/descriptors-getset.js';
import { defineMethod } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isInstance, isSubclass } from '../objects/type.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { declareSlots, getField, setField, TP_QUALNAME } from '../objects/typeobject.js';
import { boolValue, CMP_EQ, CMP_NE, hashValue, repr, richEq, str } from '../vm/abstract.js';
import { getAttrOptional } from '../vm/attributes.js';
import { raise } from '../vm/errors.js';
import { exactlyOne } from './builtins-args.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';

const UN_ARGS = 0;
const UN_PARAMS = 1;
const NB_OR = 7; // BINARY_OP's argument for |

function isUnion(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T['types.UnionType'];
}
function isGenericAlias(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T.GenericAlias;
}
function isClass(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.type);
}

/** What `|` accepts on both sides (CPython's is_unionable). */
function unionable(v: Value): boolean {
  return v === S.None || isClass(v) || isGenericAlias(v) || isUnion(v);
}

/** `a | b` for two unionable operands: the flattened, de-duplicated args, or the one arg left. */
function unionOf(a: Value, b: Value): Value {
  const items: Value[] = [];
  const mark = handleCount();
  try {
    const add = (v: Value): void => {
      if (isUnion(v)) {
        const args = getField(v, UN_ARGS);
        for (let i = 0, n = tupleLength(args); i < n; i++) add(tupleGet(args, i));
        return;
      }
      const item = v === S.None ? T.NoneType : v;
      for (const seen of items) if (seen === item || richEq(seen, item)) return;
      pushHandle(item);
      items.push(item);
    };
    add(a);
    add(b);
    if (items.length === 1) return items[0]!;
    const args = newTuple(items);
    pushHandle(args);
    const u = allocate(T['types.UnionType'], HEADER_BYTES + 8, false);
    setField(u, UN_ARGS, args);
    setField(u, UN_PARAMS, NULL);
    return u;
  } finally {
    releaseHandles(mark);
  }
}

/** The binary-operator slot of type, GenericAlias and UnionType: only `|`, only unionables. */
function orSlot(a: Value, b: Value, nb: number): Value {
  if (nb !== NB_OR) return S.NotImplemented;
  if (!unionable(a) || !unionable(b)) return S.NotImplemented;
  return unionOf(a, b);
}

// ---- repr ---------------------------------------------------------------------------------

/** One member as CPython's union_repr_item writes it: None, a generic alias's repr, module.qualname. */
function reprItem(p: Value): string {
  if (p === T.NoneType) return 'None';
  if (isGenericAlias(p)) return strValue(repr(p));
  const qualname = getAttrOptional(p, intern('__qualname__'));
  if (qualname === NULL) return strValue(repr(p));
  const mark = handleCount();
  try {
    pushHandle(qualname);
    const module = getAttrOptional(p, intern('__module__'));
    if (module === NULL || module === S.None) return strValue(repr(p));
    pushHandle(module);
    const moduleName = strValue(str(module));
    if (moduleName === 'builtins') return strValue(str(qualname));
    return `${moduleName}.${strValue(str(qualname))}`;
  } finally {
    releaseHandles(mark);
  }
}

function unionRepr(u: Value): Ref {
  const args = getField(u, UN_ARGS);
  const parts: string[] = [];
  for (let i = 0, n = tupleLength(args); i < n; i++) parts.push(reprItem(tupleGet(args, i)));
  return newStr(parts.join(' | '));
}

// ---- comparison and hash ------------------------------------------------------------------

function containsArg(args: Ref, v: Value): boolean {
  for (let i = 0, n = tupleLength(args); i < n; i++) {
    const a = tupleGet(args, i);
    if (a === v || richEq(a, v)) return true;
  }
  return false;
}

/** Same members in any order (the args are without duplicates, so counts and containment do). */
function sameMembers(a: Value, b: Value): boolean {
  const x = getField(a, UN_ARGS);
  const y = getField(b, UN_ARGS);
  if (tupleLength(x) !== tupleLength(y)) return false;
  for (let i = 0, n = tupleLength(x); i < n; i++) if (!containsArg(y, tupleGet(x, i))) return false;
  return true;
}

// ---- parameters ---------------------------------------------------------------------------

function parametersOf(u: Value): Ref {
  let p = getField(u, UN_PARAMS);
  if (p !== NULL) return p;
  const found: Value[] = [];
  const mark = handleCount();
  try {
    const args = getField(u, UN_ARGS);
    for (let i = 0, n = tupleLength(args); i < n; i++) {
      const a = tupleGet(args, i);
      if (isClass(a)) continue;
      const sub = getAttrOptional(a, intern('__parameters__'));
      if (sub === NULL || (sub & 1) !== 0 || !isSubtype(typeOf(sub), T.tuple)) continue;
      pushHandle(sub);
      for (let k = 0, m = tupleLength(sub); k < m; k++) {
        const v = tupleGet(sub, k);
        if (!found.includes(v)) {
          pushHandle(v);
          found.push(v);
        }
      }
    }
    p = found.length === 0 ? S.emptyTuple : newTuple(found);
    setField(u, UN_PARAMS, p);
    return p;
  } finally {
    releaseHandles(mark);
  }
}

// ---- isinstance / issubclass --------------------------------------------------------------

function checkMembers(u: Value, target: Value, which: 'isinstance' | 'issubclass'): Value {
  const args = getField(u, UN_ARGS);
  const n = tupleLength(args);
  for (let i = 0; i < n; i++) {
    if (isGenericAlias(tupleGet(args, i))) {
      throw raise(E.TypeError, `${which}() argument 2 cannot be a parameterized generic`);
    }
  }
  const mark = handleCount();
  try {
    pushHandle(args);
    for (let i = 0; i < n; i++) {
      const a = tupleGet(args, i);
      if (which === 'isinstance' ? isInstance(target, a) : isSubclass(target, a)) return S.True;
    }
    return S.False;
  } finally {
    releaseHandles(mark);
  }
}

// ---- the type -----------------------------------------------------------------------------

onAfterTypes(() => {
  setField(T['types.UnionType'], TP_QUALNAME, intern('UnionType'));
});

declareSlots('types.UnionType', {
  repr: unionRepr,
  hash(u) {
    // order-independent, as CPython's hash of the frozenset of the args
    const args = getField(u, UN_ARGS);
    let h = 0x3c5a9d1;
    for (let i = 0, n = tupleLength(args); i < n; i++) h ^= Math.imul(hashValue(tupleGet(args, i)) | 0, 0x9e3779b1);
    return h === -1 ? -2 : h;
  },
  richcompare(u, other, op) {
    if (!isUnion(other) || (op !== CMP_EQ && op !== CMP_NE)) return S.NotImplemented;
    const same = sameMembers(u, other);
    return boolValue(op === CMP_EQ ? same : !same);
  },
  binop: orSlot,
});
// `int | str`, `list[int] | None`: type and GenericAlias get the same `|`
declareSlots('type', { binop: orSlot });
declareSlots('GenericAlias', { binop: orSlot });

defineGetter('types.UnionType', '__args__', (u) => getField(u, UN_ARGS));
defineGetter('types.UnionType', '__parameters__', parametersOf);
defineMethod('types.UnionType', '__instancecheck__', (u, argv, argc, kwnames) => {
  exactlyOne('__instancecheck__', argc, kwnames);
  return checkMembers(u, i32[argv]!, 'isinstance');
});
defineMethod('types.UnionType', '__subclasscheck__', (u, argv, argc, kwnames) => {
  exactlyOne('__subclasscheck__', argc, kwnames);
  return checkMembers(u, i32[argv]!, 'issubclass');
});

/** The Python-visible __or__ and __ror__ (heap metaclasses reach `|` through these). */
for (const owner of ['type', 'GenericAlias', 'types.UnionType'] as const) {
  defineMethod(owner, '__or__', (self, argv, argc, kwnames) => {
    exactlyOne('__or__', argc, kwnames);
    return orSlot(self, i32[argv]!, NB_OR);
  });
  defineMethod(owner, '__ror__', (self, argv, argc, kwnames) => {
    exactlyOne('__ror__', argc, kwnames);
    return orSlot(i32[argv]!, self, NB_OR);
  });
}
