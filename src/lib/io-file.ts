/**
 * File objects: the types of `open()` (TextIOWrapper for text, BufferedReader
 * / BufferedWriter / BufferedRandom for binary, FileIO for unbuffered binary)
 * and sys.stdin/stdout/stderr, as CPython's io module shows them.
 *
 * One layout serves the five types (all values):
 *
 *     | fd | name | mode | flags | encoding | errors | newline | rbuf | rpos | rbase | pos | dict |
 *
 *   fd        small int, -1 once closed
 *   name      the `name` attribute (str, bytes or int)
 *   mode      str, the `mode` attribute
 *   flags     small int, FL_* below
 *   encoding, errors   str (text files) or None
 *   newline   None, or the str given as newline=
 *   rbuf      text read ahead and not consumed yet: a str (text files, decoded, newlines as
 *             in the file), bytes peek() read from a stream and not consumed yet (binary), or NULL
 *   rpos      small int: where reading continues in rbuf, in UTF-16 units of its JS string
 *   rbase     int: file offset of rbuf's first byte (tell())
 *   pos       int: file offset of the next read or write (seekable files; we use positional
 *             reads and writes, so the OS offset does not matter)
 *   dict      instance dict (attributes set by Python code), or NULL
 *   link      NULL, or the file object whose fd and pos this one uses (see owner())
 *   child     NULL, or the layer below, made once: a text file's buffer, a buffered file's raw
 *
 * Writes go straight to the file (sys.stdout through src/vm/stdio.ts, which
 * buffers and keeps the order with stderr). Reads of a regular text file take
 * the rest of the file at once; stdin is read a chunk at a time, synchronously
 * (fs.readSync on fd 0, retrying on EAGAIN), so input() and readline() never
 * take more than the worker can keep.
 *
 * The layers CPython stacks (TextIOWrapper over BufferedReader/Writer over FileIO) are made on
 * demand: `.buffer` and `.raw` are objects of the same layout, made once and linked to the one
 * open() returned, whose fd and pos they share (closing one closes all; detach() hands the
 * layer below over and leaves this one raising ValueError). reconfigure() changes the fields a
 * text file's reads and writes consult each time (encoding, errors, newline, the buffering flags).
 */
