/**
 * The built-in exception subclasses with their own state and str, as
 * CPython 3.12: StopIteration.value, SystemExit.code, KeyError's str,
 * ImportError (msg, name, path), AttributeError (name, obj), NameError
 * (name), OSError (errno, strerror, filename, filename2 and the errno ->
 * subclass mapping of OSError(...)), SyntaxError (msg, filename, lineno,
 * offset, text, end_lineno, end_offset, print_file_and_line) and the Unicode
 * errors (encoding, object, start, end, reason).
 *
 * State: an attribute is read from the instance dict when present (natively
 * raised exceptions and assignments put it there), else derived from args
 * as CPython's __init__ would have set it; so `e.__dict__` stays empty for
 * exceptions made by calling the class.
 */
import { NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { raise, raiseObject } from '../vm/errors.js';
import { raiseTextError, setRaiseTextError } from './str-args.js';
import type { TextError } from '../text/errors.js';
import { intFromNumber } from './int.js';
import { repr, str as strOf, typeName, typeNameOf } from '../vm/abstract.js';
import { lookupType } from '../vm/attributes.js';
import { osErrorClassFor } from '../lib/io-errors.js';
import { bytesOf, bytesLength, bytesView, newBytes } from './bytes.js';
import { defineGetSet } from './descriptors-getset.js';
import { dictGetStr, dictSet, newDict } from './dict.js';
import { EXC_ARGS, EXC_DICT } from './exceptions.js';
import { baseExceptionNew, excArgs, kwLen, newExceptionOf, noKeywordsFor, positionalTuple, toTuple } from './exceptions-base.js';
import { intern } from './intern.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { newStr, strLength, strValue, strCodePoint } from './str.js';
import { newTuple, tupleGet, tupleLength } from './tuple.js';
import { isSubtype, typeOf } from './typecheck.js';
import { declareSlots, getField, setField, typeDict } from './typeobject.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';

// ---- attributes kept in the instance dict, with defaults from args --------------------------------

function dictOf(self: Ref): Ref {
  let d = getField(self, EXC_DICT);
  if (d === NULL) {
    d = newDict();
    setField(self, EXC_DICT, d);
  }
  return d;
}
function stored(self: Ref, name: string): Value {
  const d = getField(self, EXC_DICT);
  return d === NULL ? NULL : dictGetStr(d, intern(name));
}
export function storeAttr(self: Ref, name: string, v: Value): void {
  dictSet(dictOf(self), intern(name), v);
}

/** An attribute of `owner`: the dict's value, else derive(self). */
function attribute(owner: string, name: string, derive: (self: Ref) => Value): void {
  defineGetSet(
    owner,
    name,
    (self) => {
      const v = stored(self, name);
      return v !== NULL ? v : derive(self);
    },
    (self, value) => storeAttr(self, name, value === NULL ? S.None : value),
  );
}
/** attribute(self, name) through the getset above (for str()). */
export function excAttr(self: Ref, name: string, derive: (self: Ref) => Value): Value {
  const v = stored(self, name);
  return v !== NULL ? v : derive(self);
}

const none = (): Value => S.None;
const arg0 = (self: Ref): Value => {
  const a = excArgs(self);
  return tupleLength(a) >= 1 ? tupleGet(a, 0) : S.None;
};
const isStr = (v: Value): boolean => (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str);
const isInt = (v: Value): boolean => (v & 1) !== 0 || (v !== NULL && isSubtype(typeOf(v), T.int));

// ---- StopIteration, SystemExit, KeyError -------------------------------------------------------------

attribute('StopIteration', 'value', arg0);

attribute('SystemExit', 'code', (self) => {
  const a = excArgs(self);
  const n = tupleLength(a);
  return n === 0 ? S.None : n === 1 ? tupleGet(a, 0) : a;
});

declareSlots('KeyError', {
  str(self) {
    const a = excArgs(self);
    if (tupleLength(a) === 1) return repr(tupleGet(a, 0));
    return baseStr(self);
  },
});

/** BaseException's str. */
export function baseStr(self: Ref): Ref {
  const a = excArgs(self);
  const n = tupleLength(a);
  if (n === 0) return S.emptyStr;
  if (n === 1) return strOf(tupleGet(a, 0));
  return repr(a);
}

// ---- keyword attributes: ImportError, AttributeError, NameError ------------------------------------

/** __init__ taking *args and the keyword attributes `names` (others are errors). */
function initWithKeywords(owner: string, names: readonly string[]): void {
  defineMethod(owner, '__init__', (self, argv, argc, kwnames) => {
    const nkw = kwLen(kwnames);
    for (let k = 0; k < nkw; k++) {
      const name = strValue(tupleGet(kwnames, k));
      if (!names.includes(name)) {
        throw raise(E.TypeError, `'${name}' is an invalid keyword argument for ${typeNameOf(self)}()`);
      }
    }
    setField(self, EXC_ARGS, positionalTuple(argv, argc, kwnames, 0));
    for (let k = 0; k < nkw; k++) {
      const v = i32[argv + argc - nkw + k]!;
      storeAttr(self, strValue(tupleGet(kwnames, k)), v);
    }
    return S.None;
  });
}

initWithKeywords('ImportError', ['name', 'path']);
attribute('ImportError', 'name', none);
attribute('ImportError', 'path', none);
attribute('ImportError', 'msg', (self) => (tupleLength(excArgs(self)) === 1 ? tupleGet(excArgs(self), 0) : S.None));
attribute('ImportError', 'name_from', none);
declareSlots('ImportError', {
  str(self) {
    const msg = excAttr(self, 'msg', (s) => (tupleLength(excArgs(s)) === 1 ? tupleGet(excArgs(s), 0) : S.None));
    if ((msg & 1) === 0 && msg !== NULL && typeOf(msg) === T.str) return msg;
    return baseStr(self);
  },
});

initWithKeywords('AttributeError', ['name', 'obj']);
attribute('AttributeError', 'name', none);
attribute('AttributeError', 'obj', none);
initWithKeywords('NameError', ['name']);
attribute('NameError', 'name', none);

// ---- OSError -------------------------------------------------------------------------------------

function osErrorNewDescr(): Value {
  return dictGetStr(typeDict(E.OSError), intern('__new__'));
}
function osErrorInitDescr(): Value {
  return dictGetStr(typeDict(E.OSError), intern('__init__'));
}
/** CPython's oserror_use_init: a class that overrides __init__ but not __new__ parses in __init__. */
function oserrorUseInit(cls: Ref): boolean {
  return lookupType(cls, intern('__init__')) !== osErrorInitDescr() && lookupType(cls, intern('__new__')) === osErrorNewDescr();
}

/** Set args and the attributes from OSError(errno, strerror[, filename[, winerror[, filename2]]]). */
function osErrorParse(self: Ref, args: Ref): void {
  const n = tupleLength(args);
  let finalArgs = args;
  if (n >= 2 && n <= 5) {
    const filename = n >= 3 ? tupleGet(args, 2) : S.None;
    if (filename !== S.None) {
      storeAttr(self, 'filename', filename);
      if (n === 5) storeAttr(self, 'filename2', tupleGet(args, 4));
      // With a filename, args keeps only (errno, strerror).
      finalArgs = newTuple([tupleGet(args, 0), tupleGet(args, 1)]);
    }
  }
  setField(self, EXC_ARGS, finalArgs);
}

defineMethod(
  'OSError',
  '__new__',
  (self, argv, argc, kwnames) => {
    if (argc - kwLen(kwnames) < 1) return baseExceptionNew(self, argv, argc, kwnames);
    let cls = i32[argv]!;
    if ((cls & 1) !== 0 || !isSubtype(typeOf(cls), T.type) || !isSubtype(cls, E.OSError)) {
      return baseExceptionNew(self, argv, argc, kwnames);
    }
    const useInit = oserrorUseInit(cls);
    if (!useInit && kwLen(kwnames) > 0) throw raise(E.TypeError, `${typeName(cls)}() takes no keyword arguments`);
    const args = positionalTuple(argv, argc, kwnames, 1);
    const mark = handleCount();
    try {
      pushHandle(args);
      const n = tupleLength(args);
      if (cls === E.OSError && n >= 2 && n <= 5) {
        const errno = tupleGet(args, 0);
        if ((errno & 1) !== 0) cls = osErrorClassFor(smallIntValue(errno));
      }
      const e = newExceptionOf(cls, args);
      pushHandle(e);
      if (!useInit) osErrorParse(e, args);
      return e;
    } finally {
      releaseHandles(mark);
    }
  },
  MDF_STATIC,
);

defineMethod('OSError', '__init__', (self, argv, argc, kwnames) => {
  if (!oserrorUseInit(typeOf(self))) return S.None;
  noKeywordsFor(self, kwnames);
  osErrorParse(self, positionalTuple(argv, argc, kwnames, 0));
  return S.None;
});

const osArg = (k: number) => (self: Ref): Value => {
  const a = excArgs(self);
  const n = tupleLength(a);
  return n >= 2 && n <= 5 && k < n ? tupleGet(a, k) : S.None;
};
attribute('OSError', 'errno', osArg(0));
attribute('OSError', 'strerror', osArg(1));
attribute('OSError', 'filename', none);
attribute('OSError', 'filename2', none);
attribute('OSError', 'characters_written', none);

declareSlots('OSError', {
  str(self) {
    const errno = excAttr(self, 'errno', osArg(0));
    const strerror = excAttr(self, 'strerror', osArg(1));
    const filename = excAttr(self, 'filename', none);
    const filename2 = excAttr(self, 'filename2', none);
    const s = (v: Value): string => strValue(strOf(v));
    if (filename !== S.None) {
      const f = strValue(repr(filename));
      if (filename2 !== S.None) return newStr(`[Errno ${s(errno)}] ${s(strerror)}: ${f} -> ${strValue(repr(filename2))}`);
      return newStr(`[Errno ${s(errno)}] ${s(strerror)}: ${f}`);
    }
    if (errno !== S.None && strerror !== S.None) return newStr(`[Errno ${s(errno)}] ${s(strerror)}`);
    return baseStr(self);
  },
});

defineMethod('OSError', '__reduce__', (self) => {
  let args = excArgs(self);
  const filename = excAttr(self, 'filename', none);
  if (tupleLength(args) === 2 && filename !== S.None) {
    const filename2 = excAttr(self, 'filename2', none);
    const items = [tupleGet(args, 0), tupleGet(args, 1), filename];
    if (filename2 !== S.None) items.push(S.None, filename2);
    args = newTuple(items);
  }
  // The instance dict holds the attributes set above: not part of the state here.
  return newTuple([typeOf(self), args]);
});

// ---- SyntaxError -----------------------------------------------------------------------------------

defineMethod('SyntaxError', '__init__', (self, argv, argc, kwnames) => {
  noKeywordsFor(self, kwnames);
  const args = positionalTuple(argv, argc, kwnames, 0);
  const n = tupleLength(args);
  if (n === 2) {
    const info = toTuple(tupleGet(args, 1));
    const m = tupleLength(info);
    if (m < 4) throw raise(E.TypeError, `function takes at least 4 arguments (${m} given)`);
    if (m > 6) throw raise(E.TypeError, `function takes at most 6 arguments (${m} given)`);
  }
  setField(self, EXC_ARGS, args);
  return S.None;
});

/** Field k of SyntaxError's (filename, lineno, offset, text, end_lineno, end_offset) argument. */
const synInfo = (k: number) => (self: Ref): Value => {
  const a = excArgs(self);
  if (tupleLength(a) !== 2) return S.None;
  const info = tupleGet(a, 1);
  if ((info & 1) !== 0 || typeOf(info) !== T.tuple) return S.None;
  return k < tupleLength(info) ? tupleGet(info, k) : S.None;
};
attribute('SyntaxError', 'msg', arg0);
const SYN_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;
SYN_FIELDS.forEach((name, k) => attribute('SyntaxError', name, synInfo(k)));
attribute('SyntaxError', 'print_file_and_line', none);

/** SyntaxError's attribute `name` (for the traceback printer). */
export function syntaxErrorField(self: Ref, name: (typeof SYN_FIELDS)[number] | 'msg'): Value {
  if (name === 'msg') return excAttr(self, 'msg', arg0);
  return excAttr(self, name, synInfo(SYN_FIELDS.indexOf(name)));
}

declareSlots('SyntaxError', {
  str(self) {
    const msg = syntaxErrorField(self, 'msg');
    const filename = syntaxErrorField(self, 'filename');
    const lineno = syntaxErrorField(self, 'lineno');
    const msgText = strValue(strOf(msg));
    const haveFile = isStr(filename);
    const haveLine = (lineno & 1) !== 0 || (lineno !== NULL && typeOf(lineno) === T.int);
    const base = haveFile ? basename(strValue(filename)) : '';
    const line = haveLine ? strValue(strOf(lineno)) : '';
    if (haveFile && haveLine) return newStr(`${msgText} (${base}, line ${line})`);
    if (haveFile) return newStr(`${msgText} (${base})`);
    if (haveLine) return newStr(`${msgText} (line ${line})`);
    return newStr(msgText);
  },
});
function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

// ---- Unicode errors ---------------------------------------------------------------------------------

function checkUnicodeArgs(self: Ref, args: Ref, kinds: readonly ('str' | 'bytes' | 'int')[]): void {
  const n = tupleLength(args);
  if (n !== kinds.length) throw raise(E.TypeError, `function takes exactly ${kinds.length} arguments (${n} given)`);
  kinds.forEach((kind, k) => {
    const v = tupleGet(args, k);
    if (kind === 'str' && !isStr(v)) throw raise(E.TypeError, `argument ${k + 1} must be str, not ${typeNameOf(v)}`);
    if (kind === 'int' && !isInt(v)) {
      throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    }
    if (kind === 'bytes' && bytesOf(v) === NULL && !((v & 1) === 0 && isSubtype(typeOf(v), T.bytearray))) {
      throw raise(E.TypeError, `argument ${k + 1} must be bytes-like object, not '${typeNameOf(v)}'`);
    }
  });
  void self;
}

function unicodeInit(owner: string, kinds: readonly ('str' | 'bytes' | 'int')[]): void {
  defineMethod(owner, '__init__', (self, argv, argc, kwnames) => {
    noKeywordsFor(self, kwnames);
    const args = positionalTuple(argv, argc, kwnames, 0);
    setField(self, EXC_ARGS, args);
    checkUnicodeArgs(self, args, kinds);
    return S.None;
  });
}
unicodeInit('UnicodeEncodeError', ['str', 'str', 'int', 'int', 'str']);
unicodeInit('UnicodeDecodeError', ['str', 'bytes', 'int', 'int', 'str']);
unicodeInit('UnicodeTranslateError', ['str', 'int', 'int', 'str']);

const uArg = (k: number, translate: boolean) => (self: Ref): Value => {
  const a = excArgs(self);
  const kk = translate ? k - 1 : k;
  if (kk < 0 || tupleLength(a) !== (translate ? 4 : 5)) return S.None;
  return tupleGet(a, kk);
};
const U_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'] as const;
for (const owner of ['UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError']) {
  const translate = owner === 'UnicodeTranslateError';
  U_FIELDS.forEach((name, k) => attribute(owner, name, uArg(k, translate)));
}

function charRepr(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function unicodeStr(self: Ref, which: 'encode' | 'decode' | 'translate'): Ref {
  const translate = which === 'translate';
  const get = (k: number): Value => excAttr(self, U_FIELDS[k]!, uArg(k, translate));
  const object = get(1);
  const startV = get(2);
  const endV = get(3);
  const reasonV = get(4);
  if (object === S.None || (startV & 1) === 0 || (endV & 1) === 0) return baseStr(self);
  const start = smallIntValue(startV);
  const end = smallIntValue(endV);
  const reason = strValue(strOf(reasonV));
  const enc = translate ? '' : `'${strValue(strOf(get(0)))}' codec `;
  if (which === 'decode') {
    const b = bytesOf(object);
    const len = b === NULL ? 0 : bytesLength(b);
    if (b !== NULL && start >= 0 && start < len && end === start + 1) {
      const byte = bytesView(b)[start]!;
      return newStr(`${enc}can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
    }
    return newStr(`${enc}can't decode bytes in position ${start}-${end - 1}: ${reason}`);
  }
  const verb = translate ? 'translate' : 'encode';
  const len = isStr(object) ? strLength(object) : 0;
  if (start >= 0 && start < len && end === start + 1) {
    return newStr(`${enc}can't ${verb} character '${charRepr(strCodePoint(object, start))}' in position ${start}: ${reason}`);
  }
  return newStr(`${enc}can't ${verb} characters in position ${start}-${end - 1}: ${reason}`);
}
declareSlots('UnicodeEncodeError', { str: (self) => unicodeStr(self, 'encode') });
declareSlots('UnicodeDecodeError', { str: (self) => unicodeStr(self, 'decode') });
declareSlots('UnicodeTranslateError', { str: (self) => unicodeStr(self, 'translate') });

export { fromSmallInt, typeName };

// Unicode errors raised by the text layer get CPython's five arguments (so repr and args match).
const previousRaiseTextError = raiseTextError;
setRaiseTextError((e: TextError): unknown => {
  const u = e.unicode;
  if (u === undefined || (e.kind !== 'UnicodeEncodeError' && e.kind !== 'UnicodeDecodeError')) return previousRaiseTextError(e);
  const type = e.kind === 'UnicodeEncodeError' ? E.UnicodeEncodeError : E.UnicodeDecodeError;
  const object = typeof u.object === 'string' ? newStr(u.object) : newBytes(u.object);
  const args = newTuple([newStr(u.encoding), object, intFromNumber(u.start), intFromNumber(u.end), newStr(u.reason)]);
  return raiseObject(newExceptionOf(type, args));
});
