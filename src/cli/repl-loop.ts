/**
 * The interactive prompt, run in the worker that runs Python's main thread
 * (CPython's PyRun_InteractiveLoop): show sys.ps1 (`>>> `) or sys.ps2
 * (`... `), read a line, compile what was typed so far (repl-compile.ts),
 * and run each complete statement in `__main__`'s namespace in 'single'
 * mode, so expression values go to sys.displayhook (which prints their repr
 * and sets `builtins._`). An exception is printed through sys.excepthook and
 * the loop goes on; SystemExit ends it with its status; end of input ends it
 * with 0.
 *
 * Lines come from a `ReplInput`: standard input read here (`fdInput`, prompts
 * on stderr, as CPython when stdin is not a terminal) or the main thread's
 * terminal (`channelInput`, src/cli/repl-channel.ts).
 */
import { compileSource } from '../compiler/compile.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { CB_INTERRUPT, CB_PENDING_SIGNALS, SIGINT } from '../heap/memory.js';
import { stdStreamFd, textReadline } from '../lib/io-file.js';
import { raiseSyntaxErrorFrom } from '../lib/builtins-syntaxerror.js';
import { loadCode } from '../objects/code.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { E, S } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS, ROOT_SYS } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField } from '../objects/typeobject.js';
import { str } from '../vm/abstract.js';
import { getAttrOptional } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { PY_ERROR } from '../vm/errors.js';
import { runCode } from '../vm/interpreter.js';
import { systemExitStatus } from '../vm/main-module.js';
import { flushStdout, writeStderr } from '../vm/stdio.js';
import { getCurrentException, handleCount, pushHandle, releaseHandles, setCurrentException } from '../vm/thread-state.js';
import { formatException } from '../vm/traceback.js';
import { REPL_EOF, REPL_INTERRUPT, requestLine, type ReplLine } from './repl-channel.js';
import { compileInteractive } from './repl-compile.js';

/** Where the prompt's lines come from. */
export interface ReplInput {
  /** Show `prompt`, return the line (its newline optional), REPL_EOF or REPL_INTERRUPT. */
  readLine(prompt: string): ReplLine;
}

/** Standard input, shared with sys.stdin (input() reads the same buffer); prompts on stderr. */
export function fdInput(): ReplInput {
  return {
    readLine(prompt) {
      if (prompt !== '') writeStderr(prompt);
      const stdin = sysGet('__stdin__');
      let line = '';
      if (stdin !== NULL && stdStreamFd(stdin) === 0) {
        try {
          line = textReadline(stdin, -1);
        } catch (e) {
          if (e !== PY_ERROR) throw e;
          printException(); // e.g. undecodable input: reported, then taken as the end
        }
      }
      // Ctrl-C while the line was typed (the read itself is not interrupted): drop it.
      if (takeInterrupt()) return REPL_INTERRUPT;
      if (line !== '') return line;
      writeStderr('\n');
      return REPL_EOF;
    },
  };
}

/** Lines from the main thread (its terminal, or a test's captured stdin). */
export function channelInput(
  channel: SharedArrayBuffer,
  post: (m: { kind: 'readline'; prompt: string; more: boolean }) => void,
): ReplInput {
  return { readLine: (prompt) => requestLine(channel, prompt, post) };
}

/** The loop; returns the exit status. `globals`: `__main__`'s dict. */
export function runInteractiveLoop(globals: Ref, input: ReplInput): number {
  const mark = handleCount();
  try {
    pushHandle(globals);
    installQuitters();
    const sysDict = getField(rootGet(ROOT_SYS), MOD_DICT);
    if (dictGetStr(sysDict, intern('ps1')) === NULL) dictSet(sysDict, intern('ps1'), newStr('>>> '));
    if (dictGetStr(sysDict, intern('ps2')) === NULL) dictSet(sysDict, intern('ps2'), newStr('... '));
    let lines: string[] = [];
    for (;;) {
      flushStdout();
      // A Ctrl-C that came after the last statement ended is one at the prompt (as CPython's
      // readline checks signals): it must not interrupt the next statement.
      const got = takeInterrupt() ? REPL_INTERRUPT : input.readLine(prompt(lines.length === 0 ? 'ps1' : 'ps2'));
      if (got === REPL_INTERRUPT) {
        writeStderr('KeyboardInterrupt\n');
        lines = [];
        continue;
      }
      const atEnd = got === REPL_EOF;
      if (atEnd) {
        if (lines.length === 0) return 0;
      } else {
        lines.push(got.endsWith('\n') ? got.slice(0, -1) : got);
      }
      const compiled = compileInteractive(lines, atEnd);
      if (compiled.kind === 'incomplete') continue;
      const source = lines.join('\n') + '\n';
      lines = [];
      if (compiled.kind === 'empty') continue;
      const status =
        compiled.kind === 'error'
          ? reportCompileError(compiled.error, source)
          : runStatement(loadCode(compiled.code), globals);
      if (status !== null) return status;
    }
  } finally {
    flushStdout();
    releaseHandles(mark);
  }
}