import * as fs from 'node:fs';
import { reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { nodeTty } from './node-lazy.js';
import { decodeBytes, encodeStr, lookupCodec } from '../text/codecs.js';
import { codecOptions } from '../objects/bytes-codecs.js';
import { TextError } from '../text/errors.js';
import { allocate } from '../heap/allocator.js';
import { HEADER_BYTES, NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { onLayouts } from '../objects/bootstrap-hooks.js';
import { bytesLikeData, bytesLength, newBytes, bytesView } from '../objects/bytes.js';
import { writableBytesLikeData } from '../objects/memoryview.js';
import { defineGetter } from '../objects/descriptors-getset.js';
import { intFromNumber } from '../objects/int.js';
import { listAppend, newList } from '../objects/list.js';
import { hasIndex, indexOf, intToNumber, kwCountOf } from '../objects/list-args.js';
import { defineMethod } from '../objects/native.js';
import { E, S, T, type BuiltinTypeName } from '../objects/registry.js';
import { raiseTextError } from '../objects/str-args.js';
import { newStr, strValue } from '../objects/str.js';
import { setInstanceLayout } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { tupleGet } from '../objects/tuple.js';
import { TPF_BASETYPE, declareSlots, getField, setField, setTypeFlags, typeBasicWords, typeFlags } from '../objects/typeobject.js';
import { getIter, isTrue, iterNext, repr, typeNameOf } from '../vm/abstract.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { flushStdout, writeStderr, writeStderrBytes, writeStdout, writeStdoutBytes } from '../vm/stdio.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { raiseErrno, raiseOSErrorFromNode } from './io-errors.js';

export const FILE_TYPES: readonly BuiltinTypeName[] = ['_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom', '_io.FileIO'];

const W_FD = 0;
const W_NAME = 1;
const W_MODE = 2;
const W_FLAGS = 3;
const W_ENCODING = 4;
const W_ERRORS = 5;
const W_NEWLINE = 6;
const W_RBUF = 7;
const W_RPOS = 8;
const W_RBASE = 9;
const W_POS = 10;
const W_DICT = 11;
const W_LINK = 12;
const W_CHILD = 13;
const FILE_WORDS = 14;

export const FL_READ = 1;
export const FL_WRITE = 2;
export const FL_APPEND = 4;
export const FL_TEXT = 8;
export const FL_CLOSEFD = 16;
/** Not seekable (a pipe, a terminal, the standard streams): sequential reads and writes. */
export const FL_STREAM = 32;
export const FL_STDOUT = 64;
export const FL_STDERR = 128;
export const FL_STDIN = 256;
/** stdin: end of input seen. */
export const FL_EOF = 512;
export const FL_LINE_BUFFERING = 1024;
/** A standard stream under -u (CPython's write_through). */
export const FL_WRITE_THROUGH = 2048;
/** detach() was called: every use but a few attributes raises ValueError. */
export const FL_DETACHED = 4096;
/** The encoder has not written yet and starts the stream: its BOM (utf-16, utf-32, utf-8-sig) goes out first. */
export const FL_ENC_FRESH = 8192;

onLayouts(() => {
  for (const name of FILE_TYPES) setInstanceLayout(T[name], FILE_WORDS, W_DICT);
  // Programs subclass io.FileIO (its __init__ opens, as CPython's); the other types are final here.
  setTypeFlags(T['_io.FileIO'], typeFlags(T['_io.FileIO']) | TPF_BASETYPE);
});

// ---- field access ---------------------------------------------------------------------------

function flags(f: Ref): number {
  return getField(f, W_FLAGS) >> 1;
}
/**
 * The object that holds the descriptor and the position of `f`'s file: `f` itself, or for a
 * layer made from another (a text file's .buffer, a buffered file's .raw, what detach()
 * returns) the object open() made. All the layers share them, as CPython's layers share one
 * raw file: closing one closes them all, and each reads on from where another stopped.
 */
function owner(f: Ref): Ref {
  const link = getField(f, W_LINK);
  return link === NULL ? f : link;
}
function fd(f: Ref): number {
  return getField(owner(f), W_FD) >> 1;
}
function posOf(f: Ref): number {
  return intToNumber(getField(owner(f), W_POS));
}
function setPos(f: Ref, n: number): void {
  setField(owner(f), W_POS, intFromNumber(n));
}
function numField(f: Ref, k: number): number {
  return intToNumber(getField(f, k));
}
function setNum(f: Ref, k: number, n: number): void {
  setField(f, k, intFromNumber(n));
}

export function isFileObject(v: Value): boolean {
  if ((v & 1) !== 0 || v === NULL) return false;
  const t = i32[v >> 2]!;
  for (const name of FILE_TYPES) if (t === T[name] || isSubtype(t, T[name])) return true;
  return false;
}

export interface FileInit {
  type: Ref;
  fd: number;
  name: Value;
  mode: string;
  flags: number;
  encoding: string | null;
  errors: string | null;
  newline: string | null;
  pos: number;
}

export function newFileObject(init: FileInit): Ref {
  // A subclass of io.FileIO may add __slots__ after the file's words.
  const f = allocate(init.type, HEADER_BYTES + Math.max(FILE_WORDS, typeBasicWords(init.type)) * 4, false);
  initFileObject(f, init);
  return f;
}

/** Fill (or, for io.FileIO.__init__, refill) the fields of a file object (init.type is not used). */
export function initFileObject(f: Ref, init: FileInit): void {
  setField(f, W_FD, fromSmallInt(init.fd));
  setField(f, W_NAME, init.name);
  setField(f, W_MODE, newStr(init.mode));
  setField(f, W_FLAGS, fromSmallInt(init.flags));
  setField(f, W_ENCODING, init.encoding === null ? S.None : newStr(init.encoding));
  setField(f, W_ERRORS, init.errors === null ? S.None : newStr(init.errors));
  setField(f, W_NEWLINE, init.newline === null ? S.None : newStr(init.newline));
  setField(f, W_RBUF, NULL);
  setField(f, W_RPOS, fromSmallInt(0));
  setNum(f, W_RBASE, init.pos);
  setNum(f, W_POS, init.pos);
  setField(f, W_LINK, NULL);
  setField(f, W_CHILD, NULL);
}

/** sys.stdin (0), sys.stdout (1), sys.stderr (2). */
export function newStdStream(which: 0 | 1 | 2): Ref {
  const names = ['<stdin>', '<stdout>', '<stderr>'];
  const kind = [FL_STDIN | FL_READ, FL_STDOUT | FL_WRITE, FL_STDERR | FL_WRITE][which]!;
  return newFileObject({
    type: T['_io.TextIOWrapper'],
    fd: which,
    name: newStr(names[which]!),
    mode: which === 0 ? 'r' : 'w',
    flags: kind | FL_TEXT | FL_STREAM | (which === 0 ? 0 : FL_LINE_BUFFERING),
    encoding: 'utf-8',
    errors: which === 2 ? 'backslashreplace' : 'strict',
    newline: null,
    pos: 0,
  });
}

/**
 * Set the buffering flags of sys.stdin, sys.stdout or sys.stderr (`which`; `isTTY`: its file is
 * a terminal) for this run, as CPython's create_stdio: under -u every stream writes through;
 * else a stream on a terminal, and stderr always, is line-buffered. (The writes themselves
 * follow src/vm/stdio.ts's StdoutMode.)
 */
export function configureStdStream(stream: Ref, which: 0 | 1 | 2, unbuffered: boolean, isTTY: boolean): void {
  let fl = flags(stream) & ~(FL_LINE_BUFFERING | FL_WRITE_THROUGH);
  if (unbuffered) fl |= FL_WRITE_THROUGH;
  else if (which === 2 || isTTY) fl |= FL_LINE_BUFFERING;
  setField(stream, W_FLAGS, fromSmallInt(fl));
}

// ---- checks ---------------------------------------------------------------------------------

function checkAttached(f: Ref): void {
  if ((flags(f) & FL_DETACHED) !== 0) {
    throw raise(E.ValueError, isText(f) ? 'underlying buffer has been detached' : 'raw stream has been detached');
  }
}
function checkOpen(f: Ref): void {
  checkAttached(f);
  if (fd(f) < 0) throw raise(E.ValueError, isRawFile(f) ? 'I/O operation on closed file' : 'I/O operation on closed file.');
}
function unsupported(msg: string): never {
  throw raise(unsupportedOperation(), msg);
}
/** io.UnsupportedOperation is a subclass of OSError and ValueError; until the io module exists, OSError. */
let unsupportedClass: () => Ref = () => E.OSError;
export function setUnsupportedOperationClass(get: () => Ref): void {
  unsupportedClass = get;
}
function unsupportedOperation(): Ref {
  return unsupportedClass();
}
/** CPython's message per layer: the text layer's, the buffered one's (the method), FileIO's. */
function notSupported(f: Ref, text: string, buffered: string, raw: string): never {
  const t = typeOf(f);
  if (isText(f)) unsupported(text);
  unsupported(t === T['_io.FileIO'] || isSubtype(t, T['_io.FileIO']) ? raw : buffered);
}
function isRawFile(f: Ref): boolean {
  const t = typeOf(f);
  return t === T['_io.FileIO'] || isSubtype(t, T['_io.FileIO']);
}
function checkReadable(f: Ref): void {
  checkOpen(f);
  if ((flags(f) & FL_READ) === 0) notSupported(f, 'not readable', 'read', 'File not open for reading');
}
function checkWritable(f: Ref): void {
  checkOpen(f);
  if ((flags(f) & FL_WRITE) === 0) notSupported(f, 'not writable', 'write', 'File not open for writing');
}

// ---- low-level reads and writes ---------------------------------------------------------------

const CHUNK = 65536;

/** Read up to n bytes at the file position (or the stream's next ones); empty at EOF. */
function rawRead(f: Ref, n: number): Uint8Array {
  const stream = (flags(f) & FL_STREAM) !== 0;
  if (stream && (flags(f) & FL_TEXT) === 0 && getField(f, W_RBUF) !== NULL) {
    // What peek() read from the stream comes first.
    const ahead = bytesView(getField(f, W_RBUF));
    const take = Math.min(n, ahead.length);
    const out = Uint8Array.from(ahead.subarray(0, take));
    setField(f, W_RBUF, take < ahead.length ? newBytes(ahead.subarray(take)) : NULL);
    return out;
  }
  const buf = Buffer.alloc(n);
  let got = 0;
  const fileFd = fd(f);
  const pos = stream ? null : posOf(f);
  // A stream (stdin, a pipe) may block for long: other threads run meanwhile, as in CPython.
  let failure: NodeJS.ErrnoException | null = null;
  if (stream) releaseForBlocking();
  try {
    for (;;) {
      try {
        got = fs.readSync(fileFd, buf, 0, n, pos);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // A non-blocking stdin with nothing yet: wait a little (this worker is blocked anyway).
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
          continue;
        }
        if (code !== 'EOF') failure = e as NodeJS.ErrnoException;
        break;
      }
    }
  } finally {
    if (stream) reacquireAfterBlocking();
  }
  if (failure !== null) throw raiseOSErrorFromNode(failure);
  if (!stream) setPos(f, posOf(f) + got);
  return buf.subarray(0, got);
}

/** The rest of the input (to EOF). */
function rawReadAll(f: Ref): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  if ((flags(f) & FL_STREAM) === 0) {
    try {
      const size = fs.fstatSync(fd(f)).size;
      const left = size - posOf(f);
      if (left > 0) {
        const b = rawRead(f, left);
        parts.push(b);
        total += b.length;
      }
    } catch (e) {
      if (e !== undefined && (e as NodeJS.ErrnoException).code === undefined) throw e;
    }
  }
  for (;;) {
    const b = rawRead(f, CHUNK);
    if (b.length === 0) break;
    parts.push(b);
    total += b.length;
  }
  return Buffer.concat(parts, total);
}

