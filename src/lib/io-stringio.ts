/**
 * io.StringIO: an in-memory text stream (CPython's _io.StringIO).
 *
 * The state is a list of seven values in the hidden slot (io-native-class.ts):
 *
 *     | chunks | pos | closed | readnl | writenl | mode | length |
 *
 *   chunks   list of str whose concatenation is the value; writes at the end append to it,
 *            anything else first joins it into one str (so a loop of writes stays linear)
 *   pos      small int, the position in code points (may be past the end)
 *   closed   small int 0/1
 *   readnl   None, or the newline= str (what readline splits on when not universal)
 *   writenl  None, or '\r' / '\r\n': what '\n' becomes on write
 *   mode     small int: M_UNIVERSAL (newline None or ''), M_TRANSLATE (None), and the
 *            newlines seen so far (SEEN_*), for the `newlines` attribute
 *   length   small int, the value's length in code points
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { intFromNumber } from '../objects/int.js';
import { listAppend, listBase, listGet, listLength, listResize, listSet, newList } from '../objects/list.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strCodePoint, strConcat, strJoinWords, strLength, strSubstring, strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { hasIndex, indexOf, intToNumber, asSsize } from '../objects/list-args.js';
import { getIter, iterNext, typeNameOf } from '../vm/abstract.js';
import { getAttr } from '../vm/attributes.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { buffer } from '../heap/memory.js';
import { parseClinic } from './builtins-args.js';
import { declareNativeClass, makeNativeClass, nativeGetter, nativeMethod, stateWord } from './io-native-class.js';
import { intern } from '../objects/intern.js';

const CHUNKS = 0;
const POS = 1;
const CLOSED = 2;
const READNL = 3;
const WRITENL = 4;
const MODE = 5;
const LENGTH = 6;
const STATE_WORDS = 7;

const M_UNIVERSAL = 1;
const M_TRANSLATE = 2;
const SEEN_CR = 4;
const SEEN_LF = 8;
const SEEN_CRLF = 16;

/** Its methods are critical sections on it in free-threading mode (io-native-class.ts). */
export const StringIOClass = declareNativeClass('_io', 'StringIO', '_gilvm_stringio', true);

let unsupported: () => Ref = () => E.OSError;
/** io.UnsupportedOperation, given by io-module.ts. */
export function setStringIOUnsupported(get: () => Ref): void {
  unsupported = get;
}

// ---- state ----------------------------------------------------------------------------------

/** The state list of `self`; `period`: whether the closed-file message ends with a period. */
function stateOf(self: Value, checkClosed: boolean, period = false): Ref {
  const w = stateWord(StringIOClass, self);
  if (w < 0) throw raise(E.TypeError, `descriptor requires a '_io.StringIO' object but received a '${typeNameOf(self)}'`);
  const st = i32[w]!;
  if (st === NULL) throw raise(E.ValueError, 'I/O operation on uninitialized object');
  if (checkClosed && listGet(st, CLOSED) !== fromSmallInt(0)) {
    throw raise(E.ValueError, period ? 'I/O operation on closed file.' : 'I/O operation on closed file');
  }
  return st;
}

function num(st: Ref, k: number): number {
  return listGet(st, k) >> 1;
}
function setNum(st: Ref, k: number, n: number): void {
  listSet(st, k, fromSmallInt(n));
}

/** The value as one str (joining the chunks, which then hold just it). */
function value(st: Ref): Ref {
  const chunks = listGet(st, CHUNKS);
  const n = listLength(chunks);
  if (n === 0) return S.emptyStr;
  if (n === 1) return listGet(chunks, 0);
  const joined = strJoinWords(S.emptyStr, listBase(chunks), n);
  listResize(chunks, 1);
  listSet(chunks, 0, joined);
  return joined;
}

function setValue(st: Ref, s: Ref): void {
  const chunks = listGet(st, CHUNKS);
  listResize(chunks, 1);
  listSet(chunks, 0, s);
  setNum(st, LENGTH, strLength(s));
}

// ---- newline handling -----------------------------------------------------------------------

