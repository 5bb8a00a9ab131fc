/**
 * io.BytesIO: an in-memory binary stream (CPython's _io.BytesIO).
 *
 * The state is a list of three values in the hidden slot (io-native-class.ts):
 *
 *     | buf | pos | closed |
 *
 *   buf     a bytearray holding the value (its length is the stream's size)
 *   pos     int, the position (may be past the end: a write there pads with zeros)
 *   closed  small int 0/1
 *
 * getbuffer() is a memoryview of `buf`, so writing through it changes the
 * stream. CPython refuses to resize the buffer while such a view exists
 * (BufferError); without reference counts gilvm cannot tell when the view
 * is gone, so it does not refuse (a view reads the current bytes anyway).
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { allocByteArray, byteArrayData, byteArrayLength, byteArrayResize, byteArrayView } from '../objects/bytearray.js';
import { bytesLikeData, newBytes } from '../objects/bytes.js';
import { writableBytesLikeData } from '../objects/memoryview.js';
import { intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { asSsize, hasIndex, indexOf, intToNumber, kwCountOf } from '../objects/list-args.js';
import { listAppend, listGet, listSet, newList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { existingInstanceDict, instanceDict, unboxed } from '../objects/type-layout.js';
import { dictCopy, isDictLike } from '../objects/dict.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { getIter, iterNext, typeNameOf } from '../vm/abstract.js';
import { getAttr } from '../vm/attributes.js';
import { call1, callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { parseClinic } from './builtins-args.js';
import { declareNativeClass, makeNativeClass, nativeGetter, nativeMethod, stateWord } from './io-native-class.js';

const BUF = 0;
const POS = 1;
const CLOSED = 2;
const STATE_WORDS = 3;

/** Its methods are critical sections on it in free-threading mode (io-native-class.ts). */
export const BytesIOClass = declareNativeClass('_io', 'BytesIO', '_gilvm_bytesio', true);
const C = BytesIOClass;

let unsupported: () => Ref = () => E.OSError;
/** io.UnsupportedOperation, given by io-module.ts. */
export function setBytesIOUnsupported(get: () => Ref): void {
  unsupported = get;
}

function stateOf(self: Value, checkClosed: boolean): Ref {
  const w = stateWord(C, self);
  if (w < 0) throw raise(E.TypeError, `descriptor requires a '_io.BytesIO' object but received a '${typeNameOf(self)}'`);
  const st = i32[w]!;
  if (st === NULL) throw raise(E.ValueError, 'I/O operation on uninitialized object.');
  if (checkClosed && listGet(st, CLOSED) !== fromSmallInt(0)) throw raise(E.ValueError, 'I/O operation on closed file.');
  return st;
}

function buf(st: Ref): Ref {
  return listGet(st, BUF);
}
function pos(st: Ref): number {
  return intToNumber(listGet(st, POS));
}
function setPos(st: Ref, n: number): void {
  listSet(st, POS, intFromNumber(n));
}

function writeBytes(st: Ref, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  const b = buf(st);
  const p = pos(st);
  const copy = data.slice(); // data may be a view of buf itself
  if (p + n > byteArrayLength(b)) byteArrayResize(b, p + n); // zero-fills any gap
  u8.set(copy, byteArrayData(b) + p);
  setPos(st, p + n);
  return n;
}

/** The next min(size, rest) bytes (size < 0: all the rest), moving the position. */
function readBytes(st: Ref, size: number): Uint8Array {
  const b = buf(st);
  const len = byteArrayLength(b);
  const p = pos(st);
  if (p >= len) return new Uint8Array(0);
  const end = size < 0 || p + size > len ? len : p + size;
  setPos(st, end);
  return byteArrayView(b).slice(p, end);
}

function readLine(st: Ref, limit: number): Uint8Array {
  const b = buf(st);
  const len = byteArrayLength(b);
  const p = pos(st);
  if (p >= len) return new Uint8Array(0);
  const view = byteArrayView(b);
  const stop = limit >= 0 && p + limit < len ? p + limit : len;
  let end = stop;
  const nl = view.indexOf(10, p);
  if (nl >= 0 && nl < stop) end = nl + 1;
  setPos(st, end);
  return view.slice(p, end);
}

// ---- arguments ------------------------------------------------------------------------------

const args: Value[] = [];

