/**
 * Conversions to str: `str(object='', encoding, errors)` (str.__new__, static: argv[0] is the
 * class), the builtins `repr(obj)` and `ascii(obj)`, and the helpers other modules use:
 *
 *   reprText(v) / strText(v)   repr(v) / str(v) as JS strings
 *   asciiOf(v)                 ascii(v) as a str ref; asciiText(v) as a JS string
 *   asciiEscape(text)          non-ASCII code points of text as \xNN \uNNNN \UNNNNNNNN
 *   strFromObject(v)           str(v) as a str ref (exact str)
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { repr, str, typeName, typeNameOf } from '../vm/abstract.js';
import { isSubtype } from './typecheck.js';
import { raise } from '../vm/errors.js';
import { decodeToStr } from './bytes-codecs.js';
import { defineFunction, defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { argTypeName, checkOneArg, parseKwArgs, strOf, typeError } from './str-args.js';
import { newStr, strIsAscii, strValue } from './str.js';
import { newBoxed } from './type-layout.js';
import { oneArgConversions } from './type.js';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** ascii()'s escaping of the text of a repr. */
export function asciiEscape(text: string): string {
  let out = '';
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) continue;
    out += text.slice(plain, i);
    out += cp < 0x100 ? '\\x' + hex(cp, 2) : cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
    if (cp > 0xffff) i++;
    plain = i + 1;
  }
  return plain === 0 ? text : out + text.slice(plain);
}

/** The result of a __str__/__repr__ must be a str (heap-slot dispatch may return anything). */
function checkedStr(r: Value, what: string): Ref {
  const s = strOf(r);
  if (s === NULL) typeError(`${what} returned non-string (type ${typeNameOf(r)})`);
  return s;
}

export function reprText(v: Value): string {
  return strValue(checkedStr(repr(v), '__repr__'));
}
export function strText(v: Value): string {
  return strValue(checkedStr(str(v), '__str__'));
}

/** str(v) as an exact str. */
export function strFromObject(v: Value): Ref {
  if ((v & 1) === 0 && v !== 0 && i32[v >> 2] === T.str) return v;
  return checkedStr(str(v), '__str__');
}

export function asciiText(v: Value): string {
  return asciiEscape(reprText(v));
}

export function asciiOf(v: Value): Ref {
  const r = checkedStr(repr(v), '__repr__');
  if (strIsAscii(r)) return r;
  return newStr(asciiEscape(strValue(r)));
}

defineFunction('builtins', 'ascii', (_self, argv, argc, kwnames) => {
  checkOneArg('ascii', argc, kwnames);
  return asciiOf(i32[argv]!);
});

const STR_NEW_NAMES = ['object', 'encoding', 'errors'] as const;
const strNewArgs: Value[] = [0, 0, 0];

/** str.__new__(cls, object='', encoding='utf-8', errors='strict'). */
export function strNew(cls: Ref, argv: number, argc: number, kwnames: Ref): Value {
  const a = parseKwArgs('str', argv, argc, kwnames, STR_NEW_NAMES, strNewArgs);
  const obj = a[0]!;
  const encoding = a[1]!;
  const errors = a[2]!;
  let result: Ref;
  if (encoding === NULL && errors === NULL) {
    result = obj === NULL ? S.emptyStr : strFromObject(obj);
  } else {
    if (encoding !== NULL && strOf(encoding) === NULL) {
      typeError(`str() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
    }
    if (errors !== NULL && strOf(errors) === NULL) {
      typeError(`str() argument 'errors' must be str, not ${argTypeName(errors)}`);
    }
    const enc = encoding === NULL ? 'utf-8' : strValue(strOf(encoding));
    const err = errors === NULL ? 'strict' : strValue(strOf(errors));
    if (obj === NULL) result = S.emptyStr;
    else result = decodeToStr(obj, enc, err, 'decoding to str');
  }
  if (cls === T.str) return result;
  if (!isSubtype(cls, T.str)) {
    typeError(`str.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of str`);
  }
  return newBoxed(cls, result);
}

defineMethod(
  'str',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc < 1) throw raise(E.TypeError, 'str.__new__(): not enough arguments');
    return strNew(i32[argv]!, argv + 1, argc - 1, kwnames);
  },
  MDF_STATIC,
);
// str(x) itself, as strNew gives it for one positional argument.
oneArgConversions.str = strFromObject;