/** What a write stores for `s`: universal newlines translated, '\n' made writenl; notes the newlines seen. */
function translateForWrite(st: Ref, s: Ref): Ref {
  const mode = num(st, MODE);
  const writenl = listGet(st, WRITENL);
  if ((mode & M_UNIVERSAL) === 0 && writenl === S.None) return s;
  const n = strLength(s);
  let hasCR = false;
  let hasLF = false;
  for (let i = 0; i < n; i++) {
    const c = strCodePoint(s, i);
    if (c === 13) hasCR = true;
    else if (c === 10) hasLF = true;
  }
  if (!hasCR && !hasLF) return s;
  let text = strValue(s);
  if ((mode & M_UNIVERSAL) !== 0) {
    let seen = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          seen |= SEEN_CRLF;
          i++;
        } else seen |= SEEN_CR;
      } else if (c === 10) seen |= SEEN_LF;
    }
    setNum(st, MODE, mode | seen);
    if ((mode & M_TRANSLATE) !== 0 && hasCR) text = text.replace(/\r\n?/g, '\n');
  }
  if (writenl !== S.None) text = text.split('\n').join(strValue(writenl));
  return newStr(text);
}

/**
 * End (exclusive) of the line that starts at `at` in `s` (length `n`), up to
 * `limit` code points (negative: no limit): what readline splits on.
 */
function lineEnd(st: Ref, s: Ref, n: number, at: number, limit: number): number {
  const stop = limit >= 0 && at + limit < n ? at + limit : n;
  const mode = num(st, MODE);
  if ((mode & M_TRANSLATE) !== 0) {
    for (let i = at; i < stop; i++) if (strCodePoint(s, i) === 10) return i + 1;
    return stop;
  }
  if ((mode & M_UNIVERSAL) !== 0) {
    for (let i = at; i < stop; i++) {
      const c = strCodePoint(s, i);
      if (c === 10) return i + 1;
      if (c === 13) return i + 1 < stop && strCodePoint(s, i + 1) === 10 ? i + 2 : i + 1;
    }
    return stop;
  }
  const nl = listGet(st, READNL);
  const m = strLength(nl);
  const first = strCodePoint(nl, 0);
  for (let i = at; i < stop; i++) {
    if (strCodePoint(s, i) !== first) continue;
    let k = 1;
    while (k < m && i + k < n && strCodePoint(s, i + k) === strCodePoint(nl, k)) k++;
    if (k === m) return Math.min(i + m, stop);
  }
  return stop;
}

// ---- operations -----------------------------------------------------------------------------

function writeStr(st: Ref, input: Ref): number {
  const written = strLength(input);
  const s = translateForWrite(st, input);
  const n = strLength(s);
  if (n === 0) return written;
  const pos = num(st, POS);
  const len = num(st, LENGTH);
  const chunks = listGet(st, CHUNKS);
  if (pos === len) {
    listAppend(chunks, s);
  } else if (pos > len) {
    listAppend(chunks, newStr('\0'.repeat(pos - len)));
    listAppend(chunks, s);
  } else {
    const v = value(st);
    const head = strSubstring(v, 0, pos);
    const tailFrom = Math.min(pos + n, len);
    const joined = strConcat(strConcat(head, s), strSubstring(v, tailFrom, len));
    setValue(st, joined);
    setNum(st, POS, pos + n);
    return written;
  }
  setNum(st, LENGTH, Math.max(len, pos) + n);
  setNum(st, POS, pos + n);
  return written;
}

function readStr(st: Ref, size: number): Ref {
  const pos = num(st, POS);
  const len = num(st, LENGTH);
  if (pos >= len) return S.emptyStr;
  const end = size < 0 || pos + size > len ? len : pos + size;
  const v = value(st);
  setNum(st, POS, end);
  return pos === 0 && end === len ? v : strSubstring(v, pos, end);
}

function readLine(st: Ref, limit: number): Ref {
  const pos = num(st, POS);
  const len = num(st, LENGTH);
  if (pos >= len) return S.emptyStr;
  const v = value(st);
  const end = lineEnd(st, v, len, pos, limit);
  setNum(st, POS, end);
  return strSubstring(v, pos, end);
}

// ---- arguments ------------------------------------------------------------------------------

const args: Value[] = [];

/** An optional size (None or absent: -1); CPython's message for anything else. */
function sizeArg(v: Value): number {
  if (v === NULL || v === S.None) return -1;
  if (!hasIndex(v)) throw raise(E.TypeError, `argument should be integer or None, not '${typeNameOf(v)}'`);
  return asSsize(v, E.OverflowError, 'Python int too large to convert to C ssize_t');
}

function optSize(name: string, argv: number, argc: number, kwnames: Ref): number {
  parseClinic(name, argv, argc, kwnames, ['size'], 1, 0, [], args);
  return sizeArg(args[0]!);
}

function isStrValue(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.str);
}

import { unboxed } from '../objects/type-layout.js';

