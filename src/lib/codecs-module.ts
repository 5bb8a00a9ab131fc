/**
 * The `_codecs` built-in module: the native half of stdlib/codecs.py, over src/text's codecs.
 *
 *   _canonical(encoding)              codecs.lookup(...).name of a built-in codec, or LookupError
 *   _normalize(encoding)              the name search functions get ('UTF 8' -> 'utf_8')
 *   encode(obj, encoding, errors)     decode(obj, encoding, errors): the built-in text codecs
 *   <codec>_encode(str, errors=None)  -> (bytes, characters consumed)
 *   <codec>_decode(data, errors=None, final=False) -> (str, bytes consumed); with final false
 *                                     a sequence cut short at the end is left for the next call
 *                                     (ascii and latin-1 take no final; the escape codecs
 *                                     default to final=True, as CPython's)
 *   register_error(name, handler), lookup_error(name)
 *   strict_errors, ignore_errors, replace_errors, backslashreplace_errors,
 *   xmlcharrefreplace_errors, surrogateescape, surrogatepass: the built-in handlers as functions
 *
 * Registered error handlers live in a dict in the module (`_error_registry`, reachable from
 * sys.modules, so shared by all threads and kept by the collector); str.encode and
 * bytes.decode reach it through bytes-codecs.ts's codecOptions.errorHandler, which calls the
 * handler with a UnicodeEncodeError / UnicodeDecodeError and reads back (replacement, position).
 * For encoding names the built-in codecs lack, codecHooks.other sends str.encode / bytes.decode
 * through codecs.lookup once codecs.py has a search function besides its own.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { BUF_OR_NONE, bytesLikeData, bytesOf, bytesView, newBytes } from '../objects/bytes.js';
import { codecHooks, codecOptions } from '../objects/bytes-codecs.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { isExceptionInstance, newExceptionOf } from '../objects/exceptions-base.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_MODULES } from '../objects/roots.js';
import { argTypeName, ssizeOf, strOf, textCall } from '../objects/str-args.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf, isTrue } from '../vm/abstract.js';
import { getAttr } from '../vm/attributes.js';
import { call1, callArray } from '../vm/call.js';
import { raise, raiseObject } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { listLength } from '../objects/list.js';
import { codePoints } from '../text/codepoints.js';
import { codecInfoName, decodeBytes, decodePrefix, encodeStr, lookupCodec, normalizeEncodingName, type ErrorHandler } from '../text/codecs.js';
import { isCallable } from './builtins-objects.js';
import { parseClinic } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';

const MOD = '_codecs';
const REGISTRY = '_error_registry';
const args: Value[] = [];

// ---- arguments ----------------------------------------------------------------------------------

function strArg(fname: string, v: Value, k: number): string {
  const s = strOf(v);
  if (s === NULL) throw raise(E.TypeError, `${fname}() argument ${k} must be str, not ${argTypeName(v)}`);
  return strValue(s);
}

/** errors=None (or missing) is 'strict'. */
function errorsArg(fname: string, v: Value): string {
  if (v === NULL || v === S.None) return 'strict';
  return strArg(fname, v, 2);
}

function bytesArg(fname: string, v: Value, acceptStr: boolean): Uint8Array {
  if (acceptStr) {
    const s = strOf(v);
    if (s !== NULL) return textCall(() => encodeStr(strValue(s), 'utf-8', 'strict'));
  }
  const data = bytesLikeData(v, BUF_OR_NONE);
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  void fname;
  return data.slice();
}

function finalArg(v: Value, dflt: boolean): boolean {
  return v === NULL ? dflt : isTrue(v);
}

// ---- per-codec functions ----------------------------------------------------------------------------

/** Python name prefix -> codec name for src/text/codecs.ts. */
const CODECS: [string, string][] = [
  ['utf_8', 'utf-8'],
  ['ascii', 'ascii'],
  ['latin_1', 'latin-1'],
  ['utf_16', 'utf-16'],
  ['utf_16_le', 'utf-16-le'],
  ['utf_16_be', 'utf-16-be'],
  ['utf_32', 'utf-32'],
  ['utf_32_le', 'utf-32-le'],
  ['utf_32_be', 'utf-32-be'],
  ['unicode_escape', 'unicode-escape'],
  ['raw_unicode_escape', 'raw-unicode-escape'],
];