function rawWrite(f: Ref, data: Uint8Array): void {
  const fl = flags(f);
  if ((fl & FL_STDOUT) !== 0 && (fl & FL_TEXT) === 0) {
    flushStdout();
  }
  const stream = (fl & FL_STREAM) !== 0;
  // O_APPEND writes land at the end whatever the position; the position follows them.
  const positional = !stream && (fl & FL_APPEND) === 0;
  let off = 0;
  while (off < data.length) {
    try {
      const pos = positional ? posOf(f) : null;
      const n = fs.writeSync(fd(f), data, off, data.length - off, pos);
      off += n;
      if (!stream) setPos(f, posOf(f) + n);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      throw raiseOSErrorFromNode(e as NodeJS.ErrnoException);
    }
  }
}

// ---- text decoding and encoding -----------------------------------------------------------

function encodingOf(f: Ref): string {
  const e = getField(f, W_ENCODING);
  return e === S.None ? 'utf-8' : strValue(e);
}
function errorsOf(f: Ref): string {
  const e = getField(f, W_ERRORS);
  return e === S.None ? 'strict' : strValue(e);
}

function decode(f: Ref, data: Uint8Array): string {
  try {
    return decodeBytes(data, encodingOf(f), errorsOf(f), codecOptions);
  } catch (e) {
    if (e instanceof TextError) throw raiseTextError(e);
    throw e;
  }
}
function encode(f: Ref, text: string, encoding: string = encodingOf(f)): Uint8Array {
  try {
    return encodeStr(text, encoding, errorsOf(f), codecOptions);
  } catch (e) {
    if (e instanceof TextError) throw raiseTextError(e);
    throw e;
  }
}

/** The codecs that start a stream with a BOM, and the same without it (byte order: this machine's, little-endian). */
const BOMLESS: Partial<Record<string, string>> = { 'utf-16': 'utf-16-le', 'utf-32': 'utf-32-le', 'utf-8-sig': 'utf-8' };

function bomlessEncoding(f: Ref): string {
  const enc = encodingOf(f);
  try {
    return BOMLESS[lookupCodec(enc)] ?? enc;
  } catch {
    return enc;
  }
}

/**
 * Whether a text file whose encoder starts now (open(), reconfigure()) writes a BOM first, as
 * CPython's TextIOWrapper decides: utf-16/32 only at the start of a seekable file; utf-8-sig's
 * incremental encoder unless the seekable file is past its start.
 */
export function encoderStartsFresh(encoding: string, seekable: boolean, pos: number): boolean {
  let id: string;
  try {
    id = lookupCodec(encoding);
  } catch {
    return false;
  }
  if (id === 'utf-16' || id === 'utf-32') return seekable && pos === 0;
  if (id === 'utf-8-sig') return !seekable || pos === 0;
  return false;
}

/** encode() for a write: the BOM only while the encoder is fresh (once), never again after. */
function encodeForWrite(f: Ref, text: string): Uint8Array {
  const fl = flags(f);
  if ((fl & FL_ENC_FRESH) !== 0) {
    const data = encode(f, text);
    if (text !== '') setField(f, W_FLAGS, fromSmallInt(flags(f) & ~FL_ENC_FRESH));
    return data;
  }
  return encode(f, text, bomlessEncoding(f));
}

/** Bytes at the end of `b` that start a UTF-8 sequence not complete yet. */
function incompleteUtf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

/** The text not consumed yet (JS string) and where reading continues in it. */
function pending(f: Ref): [string, number] {
  const buf = getField(f, W_RBUF);
  if (buf === NULL) return ['', 0];
  return [strValue(buf), getField(f, W_RPOS) >> 1];
}

function setPending(f: Ref, text: string, at: number, base: number): void {
  setField(f, W_RBUF, text === '' ? NULL : newStr(text));
  setField(f, W_RPOS, fromSmallInt(at));
  setNum(f, W_RBASE, base);
}

/**
 * Make more text available: a regular file's whole rest, or the next chunk
 * of a stream. Returns false at end of input.
 */
function fillText(f: Ref): boolean {
  const fl = flags(f);
  if ((fl & FL_EOF) !== 0) return false;
  const [text, at] = pending(f);
  const rest = text.slice(at);
  if ((fl & FL_STREAM) === 0) {
    const base = posOf(f) - byteLength(f, rest);
    const data = rawReadAll(f);
    if (data.length === 0) return false;
    setPending(f, rest + decode(f, data), 0, base);
    return true;
  }
  if ((fl & FL_STDIN) !== 0) flushStdout();
  let data = rawRead(f, CHUNK);
  if (data.length === 0) {
    setField(f, W_FLAGS, fromSmallInt(fl | FL_EOF));
    return false;
  }
  // Complete a UTF-8 sequence cut by the chunk boundary.
  let tail = incompleteUtf8Tail(data);
  while (tail > 0) {
    const more = rawRead(f, 1);
    if (more.length === 0) break;
    data = Buffer.concat([data, more]);
    tail = incompleteUtf8Tail(data);
  }
  setPending(f, rest + decode(f, data), 0, 0);
  return true;
}