function sizeArg(v: Value): number {
  if (v === NULL || v === S.None) return -1;
  if (!hasIndex(v)) throw raise(E.TypeError, `argument should be integer or None, not '${typeNameOf(v)}'`);
  return asSsize(v, E.OverflowError, 'Python int too large to convert to C ssize_t');
}
function optSize(name: string, argv: number, argc: number, kwnames: Ref): number {
  parseClinic(name, argv, argc, kwnames, ['size'], 1, 0, [], args);
  return sizeArg(args[0]!);
}
function exactlyOne(name: string, argc: number, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
}
function noArgs(name: string, argc: number, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
}
function intArg(v: Value): number {
  if (!hasIndex(v) || ((v & 1) === 0 && isSubtype(typeOf(v), T.float))) {
    throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  const n = intToNumber(indexOf(v));
  if (!Number.isSafeInteger(n) || n > 2147483647 || n < -2147483648) throw raise(E.OverflowError, 'Python int too large to convert to C int');
  return n;
}

// ---- methods --------------------------------------------------------------------------------

nativeMethod(C, '__init__', (self, argv, argc, kwnames) => {
  parseClinic('BytesIO', argv, argc, kwnames, ['initial_bytes'], 0, 0, [], args);
  const initial = args[0]!;
  let data: Uint8Array | null = null;
  if (initial !== NULL && initial !== S.None) {
    data = bytesLikeData(initial);
    if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(initial)}'`);
  }
  const w = stateWord(C, self);
  if (w < 0) throw raise(E.TypeError, `descriptor '__init__' requires a '_io.BytesIO' object but received a '${typeNameOf(self)}'`);
  const copy = data === null ? null : data.slice();
  // Allocation never collects: the new objects stay valid until the slot holds them.
  const st = newList(STATE_WORDS);
  listSet(st, BUF, allocByteArray(T.bytearray));
  listSet(st, POS, fromSmallInt(0));
  listSet(st, CLOSED, fromSmallInt(0));
  if (copy !== null && copy.length > 0) {
    byteArrayResize(buf(st), copy.length);
    u8.set(copy, byteArrayData(buf(st)));
  }
  i32[w] = st;
  return S.None;
});

nativeMethod(C, 'write', (self, argv, argc, kwnames) => {
  exactlyOne('write', argc, kwnames);
  const st = stateOf(self, true);
  const data = bytesLikeData(i32[argv]!);
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(i32[argv]!)}'`);
  return intFromNumber(writeBytes(st, data));
});

