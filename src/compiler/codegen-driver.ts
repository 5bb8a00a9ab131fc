/**
 * Runs the back half of the pipeline on an AST: future features, constant
 * folding (optional), symbol table, code generation; the assembler is passed
 * in so that tests can look at the raw instruction sequences.
 */
import type { ConstCode, Mod } from './ast.js';
import { PyCompileRecursionError, isPyCompileError } from './errors.js';
import { Compiler } from './codegen.js';
import type { AssembleFn, CompileWarning } from './codegen.js';
import { parseFuture } from './future.js';
import { buildSymtable } from './symtable.js';

export function splitLines(source: string): string[] {
  // A plain split is much faster than the regular expression; most sources have no '\r'.
  return source.indexOf('\r') < 0 ? source.split('\n') : source.split(/\r\n|\r|\n/);
}

export function generateCode(
  mod: Mod,
  source: string | null,
  filename: string,
  optimize: number,
  assemble: AssembleFn,
  fold?: (mod: Mod, optimize: number) => Mod,
  warn?: (w: CompileWarning) => void,
): ConstCode {
  const lines = source === null ? null : splitLines(source);
  try {
    const future = parseFuture(mod, filename, lines);
    if (fold) mod = fold(mod, optimize);
    const st = buildSymtable(mod, filename, future.features, lines);
    const c = new Compiler(st, {
      filename,
      lines,
      futureFeatures: future.features,
      futureLocation: future.location,
      optimize,
      interactive: mod._type === 'Interactive',
      assemble,
      warn,
      asciiOnly: source !== null && !/[^\x00-\x7f]/.test(source),
    });
    return c.compileModule(mod);
  } catch (e) {
    if (isPyCompileError(e)) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new PyCompileRecursionError(filename);
    throw e;
  }
}