function byteLength(f: Ref, text: string): number {
  if (text === '') return 0;
  const enc = encodingOf(f).toLowerCase().replace(/[-_]/g, '');
  if (enc === 'utf8') return Buffer.byteLength(text, 'utf8');
  return encode(f, text, bomlessEncoding(f)).length;
}

/** Universal newlines on input: \r\n and \r become \n (newline=None). */
function translateIn(f: Ref, text: string): string {
  if (getField(f, W_NEWLINE) !== S.None) return text;
  if (text.indexOf('\r') < 0) return text;
  return text.replace(/\r\n?/g, '\n');
}

/**
 * End of the line starting at `at` in `text` (index after its terminator), or
 * -1 if the text holds no complete line. `final`: the input ends after text.
 */
function lineEnd(f: Ref, text: string, at: number, final: boolean): number {
  const nl = getField(f, W_NEWLINE);
  const mode = nl === S.None ? null : strValue(nl);
  if (mode === '\n' || mode === '\r' || mode === '\r\n') {
    const i = text.indexOf(mode, at);
    return i < 0 ? -1 : i + mode.length;
  }
  // Universal (None) or '' : any of \n, \r, \r\n.
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) {
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      return final ? i + 1 : -1; // a \r at the end may be followed by \n
    }
  }
  return -1;
}

function consume(f: Ref, text: string, from: number, to: number): string {
  const out = text.slice(from, to);
  if (to >= text.length && (flags(f) & FL_STREAM) !== 0) {
    setPending(f, '', 0, 0);
  } else {
    const base = numField(f, W_RBASE);
    // Keep rbuf; move the read position (rbase stays the offset of rbuf's start).
    setField(f, W_RPOS, fromSmallInt(to));
    void base;
  }
  return out;
}

/** readline() of a text file: the next line with its terminator ('' at EOF); limit < 0 for none. */
export function textReadline(f: Ref, limit: number): string {
  checkReadable(f);
  for (;;) {
    const [text, at] = pending(f);
    const eof = (flags(f) & FL_EOF) !== 0;
    let end = lineEnd(f, text, at, eof || (flags(f) & FL_STREAM) === 0);
    if (limit >= 0 && (end < 0 ? text.length - at : end - at) >= limit) end = at + limit;
    if (end >= 0) return translateIn(f, consume(f, text, at, end));
    if (!fillText(f)) {
      const [t2, a2] = pending(f);
      return translateIn(f, consume(f, t2, a2, t2.length));
    }
  }
}

