/**
 * OSError and its subclasses from operating-system failures: the errno
 * number and strerror text of Linux, the subclass CPython picks for the errno
 * (FileNotFoundError for ENOENT, ...), attributes errno/strerror/filename/
 * filename2, args (errno, strerror), and str() as CPython's OSError_str:
 * `[Errno 2] No such file or directory: 'x'`.
 */
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { EXC_DICT, newExceptionWithArgs } from '../objects/exceptions.js';
import { intFromNumber } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { E, S } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { declareSlots, getField, setField, slotIndexForName, slotTables } from '../objects/typeobject.js';
import { repr, str as strOf } from '../vm/abstract.js';
import { raiseObject, type PyError } from '../vm/errors.js';
import { EXC_ARGS } from '../objects/exceptions.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';

/** Node's error code -> [errno, strerror] (Linux values, glibc texts). */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  ESRCH: [3, 'No such process'],
  EINTR: [4, 'Interrupted system call'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  ECHILD: [10, 'No child processes'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  ENOTTY: [25, 'Inappropriate ioctl for device'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ECONNRESET: [104, 'Connection reset by peer'],
  ECONNABORTED: [103, 'Software caused connection abort'],
  ECONNREFUSED: [111, 'Connection refused'],
  ETIMEDOUT: [110, 'Connection timed out'],
};

/** The OSError subclass CPython's OSError.__new__ picks for an errno. */
export function osErrorClassFor(errno: number): Ref {
  switch (errno) {
    case 11: case 114: case 115: return E.BlockingIOError;
    case 10: return E.ChildProcessError;
    case 32: case 108: return E.BrokenPipeError;
    case 103: return E.ConnectionAbortedError;
    case 111: return E.ConnectionRefusedError;
    case 104: return E.ConnectionResetError;
    case 17: return E.FileExistsError;
    case 2: return E.FileNotFoundError;
    case 21: return E.IsADirectoryError;
    case 20: return E.NotADirectoryError;
    case 4: return E.InterruptedError;
    case 1: case 13: return E.PermissionError;
    case 3: return E.ProcessLookupError;
    case 110: return E.TimeoutError;
    default: return E.OSError;
  }
} // prettier-ignore

/** A new OSError (subclass by errno) with CPython's args and attributes. */
export function newOSError(errno: number, strerror: string, filename: Value = NULL, filename2: Value = NULL): Ref {
  const type = osErrorClassFor(errno);
  const errnoV = intFromNumber(errno);
  const strerrorV = newStr(strerror);
  const exc = newExceptionWithArgs(type, newTuple([errnoV, strerrorV]));
  const d = newDict();
  setField(exc, EXC_DICT, d);
  dictSet(d, intern('errno'), errnoV);
  dictSet(d, intern('strerror'), strerrorV);
  dictSet(d, intern('filename'), filename === NULL ? S.None : filename);
  dictSet(d, intern('filename2'), filename2 === NULL ? S.None : filename2);
  return exc;
}

/** errno and text of a Node error code (EIO for unknown ones). */
export function errnoOf(code: string | undefined): [number, string] {
  return (code !== undefined ? ERRNO[code] : undefined) ?? ERRNO['EIO']!;
}

/** Raise the OSError for a failed Node fs call on `filename` (a JS string, a heap value, or none). */
export function raiseOSErrorFromNode(e: NodeJS.ErrnoException, filename?: string | Value): PyError {
  const [errno, text] = errnoOf(e.code);
  const f = filename === undefined ? NULL : typeof filename === 'string' ? newStr(filename) : filename;
  return raiseObject(newOSError(errno, text, f));
}

/** Raise OSError(errno, strerror[, filename]) for a known errno name. */
export function raiseErrno(code: string, filename?: string | Value): PyError {
  const [errno, text] = errnoOf(code);
  const f = filename === undefined ? NULL : typeof filename === 'string' ? newStr(filename) : filename;
  return raiseObject(newOSError(errno, text, f));
}

// str(OSError) as CPython's OSError_str, unless the exception classes' owner defines it.
if (slotTables[slotIndexForName('OSError')]!.str === undefined) {
  declareSlots('OSError', {
    str(self) {
      const d = getField(self, EXC_DICT);
      const get = (k: string): Value => {
        if (d === NULL) return S.None;
        const v = dictGetStr(d, intern(k));
        return v === NULL ? S.None : v;
      };
      const errno = get('errno');
      const strerror = get('strerror');
      const filename = get('filename');
      const filename2 = get('filename2');
      const s = (v: Value): string => strValue(strOf(v));
      if (filename !== S.None) {
        if (filename2 !== S.None) {
          return newStr(`[Errno ${s(errno)}] ${s(strerror)}: ${strValue(repr(filename))} -> ${strValue(repr(filename2))}`);
        }
        return newStr(`[Errno ${s(errno)}] ${s(strerror)}: ${strValue(repr(filename))}`);
      }
      if (errno !== S.None && strerror !== S.None) return newStr(`[Errno ${s(errno)}] ${s(strerror)}`);
      const args = getField(self, EXC_ARGS);
      const n = tupleLength(args);
      if (n === 0) return newStr('');
      if (n === 1) return strOf(tupleGet(args, 0));
      return repr(args);
    },
  });
}
