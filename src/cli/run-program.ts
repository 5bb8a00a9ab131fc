/**
 * Running a compiled program: the single place where the interpreter will
 * plug in (issue 3). Everything before this point (options, finding and
 * reading the program, decoding, compiling, reporting SyntaxErrors) is done;
 * today the compiled program cannot be run yet, and gilvm says so.
 */
import type { CodeObject } from '../bytecode/code.js';
import type { CliIO } from './io.js';
import type { RunConfig } from './options.js';

/** Exit status of a program that compiled but could not be run. */
export const NOT_RUNNABLE_STATUS = 1;

export function runProgram(_config: RunConfig, code: CodeObject, io: CliIO): number {
  io.stderr(
    `gilvm: cannot run '${code.co_filename}' yet: the interpreter is not implemented (see issue 3); compiled OK\n`,
  );
  return NOT_RUNNABLE_STATUS;
}
