/**
 * TextError: how the pure text functions of src/text report what CPython raises.
 *
 *   throw new TextError('ValueError', 'substring not found')
 *
 * `kind` is the Python exception class name; `message` is CPython 3.12's exact message (the VM
 * turns it into an exception instance of that class). Unicode errors also carry the fields of
 * UnicodeEncodeError / UnicodeDecodeError (`unicode`), so the VM can fill in `.encoding`,
 * `.object`, `.start`, `.end` and `.reason`.
 */

export type TextErrorKind =
  | 'ValueError'
  | 'TypeError'
  | 'IndexError'
  | 'UnicodeEncodeError'
  | 'UnicodeDecodeError'
  | 'OverflowError'
  | 'KeyError'
  | 'LookupError'
  | 'MemoryError';

/** The attributes of a UnicodeEncodeError / UnicodeDecodeError (start and end are indexes). */
export interface UnicodeErrorInfo {
  encoding: string;
  /** The str (encode) or the bytes (decode) being converted. */
  object: string | Uint8Array;
  /** Code-point index (encode) or byte index (decode). */
  start: number;
  end: number;
  reason: string;
}

/** Longest JS string (UTF-16 units) and longest byte result this module builds. */
const MAX_STRING = 2 ** 29 - 24;
const MAX_BYTES = 2 ** 31 - 1;

/**
 * Throws CPython's MemoryError (empty message) when a result of n units (or bytes) cannot be
 * built: CPython fails the same requests ('a'.center(2**40)) for want of memory, and JS would
 * throw a RangeError.
 */
export function checkResultSize(n: number, bytes: boolean = false): void {
  if (n > (bytes ? MAX_BYTES : MAX_STRING)) throw new TextError('MemoryError', '');
}

export class TextError extends Error {
  readonly kind: TextErrorKind;
  readonly unicode: UnicodeErrorInfo | undefined;

  constructor(kind: TextErrorKind, message: string, unicode?: UnicodeErrorInfo) {
    super(message);
    this.name = 'TextError';
    this.kind = kind;
    this.unicode = unicode;
  }
}
