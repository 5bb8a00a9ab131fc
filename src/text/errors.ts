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
  | 'LookupError';

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