for (const [py, codec] of CODECS) {
  const encName = `${py}_encode`;
  const byteorder = py === 'utf_16' || py === 'utf_32';
  defineFunction(MOD, encName, (_s, argv, argc, kwnames) => {
    parseClinic(encName, argv, argc, kwnames, byteorder ? ['str', 'errors', 'byteorder'] : ['str', 'errors'], 3, 1, [], args);
    const text = strArg(encName, args[0]!, 1);
    const errors = errorsArg(encName, args[1]!);
    let name = codec;
    // byteorder: 0 writes a BOM (native order), -1 little-endian, 1 big-endian, without one.
    if (byteorder && args[2] !== NULL) {
      const order = ssizeOf(args[2]!);
      if (order < 0) name += '-le';
      else if (order > 0) name += '-be';
    }
    const out = textCall(() => encodeStr(text, name, errors, codecOptions));
    return newTuple([newBytes(out), intFromNumber(codePoints(text).length)]);
  });
  const decName = `${py}_decode`;
  const noFinal = py === 'ascii' || py === 'latin_1';
  const escape = py.endsWith('escape');
  defineFunction(MOD, decName, (_s, argv, argc, kwnames) => {
    parseClinic(decName, argv, argc, kwnames, noFinal ? ['data', 'errors'] : ['data', 'errors', 'final'], 3, 1, [], args);
    const data = bytesArg(decName, args[0]!, escape);
    const errors = errorsArg(decName, args[1]!);
    const final = noFinal || finalArg(args[2]!, escape);
    const [text, consumed] = textCall(() => decodePrefix(data, codec, errors, final, codecOptions));
    return newTuple([newStr(text), intFromNumber(consumed)]);
  });
}

defineFunction(MOD, '_normalize', (_s, argv, argc, kwnames) => {
  parseClinic('_normalize', argv, argc, kwnames, ['encoding'], 1, 1, [], args);
  return newStr(normalizeEncodingName(strArg('_normalize', args[0]!, 1)));
});

defineFunction(MOD, '_canonical', (_s, argv, argc, kwnames) => {
  parseClinic('_canonical', argv, argc, kwnames, ['encoding'], 1, 1, [], args);
  const name = strArg('_canonical', args[0]!, 1);
  return newStr(codecInfoName(textCall(() => lookupCodec(name))));
});

defineFunction(MOD, 'encode', (_s, argv, argc, kwnames) => {
  parseClinic('encode', argv, argc, kwnames, ['obj', 'encoding', 'errors'], 0, 1, [], args);
  const encoding = args[1] === NULL ? 'utf-8' : strArg('encode', args[1]!, 2);
  const errors = args[2] === NULL ? 'strict' : strArg('encode', args[2]!, 3);
  const text = strOf(args[0]!);
  if (text === NULL) {
    textCall(() => lookupCodec(encoding));
    throw raise(E.TypeError, `utf_8_encode() argument 1 must be str, not ${argTypeName(args[0]!)}`);
  }
  return newBytes(textCall(() => encodeStr(strValue(text), encoding, errors, codecOptions)));
});

defineFunction(MOD, 'decode', (_s, argv, argc, kwnames) => {
  parseClinic('decode', argv, argc, kwnames, ['obj', 'encoding', 'errors'], 0, 1, [], args);
  const encoding = args[1] === NULL ? 'utf-8' : strArg('decode', args[1]!, 2);
  const errors = args[2] === NULL ? 'strict' : strArg('decode', args[2]!, 3);
  const data = bytesArg('decode', args[0]!, false);
  return newStr(textCall(() => decodeBytes(data, encoding, errors, codecOptions)));
});

// ---- error handlers -------------------------------------------------------------------------------

