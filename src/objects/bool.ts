/**
 * bool: a subclass of int whose two instances, True and False, are heap ints
 * of type bool (layout in src/objects/int.ts). It inherits int's slots except
 * repr, truth and `& | ^`, which give a bool when both operands are bools.
 *
 *   bool.__new__(cls, x=False, /)   (static native, called by type.__call__)
 */
import type { Ref, Value } from '../heap/layout.js';
import { boolValue, isTrue } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { intern } from './intern.js';
import { intBinop, NB_AND, NB_OR, NB_XOR } from './int-slots.js';
import { defineMethod, kwCount, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { checkNewClass } from './int-new.js';
import { declareSlots } from './typeobject.js';
import { oneArgConversions } from './type.js';

function isBoolValue(v: Value): boolean {
  return v === S.True || v === S.False;
}

declareSlots('bool', {
  repr(self: Value): Ref {
    return intern(self === S.True ? 'True' : 'False');
  },
  bool(self: Value): boolean {
    return self === S.True;
  },
  binop(a: Value, b: Value, nb: number): Value {
    const op = nb >= 13 ? nb - 13 : nb;
    if ((op === NB_AND || op === NB_OR || op === NB_XOR) && isBoolValue(a) && isBoolValue(b)) {
      const x = a === S.True;
      const y = b === S.True;
      return boolValue(op === NB_AND ? x && y : op === NB_OR ? x || y : x !== y);
    }
    return intBinop(a, b, nb);
  },
});

/** bool(x): the truth of x (x=False). */
export function boolNew(_self: Value, argv: number, argc: number, kwnames: Ref): Value {
  checkNewClass('bool', argv, argc, T.bool);
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'bool() takes no keyword arguments');
  const n = argc - 1; // argv[0] is the class
  if (n > 1) throw raise(E.TypeError, `bool expected at most 1 argument, got ${n}`);
  if (n === 0) return S.False;
  return boolValue(isTrue(i32[argv + 1]!));
}
defineMethod('bool', '__new__', boolNew, MDF_STATIC);
// bool(x) itself, as boolNew gives it for one positional argument.
oneArgConversions.bool = (x) => boolValue(isTrue(x));
