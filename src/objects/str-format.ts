/**
 * str.format, str.format_map, str.__format__ and the builtin format():
 *
 *   formatObject(v, spec)   format(v, spec) = type(v).__format__(v, spec), spec a str ref;
 *                           the result must be a str ('__format__ must return a str, not int')
 *
 * str.format evaluates the template with src/text's renderFormat: arguments come from the call
 * (positional, then keywords by name) or from the mapping of format_map; `.attr` goes through
 * the class machinery's getAttr, `[key]` through getItem, conversions through repr/str/ascii.
 * Every object obtained while rendering is kept in a handle until the end, since a later
 * field's __format__ or __getattr__ may run Python code.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { formatStr } from '../text/format-spec.js';
import { renderFormat, type FormatHost } from '../text/format-template.js';
import { getItem, repr, str, typeNameOf } from '../vm/abstract.js';
import { getAttrString, lookupTypeString } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { defineFunction, defineMethod } from './native.js';
import { E, S, T } from './registry.js';
import { argTypeName, checkArgcClinic, checkOneArg, strOf, textCall, typeError } from './str-args.js';
import { asciiOf, strFromObject } from './str-convert.js';
import { newStr, strLength, strValue } from './str.js';
import { tupleGet, tupleLength } from './tuple.js';
import { typeOf } from './typecheck.js';

/** format(v, spec) for a str spec. */
export function formatObject(v: Value, spec: Ref): Ref {
  // Exact strs format here, without a method call.
  if ((v & 1) === 0 && i32[v >> 2] === T.str) {
    if (strLength(spec) === 0) return v;
    return newStr(textCall(() => formatStr(strValue(v), strValue(spec))));
  }
  const f = lookupTypeString(typeOf(v), '__format__');
  if (f === NULL) {
    // No __format__ anywhere on the MRO (object's not installed): object.__format__'s rule.
    if (strLength(spec) > 0) {
      typeError(`unsupported format string passed to ${typeNameOf(v)}.__format__`);
    }
    const s = strOf(str(v));
    return s;
  }
  const mark = handleCount();
  try {
    const h = pushHandle(v);
    pushHandle(spec);
    const r = callValue(f, handleWord(h), 2, NULL);
    if (strOf(r) === NULL) typeError(`__format__ must return a str, not ${typeNameOf(r)}`);
    return r;
  } finally {
    releaseHandles(mark);
  }
}

// ---- str.format / format_map ------------------------------------------------------------------

/** Where the arguments of a str.format call are. */
interface Args {
  argv: number;
  npos: number;
  kwnames: Ref;
  /** format_map's mapping, or NULL. */
  mapping: Value;
}

function makeHost(a: Args): FormatHost<Value> {
  const keep = (v: Value): Value => {
    pushHandle(v);
    return v;
  };
  return {
    getArg(key) {
      if (a.mapping !== NULL) {
        if (typeof key === 'number') throw raise(E.ValueError, 'Format string contains positional fields');
        return keep(getItem(a.mapping, newStr(key)));
      }
      if (typeof key === 'number') {
        if (key >= a.npos) {
          throw raise(E.IndexError, `Replacement index ${key} out of range for positional args tuple`);
        }
        return i32[a.argv + key]!;
      }
      const nkw = a.kwnames === NULL ? 0 : tupleLength(a.kwnames);
      for (let j = 0; j < nkw; j++) {
        if (strValue(tupleGet(a.kwnames, j)) === key) return i32[a.argv + a.npos + j]!;
      }
      throw raise(E.KeyError, key);
    },
    getAttr: (obj, name) => keep(getAttrString(obj, name)),
    getItem: (obj, key) => keep(getItem(obj, typeof key === 'number' ? fromSmallInt(key) : keep(newStr(key)))),
    convert: (obj, c) => keep(c === 'r' ? repr(obj) : c === 's' ? str(obj) : asciiOf(obj)),
    format: (obj, spec) => strValue(formatObject(obj, keep(newStr(spec)))),
  };
}

function render(self: Ref, a: Args): Ref {
  const mark = handleCount();
  try {
    const text = textCall(() => renderFormat(strValue(self), makeHost(a)));
    return newStr(text);
  } finally {
    releaseHandles(mark);
  }
}

defineMethod('str', 'format', (self, argv, argc, kwnames) => {
  const nkw = kwnames === NULL ? 0 : tupleLength(kwnames);
  return render(strOf(self), { argv, npos: argc - nkw, kwnames, mapping: NULL });
});

defineMethod('str', 'format_map', (self, argv, argc, kwnames) => {
  checkOneArg('str.format_map', argc, kwnames);
  return render(strOf(self), { argv, npos: 0, kwnames: NULL, mapping: i32[argv]! });
});

defineMethod('str', '__format__', (self, argv, argc, kwnames) => {
  checkOneArg('str.__format__', argc, kwnames);
  const spec = strOf(i32[argv]!);
  if (spec === NULL) typeError(`__format__() argument must be str, not ${argTypeName(i32[argv]!)}`);
  const s = strOf(self);
  // An empty spec is str(self) (a subclass's __str__ counts), as CPython.
  if (strLength(spec) === 0) return s === self ? s : strFromObject(self);
  return newStr(textCall(() => formatStr(strValue(s), strValue(spec))));
});

defineFunction('builtins', 'format', (_self, argv, argc, kwnames) => {
  checkArgcClinic('format', argc, kwnames, 1, 2, 'format');
  let spec: Ref = S.emptyStr;
  if (argc > 1) {
    const s = strOf(i32[argv + 1]!);
    if (s === NULL) typeError(`format() argument 2 must be str, not ${argTypeName(i32[argv + 1]!)}`);
    spec = s;
  }
  return formatObject(i32[argv]!, spec);
});
