/**
 * What Python code sees of code objects and cells: the `co_*` attributes,
 * the code repr, `cell_contents`.
 */
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL } from '../bytecode/code.js';
import { NULL, fromSmallInt, type Value } from '../heap/layout.js';
import { raise } from '../vm/errors.js';
import {
  CO_ARGCOUNT,
  CO_CONSTS,
  CO_FILENAME,
  CO_FIRSTLINENO,
  CO_FLAGS,
  CO_KWONLY,
  CO_NAME,
  CO_NAMES,
  CO_POSONLY,
  CO_QUALNAME,
  CO_STACKSIZE,
  codeObjectOf,
} from './code.js';
import { defineGetSet, defineGetter } from './descriptors-getset.js';
import { CELL_CONTENTS } from './function.js';
import { intern } from './intern.js';
import { E } from './registry.js';
import { newStr, strValue } from './str.js';
import { newTuple } from './tuple.js';
import { declareSlots, getField, setField } from './typeobject.js';
import { newBytes } from './bytes.js';

function namesOfKind(code: Value, kind: number): Value {
  const co = codeObjectOf(code);
  const names: Value[] = [];
  co.co_localsplusnames.forEach((n, i) => {
    if ((co.co_localspluskinds[i]! & kind) !== 0) names.push(intern(n));
  });
  return newTuple(names);
}

defineGetter('code', 'co_argcount', (self) => getField(self, CO_ARGCOUNT));
defineGetter('code', 'co_posonlyargcount', (self) => getField(self, CO_POSONLY));
defineGetter('code', 'co_kwonlyargcount', (self) => getField(self, CO_KWONLY));
defineGetter('code', 'co_stacksize', (self) => getField(self, CO_STACKSIZE));
defineGetter('code', 'co_flags', (self) => getField(self, CO_FLAGS));
defineGetter('code', 'co_consts', (self) => getField(self, CO_CONSTS));
defineGetter('code', 'co_names', (self) => getField(self, CO_NAMES));
defineGetter('code', 'co_filename', (self) => getField(self, CO_FILENAME));
defineGetter('code', 'co_name', (self) => getField(self, CO_NAME));
defineGetter('code', 'co_qualname', (self) => getField(self, CO_QUALNAME));
defineGetter('code', 'co_firstlineno', (self) => getField(self, CO_FIRSTLINENO));
defineGetter('code', 'co_varnames', (self) => namesOfKind(self, CO_FAST_LOCAL));
defineGetter('code', 'co_cellvars', (self) => namesOfKind(self, CO_FAST_CELL));
defineGetter('code', 'co_freevars', (self) => namesOfKind(self, CO_FAST_FREE));
defineGetter('code', 'co_nlocals', (self) => {
  const co = codeObjectOf(self);
  let n = 0;
  for (const k of co.co_localspluskinds) if ((k & CO_FAST_LOCAL) !== 0) n++;
  return fromSmallInt(n);
});
defineGetter('code', 'co_code', (self) => newBytes(codeObjectOf(self).co_code));
defineGetter('code', 'co_linetable', (self) => newBytes(codeObjectOf(self).co_linetable));
defineGetter('code', 'co_exceptiontable', (self) => newBytes(codeObjectOf(self).co_exceptiontable));

declareSlots('code', {
  repr: (self) =>
    newStr(
      `<code object ${strValue(getField(self, CO_NAME))} at 0x${(self >>> 0).toString(16).padStart(12, '0')}, ` +
        `file "${strValue(getField(self, CO_FILENAME))}", line ${getField(self, CO_FIRSTLINENO) >> 1}>`,
    ),
});

defineGetSet(
  'cell',
  'cell_contents',
  (self) => {
    const v = getField(self, CELL_CONTENTS);
    if (v === NULL) throw raise(E.ValueError, 'Cell is empty');
    return v;
  },
  (self, v) => setField(self, CELL_CONTENTS, v),
);
declareSlots('cell', {
  repr: (self) => {
    const v = getField(self, CELL_CONTENTS);
    const at = `0x${(self >>> 0).toString(16).padStart(12, '0')}`;
    return newStr(v === NULL ? `<cell at ${at}: empty>` : `<cell at ${at}: ...>`);
  },
});