function codecsModuleDict(): Ref {
  const m = dictGetStr(rootGet(ROOT_MODULES), intern(MOD));
  if (m === NULL || (m & 1) !== 0 || typeOf(m) !== T.module) return NULL;
  return getField(m, MOD_DICT);
}

function registry(): Ref {
  const d = codecsModuleDict();
  if (d === NULL) return NULL;
  const r = dictGetStr(d, intern(REGISTRY));
  return r === NULL || (r & 1) !== 0 || typeOf(r) !== T.dict ? NULL : r;
}

defineFunction(MOD, 'register_error', (_s, argv, argc, kwnames) => {
  parseClinic('register_error', argv, argc, kwnames, ['errors', 'handler'], 2, 2, [], args);
  const name = strArg('register_error', args[0]!, 1);
  if (!isCallable(args[1]!)) throw raise(E.TypeError, 'handler must be callable');
  const r = registry();
  if (r !== NULL) dictSet(r, newStr(name), args[1]!);
  return S.None;
});

defineFunction(MOD, 'lookup_error', (_s, argv, argc, kwnames) => {
  parseClinic('lookup_error', argv, argc, kwnames, ['name'], 1, 1, [], args);
  const name = strArg('lookup_error', args[0]!, 1);
  const r = registry();
  const h = r === NULL ? NULL : dictGetStr(r, intern(name));
  if (h === NULL) throw raise(E.LookupError, `unknown error handler name '${name}'`);
  return h;
});

/** Calls the registered handler `name` for an error of str.encode / bytes.decode (null: none). */
function pythonHandler(name: string): ErrorHandler | null {
  const r = registry();
  const h = r === NULL ? NULL : dictGetStr(r, intern(name));
  if (h === NULL) return null;
  return (kind, info) => {
    const mark = handleCount();
    try {
      pushHandle(h);
      const object = typeof info.object === 'string' ? newStr(info.object) : newBytes(info.object);
      const excArgs = newTuple([newStr(info.encoding), object, intFromNumber(info.start), intFromNumber(info.end), newStr(info.reason)]);
      const exc = newExceptionOf(kind === 'encode' ? E.UnicodeEncodeError : E.UnicodeDecodeError, excArgs);
      pushHandle(exc);
      const res = call1(h, exc);
      const bad = kind === 'encode' ? 'encoding error handler must return (str/bytes, int) tuple' : 'decoding error handler must return (str, int) tuple';
      if ((res & 1) !== 0 || res === NULL || !isSubtype(typeOf(res), T.tuple) || tupleLength(res) !== 2) throw raise(E.TypeError, bad);
      const rep = tupleGet(res, 0);
      const pos = tupleGet(res, 1);
      const s = strOf(rep);
      let replacement: string | Uint8Array;
      if (s !== NULL) replacement = strValue(s);
      else if (kind === 'encode' && bytesOf(rep) !== NULL) replacement = bytesView(bytesOf(rep)).slice();
      else throw raise(E.TypeError, bad);
      // The position's own errors are ssizeOf's ("'str' object cannot be interpreted ...").
      return { replacement, resume: ssizeOf(pos) };
    } finally {
      releaseHandles(mark);
    }
  };
}
codecOptions.errorHandler = pythonHandler;

// ---- codecs found by registered search functions, for str.encode and bytes.decode ------------

