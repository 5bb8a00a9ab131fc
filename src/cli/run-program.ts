/**
 * Running a compiled program: the single place where the interpreter will
 * plug in (issue 3). Everything before this point (options, finding and
 * reading the program, decoding, compiling, reporting SyntaxErrors) is done;
 * today the compiled program cannot be run yet, and gilvm says so.
 */
import type { CodeObject } from '../bytecode/code.js';
import type { CliIO } from './io.js';
import type { RunConfig } from './options.js';

/** The `__main__` module to run, as CPython's pymain_run_python sets it up. */
export interface MainProgram {
  /** The module's code (co_filename: the script's absolute path, `<string>` or `<stdin>`). */
  code: CodeObject;
  /**
   * `sys.argv`: RunConfig.argv, except that for `-m` argv[0] is the module's
   * file (as runpy sets it).
   */
  argv: string[];
  /**
   * `sys.path[0]`: the script's folder (symlinks resolved) or the folder run
   * as a script, the current folder for `-m`, `''` for `-c` and stdin.
   */
  path0: string;
  /** `__main__.__file__`: the script or module file; null for `-c` and stdin. */
  file: string | null;
}

/** Exit status of a program that compiled but could not be run. */
export const NOT_RUNNABLE_STATUS = 1;

export function runProgram(_config: RunConfig, main: MainProgram, io: CliIO): number {
  io.stderr(
    `gilvm: cannot run '${main.code.co_filename}' yet: the interpreter is not implemented (see issue 3); compiled OK\n`,
  );
  return NOT_RUNNABLE_STATUS;
}