/** read(n) of a text file (n < 0: to EOF). */
function textRead(f: Ref, n: number): string {
  checkReadable(f);
  if (n < 0) {
    while (fillText(f)) {
      if ((flags(f) & FL_STREAM) === 0) break;
    }
    const [text, at] = pending(f);
    return translateIn(f, consume(f, text, at, text.length));
  }
  for (;;) {
    const [text, at] = pending(f);
    // Count code points, not UTF-16 units; keep \r\n together when translating.
    let end = at;
    let count = 0;
    while (end < text.length && count < n) {
      const c = text.charCodeAt(end);
      end += c >= 0xd800 && c <= 0xdbff && end + 1 < text.length ? 2 : 1;
      count++;
    }
    if (count === n || (flags(f) & FL_EOF) !== 0) {
      if (getField(f, W_NEWLINE) === S.None && end < text.length && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end++;
      return translateIn(f, consume(f, text, at, end));
    }
    if (!fillText(f)) {
      const [t2, a2] = pending(f);
      return translateIn(f, consume(f, t2, a2, t2.length));
    }
  }
}

/** write() of a text file: newline translation on output, encoding, the standard streams. */
function textWrite(f: Ref, s: string): void {
  const fl = flags(f);
  const nl = getField(f, W_NEWLINE);
  let out = s;
  if (nl !== S.None) {
    const m = strValue(nl);
    if (m !== '' && m !== '\n') out = out.replace(/\n/g, m);
  }
  if ((fl & FL_STDOUT) !== 0 && fd(f) === 1) {
    stdWrite(f, fl, 1, out);
    return;
  }
  if ((fl & FL_STDERR) !== 0 && fd(f) === 2) {
    stdWrite(f, fl, 2, out);
    return;
  }
  dropReadAhead(f);
  rawWrite(f, encodeForWrite(f, out));
}

/**
 * sys.stdout's or sys.stderr's write: UTF-8 text as it is (the common case, one string to
 * src/vm/stdio.ts), anything else encoded with the stream's encoding and errors (reconfigure()
 * may have changed them; a lone surrogate under 'strict' raises UnicodeEncodeError as in
 * CPython). stdout flushes at a line end when its line_buffering is on.
 */
function stdWrite(f: Ref, fl: number, which: 1 | 2, text: string): void {
  const lines = (fl & FL_LINE_BUFFERING) !== 0;
  if (isUtf8(encodingOf(f)) && (text as unknown as { isWellFormed(): boolean }).isWellFormed()) {
    if (which === 1) writeStdout(text, lines);
    else writeStderr(text);
    return;
  }
  const data = encodeForWrite(f, text);
  if (which === 1) writeStdoutBytes(data, lines);
  else writeStderrBytes(data);
}

function isUtf8(encoding: string): boolean {
  try {
    return lookupCodec(encoding) === 'utf-8';
  } catch {
    return false;
  }
}

/** Forget read-ahead text before a write or seek (the file position goes back to the logical one). */
function dropReadAhead(f: Ref): void {
  if ((flags(f) & FL_STREAM) !== 0) return;
  const [text, at] = pending(f);
  if (text !== '') {
    // All of it read: the file position is right as it is (re-encoding text that errors=
    // replaced would not give back the bytes it came from).
    if (at < text.length) setPos(f, numField(f, W_RBASE) + byteLength(f, text.slice(0, at)));
    setPending(f, '', 0, posOf(f));
  }
}

function textTell(f: Ref): number {
  const [text, at] = pending(f);
  if (text === '' || at >= text.length) return posOf(f);
  return numField(f, W_RBASE) + byteLength(f, text.slice(0, at));
}

// ---- binary reads -----------------------------------------------------------------------------

function binaryRead(f: Ref, n: number): Uint8Array {
  checkReadable(f);
  if (n < 0) return rawReadAll(f);
  if (n === 0) return new Uint8Array(0);
  if ((flags(f) & FL_STREAM) === 0) return rawRead(f, n);
  const parts: Uint8Array[] = [];
  let total = 0;
  while (total < n) {
    const b = rawRead(f, n - total);
    if (b.length === 0) break;
    parts.push(b);
    total += b.length;
  }
  return Buffer.concat(parts, total);
}

function binaryReadline(f: Ref, limit: number): Uint8Array {
  checkReadable(f);
  const out: number[] = [];
  if ((flags(f) & FL_STREAM) === 0) {
    for (;;) {
      const chunk = rawRead(f, 8192);
      if (chunk.length === 0) break;
      const nl = chunk.indexOf(10);
      let take = nl < 0 ? chunk.length : nl + 1;
      if (limit >= 0 && out.length + take > limit) take = limit - out.length;
      for (let i = 0; i < take; i++) out.push(chunk[i]!);
      // Give back what was read past the line.
      setPos(f, posOf(f) - (chunk.length - take));
      if (take < chunk.length || (limit >= 0 && out.length >= limit)) break;
    }
    return Uint8Array.from(out);
  }
  while (limit < 0 || out.length < limit) {
    const b = rawRead(f, 1);
    if (b.length === 0) break;
    out.push(b[0]!);
    if (b[0] === 10) break;
  }
  return Uint8Array.from(out);
}

// ---- methods ----------------------------------------------------------------------------------

function argAt(argv: number, k: number): Value {
  return i32[argv + k]!;
}

/** Optional size argument of read/readline: None or an int; -1 when absent. */
function sizeArg(name: string, argv: number, argc: number, kwnames: Ref): number {
  const nkw = kwCountOf(kwnames);
  if (argc - nkw > 1) throw raise(E.TypeError, `${name} expected at most 1 argument, got ${argc - nkw}`);
  if (nkw > 0) {
    const key = strValue(tupleGet(kwnames, 0));
    if (key !== 'size') throw raise(E.TypeError, `${name}() got an unexpected keyword argument '${key}'`);
  }
  if (argc === 0) return -1;
  const v = argAt(argv, 0);
  if (v === S.None) return -1;
  if (!hasIndex(v)) throw raise(E.TypeError, `argument should be integer or None, not '${typeNameOf(v)}'`);
  return intToNumber(indexOf(v));
}

function isText(f: Ref): boolean {
  return (flags(f) & FL_TEXT) !== 0;
}

function defineAll(name: string, fn: Parameters<typeof defineMethod>[2], which: 'text' | 'binary' | 'buffered' | 'all' = 'all'): void {
  for (const t of FILE_TYPES) {
    if (which === 'text' && t !== '_io.TextIOWrapper') continue;
    if ((which === 'binary' || which === 'buffered') && t === '_io.TextIOWrapper') continue;
    if (which === 'buffered' && t === '_io.FileIO') continue;
    defineMethod(t, name, fn);
  }
}

defineAll('read', (self, argv, argc, kwnames) => {
  const n = sizeArg('read', argv, argc, kwnames);
  if (isText(self)) return newStr(textRead(self, n));
  return newBytes(binaryRead(self, n));
});
defineAll('read1', (self, argv, argc, kwnames) => newBytes(binaryRead(self, sizeArg('read1', argv, argc, kwnames))), 'buffered');

/** readinto(b) / readinto1(b): read up to len(b) bytes into a read-write bytes-like object. */
function readInto(name: string): Parameters<typeof defineMethod>[2] {
  return (self, argv, argc, kwnames) => {
    if (kwCountOf(kwnames) > 0 || argc !== 1) {
      throw raise(E.TypeError, `${typeNameOf(self)}.${name}() takes exactly one argument (${argc} given)`);
    }
    const target = argAt(argv, 0);
    const before = writableBytesLikeData(target);
    if (before === null) {
      throw raise(E.TypeError, `${name}() argument must be read-write bytes-like object, not ${typeNameOf(target)}`);
    }
    const data = binaryRead(self, before.length);
    // Read again: nothing above runs Python code, but the view is only good for one operation.
    writableBytesLikeData(target)!.set(data);
    return intFromNumber(data.length);
  };
}
defineAll('readinto', readInto('readinto'), 'binary');
defineAll('readinto1', readInto('readinto1'), 'buffered');

defineAll('readline', (self, argv, argc, kwnames) => {
  const n = sizeArg('readline', argv, argc, kwnames);
  if (isText(self)) return newStr(textReadline(self, n));
  return newBytes(binaryReadline(self, n));
});

defineAll('readlines', (self, argv, argc, kwnames) => {
  const hint = sizeArg('readlines', argv, argc, kwnames);
  const out = newList(0);
  let total = 0;
  for (;;) {
    const line = isText(self) ? newStr(textReadline(self, -1)) : newBytes(binaryReadline(self, -1));
    const len = isText(self) ? strLengthOf(line) : bytesLength(line);
    if (len === 0) break;
    listAppend(out, line);
    total += len;
    if (hint > 0 && total >= hint) break;
  }
  return out;
});

import { strLength } from '../objects/str.js';
function strLengthOf(s: Ref): number {
  return strLength(s);
}

defineAll('write', (self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'write() takes no keyword arguments');
  if (argc !== 1) throw raise(E.TypeError, `write() takes exactly one argument (${argc} given)`);
  const v = argAt(argv, 0);
  if (isText(self)) {
    if ((v & 1) !== 0 || !isSubtype(typeOf(v), T.str)) throw raise(E.TypeError, `write() argument must be str, not ${typeNameOf(v)}`);
    checkWritable(self);
    const s = strValue(v);
    textWrite(self, s);
    return intFromNumber(strLength(v));
  }
  const data = bytesLikeData(v);
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  checkWritable(self);
  const copy = Uint8Array.from(data);
  rawWrite(self, copy);
  return intFromNumber(copy.length);
});

defineAll('writelines', (self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0 || argc !== 1) throw raise(E.TypeError, `writelines() takes exactly one argument (${argc} given)`);
  checkWritable(self);
  const mark = handleCount();
  try {
    const it = getIter(argAt(argv, 0));
    pushHandle(it);
    const write = writeNative();
    for (;;) {
      const line = iterNext(it);
      if (line === NULL) break;
      const h = pushHandle(line);
      write(self, handleWordOf(h), 1, NULL);
    }
  } finally {
    releaseHandles(mark);
  }
  return S.None;
});