function otherCodec(op: 'encode' | 'decode', obj: Value, encoding: string, errors: string): Value {
  const m = dictGetStr(rootGet(ROOT_MODULES), intern('codecs'));
  if (m === NULL || (m & 1) !== 0 || typeOf(m) !== T.module) return NULL;
  const d = getField(m, MOD_DICT);
  const searches = dictGetStr(d, intern('_search_functions'));
  // Only codecs.py's own search function: nothing but the built-in codecs (and hex & co.).
  if (searches === NULL || (searches & 1) !== 0 || typeOf(searches) !== T.list || listLength(searches) <= 1) return NULL;
  const mark = handleCount();
  try {
    const hObj = pushHandle(obj);
    const info = call1(getAttr(m, intern('lookup')), newStr(encoding));
    const hInfo = pushHandle(info);
    if (!isTrue(getAttr(getHandle(hInfo), intern('_is_text_encoding')))) {
      throw raise(E.LookupError, `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`);
    }
    const hFn = pushHandle(getAttr(getHandle(hInfo), intern(op)));
    // As CPython's bytes.decode, the decoder gets a memoryview of the data.
    const arg = op === 'encode' ? getHandle(hObj) : call1(T.memoryview, getHandle(hObj));
    const res = callArray(getHandle(hFn), [arg, newStr(errors)]);
    if ((res & 1) !== 0 || res === NULL || !isSubtype(typeOf(res), T.tuple) || tupleLength(res) !== 2) {
      throw raise(E.TypeError, op === 'encode' ? 'encoder must return a tuple (object, integer)' : 'decoder must return a tuple (object,integer)');
    }
    const out = tupleGet(res, 0);
    const want = op === 'encode' ? T.bytes : T.str;
    if ((out & 1) !== 0 || !isSubtype(typeOf(out), want)) {
      throw raise(
        E.TypeError,
        op === 'encode'
          ? `'${encoding}' encoder returned '${typeNameOf(out)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`
          : `'${encoding}' decoder returned '${typeNameOf(out)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`,
      );
    }
    return out;
  } finally {
    releaseHandles(mark);
  }
}
codecHooks.other = otherCodec;

// The built-in handlers as functions (what lookup_error returns for their names).

type ErrorKind = 'encode' | 'decode' | 'translate';

interface ErrorFields {
  kind: ErrorKind;
  exc: Value;
  start: number;
  end: number;
  object: Value;
}

function errorFields(exc: Value): ErrorFields {
  const t = (exc & 1) !== 0 || exc === NULL ? NULL : typeOf(exc);
  let kind: ErrorKind;
  if (t !== NULL && isSubtype(t, E.UnicodeEncodeError)) kind = 'encode';
  else if (t !== NULL && isSubtype(t, E.UnicodeDecodeError)) kind = 'decode';
  else if (t !== NULL && isSubtype(t, E.UnicodeTranslateError)) kind = 'translate';
  else throw raise(E.TypeError, `don't know how to handle ${typeNameOf(exc)} in error callback`);
  const start = ssizeOf(getAttr(exc, intern('start')));
  const end = ssizeOf(getAttr(exc, intern('end')));
  return { kind, exc, start, end, object: getAttr(exc, intern('object')) };
}

function cantHandle(f: ErrorFields): never {
  throw raise(E.TypeError, `don't know how to handle ${typeNameOf(f.exc)} in error callback`);
}

/** The characters start..end of the error's str (encode and translate). */
function badChars(f: ErrorFields): number[] {
  const s = strOf(f.object);
  if (s === NULL) return [];
  const cps = codePoints(strValue(s));
  return cps.slice(Math.max(0, f.start), Math.max(0, f.end));
}

function badBytes(f: ErrorFields): Uint8Array {
  const data = bytesLikeData(f.object, BUF_OR_NONE);
  if (data === null) return new Uint8Array(0);
  return data.slice(Math.max(0, f.start), Math.max(0, f.end));
}