nativeMethod(C, 'writelines', (self, argv, argc, kwnames) => {
  exactlyOne('writelines', argc, kwnames);
  stateOf(self, true);
  const mark = handleCount();
  try {
    pushHandle(self);
    const it = pushHandle(getIter(i32[argv]!));
    const write = pushHandle(getAttr(self, intern('write')));
    for (;;) {
      const line = iterNext(getHandle(it));
      if (line === NULL) break;
      call1(getHandle(write), line);
    }
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

for (const name of ['read', 'read1'] as const) {
  nativeMethod(C, name, (self, argv, argc, kwnames) => {
    const size = optSize(name, argv, argc, kwnames);
    return newBytes(readBytes(stateOf(self, true), size));
  });
}

nativeMethod(C, 'readline', (self, argv, argc, kwnames) => {
  const size = optSize('readline', argv, argc, kwnames);
  return newBytes(readLine(stateOf(self, true), size));
});

nativeMethod(C, 'readlines', (self, argv, argc, kwnames) => {
  const hint = optSize('readlines', argv, argc, kwnames);
  stateOf(self, true);
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    let total = 0;
    for (;;) {
      const line = readLine(stateOf(self, true), -1);
      if (line.length === 0) break;
      listAppend(getHandle(out), newBytes(line));
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});

for (const name of ['readinto', 'readinto1'] as const) {
  nativeMethod(C, name, (self, argv, argc, kwnames) => {
    exactlyOne(name, argc, kwnames);
    const st = stateOf(self, true);
    const target = i32[argv]!;
    const into = writableBytesLikeData(target);
    if (into === null) throw raise(E.TypeError, `readinto() argument must be read-write bytes-like object, not ${typeNameOf(target)}`);
    const data = readBytes(st, into.length);
    writableBytesLikeData(target)!.set(data);
    return intFromNumber(data.length);
  });
}

nativeMethod(C, 'getvalue', (self, _argv, argc, kwnames) => {
  noArgs('getvalue', argc, kwnames);
  return newBytes(byteArrayView(buf(stateOf(self, true))).slice());
});

nativeMethod(C, 'getbuffer', (self, _argv, argc, kwnames) => {
  noArgs('getbuffer', argc, kwnames);
  const st = stateOf(self, true);
  return callArray(T.memoryview, [buf(st)]);
});

nativeMethod(C, 'tell', (self, _argv, argc, kwnames) => {
  noArgs('tell', argc, kwnames);
  return intFromNumber(pos(stateOf(self, true)));
});

nativeMethod(C, 'seek', (self, argv, argc, kwnames) => {
  parseClinic('seek', argv, argc, kwnames, ['pos', 'whence'], 2, 1, [], args);
  const off = asSsize(args[0]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  const whence = args[1] === NULL ? 0 : intArg(args[1]!);
  const st = stateOf(self, true);
  if (whence !== 0 && whence !== 1 && whence !== 2) throw raise(E.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (off < 0 && whence === 0) throw raise(E.ValueError, `negative seek value ${off}`);
  let target = whence === 0 ? off : whence === 1 ? pos(st) + off : byteArrayLength(buf(st)) + off;
  if (target < 0) target = 0;
  setPos(st, target);
  return intFromNumber(target);
});

nativeMethod(C, 'truncate', (self, argv, argc, kwnames) => {
  parseClinic('truncate', argv, argc, kwnames, ['size'], 1, 0, [], args);
  const st = stateOf(self, true);
  let size: number;
  if (args[0] === NULL || args[0] === S.None) size = pos(st);
  else size = asSsize(args[0]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (size < 0) throw raise(E.ValueError, `negative size value ${size}`);
  if (size < byteArrayLength(buf(st))) byteArrayResize(buf(st), size);
  return intFromNumber(size);
});

nativeMethod(C, 'close', (self, _argv, argc, kwnames) => {
  noArgs('close', argc, kwnames);
  const st = stateOf(self, false);
  listSet(st, CLOSED, fromSmallInt(1));
  byteArrayResize(buf(st), 0);
  return S.None;
});

for (const name of ['readable', 'writable', 'seekable', 'flush'] as const) {
  nativeMethod(C, name, (self, _argv, argc, kwnames) => {
    noArgs(name, argc, kwnames);
    stateOf(self, true);
    return name === 'flush' ? S.None : S.True;
  });
}
nativeMethod(C, 'isatty', (self, _argv, argc, kwnames) => {
  noArgs('isatty', argc, kwnames);
  stateOf(self, true);
  return S.False;
});
for (const name of ['fileno', 'detach'] as const) {
  nativeMethod(C, name, (self) => {
    stateOf(self, false);
    throw raise(unsupported(), name);
  });
}
// BytesIO's own iterator (not IOBase's): no closed check until __next__.
nativeMethod(C, '__iter__', (self) => self);
nativeMethod(C, '__next__', (self) => {
  const line = readLine(stateOf(self, true), -1);
  if (line.length === 0) throw raise(E.StopIteration, null);
  return newBytes(line);
});
nativeMethod(C, '__enter__', (self) => {
  stateOf(self, true);
  return self;
});
nativeMethod(C, '__exit__', (self) => {
  const mark = handleCount();
  try {
    pushHandle(self);
    const close = pushHandle(getAttr(self, intern('close')));
    callArray(getHandle(close), []);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});
nativeMethod(C, '__setstate__', (self, argv, argc, kwnames) => {
  exactlyOne('__setstate__', argc, kwnames);
  const state = i32[argv]!;
  if ((state & 1) !== 0 || state === NULL || !isSubtype(typeOf(state), T.tuple) || tupleLength(unboxed(state)) < 3) {
    const who = typeNameOf(self) === 'BytesIO' ? '_io.BytesIO' : typeNameOf(self);
    throw raise(E.TypeError, `${who}.__setstate__ argument should be 3-tuple, got ${typeNameOf(state)}`);
  }
  const t = unboxed(state);
  const data = bytesLikeData(tupleGet(t, 0));
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(tupleGet(t, 0))}'`);
  const posV = tupleGet(t, 1);
  if (!hasIndex(posV) || ((posV & 1) === 0 && isSubtype(typeOf(posV), T.float))) {
    throw raise(E.TypeError, `second item of state must be an integer, not ${typeNameOf(posV)}`);
  }
  const p = asSsize(posV, E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (p < 0) throw raise(E.ValueError, 'position value cannot be negative');
  const d = tupleGet(t, 2);
  if (d !== S.None && !isDictLike(d)) throw raise(E.TypeError, `third item of state should be a dict, got a ${typeNameOf(d)}`);
  const w = stateWord(C, self);
  if (w < 0) throw raise(E.TypeError, `descriptor '__setstate__' requires a '_io.BytesIO' object but received a '${typeNameOf(self)}'`);
  const copy = data.slice();
  const st = newList(STATE_WORDS);
  listSet(st, BUF, allocByteArray(T.bytearray));
  listSet(st, POS, intFromNumber(p));
  listSet(st, CLOSED, fromSmallInt(0));
  byteArrayResize(buf(st), copy.length);
  if (copy.length > 0) u8.set(copy, byteArrayData(buf(st)));
  i32[w] = st;
  if (d !== S.None) {
    const mark = handleCount();
    try {
      pushHandle(self);
      pushHandle(d);
      const update = pushHandle(getAttr(instanceDict(self), intern('update')));
      call1(getHandle(update), d);
    } finally {
      releaseHandles(mark);
    }
  }
  return S.None;
});

nativeMethod(C, '__getstate__', (self) => {
  const st = stateOf(self, true);
  const d = existingInstanceDict(self);
  const value = newBytes(byteArrayView(buf(st)).slice());
  return newTuple([value, intFromNumber(pos(st)), d === NULL ? S.None : dictCopy(d)]);
});

nativeGetter(C, 'closed', (self) => (listGet(stateOf(self, false), CLOSED) !== fromSmallInt(0) ? S.True : S.False));

/** Make the class (the io module's init). */
export function makeBytesIOClass(): Ref {
  return makeNativeClass(C, 'Buffered I/O implementation using an in-memory bytes buffer.');
}
