/**
 * The first builtins: len, repr. (The builtins module grows in
 * src/lib/builtins*.ts; print is in src/lib/io-open.ts.)
 */
import { NULL, type Ref } from '../heap/layout.js';
import { defineFunction } from '../objects/native.js';
import { E } from '../objects/registry.js';
import { enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING } from '../objects/list-reprguard.js';
import { lengthValue } from '../objects/range.js';
import { tupleLength } from '../objects/tuple.js';
import { repr } from './abstract.js';
import { raise } from './errors.js';

function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

defineFunction('builtins', 'len', (_self, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'len() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `len() takes exactly one argument (${argc} given)`);
  return lengthValue(i32[argv]!);
});

defineFunction('builtins', 'repr', (_self, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'repr() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `repr() takes exactly one argument (${argc} given)`);
  // A builtin's call spends a unit of CPython's C recursion budget (cfunction_vectorcall_O).
  enterRecursiveCall(WHILE_CALLING);
  try {
    return repr(i32[argv]!);
  } finally {
    leaveRecursiveCall(1);
  }
});
