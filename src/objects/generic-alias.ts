/**
 * types.GenericAlias: what `list[int]` gives (PEP 585), made by the built-in
 * containers' `__class_getitem__` (and `types.GenericAlias(origin, args)`).
 * CPython's Objects/genericaliasobject.c is the reference.
 *
 *     GenericAlias body (values):  | origin | args | parameters | starred |
 *
 *   args        always a tuple (`list[int]` stores `(int,)`)
 *   parameters  the type variables among the args, computed on first use (NULL until then)
 *   starred     True for `*tuple[int]` (not made yet: no __iter__), else False
 *
 * An alias forwards every attribute except a few of its own to its origin
 * (`list[int].append` is `list.append`), and calling it calls the origin.
 */
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, type Ref, type Value } from '../heap/layout.js';
import { contains, hashValue, repr, richEq, setClassGetItem, str } from '../vm/abstract.js';
import { callFound0, genericGetAttr, getAttr, getAttrOptional, lookupTypeString, setAttr } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { exceptionMatches, fetchException, isPyError, raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { defineGetter } from './descriptors-getset.js';
import { classGetItem } from './heap-slots.js';
import { intern } from './intern.js';
import { defineMethod, MDF_CLASS, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { kwLen } from './type-args.js';
import { typeQualnameJs } from './type-info.js';
import { listAppend, listFromIterable, listGet, listLength } from './list.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots, getField, setField } from './typeobject.js';

const GA_ORIGIN = 0;
const GA_ARGS = 1;
const GA_PARAMS = 2;
const GA_STARRED = 3;

/** `origin[args]`: args is made a 1-tuple unless it is a tuple already. */
export function newGenericAlias(origin: Value, args: Value): Ref {
  const mark = handleCount();
  try {
    pushHandle(origin);
    const t = (args & 1) === 0 && args !== NULL && isSubtype(typeOf(args), T.tuple) ? args : newTuple([args]);
    pushHandle(t);
    const ga = allocate(T.GenericAlias, HEADER_BYTES + 16, false);
    setField(ga, GA_ORIGIN, origin);
    setField(ga, GA_ARGS, t);
    setField(ga, GA_PARAMS, NULL);
    setField(ga, GA_STARRED, S.False);
    return ga;
  } finally {
    releaseHandles(mark);
  }
}

function isGenericAlias(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && i32[v >> 2] === T.GenericAlias;
}

function isType(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.type);
}

// ---- repr ---------------------------------------------------------------------------------

/** One argument as CPython's ga_repr_item writes it: `...`, `module.qualname` for classes, else repr(). */
function reprItem(p: Value): string {
  if (p === S.Ellipsis) return '...';
  if (getAttrOptional(p, intern('__origin__')) !== NULL && getAttrOptional(p, intern('__args__')) !== NULL) {
    return strValue(repr(p)); // looks like a generic alias
  }
  const qualname = getAttrOptional(p, intern('__qualname__'));
  if (qualname === NULL) return strValue(repr(p));
  const mark = handleCount();
  try {
    pushHandle(qualname);
    const module = getAttrOptional(p, intern('__module__'));
    if (module === NULL || module === S.None) return strValue(repr(p));
    pushHandle(module);
    const isStr = (module & 1) === 0 && isSubtype(typeOf(module), T.str);
    if (isStr && strValue(str(module)) === 'builtins') return strValue(str(qualname));
    return `${strValue(str(module))}.${strValue(str(qualname))}`;
  } finally {
    releaseHandles(mark);
  }
}

/** A list argument (Callable[[int, str], ...]'s parameter list): `[int, str]`. */
function reprItems(p: Value): string {
  if ((p & 1) !== 0 || typeOf(p) !== T.list) return reprItem(p);
  const parts: string[] = [];
  for (let i = 0; i < listLength(p); i++) parts.push(reprItem(listGet(p, i)));
  return `[${parts.join(', ')}]`;
}

function gaRepr(ga: Value): Ref {
  const args = getField(ga, GA_ARGS);
  const n = tupleLength(args);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(reprItems(tupleGet(args, i)));
  const star = getField(ga, GA_STARRED) === S.True ? '*' : '';
  return newStr(`${star}${reprItem(getField(ga, GA_ORIGIN))}[${n === 0 ? '()' : parts.join(', ')}]`);
}

// ---- parameters ---------------------------------------------------------------------------

/**
 * CPython's _Py_make_parameters: the args that are type variables (they have
 * __typing_subst__), and the __parameters__ of args that are generic
 * themselves, each once, in order. Classes are skipped.
 */
function makeParameters(args: Ref): Ref {
  const found: Value[] = [];
  const mark = handleCount();
  try {
    const add = (v: Value): void => {
      if (found.includes(v)) return;
      pushHandle(v);
      found.push(v);
    };
    const n = tupleLength(args);
    for (let i = 0; i < n; i++) {
      const t = tupleGet(args, i);
      if (isType(t)) continue;
      if (getAttrOptional(t, intern('__typing_subst__')) !== NULL) {
        add(t);
        continue;
      }
      const sub = getAttrOptional(t, intern('__parameters__'));
      if (sub !== NULL && (sub & 1) === 0 && isSubtype(typeOf(sub), T.tuple)) {
        pushHandle(sub);
        const m = tupleLength(sub);
        for (let k = 0; k < m; k++) add(tupleGet(sub, k));
      }
    }
    return found.length === 0 ? S.emptyTuple : newTuple(found);
  } finally {
    releaseHandles(mark);
  }
}

function parametersOf(ga: Value): Ref {
  let p = getField(ga, GA_PARAMS);
  if (p === NULL) {
    p = makeParameters(getField(ga, GA_ARGS));
    setField(ga, GA_PARAMS, p);
  }
  return p;
}

// ---- slots --------------------------------------------------------------------------------

/** Names an alias answers itself; every other attribute is the origin's (CPython's attr_exceptions). */
const OWN_ATTRIBUTES = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]); // prettier-ignore

