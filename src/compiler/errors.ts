/**
 * Compile-time errors, shaped like CPython's SyntaxError family.
 *
 * The compiler throws `PySyntaxError`; the CLI (and later the interpreter)
 * turns it into a Python exception or prints it as CPython does:
 *
 *       File "x.py", line 3
 *         if x
 *             ^
 *     SyntaxError: expected ':'
 *
 * `offset` and `endOffset` are 1-based column numbers counted in characters
 * (code points), as in CPython's SyntaxError.offset; 0 means "no column".
 */
export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    /** The source line the error is on, without its newline; null when unknown. */
    readonly text: string | null,
    readonly endLineno: number = lineno,
    readonly endOffset: number = offset,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
    this.name = kind;
  }
}

/**
 * Nesting too deep to compile, as CPython's `RecursionError: maximum
 * recursion depth exceeded during compilation` (e.g. `-` repeated 5000
 * times). Parentheses nested past 200 are a SyntaxError instead, as in CPython.
 */
export class PyCompileRecursionError extends Error {
  readonly kind = 'RecursionError';
  readonly msg = 'maximum recursion depth exceeded during compilation';
  constructor(readonly filename: string) {
    super('RecursionError: maximum recursion depth exceeded during compilation');
    this.name = 'RecursionError';
  }
}

/** Any error the compiler reports to the user (everything else is a bug). */
export type PyCompileError = PySyntaxError | PyCompileRecursionError;

export function isPyCompileError(e: unknown): e is PyCompileError {
  return e instanceof PySyntaxError || e instanceof PyCompileRecursionError;
}
