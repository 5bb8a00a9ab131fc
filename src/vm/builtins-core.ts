/**
 * The first builtins: print, len, repr. (The builtins module grows in
 * src/lib/builtins*.ts.)
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { i32 } from '../heap/memory.js';
import { intFromNumber } from '../objects/int.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { strValue } from '../objects/str.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { length, repr, str, typeNameOf } from './abstract.js';
import { callArray } from './call.js';
import { raise } from './errors.js';
import { getAttr } from './attributes.js';
import { intern } from '../objects/intern.js';
import { newStr } from '../objects/str.js';
import { flushStdout, writeStdout } from './stdio.js';

function kwCount(kwnames: Ref): number {
  return kwnames === NULL ? 0 : tupleLength(kwnames);
}

defineFunction('builtins', 'print', (_self, argv, argc, kwnames) => {
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  let sep = ' ';
  let end = '\n';
  let file: Value = S.None;
  let flush = false;
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kwnames, k));
    const v = i32[argv + npos + k]!;
    if (name === 'sep' || name === 'end') {
      if (v !== S.None) {
        if (typeOf(v) !== T.str) throw raise(E.TypeError, `${name} must be None or a string, not ${typeNameOf(v)}`);
        if (name === 'sep') sep = strValue(v);
        else end = strValue(v);
      }
    } else if (name === 'file') file = v;
    else if (name === 'flush') flush = v !== S.None && v !== S.False && v !== 1;
    else throw raise(E.TypeError, `'${name}' is an invalid keyword argument for print()`);
  }
  let text = '';
  for (let i = 0; i < npos; i++) {
    if (i > 0) text += sep;
    text += strValue(str(i32[argv + i]!));
  }
  text += end;
  if (file === S.None) {
    writeStdout(text);
    if (flush) flushStdout();
  } else {
    const write = getAttr(file, intern('write'));
    callArray(write, [newStr(text)]);
    if (flush) callArray(getAttr(file, intern('flush')), []);
  }
  return S.None;
});

defineFunction('builtins', 'len', (_self, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'len() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `len() takes exactly one argument (${argc} given)`);
  return intFromNumber(length(i32[argv]!));
});

defineFunction('builtins', 'repr', (_self, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'repr() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `repr() takes exactly one argument (${argc} given)`);
  return repr(i32[argv]!);
});
