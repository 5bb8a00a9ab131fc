/**
 * Encoding and decoding between str and bytes through src/text's codecs:
 *
 *   decodeToStr(obj, encoding, errors, context)   bytes-like -> str ('decoding to str: need a
 *                                                 bytes-like object, int found' otherwise)
 *   encodeToBytes(s, encoding, errors)            str -> bytes
 *   str.encode(encoding='utf-8', errors='strict'), bytes.decode / bytearray.decode(...)
 *
 * All-ASCII data with an ASCII-compatible codec is copied straight between the heap objects.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';

import { decodeBytes, encodeStr, isBuiltinCodec, lookupCodec, type CodecOptions } from '../text/codecs.js';
import { typeNameOf } from '../vm/abstract.js';
import { allocBytes, BUF_OR_NONE, bytesData, bytesLikeData, newBytes } from './bytes.js';
import { defineMethod } from './native.js';
import { S } from './registry.js';
import { argTypeName, parseKwArgs, strOf, textCall, typeError } from './str-args.js';
import { newStr, newStrFromLatin1, strCopyLatin1, strIsAscii, strKind, strLength, strValue } from './str.js';

/** Options of every str.encode / bytes.decode: _codecs (codecs-module.ts) sets errorHandler. */
export const codecOptions: CodecOptions = {};

/**
 * Codecs other than the built-in ones (codecs.register'd search functions): codecs-module.ts
 * sets `other`, which encodes or decodes through codecs.lookup, or returns NULL when no search
 * function but the built-in one is registered (the built-in LookupError then stands).
 */
export const codecHooks: { other: ((op: 'encode' | 'decode', obj: Value, encoding: string, errors: string) => Value) | null } = {
  other: null,
};

function otherCodec(op: 'encode' | 'decode', obj: Value, encoding: string, errors: string): Value {
  if (codecHooks.other === null || isBuiltinCodec(encoding)) return NULL;
  return codecHooks.other(op, obj, encoding, errors);
}

function asciiCompatible(encoding: string, use: 'encode' | 'decode'): boolean {
  if (encoding === 'utf-8' || encoding === 'utf8' || encoding === 'ascii' || encoding === 'latin-1') return true;
  if (codecHooks.other !== null && !isBuiltinCodec(encoding)) return false; // maybe a registered codec
  const id = textCall(() => lookupCodec(encoding, use));
  return id === 'utf-8' || id === 'ascii' || id === 'latin-1';
}

export function decodeToStr(obj: Value, encoding: string, errors: string, context: string): Ref {
  const view = bytesLikeData(obj, BUF_OR_NONE);
  if (view === null) typeError(`${context}: need a bytes-like object, ${typeNameOf(obj)} found`);
  const other = otherCodec('decode', obj, encoding, errors);
  if (other !== NULL) return other;
  if (view.length === 0) {
    textCall(() => lookupCodec(encoding, 'decode'));
    return S.emptyStr;
  }
  let ascii = true;
  for (let i = 0; i < view.length; i++) {
    if (view[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii && asciiCompatible(encoding, 'decode')) return newStrFromLatin1(view.byteOffset, view.length);
  const data = view.slice();
  return newStr(textCall(() => decodeBytes(data, encoding, errors, codecOptions)));
}

export function encodeToBytes(s: Ref, encoding: string, errors: string): Ref {
  if (strKind(s) === 1 && strIsAscii(s) && asciiCompatible(encoding, 'encode')) {
    const b = allocBytes(strLength(s));
    strCopyLatin1(s, bytesData(b));
    return b;
  }
  const other = otherCodec('encode', s, encoding, errors);
  if (other !== NULL) return other;
  const text = strValue(s);
  return newBytes(textCall(() => encodeStr(text, encoding, errors, codecOptions)));
}

const CODEC_NAMES = ['encoding', 'errors'] as const;
const codecArgs: Value[] = [0, 0];

function codecStrings(fname: string, argv: number, argc: number, kwnames: Ref): [string, string] {
  const [e, r] = parseKwArgs(fname, argv, argc, kwnames, CODEC_NAMES, codecArgs);
  let encoding = 'utf-8';
  let errors = 'strict';
  if (e !== NULL) {
    const s = strOf(e!);
    if (s === NULL) typeError(`${fname}() argument 'encoding' must be str, not ${argTypeName(e!)}`);
    encoding = strValue(s);
  }
  if (r !== NULL) {
    const s = strOf(r!);
    if (s === NULL) typeError(`${fname}() argument 'errors' must be str, not ${argTypeName(r!)}`);
    errors = strValue(s);
  }
  return [encoding, errors];
}

defineMethod('str', 'encode', (self, argv, argc, kwnames) => {
  const [encoding, errors] = codecStrings('encode', argv, argc, kwnames);
  return encodeToBytes(strOf(self), encoding, errors);
});

function decodeMethod(self: Value, argv: number, argc: number, kwnames: Ref): Value {
  const [encoding, errors] = codecStrings('decode', argv, argc, kwnames);
  return decodeToStr(self, encoding, errors, 'decoding');
}
defineMethod('bytes', 'decode', decodeMethod);
defineMethod('bytearray', 'decode', decodeMethod);