// ---- methods --------------------------------------------------------------------------------

const C = StringIOClass;

/** Check a newline= argument; its JS value (null for None). */
function newlineArg(newline: Value): string | null {
  if (newline !== S.None && !isStrValue(newline)) throw raise(E.TypeError, `newline must be str or None, not ${typeNameOf(newline)}`);
  const nl = newline === S.None ? null : strValue(unboxed(newline));
  if (nl !== null && nl !== '' && nl !== '\n' && nl !== '\r' && nl !== '\r\n') {
    throw raise(E.ValueError, `illegal newline value: ${strValue(reprOf(newline))}`);
  }
  return nl;
}

/** Give `self` a fresh empty state for newline mode `nl`; returns it. */
function freshState(self: Value, nl: string | null): Ref {
  if (stateWord(C, self) < 0) {
    throw raise(E.TypeError, `descriptor '__init__' requires a '_io.StringIO' object but received a '${typeNameOf(self)}'`);
  }
  // Allocation never collects: the new objects stay valid until the slot holds them.
  const st = newList(STATE_WORDS);
  listSet(st, CHUNKS, newList(0));
  setNum(st, POS, 0);
  setNum(st, CLOSED, 0);
  listSet(st, READNL, nl === null || nl === '' ? S.None : newStr(nl));
  listSet(st, WRITENL, nl === '\r' || nl === '\r\n' ? newStr(nl) : S.None);
  setNum(st, MODE, (nl === null || nl === '' ? M_UNIVERSAL : 0) | (nl === null ? M_TRANSLATE : 0));
  setNum(st, LENGTH, 0);
  i32[stateWord(C, self)] = st;
  return st;
}

nativeMethod(C, '__init__', (self, argv, argc, kwnames) => {
  parseClinic('StringIO', argv, argc, kwnames, ['initial_value', 'newline'], 0, 0, [], args);
  const initial = args[0]!;
  const nl = newlineArg(args[1] === NULL ? intern('\n') : args[1]!);
  if (initial !== NULL && initial !== S.None && !isStrValue(initial)) {
    throw raise(E.TypeError, `initial_value must be str or None, not ${typeNameOf(initial)}`);
  }
  const st = freshState(self, nl);
  if (initial !== NULL && initial !== S.None) {
    writeStr(st, unboxed(initial));
    setNum(st, POS, 0);
  }
  return S.None;
});

