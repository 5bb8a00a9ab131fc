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
import { Tokenizer } from '../compiler/tokenizer.js';

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
      const inside = e instanceof PySyntaxError && e.msg.endsWith('was never closed') ? errorInsideBrackets(source) : null;
      return { kind: 'error', error: asPromptError(inside ?? e) };
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
    return { kind: 'error', error: withoutText(e) };
  }
}

/**
 * CPython shows the line of an error found after parsing ('return' outside
 * function) by reading it again from the file, which `<stdin>` is not: no line.
 */
function withoutText(e: PyCompileError): PyCompileError {
  if (!(e instanceof PySyntaxError)) return e;
  return new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, null, e.endLineno, e.endOffset);
}

/** Could more lines turn the parse error `e` of `source` into something else? */
function mayContinue(e: PySyntaxError, source: string, lastBlank: boolean): boolean {
  if (e.msg.startsWith('unterminated triple-quoted string literal')) return true;
  if (e.msg.endsWith('was never closed')) return errorInsideBrackets(source) === null;
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
 * Brackets still open hide the parser's error behind "'(' was never
 * closed". CPython's prompt feeds the parser as lines come, so it reports a
 * mistake already typed inside them (`(1, 2` then `'ok'`: "Perhaps you
 * forgot a comma?") at once: close the brackets on a line of their own and
 * parse; an error before that line, which an operand added before the
 * brackets close does not fix either, is one more lines cannot fix.
 */
function errorInsideBrackets(source: string): PySyntaxError | null {
  const closers: string[] = [];
  const tokens = new Tokenizer(source, REPL_FILENAME);
  try {
    for (let t = tokens.next(); t.kind !== 'ENDMARKER'; t = tokens.next()) {
      if (t.kind !== 'OP') continue;
      const close = CLOSER[t.value];
      if (close !== undefined) closers.push(close);
      else if (t.value === ')' || t.value === ']' || t.value === '}') closers.pop();
    }
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
  }
  if (closers.length === 0) return null;
  const typedLines = source.split('\n').length - 1;
  const close = closers.reverse().join('');
  // An error some more text would fix (`{"a":`, reported at the `:`) is no error yet.
  let first: PySyntaxError | null = null;
  for (const tail of [close, '0' + close]) {
    try {
      parse(source + tail + '\n', REPL_FILENAME, 'single');
      return null;
    } catch (e) {
      if (!(e instanceof PySyntaxError) || e.lineno < 1 || e.lineno > typedLines || e.msg.endsWith('was never closed')) return null;
      first ??= e;
    }
  }
  return first;
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

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