import { handleWord } from '../vm/thread-state.js';
import { methodDecls, natives } from '../objects/native.js';
function handleWordOf(h: number): number {
  return handleWord(h);
}
let writeFn: ((self: Value, argv: number, argc: number, kw: Ref) => Value) | null = null;
function writeNative(): (self: Value, argv: number, argc: number, kw: Ref) => Value {
  if (writeFn === null) {
    const decl = methodDecls.find((d) => d.owner === '_io.TextIOWrapper' && d.name === 'write')!;
    writeFn = natives[decl.id]!;
  }
  return writeFn;
}

/** Close: flush, release the descriptor (not for the standard streams or closefd=False). */
export function closeFile(f: Ref): void {
  checkAttached(f);
  const n = fd(f);
  if (n < 0) return;
  const fl = flags(f);
  if ((fl & FL_STDOUT) !== 0) flushStdout();
  setField(owner(f), W_FD, fromSmallInt(-1));
  setField(f, W_RBUF, NULL);
  if ((fl & FL_CLOSEFD) !== 0 && (fl & (FL_STDOUT | FL_STDERR | FL_STDIN)) === 0) {
    try {
      fs.closeSync(n);
    } catch (e) {
      throw raiseOSErrorFromNode(e as NodeJS.ErrnoException);
    }
  }
}

defineAll('close', (self) => {
  closeFile(self);
  return S.None;
});

defineAll('flush', (self) => {
  checkOpen(self);
  if ((flags(self) & FL_STDOUT) !== 0) flushStdout();
  return S.None;
});

defineAll('fileno', (self) => {
  checkOpen(self);
  return fromSmallInt(fd(self));
});

defineAll('isatty', (self) => {
  checkOpen(self);
  return nodeTty().isatty(fd(self)) ? S.True : S.False;
});

defineAll('readable', (self) => {
  checkOpen(self);
  return (flags(self) & FL_READ) !== 0 ? S.True : S.False;
});
defineAll('writable', (self) => {
  checkOpen(self);
  return (flags(self) & FL_WRITE) !== 0 ? S.True : S.False;
});
defineAll('seekable', (self) => {
  checkOpen(self);
  return (flags(self) & FL_STREAM) === 0 ? S.True : S.False;
});

defineAll('tell', (self) => {
  checkOpen(self);
  if ((flags(self) & FL_STREAM) !== 0) throw raiseErrno('ESPIPE');
  return intFromNumber(isText(self) ? textTell(self) : posOf(self));
});