nativeMethod(C, '__setstate__', (self, argv, argc, kwnames) => {
  exactlyOne('__setstate__', argc, kwnames);
  const state = i32[argv]!;
  if ((state & 1) !== 0 || state === NULL || !isSubtype(typeOf(state), T.tuple) || tupleLength(unboxed(state)) < 4) {
    const who = typeOf(self) === StringIOClassRef() ? '_io.StringIO' : typeNameOf(self);
    throw raise(E.TypeError, `${who}.__setstate__ argument should be 4-tuple, got ${typeNameOf(state)}`);
  }
  const t = unboxed(state);
  const value = tupleGet(t, 0);
  if (!isStrValue(value)) throw raise(E.TypeError, `initial_value must be str or None, not ${typeNameOf(value)}`);
  const nl = newlineArg(tupleGet(t, 1));
  const posV = tupleGet(t, 2);
  if (!hasIndex(posV) || ((posV & 1) === 0 && isSubtype(typeOf(posV), T.float))) {
    throw raise(E.TypeError, `third item of state must be an integer, got ${typeNameOf(posV)}`);
  }
  const pos = asSsize(posV, E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (pos < 0) throw raise(E.ValueError, 'position value cannot be negative');
  const d = tupleGet(t, 3);
  if (d !== S.None && !isDictLike(d)) throw raise(E.TypeError, `fourth item of state should be a dict, got a ${typeNameOf(d)}`);
  const st = freshState(self, nl);
  // The value was stored translated: it is taken as it is, but the newlines it holds count as seen
  // (CPython's __setstate__ runs __init__ on it before replacing the buffer).
  translateForWrite(st, unboxed(value));
  setValue(st, unboxed(value));
  setNum(st, POS, pos);
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

import { repr as reprOf } from '../vm/abstract.js';

nativeMethod(C, 'write', (self, argv, argc, kwnames) => {
  exactlyOne('write', argc, kwnames);
  const st = stateOf(self, true);
  const v = i32[argv]!;
  if (!isStrValue(v)) throw raise(E.TypeError, `string argument expected, got '${typeNameOf(v)}'`);
  return intFromNumber(writeStr(st, unboxed(v)));
});

nativeMethod(C, 'writelines', (self, argv, argc, kwnames) => {
  exactlyOne('writelines', argc, kwnames);
  stateOf(self, true, true);
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    const it = pushHandle(getIter(i32[argv]!));
    const write = pushHandle(getAttr(self, intern('write')));
    for (;;) {
      const line = iterNext(getHandle(it));
      if (line === NULL) break;
      call1(getHandle(write), line);
    }
    void hSelf;
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

nativeMethod(C, 'read', (self, argv, argc, kwnames) => {
  const size = optSize('read', argv, argc, kwnames);
  return readStr(stateOf(self, true), size);
});

nativeMethod(C, 'readline', (self, argv, argc, kwnames) => {
  const size = optSize('readline', argv, argc, kwnames);
  return readLine(stateOf(self, true), size);
});

nativeMethod(C, 'readlines', (self, argv, argc, kwnames) => {
  const hint = optSize('readlines', argv, argc, kwnames);
  stateOf(self, true, true);
  const mark = handleCount();
  try {
    const out = pushHandle(newList(0));
    let total = 0;
    for (;;) {
      const line = readLine(stateOf(self, true), -1);
      const n = strLength(line);
      if (n === 0) break;
      listAppend(getHandle(out), line);
      total += n;
      if (hint > 0 && total >= hint) break;
    }
    return getHandle(out);
  } finally {
    releaseHandles(mark);
  }
});

nativeMethod(C, 'getvalue', (self, _argv, argc, kwnames) => {
  noArgs('getvalue', argc, kwnames);
  return value(stateOf(self, true));
});

nativeMethod(C, 'tell', (self, _argv, argc, kwnames) => {
  noArgs('tell', argc, kwnames);
  return intFromNumber(num(stateOf(self, true), POS));
});

nativeMethod(C, 'seek', (self, argv, argc, kwnames) => {
  parseClinic('seek', argv, argc, kwnames, ['pos', 'whence'], 2, 1, [], args);
  const pos = asSsize(args[0]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  const whence = args[1] === NULL ? 0 : intArg(args[1]!);
  const st = stateOf(self, true);
  if (whence !== 0 && whence !== 1 && whence !== 2) throw raise(E.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0 && whence === 0) throw raise(E.ValueError, `Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw raise(E.OSError, "Can't do nonzero cur-relative seeks");
  const target = whence === 0 ? pos : whence === 1 ? num(st, POS) : num(st, LENGTH);
  setNum(st, POS, target);
  return intFromNumber(target);
});

function intArg(v: Value): number {
  if (!hasIndex(v) || ((v & 1) === 0 && isSubtype(typeOf(v), T.float))) {
    throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  const n = intToNumber(indexOf(v));
  if (!Number.isSafeInteger(n) || n > 2147483647 || n < -2147483648) throw raise(E.OverflowError, 'Python int too large to convert to C int');
  return n;
}

nativeMethod(C, 'truncate', (self, argv, argc, kwnames) => {
  parseClinic('truncate', argv, argc, kwnames, ['pos'], 1, 0, [], args);
  const st = stateOf(self, true);
  let size: number;
  if (args[0] === NULL || args[0] === S.None) size = num(st, POS);
  else size = asSsize(args[0]!, E.OverflowError, 'Python int too large to convert to C ssize_t');
  if (size < 0) throw raise(E.ValueError, `Negative size value ${size}`);
  if (size < num(st, LENGTH)) setValue(st, strSubstring(value(st), 0, size));
  return intFromNumber(size);
});

nativeMethod(C, 'close', (self, _argv, argc, kwnames) => {
  noArgs('close', argc, kwnames);
  const st = stateOf(self, false);
  setNum(st, CLOSED, 1);
  listSet(st, CHUNKS, newList(0));
  return S.None;
});

for (const name of ['readable', 'writable', 'seekable'] as const) {
  nativeMethod(C, name, (self, _argv, argc, kwnames) => {
    noArgs(name, argc, kwnames);
    stateOf(self, true);
    return S.True;
  });
}
nativeMethod(C, 'isatty', (self, _argv, argc, kwnames) => {
  noArgs('isatty', argc, kwnames);
  stateOf(self, true, true);
  return S.False;
});
nativeMethod(C, 'flush', (self, _argv, argc, kwnames) => {
  noArgs('flush', argc, kwnames);
  stateOf(self, false);
  return S.None;
});
for (const name of ['fileno', 'detach'] as const) {
  nativeMethod(C, name, (self) => {
    stateOf(self, false);
    throw raise(unsupported(), name);
  });
}
nativeMethod(C, '__iter__', (self) => {
  stateOf(self, true, true);
  return self;
});
nativeMethod(C, '__next__', (self) => {
  const st = stateOf(self, true);
  let line: Value;
  if (typeOf(self) === StringIOClassRef() || lookupReadline(self) === NULL) line = readLine(st, -1);
  else {
    line = callReadline(self);
    if (!isStrValue(line)) throw raise(E.OSError, `readline() should have returned a str object, not '${typeNameOf(line)}'`);
  }
  if (strLength(unboxed(line)) === 0) throw raise(E.StopIteration, null);
  return line;
});
nativeMethod(C, '__enter__', (self) => {
  stateOf(self, true, true);
  return self;
});
nativeMethod(C, '__exit__', (self) => {
  const mark = handleCount();
  try {
    pushHandle(self);
    const close = getAttr(self, intern('close'));
    pushHandle(close);
    callArray(close, []);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});
nativeMethod(C, '__getstate__', (self) => {
  const st = stateOf(self, true);
  const mark = handleCount();
  try {
    const hs = pushHandle(st);
    const v = pushHandle(value(st));
    const nl = listGet(getHandle(hs), READNL);
    const mode = num(getHandle(hs), MODE);
    const nlArg = (mode & M_TRANSLATE) !== 0 ? S.None : (mode & M_UNIVERSAL) !== 0 ? S.emptyStr : nl;
    const d = getHandle(pushHandle(dictOfOrNone(self)));
    return newTuple([getHandle(v), nlArg, intFromNumber(num(getHandle(hs), POS)), d]);
  } finally {
    releaseHandles(mark);
  }
});

import { existingInstanceDict, instanceDict } from '../objects/type-layout.js';
import { dictCopy, isDictLike } from '../objects/dict.js';
import { callArray } from '../vm/call.js';
import { lookupTypeString } from '../vm/attributes.js';
function dictOfOrNone(self: Value): Value {
  const d = existingInstanceDict(self);
  return d === NULL ? S.None : dictCopy(d);
}

/**
 * The StringIO class itself, for the iteration fast path: set when the class is made, and
 * looked up in `_io` by a worker that did not make it (another thread's) or after a new heap.
 */
let classRef: Ref = NULL;
let classHeap: SharedArrayBuffer | null = null;
let lookupClass: () => Ref = () => NULL;
export function setStringIOClassLookup(lookup: () => Ref): void {
  lookupClass = lookup;
}
function StringIOClassRef(): Ref {
  if (classHeap !== buffer) {
    classRef = lookupClass();
    classHeap = buffer;
  }
  return classRef;
}
function lookupReadline(self: Value): Value {
  return lookupTypeString(typeOf(self), 'readline');
}
function callReadline(self: Value): Value {
  const mark = handleCount();
  try {
    pushHandle(self);
    const f = pushHandle(getAttr(self, intern('readline')));
    return callArray(getHandle(f), []);
  } finally {
    releaseHandles(mark);
  }
}

nativeGetter(C, 'closed', (self) => (num(stateOf(self, false), CLOSED) !== 0 ? S.True : S.False));
nativeGetter(C, 'line_buffering', (self) => {
  stateOf(self, true);
  return S.False;
});
nativeGetter(C, 'newlines', (self) => {
  const st = stateOf(self, true);
  const mode = num(st, MODE);
  if ((mode & M_UNIVERSAL) === 0) return S.None;
  const seen: string[] = [];
  if ((mode & SEEN_CR) !== 0) seen.push('\r');
  if ((mode & SEEN_LF) !== 0) seen.push('\n');
  if ((mode & SEEN_CRLF) !== 0) seen.push('\r\n');
  if (seen.length === 0) return S.None;
  if (seen.length === 1) return newStr(seen[0]!);
  // Allocation never collects: the strs stay valid until the tuple holds them.
  return newTuple(seen.map((s) => newStr(s)));
});
nativeGetter(C, 'encoding', () => S.None);
nativeGetter(C, 'errors', () => S.None);

function exactlyOne(name: string, argc: number, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
}
function noArgs(name: string, argc: number, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
}
import { kwCountOf } from '../objects/list-args.js';

/** Make the class (the io module's init). */
export function makeStringIOClass(): Ref {
  const cls = makeNativeClass(C, 'Text I/O implementation using an in-memory buffer.');
  classRef = cls;
  classHeap = buffer;
  return cls;
}
