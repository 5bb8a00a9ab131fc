/**
 * The object protocols (CPython's abstract.c and object.c): what `repr(x)`,
 * `x + y`, `x < y`, `hash(x)`, `x[k]`, `iter(x)`, `len(x)`, `bool(x)` do for
 * any value, by dispatching to the type's slots (src/objects/typeobject.ts).
 * Each function either returns a result or throws the error sentinel with a
 * Python exception set, with CPython's messages.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { E, S, T } from '../objects/registry.js';
import { strCompare, strEquals, strValue } from '../objects/str.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField, slotsOf, TP_NAME, TPF_HEAPTYPE, typeFlags } from '../objects/typeobject.js';
import { leaveRecursiveCall, reprCallEnter, WHILE_REPR, WHILE_STR } from '../objects/list-reprguard.js';
import { raise, type PyError } from './errors.js';
import { handleCount, pushHandle, releaseHandles } from './thread-state.js';

export const CMP_LT = 0;
export const CMP_LE = 1;
export const CMP_EQ = 2;
export const CMP_NE = 3;
export const CMP_GT = 4;
export const CMP_GE = 5;
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
const CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];

/** The type's __name__ as a JS string. */
export function typeName(type: Ref): string {
  return strValue(getField(type, TP_NAME));
}
/** type(v).__name__ */
export function typeNameOf(v: Value): string {
  return typeName(typeOf(v));
}

export function boolValue(b: boolean): Ref {
  return b ? S.True : S.False;
}

// ---- repr, str, hash ------------------------------------------------------------------------

export function repr(v: Value): Ref {
  const t = typeOf(v);
  const f = slotsOf(t).repr;
  if (f === undefined) throw new Error(`no repr slot for ${typeNameOf(v)}`);
  // CPython's C recursion budget (list-reprguard.ts): one unit, three for a method in Python.
  const units = reprCallEnter(WHILE_REPR, (typeFlags(t) & TPF_HEAPTYPE) !== 0);
  try {
    return f(v);
  } finally {
    leaveRecursiveCall(units);
  }
}

export function str(v: Value): Ref {
  if ((v & 1) === 0 && i32[v >> 2] === T.str) return v;
  const t = typeOf(v);
  const slots = slotsOf(t);
  const f = slots.str ?? slots.repr;
  if (f === undefined) throw new Error(`no str slot for ${typeNameOf(v)}`);
  const units = reprCallEnter(WHILE_STR, (typeFlags(t) & TPF_HEAPTYPE) !== 0);
  try {
    return f(v);
  } finally {
    leaveRecursiveCall(units);
  }
}

export function hashValue(v: Value): number {
  if ((v & 1) !== 0) {
    const n = v >> 1;
    return n === -1 ? -2 : n;
  }
  const f = slotsOf(typeOf(v)).hash;
  if (f === undefined) throw raise(E.TypeError, `unhashable type: '${typeNameOf(v)}'`);
  return f(v);
}

// ---- truth, length --------------------------------------------------------------------------

export function isTrue(v: Value): boolean {
  if (v === S.True) return true;
  if (v === S.False || v === S.None) return false;
  if ((v & 1) !== 0) return v !== 1;
  const slots = slotsOf(typeOf(v));
  if (slots.bool !== undefined) return slots.bool(v);
  if (slots.len !== undefined) return slots.len(v) !== 0;
  return true;
}

export function length(v: Value): number {
  const f = slotsOf(typeOf(v)).len;
  if (f === undefined) throw raise(E.TypeError, `object of type '${typeNameOf(v)}' has no len()`);
  return f(v);
}

// ---- comparison -----------------------------------------------------------------------------

/**
 * Two strs compared (op: CMP_LT ... CMP_GE): str's richcompare slot, and richCompare's own
 * path for two exact strs, without the slot dispatch. After numbers the commonest comparison
 * (`ch == 'A'`, sorting names), whose dispatch through the types' slots was about half its cost
 * (pystone.py, --cpu-prof).
 */
export function strRichCompareOf(a: Ref, b: Ref, op: number): Value {
  if (op === CMP_EQ) return boolValue(a === b || strEquals(a, b));
  if (op === CMP_NE) return boolValue(a !== b && !strEquals(a, b));
  const c = strCompare(a, b);
  return boolValue(op === CMP_LT ? c < 0 : op === CMP_LE ? c <= 0 : op === CMP_GT ? c > 0 : c >= 0);
}

