/**
 * open(), input() and print() (print writes to sys.stdout, which the
 * program may replace; the original stream is written through
 * src/vm/stdio.ts directly).
 *
 * open() checks the mode as CPython's io.open does (same messages and order:
 * mode, then binary/text arguments, then the file is opened, then encoding
 * and newline), opens with Node's fs (O_* flags, 0o666), refuses
 * directories with IsADirectoryError, and returns a TextIOWrapper,
 * BufferedReader/Writer/Random or FileIO (src/lib/io-file.ts).
 */
import * as fs from 'node:fs';
import { lookupCodec } from '../text/codecs.js';
import { TextError } from '../text/errors.js';
import { NULL, type Value } from '../heap/layout.js';
import { bytesLikeData } from '../objects/bytes.js';
import { dictGetStr } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
import { defineFunction, defineMethod, MDF_STATIC } from '../objects/native.js';
import { checkNewClass } from '../objects/int-new.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_SYS } from '../objects/roots.js';
import { raiseTextError } from '../objects/str-args.js';
import { newStr, strLength, strValue } from '../objects/str.js';
import { tupleGet } from '../objects/tuple.js';
import { typeOf } from '../objects/typecheck.js';
import { getField } from '../objects/typeobject.js';
import { isTrue, str, typeNameOf } from '../vm/abstract.js';
import { callFound0, getAttr, lookupTypeString } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { fetchException, isPyError, raise } from '../vm/errors.js';
import { writeUnraisable } from '../vm/unraisable.js';
import { flushStdout } from '../vm/stdio.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { argAt, isStrValue, kwCount, parseClinic, unpackCount } from './builtins-args.js';
import {
  FL_APPEND,
  FL_CLOSEFD,
  FL_LINE_BUFFERING,
  FL_READ,
  FL_STREAM,
  FL_TEXT,
  FL_WRITE,
  closeFile,
  encoderStartsFresh,
  FL_ENC_FRESH,
  initFileObject,
  isFileObject,
  newFileObject,
  stdinReadlineForInput,
  textReadline,
  stdStreamFd,
  writeTextIfFile,
} from './io-file.js';
import { raiseOSErrorFromNode, raiseErrno } from './io-errors.js';

// ---- open -------------------------------------------------------------------------------------

interface ParsedMode {
  creating: boolean;
  reading: boolean;
  writing: boolean;
  appending: boolean;
  updating: boolean;
  text: boolean;
  binary: boolean;
}