defineAll('seek', (self, argv, argc, kwnames) => {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'seek() takes no keyword arguments');
  if (argc < 1 || argc > 2) throw raise(E.TypeError, `seek expected at least 1 argument, got ${argc}`);
  checkOpen(self);
  const off = argAt(argv, 0);
  if (!hasIndex(off)) throw raise(E.TypeError, `'${typeNameOf(off)}' object cannot be interpreted as an integer`);
  const offset = intToNumber(indexOf(off));
  const whence = argc > 1 ? intToNumber(indexOf(argAt(argv, 1))) : 0;
  if ((flags(self) & FL_STREAM) !== 0) throw raiseErrno('ESPIPE');
  let target: number;
  if (isText(self)) {
    if (whence === 1 && offset !== 0) unsupported("can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) unsupported("can't do nonzero end-relative seeks");
    if (whence === 0 && offset < 0) throw raise(E.ValueError, `negative seek position ${offset}`);
    if (whence < 0 || whence > 2) throw raise(E.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
    target = whence === 0 ? offset : whence === 1 ? textTell(self) : fs.fstatSync(fd(self)).size;
  } else {
    if (whence < 0 || whence > 2) throw raise(E.ValueError, `whence value ${whence} unsupported`);
    const base = whence === 0 ? 0 : whence === 1 ? posOf(self) : fs.fstatSync(fd(self)).size;
    target = base + offset;
    if (target < 0) throw raise(E.OSError, '[Errno 22] Invalid argument');
  }
  setPending(self, '', 0, target);
  setPos(self, target);
  let fl = flags(self) & ~(FL_EOF | FL_ENC_FRESH);
  // A text file's encoder restarts: a BOM again at offset 0 (CPython's seek resets it so).
  if (isText(self) && encoderStartsFresh(encodingOf(self), true, target)) fl |= FL_ENC_FRESH;
  setField(self, W_FLAGS, fromSmallInt(fl));
  return intFromNumber(target);
});

defineAll('truncate', (self, argv, argc) => {
  checkWritable(self);
  if (isText(self)) dropReadAhead(self);
  const size = argc > 0 && argAt(argv, 0) !== S.None ? intToNumber(indexOf(argAt(argv, 0))) : posOf(self);
  try {
    fs.ftruncateSync(fd(self), size);
  } catch (e) {
    throw raiseOSErrorFromNode(e as NodeJS.ErrnoException);
  }
  return intFromNumber(size);
});

defineAll('__enter__', (self) => {
  checkOpen(self);
  return self;
});
defineAll('__exit__', (self) => {
  closeFile(self);
  return S.None;
});
defineAll('__iter__', (self) => {
  checkOpen(self);
  return self;
});
defineAll('__next__', (self) => {
  const line = nextLine(self);
  if (line === NULL) throw raise(E.StopIteration, null);
  return line;
});

function nextLine(f: Ref): Value {
  checkOpen(f);
  if (isText(f)) {
    const s = textReadline(f, -1);
    return s === '' ? NULL : newStr(s);
  }
  const b = binaryReadline(f, -1);
  return b.length === 0 ? NULL : newBytes(b);
}

function fileRepr(self: Value): Ref {
  const t = typeNameOf(self);
  const mark = handleCount();
  try {
    pushHandle(self);
    const name = getField(self, W_NAME);
    // A detached layer has no name to show (CPython's repr skips the attribute that raises).
    const nameText = name === NULL || (flags(self) & FL_DETACHED) !== 0 ? '' : ` name=${strValue(repr(name))}`;
    // t is the dotted type name: <_io.FileIO ...>, <_io.TextIOWrapper ...>, <_io.BufferedReader ...>
    if (isRawFile(self)) {
      // CPython shows _io.FileIO for a subclass too.
      if (fd(self) < 0) return newStr('<_io.FileIO [closed]>');
      return newStr(`<_io.FileIO${nameText} mode='${strValue(getField(self, W_MODE))}' closefd=${(flags(self) & FL_CLOSEFD) !== 0 ? 'True' : 'False'}>`);
    }
    if (t === '_io.TextIOWrapper') {
      return newStr(`<${t}${nameText} mode='${strValue(getField(self, W_MODE))}' encoding='${encodingOf(self)}'>`);
    }
    return newStr(`<${t}${nameText}>`);
  } finally {
    releaseHandles(mark);
  }
}

for (const t of FILE_TYPES) {
  declareSlots(t, {
    repr: fileRepr,
    iter(self) {
      checkOpen(self);
      return self;
    },
    next: nextLine,
  });
  defineGetter(t, 'closed', (self) => {
    checkAttached(self);
    return fd(self) < 0 ? S.True : S.False;
  });
  defineGetter(t, 'name', (self) => {
    checkAttached(self);
    const name = getField(self, W_NAME);
    // An io.FileIO made by __new__ alone: CPython's has no name either.
    if (name === NULL) throw raise(E.AttributeError, `'${typeNameOf(self)}' object has no attribute 'name'`);
    return name;
  });
  defineGetter(t, 'mode', (self) => {
    // A text file's mode is an attribute of its own in CPython; a buffered one asks its raw.
    if (t !== '_io.TextIOWrapper') checkAttached(self);
    return getField(self, W_MODE);
  });
}
defineGetter('_io.TextIOWrapper', 'encoding', (self) => getField(self, W_ENCODING));
defineGetter('_io.TextIOWrapper', 'errors', (self) => getField(self, W_ERRORS));
defineGetter('_io.TextIOWrapper', 'newlines', (self) => {
  checkAttached(self);
  return S.None;
});
defineGetter('_io.TextIOWrapper', 'line_buffering', (self) => ((flags(self) & FL_LINE_BUFFERING) !== 0 ? S.True : S.False));
defineGetter('_io.TextIOWrapper', 'write_through', (self) => ((flags(self) & FL_WRITE_THROUGH) !== 0 ? S.True : S.False));
defineGetter('_io.TextIOWrapper', 'buffer', (self) => {
  if ((flags(self) & FL_DETACHED) !== 0) return S.None;
  // Reads of the buffer start where the text's reads stopped (what the text read ahead goes back).
  if ((flags(self) & FL_STREAM) === 0) dropReadAhead(self);
  return layerBelow(self);
});
for (const t of ['_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom'] as const) {
  defineGetter(t, 'raw', (self) => ((flags(self) & FL_DETACHED) !== 0 ? S.None : layerBelow(self)));
}
defineGetter('_io.FileIO', 'closefd', (self) => ((flags(self) & FL_CLOSEFD) !== 0 ? S.True : S.False));

/** The first line of stdin for input(): without its newline; null at EOF. */
export function stdinReadlineForInput(stdin: Ref): string | null {
  const line = textReadline(stdin, -1);
  if (line === '') return null;
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

export { callArray, isTrue, bytesView };

/** 0, 1 or 2 when `v` is the original sys.stdin/stdout/stderr object (still open); -1 otherwise. */
export function stdStreamFd(v: Value): number {
  if ((v & 1) !== 0 || v === NULL || i32[v >> 2] !== T['_io.TextIOWrapper']) return -1;
  const fl = flags(v);
  if ((fl & FL_DETACHED) !== 0) return -1;
  const n = fd(v);
  if ((fl & FL_STDOUT) !== 0 && n === 1) return 1;
  if ((fl & FL_STDERR) !== 0 && n === 2) return 2;
  if ((fl & FL_STDIN) !== 0 && n === 0) return 0;
  return -1;
}

/** print()'s fast path: write `s` to a text file object of ours (exact TextIOWrapper); false if `v` is not one. */
export function writeTextIfFile(v: Value, s: string): boolean {
  if ((v & 1) !== 0 || v === NULL || i32[v >> 2] !== T['_io.TextIOWrapper']) return false;
  checkWritable(v);
  textWrite(v, s);
  return true;
}

// ---- layers: .buffer, .raw, detach() ----------------------------------------------------------

/**
 * The layer under `f`, made on first use and kept (so `f.buffer is f.buffer`): a text file's
 * BufferedReader/Writer/Random, a buffered file's FileIO. It shares `f`'s descriptor and
 * position (owner()) and its closefd, so closing any layer closes the file once.
 */
function layerBelow(f: Ref): Ref {
  const made = getField(f, W_CHILD);
  if (made !== NULL) return made;
  const fl = flags(f);
  let type: Ref;
  let mode = strValue(getField(f, W_MODE));
  if ((fl & FL_TEXT) !== 0) {
    const rw = (fl & FL_READ) !== 0 && (fl & FL_WRITE) !== 0;
    type = rw ? T['_io.BufferedRandom'] : (fl & FL_READ) !== 0 ? T['_io.BufferedReader'] : T['_io.BufferedWriter'];
    mode = binaryModeOf(fl);
  } else {
    type = T['_io.FileIO'];
  }
  const mark = handleCount();
  try {
    pushHandle(f);
    const below = newFileObject({
      type,
      fd: fd(f),
      name: getField(f, W_NAME),
      mode,
      flags: fl & ~(FL_TEXT | FL_LINE_BUFFERING | FL_WRITE_THROUGH | FL_EOF | FL_DETACHED),
      encoding: null,
      errors: null,
      newline: null,
      pos: 0,
    });
    setField(below, W_LINK, owner(f));
    setField(f, W_CHILD, below);
    return below;
  } finally {
    releaseHandles(mark);
  }
}

/** The mode CPython's FileIO shows for these flags: 'rb', 'wb', 'ab', 'rb+', 'ab+' (and x for created files). */
function binaryModeOf(fl: number): string {
  if ((fl & FL_APPEND) !== 0) return (fl & FL_READ) !== 0 ? 'ab+' : 'ab';
  if ((fl & FL_READ) !== 0 && (fl & FL_WRITE) !== 0) return 'rb+';
  return (fl & FL_READ) !== 0 ? 'rb' : 'wb';
}

function noArgs(name: string, argc: number, kwnames: Ref): void {
  if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, `${name}() takes no keyword arguments`);
  if (argc !== 0) throw raise(E.TypeError, `${name}() takes no arguments (${argc} given)`);
}

/** Flush what this layer holds (sys.stdout's buffer in src/vm/stdio.ts; the rest write at once). */
function flushLayer(f: Ref): void {
  checkOpen(f);
  if ((flags(f) & FL_STDOUT) !== 0) flushStdout();
}

/**
 * detach(): flush, then hand over the layer below (a text file's buffer, a buffered file's raw
 * FileIO); this object is left detached and raises ValueError on use. The layer below keeps the
 * file open, closes it when closed (if this one would have), and reads on from the logical position.
 */
function detach(self: Value, _argv: number, argc: number, kwnames: Ref): Value {
  noArgs('detach', argc, kwnames);
  checkAttached(self);
  flushLayer(self);
  if (isText(self)) dropReadAhead(self);
  const below = layerBelow(self);
  setField(self, W_CHILD, NULL);
  setField(self, W_RBUF, NULL);
  setField(self, W_FLAGS, fromSmallInt(flags(self) | FL_DETACHED));
  return below;
}
for (const t of ['_io.TextIOWrapper', '_io.BufferedReader', '_io.BufferedWriter', '_io.BufferedRandom'] as const) defineMethod(t, 'detach', detach);

// ---- reconfigure ------------------------------------------------------------------------------

/** Decoded text waiting to be read: then the encoding and newline can no longer change. */
function hasUnreadText(f: Ref): boolean {
  const [text, at] = pending(f);
  return text !== '' && at < text.length;
}

function optionalBool(v: Value, current: boolean): boolean {
  if (v === S.None) return current;
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return isTrue(indexOf(v));
}

/**
 * TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through), with
 * the checks and their order of CPython's C version: argument types, then no encoding, errors or
 * newline change once decoded text waits to be read, the newline's value, a flush, then the
 * codec lookup. encoding without errors resets errors to 'strict'.
 */
defineMethod('_io.TextIOWrapper', 'reconfigure', (self, argv, argc, kwnames) => {
  const nkw = kwCountOf(kwnames);
  if (argc - nkw > 0) throw raise(E.TypeError, 'reconfigure() takes no positional arguments');
  let encoding: Value = S.None;
  let errors: Value = S.None;
  let newline: Value = NULL;
  let lineBuffering: Value = S.None;
  let writeThrough: Value = S.None;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kwnames, k));
    const v = argAt(argv, argc - nkw + k);
    if (key === 'encoding') encoding = v;
    else if (key === 'errors') errors = v;
    else if (key === 'newline') newline = v;
    else if (key === 'line_buffering') lineBuffering = v;
    else if (key === 'write_through') writeThrough = v;
    else throw raise(E.TypeError, `'${key}' is an invalid keyword argument for reconfigure()`);
  }
  for (const [name, v] of [['encoding', encoding], ['errors', errors], ['newline', newline]] as const) {
    if (v !== NULL && v !== S.None && ((v & 1) !== 0 || !isSubtype(typeOf(v), T.str))) {
      throw raise(E.TypeError, `reconfigure() argument '${name}' must be str or None, not ${typeNameOf(v)}`);
    }
  }
  checkAttached(self);
  if ((encoding !== S.None || errors !== S.None || newline !== NULL) && hasUnreadText(self)) {
    unsupported('It is not possible to set the encoding or newline of stream after the first read');
  }
  if (newline !== NULL && newline !== S.None) {
    const nl = strValue(newline);
    if (nl !== '' && nl !== '\n' && nl !== '\r' && nl !== '\r\n') throw raise(E.ValueError, `illegal newline value: ${nl}`);
  }
  const fl = flags(self);
  const lb = optionalBool(lineBuffering, (fl & FL_LINE_BUFFERING) !== 0);
  const wt = optionalBool(writeThrough, (fl & FL_WRITE_THROUGH) !== 0);
  flushLayer(self);
  if (encoding !== S.None || errors !== S.None || newline !== NULL) {
    // The position of what was read so far, under the old encoding.
    dropReadAhead(self);
  }
  if (encoding !== S.None) {
    let name = strValue(encoding);
    // 'locale' is the locale's encoding, UTF-8 here (as open() takes it).
    if (name === 'locale') name = 'UTF-8';
    try {
      lookupCodec(name);
    } catch (e) {
      if (e instanceof TextError) throw raiseTextError(e);
      throw e;
    }
    setField(self, W_ENCODING, name === strValue(encoding) ? encoding : newStr(name));
    setField(self, W_ERRORS, errors === S.None ? newStr('strict') : errors);
    const stream = (flags(self) & FL_STREAM) !== 0;
    const fresh = encoderStartsFresh(name, !stream, stream ? -1 : posOf(self));
    setField(self, W_FLAGS, fromSmallInt(fresh ? flags(self) | FL_ENC_FRESH : flags(self) & ~FL_ENC_FRESH));
  } else if (errors !== S.None) {
    setField(self, W_ERRORS, errors);
  }
  if (newline !== NULL) setField(self, W_NEWLINE, newline);
  let nfl = flags(self) & ~(FL_LINE_BUFFERING | FL_WRITE_THROUGH);
  if (lb) nfl |= FL_LINE_BUFFERING;
  if (wt) nfl |= FL_WRITE_THROUGH;
  setField(self, W_FLAGS, fromSmallInt(nfl));
  return S.None;
});

