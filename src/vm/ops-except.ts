/**
 * The except* instructions, outside the main loop: CHECK_EG_MATCH and
 * CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR, as CPython 3.12 (the work is
 * in src/objects/exceptions-group.ts).
 */
import { Op } from '../bytecode/opcodes.js';
import type { Ref, Value } from '../heap/layout.js';
import { S } from '../objects/registry.js';
import { checkExceptStarType, exceptionGroupMatch, prepReraiseStar } from '../objects/exceptions-group.js';
import { opHooks } from './op-hooks.js';
import type { LoopState } from './ops.js';
import { setHandledException } from './thread-state.js';

const INTRINSIC_PREP_RERAISE_STAR = 1;

const previousRareOp = opHooks.rareOp;
opHooks.rareOp = (op: number, arg: number, st: LoopState, code: Ref, sp: number): number => {
  if (op !== Op.CHECK_EG_MATCH) return previousRareOp(op, arg, st, code, sp);
  // (exc_value, match_type -- rest, match)
  const matchType = i32[sp - 1]!;
  checkExceptStarType(matchType);
  const [match, rest] = exceptionGroupMatch(i32[sp - 2]!, matchType);
  i32[sp - 2] = rest;
  i32[sp - 1] = match;
  // The matched part is what sys.exc_info() reports inside the clause.
  if (match !== S.None) setHandledException(match);
  st.sp = sp;
  return 0;
};

const previousIntrinsic2 = opHooks.intrinsic2;
opHooks.intrinsic2 = (which: number, a: Value, b: Value): Value => {
  if (which === INTRINSIC_PREP_RERAISE_STAR) return prepReraiseStar(a, b);
  return previousIntrinsic2(which, a, b);
};