/**
 * Whether a Ctrl-C is pending at the prompt (src/heap/memory.ts requestInterrupt); takes it.
 * Other signals pending stay pending, for the next safepoint to run their handlers.
 */
function takeInterrupt(): boolean {
  if (Atomics.load(i32, CB_INTERRUPT) === 0) return false;
  const was = Atomics.and(i32, CB_PENDING_SIGNALS, ~(1 << SIGINT));
  if ((was & ~(1 << SIGINT)) === 0 && Atomics.load(i32, CB_PENDING_SIGNALS + 1) === 0) Atomics.store(i32, CB_INTERRUPT, 0);
  return (was & (1 << SIGINT)) !== 0;
}

/** str(sys.ps1) / str(sys.ps2); '' when missing or unprintable. */
function prompt(name: 'ps1' | 'ps2'): string {
  const v = sysGet(name);
  if (v === NULL) return '';
  try {
    return strValue(str(v));
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    setCurrentException(NULL);
    return '';
  }
}

function sysGet(name: string): Value {
  const sys = rootGet(ROOT_SYS);
  return sys === NULL ? NULL : dictGetStr(getField(sys, MOD_DICT), intern(name));
}

/** Run one statement; null to go on, or the exit status (SystemExit). */
function runStatement(code: Ref, globals: Ref): number | null {
  const mark = handleCount();
  try {
    pushHandle(code);
    runCode(code, globals, globals, rootGet(ROOT_BUILTINS));
    return null;
  } catch (e) {
    if (e !== PY_ERROR) throw e;
    return printException();
  } finally {
    releaseHandles(mark);
  }
}

function reportCompileError(error: Parameters<typeof raiseSyntaxErrorFrom>[0], source: string): number | null {
  raiseSyntaxErrorFrom(error, source); // sets the exception in flight
  return printException();
}

/**
 * The exception in flight, as CPython's PyErr_Print: SystemExit gives the
 * exit status; anything else is kept in sys.last_exc (and last_type,
 * last_value, last_traceback) and shown by sys.excepthook. Returns null to go on.
 */
export function printException(): number | null {
  const exc = getCurrentException();
  setCurrentException(NULL);
  const mark = handleCount();
  try {
    pushHandle(exc);
    if (isSubtype(typeOf(exc), E.SystemExit)) return systemExitStatus(exc);
    flushStdout();
    const type = typeOf(exc);
    let tb: Value = S.None;
    try {
      tb = getAttrOptional(exc, intern('__traceback__'));
      if (tb === NULL) tb = S.None;
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      setCurrentException(NULL);
    }
    pushHandle(tb);
    const sys = rootGet(ROOT_SYS);
    if (sys !== NULL) {
      const d = getField(sys, MOD_DICT);
      dictSet(d, intern('last_exc'), exc);
      dictSet(d, intern('last_type'), type);
      dictSet(d, intern('last_value'), exc);
      dictSet(d, intern('last_traceback'), tb);
    }
    const hook = sysGet('excepthook');
    if (hook === NULL) {
      writeStderr('sys.excepthook is missing\n');
      writeStderr(formatException(exc));
      return null;
    }
    try {
      callArray(hook, [type, exc, tb]);
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      const failure = getCurrentException();
      setCurrentException(NULL);
      pushHandle(failure);
      writeStderr('Error in sys.excepthook:\n');
      writeStderr(formatException(failure));
      writeStderr('\nOriginal exception was:\n');
      writeStderr(formatException(exc));
    }
    return null;
  } finally {
    releaseHandles(mark);
  }
}

/**
 * exit and quit as site.py's Quitter objects, so that `exit` typed alone
 * tells how to leave (their repr) and exit() / quit() still raise SystemExit.
 */
const QUITTER_SOURCE = `\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
Quitter.__module__ = '_sitebuiltins'
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
`;

function installQuitters(): void {
  const mark = handleCount();
  try {
    const builtins = rootGet(ROOT_BUILTINS);
    const ns = newDict();
    pushHandle(ns);
    dictSet(ns, intern('__name__'), newStr('_sitebuiltins'));
    dictSet(ns, intern('__builtins__'), builtins);
    const code = loadCode(compileSource(QUITTER_SOURCE, '<_sitebuiltins>', 'exec'));
    pushHandle(code);
    try {
      runCode(code, ns, ns, builtins);
    } catch (e) {
      if (e !== PY_ERROR) throw e;
      printException(); // keep the builtin functions
      return;
    }
    for (const name of ['exit', 'quit']) {
      const q = dictGetStr(ns, intern(name));
      if (q !== NULL) dictSet(builtins, intern(name), q);
    }
  } finally {
    releaseHandles(mark);
  }
}
