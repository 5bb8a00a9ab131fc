/**
 * The constructors: bytes(source=b'', encoding, errors) as `bytes.__new__` (static: argv[0] is
 * the class), and bytearray as `bytearray.__new__` (an empty instance of the class) plus
 * `bytearray.__init__` (fills it), as CPython splits them.
 *
 * A source is, in CPython's order: a str with an encoding; an object with __bytes__ (bytes
 * only); an int (that many zero bytes); a bytes-like object; an iterable of ints in
 * range(0, 256).
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { getIter, iterNext, typeName, typeNameOf } from '../vm/abstract.js';
import { lookupTypeString } from '../vm/attributes.js';
import { callValue } from '../vm/call.js';
import { exceptionMatches, fetchException, raise } from '../vm/errors.js';
import { handleCount, handleWord, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { allocByteArray, byteArraySetData } from './bytearray.js';
import { encodeToBytes } from './bytes-codecs.js';
import { BUF_FULL, bytesLikeData, bytesOf, bytesView, newBytes } from './bytes.js';
import { defineMethod, MDF_STATIC } from './native.js';
import { E, S, T } from './registry.js';
import { argTypeName, indexOrNaN, parseKwArgs, strOf, typeError } from './str-args.js';
import { strValue } from './str.js';
import { isSubtype, typeOf } from './typecheck.js';
import { newBoxed } from './type-layout.js';

const NAMES = ['source', 'encoding', 'errors'] as const;
const parsed: Value[] = [0, 0, 0];

/** The bytes a constructor call describes; `kind` names the type in messages. */
function sourceBytes(kind: 'bytes' | 'bytearray', argv: number, argc: number, kwnames: Ref): Uint8Array {
  const [src, enc, err] = parseKwArgs(kind, argv, argc, kwnames, NAMES, parsed);
  const source = src!;
  if (enc !== NULL && strOf(enc!) === NULL) typeError(`${kind}() argument 'encoding' must be str, not ${argTypeName(enc!)}`);
  if (err !== NULL && strOf(err!) === NULL) typeError(`${kind}() argument 'errors' must be str, not ${argTypeName(err!)}`);
  if (source === NULL) {
    if (enc !== NULL) typeError('encoding without a string argument');
    if (err !== NULL) typeError('errors without a string argument');
    return new Uint8Array(0);
  }
  const s = strOf(source);
  if (s !== NULL) {
    if (enc === NULL) typeError('string argument without an encoding');
    const b = encodeToBytes(s, strValue(strOf(enc!)), err === NULL ? 'strict' : strValue(strOf(err!)));
    return bytesView(b).slice();
  }
  if (enc !== NULL) typeError('encoding without a string argument');
  if (err !== NULL) typeError('errors without a string argument');
  if ((source & 1) === 0 && (typeOf(source) === T.bytes || typeOf(source) === T.bytearray)) {
    return bytesLikeData(source)!.slice();
  }
  if (kind === 'bytes' && (source & 1) === 0) {
    const f = lookupTypeString(typeOf(source), '__bytes__');
    if (f !== NULL) {
      const mark = handleCount();
      try {
        const h = pushHandle(source);
        const r = callValue(f, handleWord(h), 1, NULL);
        const b = bytesOf(r);
        if (b === NULL) typeError(`__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
        return bytesView(b).slice();
      } finally {
        releaseHandles(mark);
      }
    }
  }
  const n = indexOrNaN(source);
  if (!Number.isNaN(n)) {
    if (n < 0) throw raise(E.ValueError, 'negative count');
    if (n > 2 ** 31) throw raise(E.MemoryError, null);
    return new Uint8Array(n);
  }
  const d = bytesLikeData(source, BUF_FULL);
  if (d !== null) return d.slice();
  let it: Value;
  try {
    it = getIter(source);
  } catch (e) {
    if (exceptionMatches(E.TypeError)) {
      fetchException();
      typeError(`cannot convert '${typeNameOf(source)}' object to ${kind}`);
    }
    throw e;
  }
  const out: number[] = [];
  const mark = handleCount();
  try {
    pushHandle(it);
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) break;
      const v = indexOrNaN(x);
      if (Number.isNaN(v)) typeError(`'${typeNameOf(x)}' object cannot be interpreted as an integer`);
      if (!(v >= 0 && v <= 255)) {
        throw raise(E.ValueError, kind === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
      }
      out.push(v);
    }
  } finally {
    releaseHandles(mark);
  }
  return Uint8Array.from(out);
}

defineMethod(
  'bytes',
  '__new__',
  (_self, argv, argc, kwnames) => {
    if (argc < 1) throw raise(E.TypeError, 'bytes.__new__(): not enough arguments');
    const cls = i32[argv]!;
    if (cls !== T.bytes && !isSubtype(cls, T.bytes)) {
      typeError(`bytes.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of bytes`);
    }
    const b = newBytes(sourceBytes('bytes', argv + 1, argc - 1, kwnames));
    return cls === T.bytes ? b : newBoxed(cls, b);
  },
  MDF_STATIC,
);

defineMethod(
  'bytearray',
  '__new__',
  (_self, argv, argc) => {
    if (argc < 1) throw raise(E.TypeError, 'bytearray.__new__(): not enough arguments');
    const cls = i32[argv]!;
    if (cls !== T.bytearray && !isSubtype(cls, T.bytearray)) {
      typeError(`bytearray.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of bytearray`);
    }
    return allocByteArray(cls);
  },
  MDF_STATIC,
);

defineMethod('bytearray', '__init__', (self, argv, argc, kwnames) => {
  const data = sourceBytes('bytearray', argv, argc, kwnames);
  byteArraySetData(self, data);
  return S.None;
});
