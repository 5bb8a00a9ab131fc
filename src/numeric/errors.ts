/**
 * The one error type of src/numeric: where CPython raises, these functions
 * throw `NumericError(kind, message)` with the Python exception class name in
 * `kind` and CPython 3.12's exact message, for the object layer to turn into
 * the Python exception.
 */

export type NumericErrorKind =
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'ValueError'
  | 'TypeError'
  | 'MemoryError';

export class NumericError extends Error {
  readonly kind: NumericErrorKind;
  /**
   * Set where CPython raises with PyErr_SetFromErrno (float ** overflow: ERANGE): the
   * exception's args are then (errno, message), not (message,).
   */
  readonly errno: number | undefined;
  constructor(kind: NumericErrorKind, message: string, errno?: number) {
    super(message);
    this.kind = kind;
    this.errno = errno;
    this.name = 'NumericError';
  }
}

/** errno's ERANGE on Linux, and its strerror. */
export const ERANGE = 34;
export const ERANGE_MESSAGE = 'Numerical result out of range';

/**
 * Thrown by float power when a negative base meets a non-integral exponent:
 * CPython then computes a complex power, which is the caller's job
 * (`complexPow` in complex-arith.ts does it).
 */
export class NeedsComplexError extends Error {
  constructor() {
    super('negative number raised to a fractional power: promote to complex');
    this.name = 'NeedsComplexError';
  }
}