function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'axrwb+t'.includes(c) || seen.has(c)) throw raise(E.ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const m: ParsedMode = {
    creating: seen.has('x'),
    reading: seen.has('r'),
    writing: seen.has('w'),
    appending: seen.has('a'),
    updating: seen.has('+'),
    text: seen.has('t'),
    binary: seen.has('b'),
  };
  if (m.text && m.binary) throw raise(E.ValueError, "can't have text and binary mode at once");
  const kinds = Number(m.creating) + Number(m.reading) + Number(m.writing) + Number(m.appending);
  if (kinds > 1) throw raise(E.ValueError, 'must have exactly one of create/read/write/append mode');
  if (kinds === 0) {
    throw raise(E.ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');
  }
  return m;
}

const openOut: Value[] = [];
defineFunction('builtins', 'open', (_s, argv, argc, kwnames) => {
  parseClinic(
    'open',
    argv,
    argc,
    kwnames,
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
    0,
    1,
    [],
    openOut,
  );
  const [file, modeV, bufV, encV, errV, nlV, closefdV, openerV] = openOut;
  const mode = modeV === NULL ? 'r' : strArg(modeV!, 'mode');
  const buffering = bufV === NULL ? -1 : intArg(bufV!);
  const encoding = encV === NULL || encV === S.None ? null : strArg(encV!, 'encoding');
  const errors = errV === NULL || errV === S.None ? null : strArg(errV!, 'errors');
  const newline = nlV === NULL || nlV === S.None ? null : strArg(nlV!, 'newline');
  const closefd = closefdV === NULL ? true : isTrue(closefdV!);
  const m = parseMode(mode);
  if (m.binary && encoding !== null) throw raise(E.ValueError, "binary mode doesn't take an encoding argument");
  if (m.binary && errors !== null) throw raise(E.ValueError, "binary mode doesn't take an errors argument");
  if (m.binary && newline !== null) throw raise(E.ValueError, "binary mode doesn't take a newline argument");
  if (m.binary && buffering === 1) {
    // CPython warns (RuntimeWarning) and uses the default buffer size.
  }
  if (!m.binary && buffering === 0) throw raise(E.ValueError, "can't have unbuffered text I/O");

  const mark = handleCount();
  try {
    const { fd, name, flags, pos } = openDescriptor(file!, m, closefd, openerV!);
    const rawMode = `${m.creating ? 'x' : m.reading ? 'r' : m.writing ? 'w' : 'a'}${m.updating && (m.writing || m.creating) ? '' : ''}`;
    const binMode = m.updating ? (m.appending ? 'ab+' : m.creating ? 'xb+' : 'rb+') : `${rawMode}b`;
    if (m.binary) {
      const type =
        buffering === 0 ? T['_io.FileIO'] : m.updating ? T['_io.BufferedRandom'] : m.reading ? T['_io.BufferedReader'] : T['_io.BufferedWriter'];
      return newFileObject({ type, fd, name, mode: binMode, flags, encoding: null, errors: null, newline: null, pos });
    }
    if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
      if (closefd) fs.closeSync(fd);
      throw raise(E.ValueError, `illegal newline value: ${newline}`);
    }
    // 'locale' is what io.text_encoding(None) gives (PEP 597): the locale's encoding, UTF-8 here.
    const enc = encoding === null || encoding === 'locale' ? 'UTF-8' : encoding;
    try {
      lookupCodec(enc, 'open');
    } catch (e) {
      if (closefd) fs.closeSync(fd);
      if (e instanceof TextError) throw raiseTextError(e);
      throw e;
    }
    return newFileObject({
      type: T['_io.TextIOWrapper'],
      fd,
      name,
      mode,
      flags: flags | FL_TEXT | (buffering === 1 ? FL_LINE_BUFFERING : 0) | (encoderStartsFresh(enc, (flags & FL_STREAM) === 0, pos) ? FL_ENC_FRESH : 0),
      encoding: enc,
      errors: errors ?? 'strict',
      newline,
      pos,
    });
  } finally {
    releaseHandles(mark);
  }
});

interface OpenedFile {
  fd: number;
  name: Value;
  flags: number;
  pos: number;
}

/**
 * Open `file` (a path, bytes, os.PathLike or a descriptor) for mode `m`, as open() and
 * io.FileIO() do: the descriptor, the `name` attribute, the FL_* flags and the start position.
 * Handles it pushes stay until the caller releases them.
 */
