/**
 * PEP 695 syntax at run time: `def f[T](...)`, `class C[T]: ...` and `type X = ...`
 * compile to CALL_INTRINSIC_1/2 instructions that make type variables, the
 * Generic[...] base, type aliases and a function's __type_params__. CPython makes
 * those objects in C (Objects/typevarobject.c); gilvm's typing module is in Python,
 * so each intrinsic here calls typing._type_param_intrinsic(kind, a, b), which makes
 * the same objects as typing.TypeVar(..., infer_variance=True) and friends.
 *
 *   kind  = the CALL_INTRINSIC_1 code (7 TYPEVAR, 8 PARAMSPEC, 9 TYPEVARTUPLE,
 *           10 SUBSCRIPT_GENERIC, 11 TYPEALIAS), with b None;
 *         = 100 + the CALL_INTRINSIC_2 code (2 TYPEVAR_WITH_BOUND,
 *           3 TYPEVAR_WITH_CONSTRAINTS, 4 SET_FUNCTION_TYPE_PARAMS).
 */
import { fromSmallInt, type Value } from '../heap/layout.js';
import { intern } from '../objects/intern.js';
import { S } from '../objects/registry.js';
import { getAttr } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { opHooks } from '../vm/op-hooks.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { importAbsolute } from './import.js';

const FIRST_TYPE_PARAM_INTRINSIC_1 = 7;
const LAST_TYPE_PARAM_INTRINSIC_1 = 11;
const FIRST_TYPE_PARAM_INTRINSIC_2 = 2;
const LAST_TYPE_PARAM_INTRINSIC_2 = 4;

function viaTyping(kind: number, a: Value, b: Value): Value {
  const mark = handleCount();
  try {
    // a and b stay rooted while the import may run Python code (and collect)
    const ha = pushHandle(a);
    const hb = pushHandle(b);
    const typing = pushHandle(importAbsolute('typing'));
    const hook = pushHandle(getAttr(getHandle(typing), intern('_type_param_intrinsic')));
    return callArray(getHandle(hook), [fromSmallInt(kind), getHandle(ha), getHandle(hb)]);
  } finally {
    releaseHandles(mark);
  }
}

const previousIntrinsic1 = opHooks.intrinsic1;
opHooks.intrinsic1 = (which, v) =>
  which >= FIRST_TYPE_PARAM_INTRINSIC_1 && which <= LAST_TYPE_PARAM_INTRINSIC_1
    ? viaTyping(which, v, S.None)
    : previousIntrinsic1(which, v);

const previousIntrinsic2 = opHooks.intrinsic2;
opHooks.intrinsic2 = (which, a, b) =>
  which >= FIRST_TYPE_PARAM_INTRINSIC_2 && which <= LAST_TYPE_PARAM_INTRINSIC_2
    ? viaTyping(100 + which, a, b)
    : previousIntrinsic2(which, a, b);
