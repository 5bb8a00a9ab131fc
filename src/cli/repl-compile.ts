/**
 * Compiling what was typed at the interactive prompt: is it a statement to
 * run, an error, or the start of one that needs more lines (`... `)?
 *
 * CPython 3.12 decides this in its tokenizer's interactive mode; gilvm's
 * parser works on whole texts, so this follows codeop's idea instead:
 * compile in 'single' mode, and call an error "incomplete input" when more
 * text could change it. An error is incomplete when
 * - a bracket was never closed or a triple-quoted string never ended (blank
 *   lines do not end those), or
 * - the last line is not blank and adding a newline moves or changes the
 *   error (`def f():`, `x = \`, `@dec`, `try:` + body).
 * A compound statement (`if`, `def`, `for`, ...) that compiles is still
 * incomplete until a blank line ends it, as CPython's prompt wants.
 */
import type { CodeObject } from '../bytecode/code.js';
import type { Mod, Stmt } from '../compiler/ast.js';
import { compileAst } from '../compiler/compile.js';
import { PySyntaxError, type PyCompileError, isPyCompileError } from '../compiler/errors.js';
import { parse } from '../compiler/parser.js';

export const REPL_FILENAME = '<stdin>';

export type ReplCompiled =
  /** Nothing to run (a blank or comment-only line at `>>> `). */
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'complete'; code: CodeObject }
  | { kind: 'error'; error: PyCompileError };

const COMPOUND = new Set<Stmt['_type']>([
  'If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar',
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Match',
]);

const BLANK = /^[ \t\f]*\r?$/;
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?\r?$/;

/**
 * `lines`: what was typed since the `>>> ` prompt, each line without its
 * newline. `final`: the input ended (Ctrl-D at `... `), so it must be run or
 * reported as it is.
 */
export function compileInteractive(lines: readonly string[], final: boolean): ReplCompiled {
  if (lines.length === 1 && BLANK_OR_COMMENT.test(lines[0]!)) return { kind: 'empty' };
  const source = lines.join('\n') + '\n';
  const lastBlank = lines.length > 1 && BLANK.test(lines[lines.length - 1]!);
  let mod: Mod;
  try {
    mod = parse(source, REPL_FILENAME, 'single');
  } catch (e) {
    if (!isPyCompileError(e)) throw e;
    if (final || !(e instanceof PySyntaxError) || !mayContinue(e, source, lastBlank)) {
      return { kind: 'error', error: asPromptError(e) };
    }
    return { kind: 'incomplete' };
  }
  if (!final && !lastBlank && mod._type === 'Interactive' && COMPOUND.has(mod.body[0]!._type)) {
    return { kind: 'incomplete' };
  }
  try {
    return { kind: 'complete', code: compileAst(mod, source, REPL_FILENAME, 'single') };
  } catch (e) {
    if (!isPyCompileError(e)) throw e;
    return { kind: 'error', error: e };
  }
}

/** Could more lines turn the parse error `e` of `source` into something else? */
function mayContinue(e: PySyntaxError, source: string, lastBlank: boolean): boolean {
  if (e.msg.endsWith('was never closed') || e.msg.startsWith('unterminated triple-quoted string literal')) return true;
  if (lastBlank) return false;
  try {
    parse(source + '\n', REPL_FILENAME, 'single');
    return true;
  } catch (e2) {
    if (!(e2 instanceof PySyntaxError)) return false;
    return e2.msg !== e.msg || e2.lineno !== e.lineno || e2.offset !== e.offset;
  }
}

/**
 * A compound statement followed by an unindented line is, for CPython's
 * interactive tokenizer, plain invalid syntax at that line (there is no
 * "multiple statements" case at the prompt).
 */
function asPromptError(e: PyCompileError): PyCompileError {
  if (e instanceof PySyntaxError && e.msg === 'multiple statements found while compiling a single statement') {
    return new PySyntaxError('SyntaxError', 'invalid syntax', e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
  }
  return e;
}