/** CPython's PyObject_RichCompare: a value (usually a bool). */
export function richCompare(a: Value, b: Value, op: number): Value {
  if (((a | b) & 1) === 0 && i32[a >> 2] === T.str && i32[b >> 2] === T.str) return strRichCompareOf(a, b, op);
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const f = slotsOf(tb).richcompare;
    if (f !== undefined) {
      checkedReverse = true;
      const r = f(b, a, CMP_SWAPPED[op]!);
      if (r !== S.NotImplemented) return r;
    }
  }
  const fa = slotsOf(ta).richcompare;
  if (fa !== undefined) {
    const r = fa(a, b, op);
    if (r !== S.NotImplemented) return r;
  }
  if (!checkedReverse) {
    const fb = slotsOf(tb).richcompare;
    if (fb !== undefined) {
      const r = fb(b, a, CMP_SWAPPED[op]!);
      if (r !== S.NotImplemented) return r;
    }
  }
  if (op === CMP_EQ) return boolValue(a === b);
  if (op === CMP_NE) return boolValue(a !== b);
  throw raise(
    E.TypeError,
    `'${CMP_SYMBOL[op]}' not supported between instances of '${typeName(ta)}' and '${typeName(tb)}'`,
  );
}

/** a == b as a JS boolean (identity first, as containers do). */
export function richEq(a: Value, b: Value): boolean {
  if (a === b) return true;
  return isTrue(richCompare(a, b, CMP_EQ));
}

// ---- arithmetic -----------------------------------------------------------------------------

const NB_SYMBOL = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
]; // prettier-ignore
export const NB_INPLACE_OFFSET = 13;

/**
 * `a <op> b` for BINARY_OP's argument `nb`. An in-place `nb` tries the in-place
 * form first (the slot receives the in-place code) and falls back to the plain
 * operator, as CPython's binary_iop1.
 */
export function binaryOp(a: Value, b: Value, nb: number): Value {
  if (nb >= NB_INPLACE_OFFSET) {
    const f = slotsOf(typeOf(a)).binop;
    if (f !== undefined) {
      const r = f(a, b, nb);
      if (r !== S.NotImplemented) return r;
    }
    const r = binaryOp1(a, b, nb - NB_INPLACE_OFFSET);
    if (r !== S.NotImplemented) return r;
  } else {
    const r = binaryOp1(a, b, nb);
    if (r !== S.NotImplemented) return r;
  }
  throw binopTypeError(a, b, nb);
}

/** The TypeError of `a <op> b` when no operand supports it. */
export function binopTypeError(a: Value, b: Value, nb: number): PyError {
  const ta = typeName(typeOf(a));
  const tb = typeName(typeOf(b));
  if (nb === 8 || nb === 21) {
    return raise(E.TypeError, `unsupported operand type(s) for ** or pow(): '${ta}' and '${tb}'`);
  }
  return raise(E.TypeError, `unsupported operand type(s) for ${NB_SYMBOL[nb]}: '${ta}' and '${tb}'`);
}

/** CPython's binary_op1: the left operand's slot, then the right's (a subclass on the right first). */
function binaryOp1(a: Value, b: Value, nb: number): Value {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = slotsOf(ta).binop;
  const fb = ta === tb ? undefined : slotsOf(tb).binop;
  const sameFn = fa === fb;
  if (fa !== undefined) {
    if (fb !== undefined && !sameFn && isSubtype(tb, ta)) {
      const r = fb(a, b, nb);
      if (r !== S.NotImplemented) return r;
      const r2 = fa(a, b, nb);
      return r2;
    }
    const r = fa(a, b, nb);
    if (r !== S.NotImplemented) return r;
  }
  if (fb !== undefined && !sameFn) return fb(a, b, nb);
  // Heap types share one slot table: the right operand's reflected method still gets its turn.
  if (fb !== undefined && sameFn && (typeFlags(tb) & TPF_HEAPTYPE) !== 0 && fa !== undefined) {
    return fb(a, b, nb | REFLECTED_ONLY);
  }
  return S.NotImplemented;
}

/**
 * Flag added to `nb` when a heap type's binop is asked only for the right
 * operand's reflected method (both operands share HEAP_SLOTS).
 */