// ---- peek, readall ------------------------------------------------------------------------------

/**
 * peek(): bytes ahead without moving the position, as CPython's BufferedReader gives them (what
 * its buffer holds: at least one byte unless at EOF, up to the end of the 8 KiB block). On a
 * stream what was read is kept for the next reads.
 */
function binaryPeek(f: Ref): Ref {
  checkReadable(f);
  if ((flags(f) & FL_STREAM) !== 0) {
    const ahead = getField(f, W_RBUF);
    if (ahead !== NULL) return ahead;
    const data = rawRead(f, 8192);
    if (data.length === 0) return newBytes(data);
    const b = newBytes(data);
    setField(f, W_RBUF, b);
    return b;
  }
  const pos = posOf(f);
  const want = (Math.floor(pos / 8192) + 1) * 8192 - pos;
  const buf = Buffer.alloc(want);
  let got: number;
  try {
    got = fs.readSync(fd(f), buf, 0, want, pos);
  } catch (e) {
    throw raiseOSErrorFromNode(e as NodeJS.ErrnoException);
  }
  return newBytes(buf.subarray(0, got));
}
for (const t of ['_io.BufferedReader', '_io.BufferedRandom'] as const) {
  defineMethod(t, 'peek', (self, _argv, argc, kwnames) => {
    if (kwCountOf(kwnames) > 0) throw raise(E.TypeError, 'peek() takes no keyword arguments');
    if (argc > 1) throw raise(E.TypeError, `peek expected at most 1 argument, got ${argc}`);
    return binaryPeek(self);
  });
}

defineMethod('_io.FileIO', 'readall', (self, _argv, argc, kwnames) => {
  noArgs('readall', argc, kwnames);
  checkReadable(self);
  return newBytes(rawReadAll(self));
});
