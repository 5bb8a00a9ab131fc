/**
 * PYTHONSTARTUP: the file CPython runs in `__main__` before the first
 * prompt when the prompt reads stdin (not after a script or -c). A file
 * that cannot be read or compiled is reported and the prompt still comes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodeObject } from '../bytecode/code.js';
import type { Frontend } from './frontend.js';
import type { CliIO } from './io.js';
import { isErrnoError, osErrorStr } from './oserror.js';
import { formatUncaughtSyntaxError } from './syntax-error.js';

/** The exception class CPython raises for an errno when opening a file. */
const OS_ERROR_CLASS: Record<string, string> = {
  ENOENT: 'FileNotFoundError',
  EACCES: 'PermissionError',
  EPERM: 'PermissionError',
  EISDIR: 'IsADirectoryError',
  ENOTDIR: 'NotADirectoryError',
};

/** The code to run before the prompt: the startup file's, or nothing. */
export function replStartupCode(fe: Frontend, io: CliIO): CodeObject {
  const empty = (): CodeObject => fe.compileProgram({ text: '' }, '<stdin>');
  const startup = io.env['PYTHONSTARTUP'];
  if (startup === undefined || startup === '') return empty();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, startup));
  } catch (e) {
    if (!isErrnoError(e)) throw e;
    io.stderr(`Could not open PYTHONSTARTUP\n${OS_ERROR_CLASS[e.code] ?? 'OSError'}: ${osErrorStr(e, startup)}\n`);
    return empty();
  }
  try {
    return fe.compileProgram({ bytes, filenameIsFile: true, readAsFile: true }, startup);
  } catch (e) {
    if (!fe.isPyCompileError(e)) throw e;
    let source: string | undefined;
    try {
      source = fe.decodeSource(bytes, startup);
    } catch {
      source = undefined;
    }
    io.stderr(formatUncaughtSyntaxError(e, source === undefined ? {} : { fileSource: source }));
    return empty();
  }
}