declareSlots('GenericAlias', {
  repr: gaRepr,
  hash(ga) {
    const h = hashValue(getField(ga, GA_ORIGIN)) ^ hashValue(getField(ga, GA_ARGS));
    return h === -1 ? -2 : h;
  },
  richcompare(ga, other, op) {
    if (!isGenericAlias(other) || (op !== 2 && op !== 3)) return S.NotImplemented;
    const same =
      getField(ga, GA_STARRED) === getField(other, GA_STARRED) &&
      richEq(getField(ga, GA_ORIGIN), getField(other, GA_ORIGIN)) &&
      richEq(getField(ga, GA_ARGS), getField(other, GA_ARGS));
    return (op === 2) === same ? S.True : S.False;
  },
  getattr(ga, name) {
    if (!OWN_ATTRIBUTES.has(strValue(name))) return getAttr(getField(ga, GA_ORIGIN), name);
    return genericGetAttr(ga, name);
  },
  /** Calls the origin, then records the alias on the result as __orig_class__ where it can. */
  call(ga, argv, argc, kwnames) {
    const obj = callValue(getField(ga, GA_ORIGIN), argv, argc, kwnames);
    const mark = handleCount();
    try {
      pushHandle(obj);
      try {
        setAttr(obj, intern('__orig_class__'), ga);
      } catch (e) {
        if (!isPyError(e) || !(exceptionMatches(E.AttributeError) || exceptionMatches(E.TypeError))) throw e;
        fetchException();
      }
      return obj;
    } finally {
      releaseHandles(mark);
    }
  },
  getitem(ga) {
    // Substituting type variables needs the typing module, which gilvm does not have yet.
    const params = parametersOf(ga);
    if (tupleLength(params) === 0) throw raise(E.TypeError, `${strValue(gaRepr(ga))} is not a generic class`);
    throw raise(E.TypeError, `${strValue(gaRepr(ga))}: substituting type variables is not supported`);
  },
});

