/**
 * `gilvm -m py_compile [-q] FILE... | -`: CPython 3.12's `py_compile.main()`.
 *
 * Each file is compiled to its `__pycache__/<name>.gilvm-01.pyc` (written
 * whatever `-B` says, as CPython's py_compile does). The first failure ends
 * the run with status 1, its message on stderr as CPython prints it:
 *
 * - a SyntaxError: `traceback.format_exception_only()`;
 * - IndentationError, TabError and other errors:
 *   `Sorry: IndentationError: unexpected indent (x.py, line 3)` (no newline);
 * - a file that cannot be read: `[Errno 2] No such file or directory: 'x.py'`.
 *
 * `-` alone reads the file names from stdin, one a line.
 */
import { resolve } from 'node:path';
import { parseArgs, rejectUnrecognized, argparseError } from './argparse.js';
import type { ParserDef } from './argparse.js';
import type { Frontend, PyCompileError } from './frontend.js';
import type { CliIO } from './io.js';
import { isErrnoError, osErrorStr, respell } from './oserror.js';
import { formatSyntaxErrorOnly, syntaxErrorStr } from './syntax-error.js';

const USAGE = 'usage: py_compile.py [-h] [-q] filenames [filenames ...]\n';
const PY_COMPILE_PARSER: ParserDef = {
  prog: 'py_compile.py',
  usage: USAGE,
  help: `${USAGE}
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
`,
  options: [{ dest: 'quiet', short: 'q', long: 'quiet', kind: 'flag' }],
};

/** `PyCompileError(...).msg`: how py_compile describes a compile error. */
export function pyCompileErrorMsg(e: PyCompileError): string {
  if (e.kind === 'SyntaxError') return formatSyntaxErrorOnly(e);
  return `Sorry: ${e.kind}: ${syntaxErrorStr(e)}`;
}

export function pyCompileMain(args: string[], io: CliIO, fe: Frontend): number {
  const parsed = parseArgs(PY_COMPILE_PARSER, args);
  if (parsed.positionals.length === 0) {
    throw argparseError(PY_COMPILE_PARSER, 'the following arguments are required: filenames');
  }
  rejectUnrecognized(PY_COMPILE_PARSER, parsed);
  const quiet = parsed.values.get('quiet') === true;
  let filenames = parsed.positionals;
  if (filenames.length === 1 && filenames[0] === '-') {
    const text = new TextDecoder().decode(io.readStdin());
    filenames = text.split(/(?<=\n)/).map((l) => l.replace(/\n$/, ''));
    if (filenames.length > 0 && filenames[filenames.length - 1] === '') filenames.pop();
  }
  for (const filename of filenames) {
    const abs = resolve(io.cwd, filename);
    try {
      fe.compileFileToCache(abs, { dfile: filename });
    } catch (e) {
      let msg: string;
      if (fe.isPyCompileError(e)) msg = pyCompileErrorMsg(e);
      else if (isErrnoError(e)) msg = respell(osErrorStr(e, filename), abs, filename);
      else throw e;
      if (!quiet) io.stderr(msg);
      return 1;
    }
  }
  return 0;
}