function openDescriptor(file: Value, m: ParsedMode, closefd: boolean, opener: Value): OpenedFile {
  let fd: number;
  let name: Value;
  if ((file & 1) !== 0 || typeOf(file) === T.int || typeOf(file) === T.bool) {
    fd = intArg(file);
    name = file;
    if (fd < 0) throw raise(E.ValueError, 'negative file descriptor');
    try {
      fs.fstatSync(fd);
    } catch (e) {
      throw raiseOSErrorFromNode(e as NodeJS.ErrnoException);
    }
  } else {
    if (!closefd) throw raise(E.ValueError, 'Cannot use closefd=False with file name');
    let path: string;
    let nameValue: Value = file;
    const fspath = isStrValue(file) || bytesLikeData(file) !== null ? NULL : lookupTypeString(typeOf(file), '__fspath__');
    if (fspath !== NULL) {
      // os.PathLike: __fspath__() must give str or bytes.
      const p = callFound0(fspath, file);
      pushHandle(p);
      nameValue = p;
      if (isStrValue(p)) path = strValue(p);
      else if (bytesLikeData(p) !== null && typeOf(p) === T.bytes) path = Buffer.from(bytesLikeData(p)!).toString('utf8');
      else {
        throw raise(E.TypeError, `expected ${typeNameOf(file)}.__fspath__() to return str or bytes, not ${typeNameOf(p)}`);
      }
    } else if (isStrValue(file)) path = strValue(file);
    else {
      const data = bytesLikeData(file);
      if (data === null || typeOf(file) === T.bytearray) {
        throw raise(E.TypeError, `expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
      }
      path = Buffer.from(data).toString('utf8');
    }
    if (path.includes('\0')) throw raise(E.ValueError, 'embedded null byte');
    name = nameValue;
    pushHandle(name);
    if (opener !== NULL && opener !== S.None) {
      const r = callArray(opener, [file, fromFlags(m)]);
      fd = intArg(r);
    } else {
      try {
        fd = fs.openSync(path, nodeFlags(m), 0o666);
      } catch (e) {
        throw raiseOSErrorFromNode(e as NodeJS.ErrnoException, name);
      }
    }
    let st: fs.Stats;
    try {
      st = fs.fstatSync(fd);
    } catch (e) {
      fs.closeSync(fd);
      throw raiseOSErrorFromNode(e as NodeJS.ErrnoException, name);
    }
    if (st.isDirectory()) {
      fs.closeSync(fd);
      throw raiseErrno('EISDIR', name);
    }
  }
  let stream = false;
  try {
    const st = fs.fstatSync(fd);
    stream = !st.isFile();
  } catch {
    stream = true;
  }
  let flags = (closefd ? FL_CLOSEFD : 0) | (stream ? FL_STREAM : 0);
  if (m.reading || m.updating) flags |= FL_READ;
  if (m.writing || m.appending || m.creating || m.updating) flags |= FL_WRITE;
  if (m.appending) flags |= FL_APPEND;
  let pos = 0;
  if (m.appending && !stream) {
    try {
      pos = fs.fstatSync(fd).size;
    } catch {
      pos = 0;
    }
  }
  return { fd, name, flags, pos };
}

function nodeFlags(m: ParsedMode): number {
  const c = fs.constants;
  let f = m.updating ? c.O_RDWR : m.reading ? c.O_RDONLY : c.O_WRONLY;
  if (m.writing) f |= c.O_CREAT | c.O_TRUNC;
  if (m.appending) f |= c.O_CREAT | c.O_APPEND;
  if (m.creating) f |= c.O_CREAT | c.O_EXCL;
  return f;
}
function fromFlags(m: ParsedMode): Value {
  return intFromNum(nodeFlags(m));
}
import { intFromNumber as intFromNum } from '../objects/int.js';

function strArg(v: Value, name: string): string {
  if (!isStrValue(v)) throw raise(E.TypeError, `open() argument '${name}' must be str${name === 'mode' ? '' : ' or None'}, not ${typeNameOf(v)}`);
  return strValue(v);
}
function intArg(v: Value): number {
  if (typeOf(v) === T.float) throw raise(E.TypeError, "'float' object cannot be interpreted as an integer");
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return intToNumber(indexOf(v));
}

// ---- sys streams --------------------------------------------------------------------------------

function sysStream(name: string): Value {
  const sys = rootGet(ROOT_SYS);
  if (sys === NULL) return NULL;
  return dictGetStr(getField(sys, MOD_DICT), intern(name));
}

/** Write `text` to a file object: the real stdout/stderr directly, anything else through .write(). */
function writeTo(file: Value, text: string): void {
  const fd = stdStreamFd(file);
  if (fd === 1 || fd === 2) {
    writeTextIfFile(file, text);
    return;
  }
  const mark = handleCount();
  try {
    const h = pushHandle(file);
    const write = getAttr(getHandle(h), intern('write'));
    pushHandle(write);
    callArray(write, [newStr(text)]);
  } finally {
    releaseHandles(mark);
  }
}

function flushFile(file: Value): void {
  const fd = stdStreamFd(file);
  if (fd === 1) return flushStdout();
  if (fd === 2) return;
  const mark = handleCount();
  try {
    pushHandle(file);
    const flush = getAttr(file, intern('flush'));
    pushHandle(flush);
    callArray(flush, []);
  } finally {
    releaseHandles(mark);
  }
}

// ---- print ------------------------------------------------------------------------------------

defineFunction('builtins', 'print', (_self, argv, argc, kwnames) => {
  const nkw = kwCount(kwnames);
  const npos = argc - nkw;
  let sep: string | null = ' ';
  let end = '\n';
  let file: Value = S.None;
  let flush = false;
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kwnames, k));
    const v = argAt(argv, npos + k);
    if (name === 'sep' || name === 'end') {
      if (v !== S.None) {
        if (!isStrValue(v)) throw raise(E.TypeError, `${name} must be None or a string, not ${typeNameOf(v)}`);
        if (name === 'sep') sep = strValue(v);
        else end = strValue(v);
      }
    } else if (name === 'file') file = v;
    else if (name === 'flush') flush = isTrue(v);
    else throw raise(E.TypeError, `'${name}' is an invalid keyword argument for print()`);
  }
  if (sep === null) sep = ' ';
  const mark = handleCount();
  try {
    if (file === S.None) {
      file = sysStream('stdout');
      if (file === NULL) throw raise(E.RuntimeError, 'lost sys.stdout');
      // print() to a None sys.stdout does nothing (pythonw).
      if (file === S.None) return S.None;
    }
    const hFile = pushHandle(file);
    const fd = stdStreamFd(file);
    if (fd === 1 || fd === 2) {
      let text = '';
      for (let i = 0; i < npos; i++) {
        if (i > 0) text += sep;
        text += strValue(str(argAt(argv, i)));
      }
      text += end;
      // Through the stream's own write: its encoding, errors and line_buffering (reconfigure()).
      writeTextIfFile(getHandle(hFile), text);
      if (fd === 1 && flush) flushStdout();
      return S.None;
    }
    if (i32[file >> 2] === T['_io.TextIOWrapper']) {
      // One of our text files: the same writes, without method calls.
      let text = '';
      for (let i = 0; i < npos; i++) {
        if (i > 0) text += sep;
        text += strValue(str(argAt(argv, i)));
      }
      writeTextIfFile(getHandle(hFile), text + end);
      return S.None;
    }
    // Any other file: one write() per piece, as CPython's PyFile_WriteObject calls.
    const write = getAttr(getHandle(hFile), intern('write'));
    const hWrite = pushHandle(write);
    for (let i = 0; i < npos; i++) {
      if (i > 0) callArray(getHandle(hWrite), [newStr(sep)]);
      const s = str(argAt(argv, i));
      callArray(getHandle(hWrite), [s]);
    }
    callArray(getHandle(hWrite), [newStr(end)]);
    if (flush) flushFile(getHandle(hFile));
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

// ---- input ------------------------------------------------------------------------------------

defineFunction('builtins', 'input', (_s, argv, argc, kwnames) => {
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'input() takes no keyword arguments');
  unpackCount('input', argc, 0, 1);
  const mark = handleCount();
  try {
    const fin = sysStream('stdin');
    const fout = sysStream('stdout');
    const ferr = sysStream('stderr');
    if (fin === NULL || fin === S.None) throw raise(E.RuntimeError, 'input(): lost sys.stdin');
    if (fout === NULL || fout === S.None) throw raise(E.RuntimeError, 'input(): lost sys.stdout');
    if (ferr === NULL || ferr === S.None) throw raise(E.RuntimeError, 'input(): lost sys.stderr');
    const hIn = pushHandle(fin);
    const hOut = pushHandle(fout);
    pushHandle(ferr);
    flushFile(ferr);
    if (argc === 1) {
      const prompt = str(argAt(argv, 0));
      writeTo(getHandle(hOut), strValue(prompt));
    }
    flushFile(getHandle(hOut));
    const stdin = getHandle(hIn);
    if (stdStreamFd(stdin) === 0) {
      const line = stdinReadlineForInput(stdin);
      if (line === null) throw raise(E.EOFError, 'EOF when reading a line');
      return newStr(line);
    }
    // A replaced sys.stdin: its readline().
    const readline = getAttr(stdin, intern('readline'));
    pushHandle(readline);
    const r = callArray(readline, []);
    if (!isStrValue(r)) throw raise(E.TypeError, 'object.readline() returned non-string');
    const n = strLength(r);
    if (n === 0) throw raise(E.EOFError, 'EOF when reading a line');
    const s = strValue(r);
    return newStr(s.endsWith('\n') ? s.slice(0, -1) : s);
  } finally {
    releaseHandles(mark);
  }
});

export { isFileObject, closeFile, textReadline };

// ---- io.FileIO(file, mode='r', closefd=True, opener=None) ------------------------------------

/** FileIO's mode: one of r/w/x/a, at most one '+', any 'b'; anything else is an invalid mode. */
function parseRawMode(mode: string): ParsedMode {
  const bad = (): never => {
    throw raise(E.ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');
  };
  const m: ParsedMode = { creating: false, reading: false, writing: false, appending: false, updating: false, text: false, binary: true };
  let kinds = 0;
  for (const c of mode) {
    if (c === 'x' || c === 'r' || c === 'w' || c === 'a') {
      if (kinds++ > 0) bad();
      if (c === 'x') m.creating = true;
      else if (c === 'r') m.reading = true;
      else if (c === 'w') m.writing = true;
      else m.appending = true;
    } else if (c === '+') {
      if (m.updating) bad();
      m.updating = true;
    } else if (c !== 'b') {
      throw raise(E.ValueError, `invalid mode: ${mode}`);
    }
  }
  if (kinds === 0) bad();
  return m;
}

const fileIOOut: Value[] = [];
/** FileIO.__new__: a closed file (fd -1) that __init__ opens, so a subclass's __init__ may take other arguments. */
defineMethod(
  '_io.FileIO',
  '__new__',
  (_s, argv, argc) => {
    const cls = checkNewClass('FileIO', argv, argc, T['_io.FileIO']);
    return newFileObject({ type: cls, fd: -1, name: NULL, mode: 'rb', flags: 0, encoding: null, errors: null, newline: null, pos: 0 });
  },
  MDF_STATIC,
);

/** FileIO.__init__(file, mode='r', closefd=True, opener=None): open (an open one is closed first, as CPython does). */
defineMethod('_io.FileIO', '__init__', (self, argv, argc, kwnames) => {
  for (let k = 0; k < kwCount(kwnames); k++) {
    const key = strValue(tupleGet(kwnames, k));
    if (key !== 'file' && key !== 'mode' && key !== 'closefd' && key !== 'opener') {
      throw raise(E.TypeError, `'${key}' is an invalid keyword argument for FileIO()`);
    }
  }
  parseClinic('FileIO', argv, argc, kwnames, ['file', 'mode', 'closefd', 'opener'], 0, 1, [], fileIOOut);
  const [file, modeV, closefdV, openerV] = fileIOOut;
  if (modeV !== NULL && !isStrValue(modeV!)) throw raise(E.TypeError, `FileIO() argument 'mode' must be str, not ${typeNameOf(modeV!)}`);
  const mode = modeV === NULL ? 'r' : strValue(modeV!);
  const closefd = closefdV === NULL ? true : isTrue(closefdV!);
  const mark = handleCount();
  try {
    const hSelf = pushHandle(self);
    pushHandle(file!);
    if (openerV !== NULL) pushHandle(openerV!);
    if (isFileObject(self) && !isTrue(getAttr(self, intern('closed')))) closeFile(self);
    const m = parseRawMode(mode);
    const { fd, name, flags, pos } = openDescriptor(file!, m, closefd, openerV ?? NULL);
    // CPython's FileIO.mode: 'w+' shows as 'rb+'.
    const shown = m.creating ? 'xb' : m.appending ? 'ab' : m.reading || m.updating ? 'rb' : 'wb';
    const init = { type: T['_io.FileIO'], fd, name, mode: m.updating ? `${shown}+` : shown, flags, encoding: null, errors: null, newline: null, pos };
    initFileObject(getHandle(hSelf), init);
    return S.None;
  } finally {
    releaseHandles(mark);
  }
});

// ---- exit -------------------------------------------------------------------------------------

/**
 * CPython's flush_std_files at exit (after atexit): sys.stdout.flush() and sys.stderr.flush(),
 * whatever the program put there (a Python TextIOWrapper over sys.stdout.detach() holds text
 * until then). A failing stdout flush is reported as unraisable; a failure of either makes the
 * exit status 120 (false here).
 */
export function flushStdFiles(): boolean {
  let ok = true;
  for (const name of ['stdout', 'stderr']) {
    const mark = handleCount();
    try {
      const f = sysStream(name);
      if (f === NULL || f === S.None) continue;
      const h = pushHandle(f);
      let closed = false;
      try {
        closed = isTrue(getAttr(getHandle(h), intern('closed')));
      } catch (e) {
        if (!isPyError(e)) throw e;
        fetchException();
      }
      if (closed) continue;
      try {
        flushFile(getHandle(h));
      } catch (e) {
        if (!isPyError(e)) throw e;
        ok = false;
        if (name === 'stdout') writeUnraisable('Exception ignored in', getHandle(h));
        else fetchException();
      }
    } finally {
      releaseHandles(mark);
    }
  }
  return ok;
}