defineGetter('GenericAlias', '__origin__', (ga) => getField(ga, GA_ORIGIN));
defineGetter('GenericAlias', '__args__', (ga) => getField(ga, GA_ARGS));
defineGetter('GenericAlias', '__parameters__', parametersOf);
defineGetter('GenericAlias', '__unpacked__', (ga) => getField(ga, GA_STARRED));
defineGetter('GenericAlias', '__typing_unpacked_tuple_args__', (ga) =>
  getField(ga, GA_STARRED) === S.True && getField(ga, GA_ORIGIN) === T.tuple ? getField(ga, GA_ARGS) : S.None,
);

/** dir(origin) plus the alias's own attributes (CPython's ga_dir). */
defineMethod('GenericAlias', '__dir__', (ga) => {
  const origin = getField(ga, GA_ORIGIN);
  const mark = handleCount();
  try {
    const f = lookupTypeString(typeOf(origin), '__dir__');
    if (f === NULL) throw raise(E.TypeError, 'object does not provide __dir__');
    const r = callFound0(f, origin);
    pushHandle(r);
    const names = listFromIterable(r);
    pushHandle(names);
    for (const name of OWN_ATTRIBUTES) {
      const key = intern(name);
      if (!contains(names, key)) listAppend(names, key);
    }
    return names;
  } finally {
    releaseHandles(mark);
  }
});
defineMethod('GenericAlias', '__mro_entries__', (ga) => newTuple([getField(ga, GA_ORIGIN)]));
defineMethod('GenericAlias', '__instancecheck__', () => {
  throw raise(E.TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
});
defineMethod('GenericAlias', '__subclasscheck__', () => {
  throw raise(E.TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
});
defineMethod('GenericAlias', '__reduce__', (ga) => {
  const mark = handleCount();
  try {
    const inner = newTuple([getField(ga, GA_ORIGIN), getField(ga, GA_ARGS)]);
    pushHandle(inner);
    return newTuple([T.GenericAlias, inner]);
  } finally {
    releaseHandles(mark);
  }
});
defineMethod(
  'GenericAlias',
  '__new__',
  (_cls, argv, argc, kwnames) => {
    if (kwLen(kwnames) > 0) throw raise(E.TypeError, 'GenericAlias() takes no keyword arguments');
    // argv[0] is the class itself (a static __new__)
    if (argc !== 3) throw raise(E.TypeError, `GenericAlias expected 2 arguments, got ${Math.max(0, argc - 1)}`);
    return newGenericAlias(i32[argv + 1]!, i32[argv + 2]!);
  },
  MDF_STATIC,
);

/** The built-in classes CPython gives a __class_getitem__: `list[int]` and the like. */
for (const owner of ['list', 'dict', 'tuple', 'set', 'frozenset', 'enumerate', 'BaseExceptionGroup', 'mappingproxy', 'async_generator']) {
  defineMethod(
    owner,
    '__class_getitem__',
    (cls, argv, argc, kwnames) => {
      // named as the bound method's __qualname__: the class it was called on
      const fn = `${typeQualnameJs(cls)}.__class_getitem__()`;
      if (kwLen(kwnames) > 0) throw raise(E.TypeError, `${fn} takes no keyword arguments`);
      if (argc !== 1) throw raise(E.TypeError, `${fn} takes exactly one argument (${argc} given)`);
      return newGenericAlias(cls, i32[argv]!);
    },
    MDF_CLASS,
  );
}

/**
 * `type[int]`: CPython's PyObject_GetItem special-cases `type` itself (type has no
 * __class_getitem__, which would make every class subscriptable through its metaclass).
 */
setClassGetItem((cls, key) => (cls === T.type ? newGenericAlias(cls, key) : classGetItem(cls, key)));
