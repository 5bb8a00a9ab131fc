/**
 * Node's file-system errors as Python's OSError prints them:
 * `[Errno 2] No such file or directory: 'x.py'`.
 */
import { constants } from 'node:os';
import { pyRepr } from './syntax-error.js';

/** Linux strerror() texts for the errors a compiler's file access can meet. */
const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  EEXIST: 'File exists',
  EMFILE: 'Too many open files',
  EIO: 'Input/output error',
  EINVAL: 'Invalid argument',
};

export interface NodeErrnoError {
  code: string;
  message: string;
}

export function isErrnoError(e: unknown): e is NodeErrnoError & Error {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}

/**
 * An error made with its own message (as CPython raises `FileExistsError(msg)`)
 * rather than by a failed system call ("ENOENT: no such file ...").
 */
function customMessage(e: NodeErrnoError): boolean {
  return !e.message.startsWith(e.code + ':');
}

/** `[Errno N] strerror` (without a file name). */
export function errnoText(e: unknown): string {
  if (!isErrnoError(e)) return String(e);
  if (customMessage(e)) return e.message;
  const num = (constants.errno as Record<string, number>)[e.code];
  const text = STRERROR[e.code] ?? e.code;
  return num === undefined ? text : `[Errno ${num}] ${text}`;
}

/** `str(OSError)` with a file name: `[Errno 2] No such file or directory: 'x.py'`. */
export function osErrorStr(e: unknown, filename: string): string {
  if (isErrnoError(e) && customMessage(e)) return e.message;
  return `${errnoText(e)}: ${pyRepr(filename)}`;
}

/** `text` with the file's absolute folder spelled as in `fullname` (CPython never made it absolute). */
export function respell(text: string, abs: string, fullname: string): string {
  const absDir = abs.slice(0, abs.lastIndexOf('/') + 1);
  const dir = fullname.slice(0, fullname.lastIndexOf('/') + 1);
  return absDir === dir ? text : text.split(absDir).join(dir);
}