export const REFLECTED_ONLY = 0x100;

const UNARY_NAME = ['unary -', 'unary +', 'unary ~'];
export function unaryOp(v: Value, op: number): Value {
  const f = slotsOf(typeOf(v)).unary;
  if (f !== undefined) {
    const r = f(v, op);
    if (r !== S.NotImplemented) return r;
  }
  throw raise(E.TypeError, `bad operand type for ${UNARY_NAME[op]}: '${typeNameOf(v)}'`);
}

// ---- items and iteration --------------------------------------------------------------------

export function getItem(container: Value, key: Value): Value {
  const f = slotsOf(typeOf(container)).getitem;
  if (f === undefined) {
    const t = typeOf(container);
    if (t === T.type || isSubtype(t, T.type)) return classGetItem(container, key);
    throw raise(E.TypeError, `'${typeNameOf(container)}' object is not subscriptable`);
  }
  return f(container, key);
}

/** `SomeClass[key]`: __class_getitem__ (hooked by the class machinery). */
export let classGetItem = (cls: Value, _key: Value): Value => {
  throw raise(E.TypeError, `type '${typeName(cls)}' is not subscriptable`);
};
export function setClassGetItem(f: (cls: Value, key: Value) => Value): void {
  classGetItem = f;
}

export function setItem(container: Value, key: Value, value: Value): void {
  const f = slotsOf(typeOf(container)).setitem;
  if (f === undefined) throw raise(E.TypeError, `'${typeNameOf(container)}' object does not support item assignment`);
  f(container, key, value);
}

export function delItem(container: Value, key: Value): void {
  const f = slotsOf(typeOf(container)).delitem;
  if (f === undefined) throw raise(E.TypeError, `'${typeNameOf(container)}' object does not support item deletion`);
  f(container, key);
}

export function getIter(v: Value): Value {
  const f = slotsOf(typeOf(v)).iter;
  if (f === undefined) {
    if (slotsOf(typeOf(v)).getitem !== undefined) return sequenceIter(v);
    throw raise(E.TypeError, `'${typeNameOf(v)}' object is not iterable`);
  }
  return f(v);
}

/** iter() of an object with only __getitem__ (hooked by the iterator module). */
export let sequenceIter = (v: Value): Value => {
  throw raise(E.TypeError, `'${typeNameOf(v)}' object is not iterable`);
};
export function setSequenceIter(f: (v: Value) => Value): void {
  sequenceIter = f;
}

type NextFn = (it: Value) => Value;
/** next() of list and tuple iterators (hooked by the iterator module, which imports this one). */
let listIteratorNext: NextFn = () => NULL;
let tupleIteratorNext: NextFn = () => NULL;
export function setSequenceIteratorNexts(list: NextFn, tuple: NextFn): void {
  listIteratorNext = list;
  tupleIteratorNext = tuple;
}

/** The next item, or NULL when the iterator is exhausted (StopIteration is swallowed). */
export function iterNext(it: Value): Value {
  // Lists' and tuples' iterators called directly (CPython's FOR_ITER_LIST and FOR_ITER_TUPLE),
  // not through the type's slot table: `for x in a_list: pass` 24 -> 17 ns an item, max(list)
  // 60 -> 40 ns (docs/performance.md, "Loops at steady state").
  if ((it & 1) === 0) {
    const type = i32[it >> 2]!;
    if (type === T.list_iterator) return listIteratorNext(it);
    if (type === T.tuple_iterator) return tupleIteratorNext(it);
  }
  const f = slotsOf(typeOf(it)).next;
  if (f === undefined) throw raise(E.TypeError, `'${typeNameOf(it)}' object is not an iterator`);
  return f(it);
}

export function contains(container: Value, item: Value): boolean {
  const f = slotsOf(typeOf(container)).contains;
  if (f !== undefined) return f(container, item);
  const slots = slotsOf(typeOf(container));
  if (slots.iter === undefined && slots.getitem === undefined) {
    throw raise(E.TypeError, `argument of type '${typeNameOf(container)}' is not iterable`);
  }
  const it = getIter(container);
  const mark = handleCount();
  pushHandle(it);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return false;
      if (richEq(x, item)) return true;
    }
  } finally {
    releaseHandles(mark);
  }
}
