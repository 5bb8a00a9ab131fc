/**
 * The compiler pipeline: source -> tokens -> AST -> constant folding ->
 * symbol table -> code generation -> assembly, as CPython's
 * `compile(source, filename, mode)`.
 */
import type { Mod } from './ast.js';
import type { CodeObject } from '../bytecode/code.js';
import { parse } from './parser.js';
import { optimizeAst } from './astopt.js';
import { assemble } from './assembler.js';
import { generateCode } from './codegen-driver.js';
import type { CompileWarning } from './codegen.js';

export type { CompileWarning };

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileOptions {
  /** -O level (0, 1 or 2), default 0. */
  optimize?: number;
  dontInherit?: boolean;
  /**
   * Receives the compiler's SyntaxWarnings ("assertion is always true", '"is"
   * with a literal', "... is not callable; perhaps you missed a comma?", ...),
   * which CPython reports through the warnings module. Ignored when absent.
   */
  onWarning?: (w: CompileWarning) => void;
}

/** Compile source text to a module code object; throws PySyntaxError. */
export function compileSource(
  source: string,
  filename: string,
  mode: CompileMode,
  options: CompileOptions = {},
): CodeObject {
  const mod = parse(source, filename, mode);
  return compileAst(mod, source, filename, mode, options);
}

/** Compile an already parsed AST (the AST is folded in place). */
export function compileAst(
  mod: Mod,
  source: string,
  filename: string,
  _mode: CompileMode,
  options: CompileOptions = {},
): CodeObject {
  const optimize = options.optimize ?? 0;
  return generateCode(
    mod,
    source,
    filename,
    optimize,
    assemble,
    (m, o) => optimizeAst(m, o, { filename }),
    options.onWarning,
  ) as CodeObject;
}