function result(rep: string | Uint8Array, pos: number): Ref {
  return newTuple([typeof rep === 'string' ? newStr(rep) : newBytes(rep), intFromNumber(pos)]);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

function defineHandler(name: string, fn: (f: ErrorFields) => Ref): void {
  defineFunction(MOD, name, (_s, argv, argc, kwnames) => {
    parseClinic(name, argv, argc, kwnames, ['exc'], 1, 1, [], args);
    return fn(errorFields(args[0]!));
  });
}

defineFunction(MOD, 'strict_errors', (_s, argv, argc, kwnames) => {
  parseClinic('strict_errors', argv, argc, kwnames, ['exc'], 1, 1, [], args);
  const exc = args[0]!;
  if (!isExceptionInstance(exc)) throw raise(E.TypeError, 'codec must pass exception instance');
  throw raiseObject(exc);
});

defineHandler('ignore_errors', (f) => result('', f.end));

defineHandler('replace_errors', (f) => {
  const n = Math.max(0, f.end - f.start);
  if (f.kind === 'encode') return result('?'.repeat(n), f.end);
  if (f.kind === 'decode') return result('\ufffd', f.end);
  return result('\ufffd'.repeat(n), f.end);
});

defineHandler('backslashreplace_errors', (f) => {
  if (f.kind === 'decode') {
    let out = '';
    for (const b of badBytes(f)) out += '\\x' + hex(b, 2);
    return result(out, f.end);
  }
  let out = '';
  for (const c of badChars(f)) out += c < 0x100 ? '\\x' + hex(c, 2) : c < 0x10000 ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
  return result(out, f.end);
});

defineHandler('xmlcharrefreplace_errors', (f) => {
  if (f.kind !== 'encode') cantHandle(f);
  let out = '';
  for (const c of badChars(f)) out += `&#${c};`;
  return result(out, f.end);
});

defineHandler('surrogateescape', (f) => {
  if (f.kind === 'decode') {
    // Escapes the bytes >= 0x80 at start (at most 4); none: the error stands.
    const bytes = badBytes(f);
    let out = '';
    let k = 0;
    while (k < bytes.length && k < 4 && bytes[k]! >= 0x80) out += String.fromCharCode(0xdc00 + bytes[k++]!);
    if (k === 0) throw raiseObject(f.exc);
    return result(out, f.start + k);
  }
  if (f.kind !== 'encode') cantHandle(f);
  const chars = badChars(f);
  const out = new Uint8Array(chars.length);
  chars.forEach((c, k) => {
    if (c < 0xdc80 || c > 0xdcff) throw raiseObject(f.exc);
    out[k] = c - 0xdc00;
  });
  return result(out, f.end);
});

defineHandler('surrogatepass', (f) => {
  // UTF-8 only: a surrogate is written as the three bytes it would have were it a character.
  if (f.kind === 'translate') cantHandle(f);
  const encodingStr = strOf(getAttr(f.exc, intern('encoding')));
  const encoding = encodingStr === NULL ? '' : strValue(encodingStr);
  const utf8 = ['utf-8', 'utf8', 'utf_8'].includes(encoding.toLowerCase());
  if (!utf8) throw raiseObject(f.exc);
  if (f.kind === 'encode') {
    const chars = badChars(f);
    const out: number[] = [];
    for (const c of chars) {
      if (c < 0xd800 || c > 0xdfff) throw raiseObject(f.exc);
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
    return result(Uint8Array.from(out), f.end);
  }
  if (f.kind !== 'decode') cantHandle(f);
  const data = bytesLikeData(f.object, BUF_OR_NONE);
  const b = data === null ? new Uint8Array(0) : data.slice(f.start, f.start + 3);
  if (b.length === 3 && b[0] === 0xed && b[1]! >= 0xa0 && b[1]! <= 0xbf && (b[2]! & 0xc0) === 0x80) {
    return result(String.fromCharCode(0xd000 | ((b[1]! & 0x3f) << 6) | (b[2]! & 0x3f)), f.start + 3);
  }
  throw raiseObject(f.exc);
});

const BUILTIN_HANDLERS: [string, string][] = [
  ['strict', 'strict_errors'],
  ['ignore', 'ignore_errors'],
  ['replace', 'replace_errors'],
  ['backslashreplace', 'backslashreplace_errors'],
  ['xmlcharrefreplace', 'xmlcharrefreplace_errors'],
  ['surrogateescape', 'surrogateescape'],
  ['surrogatepass', 'surrogatepass'],
];

defineBuiltinModule(MOD, 'The native half of the codecs module: codec functions and the error handler registry.', (d) => {
  const reg = newDict();
  dictSet(d, intern(REGISTRY), reg);
  for (const [name, fn] of BUILTIN_HANDLERS) dictSet(reg, intern(name), dictGetStr(d, intern(fn)));
});
