/**
 * The methods only bytearray has (it is mutable): append extend insert pop remove clear copy
 * reverse __alloc__, with CPython's messages.
 */
import { NULL, fromSmallInt, type Value } from '../heap/layout.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { byteArrayData, byteArrayLength, byteArrayResize, byteArrayView, newByteArray } from './bytearray.js';
import { bytesFromIterable, byteValue } from './bytes-slots.js';
import { BUF_OR_NONE, bytesLikeData, newBytes } from './bytes.js';
import { newStr } from './str.js';
import { newTuple } from './tuple.js';
import { existingInstanceDict } from './type-layout.js';
import { typeOf } from './typecheck.js';
import { isMemoryView } from './memoryview.js';
import { defineMethod } from './native.js';
import { E, S } from './registry.js';
import { checkArgcClinic, checkNoArgs, checkOneArg, noKeywords, ssizeOf, strOf, typeError } from './str-args.js';
import { getIter } from '../vm/abstract.js';
import { exceptionMatches, fetchException } from '../vm/errors.js';

function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

defineMethod('bytearray', 'append', (self, argv, argc, kwnames) => {
  checkOneArg('bytearray.append', argc, kwnames);
  const x = byteValue(arg(argv, 0));
  const n = byteArrayLength(self);
  byteArrayResize(self, n + 1);
  u8[byteArrayData(self) + n] = x;
  return S.None;
});

defineMethod('bytearray', 'extend', (self, argv, argc, kwnames) => {
  checkOneArg('bytearray.extend', argc, kwnames);
  const src = arg(argv, 0);
  let add: Uint8Array;
  const d = bytesLikeData(src, BUF_OR_NONE);
  if (d !== null) add = d.slice();
  else if (isMemoryView(src)) typeError(`can't set bytearray slice from ${typeNameOf(src)}`);
  else {
    if (strOf(src) === NULL) {
      // Not iterable at all: CPython's own message (a str fails later, item by item).
      try {
        getIter(src);
      } catch (e) {
        if (exceptionMatches(E.TypeError)) {
          fetchException();
          typeError(`can't extend bytearray with ${typeNameOf(src)}`);
        }
        throw e;
      }
    }
    const mark = handleCount();
    try {
      pushHandle(self);
      add = bytesFromIterable(src);
    } finally {
      releaseHandles(mark);
    }
  }
  const n = byteArrayLength(self);
  byteArrayResize(self, n + add.length);
  u8.set(add, byteArrayData(self) + n);
  return S.None;
});

defineMethod('bytearray', 'insert', (self, argv, argc, kwnames) => {
  noKeywords('bytearray.insert', kwnames);
  if (argc !== 2) typeError(`insert expected 2 arguments, got ${argc}`);
  let i = ssizeOf(arg(argv, 0));
  const x = byteValue(arg(argv, 1));
  const n = byteArrayLength(self);
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  byteArrayResize(self, n + 1);
  const d = byteArrayData(self);
  u8.copyWithin(d + i + 1, d + i, d + n);
  u8[d + i] = x;
  return S.None;
});

defineMethod('bytearray', 'pop', (self, argv, argc, kwnames) => {
  checkArgcClinic('pop', argc, kwnames, 0, 1, 'bytearray.pop');
  const n = byteArrayLength(self);
  let i = argc > 0 ? ssizeOf(arg(argv, 0)) : -1;
  if (n === 0) throw raise(E.IndexError, 'pop from empty bytearray');
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw raise(E.IndexError, 'pop index out of range');
  const d = byteArrayData(self);
  const x = u8[d + i]!;
  u8.copyWithin(d + i, d + i + 1, d + n);
  byteArrayResize(self, n - 1);
  return fromSmallInt(x);
});

defineMethod('bytearray', 'remove', (self, argv, argc, kwnames) => {
  checkOneArg('bytearray.remove', argc, kwnames);
  const x = byteValue(arg(argv, 0));
  const view = byteArrayView(self);
  const i = view.indexOf(x);
  if (i < 0) throw raise(E.ValueError, 'value not found in bytearray');
  const n = view.length;
  const d = byteArrayData(self);
  u8.copyWithin(d + i, d + i + 1, d + n);
  byteArrayResize(self, n - 1);
  return S.None;
});

defineMethod('bytearray', 'clear', (self, _argv, argc, kwnames) => {
  checkNoArgs('bytearray.clear', argc, kwnames);
  byteArrayResize(self, 0);
  return S.None;
});

defineMethod('bytearray', 'copy', (self, _argv, argc, kwnames) => {
  checkNoArgs('bytearray.copy', argc, kwnames);
  return newByteArray(byteArrayView(self));
});

/**
 * bytearray.__reduce_ex__(proto): (type(self), (bytes(self),), dict or None) from
 * protocol 3; below it (and for __reduce__), the bytes as a latin-1 str and 'latin-1';
 * no arguments when empty, as CPython.
 */
function byteArrayReduce(self: Value, proto: number): Value {
  const mark = handleCount();
  try {
    const view = byteArrayView(self);
    let args: Value;
    if (view.length === 0) {
      args = newTuple([]);
    } else if (proto >= 3) {
      args = newTuple([newBytes(view.slice())]);
    } else {
      let text = '';
      for (let i = 0; i < view.length; i += 8192) text += String.fromCharCode(...view.subarray(i, i + 8192));
      const s = newStr(text);
      pushHandle(s);
      const enc = newStr('latin-1');
      pushHandle(enc);
      args = newTuple([s, enc]);
    }
    pushHandle(args);
    const d = existingInstanceDict(self);
    return newTuple([typeOf(self), args, d === NULL ? S.None : d]);
  } finally {
    releaseHandles(mark);
  }
}

defineMethod('bytearray', '__reduce__', (self, _argv, argc, kwnames) => {
  checkNoArgs('bytearray.__reduce__', argc, kwnames);
  return byteArrayReduce(self, 2);
});

defineMethod('bytearray', '__reduce_ex__', (self, argv, argc, kwnames) => {
  noKeywords('bytearray.__reduce_ex__', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `bytearray.__reduce_ex__() takes exactly one argument (${argc} given)`);
  const p = i32[argv]!;
  if ((p & 1) === 0) throw raise(E.TypeError, `'${typeNameOf(p)}' object cannot be interpreted as an integer`);
  return byteArrayReduce(self, p >> 1);
});

defineMethod('bytearray', 'reverse', (self, _argv, argc, kwnames) => {
  checkNoArgs('bytearray.reverse', argc, kwnames);
  byteArrayView(self).reverse();
  return S.None;
});

defineMethod('bytearray', '__alloc__', (self, _argv, argc, kwnames) => {
  checkNoArgs('bytearray.__alloc__', argc, kwnames);
  // CPython reports its buffer size plus the terminating NUL.
  return fromSmallInt(byteArrayLength(self) + 1);
});
