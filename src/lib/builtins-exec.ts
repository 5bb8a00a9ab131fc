/**
 * compile(), eval(), exec(), globals(), locals(), and the display hook of
 * 'single' mode code (sys.displayhook).
 *
 * Source text is compiled by src/compiler (compileSource); the CodeObject is
 * put in the heap with src/objects/code.ts's loadCode and run by the
 * interpreter's runCode with the chosen globals, locals and builtins.
 * Compiler errors become SyntaxError objects with CPython's attributes
 * (builtins-syntaxerror.ts).
 */
import { compileSource, type CompileMode } from '../compiler/compile.js';
import { isPyCompileError } from '../compiler/errors.js';
import { decodeSource } from '../compiler/source.js';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { bytesLikeData } from '../objects/bytes.js';
import { CO_NFREE, loadCode } from '../objects/code.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { MOD_DICT } from '../objects/function.js';
import { intern } from '../objects/intern.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_SYS } from '../objects/roots.js';
import { strValue } from '../objects/str.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getField, slotsOf } from '../objects/typeobject.js';
import { isTrue, typeNameOf } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { pushCodeFrame, run, runCode } from '../vm/interpreter.js';
import { F_ENTRY } from '../vm/frame.js';
import { tupleGet, tupleLength } from '../objects/tuple.js';
import { opHooks } from '../vm/op-hooks.js';
import { handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { argAt, isStrValue, kwCount, noKeywords, parseClinic, unpackCount } from './builtins-args.js';
import { frameBuiltins, frameGlobals, frameLocals } from './builtins-frame.js';
import { raiseSyntaxErrorFrom } from './builtins-syntaxerror.js';
import { raiseTextError } from '../objects/str-args.js';
import { TextError } from '../text/errors.js';
import { unboxed } from '../objects/type-layout.js';

const PyCF_ONLY_AST = 0x400;

function isDict(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.dict);
}
function isMapping(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && slotsOf(typeOf(v)).getitem !== undefined;
}

/** Source text of a str or bytes-like argument; null for anything else. */
function sourceText(v: Value, filename: string): string | null {
  if (isStrValue(v)) return strValue(typeOf(v) === T.str ? v : unboxed(v));
  const data = bytesLikeData(v);
  if (data === null) return null;
  try {
    return decodeSource(Uint8Array.from(data), filename);
  } catch (e) {
    if (isPyCompileError(e)) throw raiseSyntaxErrorFrom(e);
    if (e instanceof TextError) throw raiseTextError(e);
    throw e;
  }
}

/** Compile `text` into a heap code object; SyntaxError raised as Python's. */
export function compileToHeap(text: string, filename: string, mode: CompileMode, optimize = 0): Ref {
  if (text.includes('\0')) throw raise(E.SyntaxError, 'source code string cannot contain null bytes');
  let code;
  try {
    code = compileSource(text, filename, mode, { optimize: optimize < 0 ? 0 : optimize });
  } catch (e) {
    if (isPyCompileError(e)) throw raiseSyntaxErrorFrom(e, text);
    throw e;
  }
  return loadCode(code);
}

function filenameArg(v: Value): string {
  if (isStrValue(v)) return strValue(v);
  const data = bytesLikeData(v);
  if (data !== null) return Buffer.from(data).toString('utf8');
  throw raise(E.TypeError, `expected str, bytes or os.PathLike object, not ${typeNameOf(v)}`);
}

const compileOut: Value[] = [];
defineFunction('builtins', 'compile', (_s, argv, argc, kwnames) => {
  parseClinic(
    'compile',
    argv,
    argc,
    kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'],
    0,
    3,
    ['_feature_version'],
    compileOut,
  );
  const [src, fn, modeV, flagsV, , optV] = compileOut;
  const filename = filenameArg(fn!);
  if (!isStrValue(modeV!)) throw raise(E.TypeError, `compile() argument 'mode' must be str, not ${typeNameOf(modeV!)}`);
  const mode = strValue(modeV!);
  const flags = flagsV === NULL ? 0 : intArg(flagsV!, 'flags');
  const optimize = optV === NULL ? -1 : intArg(optV!, 'optimize');
  if (optimize < -1 || optimize > 2) throw raise(E.ValueError, 'compile(): invalid optimize value');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw raise(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if ((flags & PyCF_ONLY_AST) !== 0) {
    throw raise(E.SystemError, 'gilvm: compile() to an AST (ast.PyCF_ONLY_AST) is not supported');
  }
  const text = sourceText(src!, filename);
  if (text === null) throw raise(E.TypeError, 'compile() arg 1 must be a string, bytes or AST object');
  return compileToHeap(text, filename, mode, optimize);
});

import { hasIndex, indexOf, intToNumber } from '../objects/list-args.js';
function intArg(v: Value, name: string): number {
  if (typeOf(v) === T.float) throw raise(E.TypeError, "'float' object cannot be interpreted as an integer");
  if (!hasIndex(v)) throw raise(E.TypeError, `compile() argument '${name}' must be int, not ${typeNameOf(v)}`);
  return intToNumber(indexOf(v));
}

/** The builtins dict to run code with `globals`: its __builtins__ (a module or dict), inserted if missing. */
function builtinsFor(globals: Ref): Ref {
  const key = intern('__builtins__');
  let b = dictGetStr(globals, key);
  if (b === NULL) {
    b = frameBuiltins();
    dictSet(globals, key, b);
  }
  if ((b & 1) === 0 && typeOf(b) === T.module) return getField(b, MOD_DICT);
  if (isDict(b)) return b;
  return frameBuiltins();
}

function isCode(v: Value): boolean {
  return (v & 1) === 0 && v !== NULL && typeOf(v) === T.code;
}

/** What eval and exec share: globals/locals defaulting and checks, then run. */
function evalOrExec(which: 'eval' | 'exec', source: Value, globalsArg: Value, localsArg: Value, closure: Value): Value {
  let globals = globalsArg === NULL ? S.None : globalsArg;
  let locals = localsArg === NULL ? S.None : localsArg;
  if (which === 'eval') {
    if (globals !== S.None && !isDict(globals)) {
      throw raise(E.TypeError, isMapping(globals) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
    if (locals !== S.None && !isMapping(locals)) throw raise(E.TypeError, 'locals must be a mapping');
  } else {
    if (globals !== S.None && !isDict(globals)) {
      throw raise(E.TypeError, `exec() globals must be a dict, not ${typeNameOf(globals)}`);
    }
    if (locals !== S.None && !isMapping(locals)) {
      throw raise(E.TypeError, `locals must be a mapping or None, not ${typeNameOf(locals)}`);
    }
  }
  const mark = handleCount();
  try {
    if (globals === S.None) {
      globals = frameGlobals();
      if (locals === S.None) locals = frameLocals();
    } else if (locals === S.None) {
      locals = globals;
    }
    pushHandle(globals);
    pushHandle(locals);
    const builtins = builtinsFor(globals);
    pushHandle(builtins);
    let code: Ref;
    if (isCode(source)) {
      if (which === 'eval' && getField(source, CO_NFREE) >> 1 > 0) {
        throw raise(E.TypeError, 'code object passed to eval() may not contain free variables');
      }
      if (which === 'exec') checkClosure(source, closure);
      code = source;
    } else {
      if (closure !== NULL && closure !== S.None) {
        throw raise(E.TypeError, 'closure can only be used when source is a code object');
      }
      let text = sourceText(source, '<string>');
      if (text === null) throw raise(E.TypeError, `${which}() arg 1 must be a string, bytes or code object`);
      // eval() ignores leading spaces and tabs, as CPython's.
      if (which === 'eval') text = text.replace(/^[ \t]+/, '');
      code = compileToHeap(text, '<string>', which);
    }
    pushHandle(code);
    if (which === 'exec' && closure !== NULL && closure !== S.None) {
      // A code object with free variables run with its cells (exec's closure=).
      run(pushCodeFrame(code, globals, locals, builtins, closure, F_ENTRY));
      return S.None;
    }
    const r = runCode(code, globals, locals, builtins);
    return which === 'eval' ? r : S.None;
  } finally {
    releaseHandles(mark);
  }
}

/** exec(code, closure=...): a tuple of exactly co_nfree cells when the code has free variables. */
function checkClosure(code: Ref, closure: Value): void {
  const nfree = getField(code, CO_NFREE) >> 1;
  const given = closure !== NULL && closure !== S.None;
  if (nfree === 0) {
    if (given) throw raise(E.TypeError, 'cannot use a closure with this code object');
    return;
  }
  const ok =
    given &&
    (closure & 1) === 0 &&
    typeOf(closure) === T.tuple &&
    tupleLength(closure) === nfree &&
    Array.from({ length: nfree }, (_, k) => tupleGet(closure, k)).every((c) => (c & 1) === 0 && typeOf(c) === T.cell);
  if (!ok) throw raise(E.TypeError, `code object requires a closure of exactly length ${nfree}`);
}

defineFunction('builtins', 'eval', (_s, argv, argc, kwnames) => {
  noKeywords('eval', kwnames);
  unpackCount('eval', argc, 1, 3);
  return evalOrExec('eval', argAt(argv, 0), argc > 1 ? argAt(argv, 1) : NULL, argc > 2 ? argAt(argv, 2) : NULL, NULL);
});

const execOut: Value[] = [];
defineFunction('builtins', 'exec', (_s, argv, argc, kwnames) => {
  parseClinic('exec', argv, argc, kwnames, ['source', 'globals', 'locals'], 3, 1, ['closure'], execOut);
  return evalOrExec('exec', execOut[0]!, execOut[1]!, execOut[2]!, execOut[3]!);
});

defineFunction('builtins', 'globals', (_s, _argv, argc, kwnames) => {
  noKeywords('globals', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `globals() takes no arguments (${argc} given)`);
  return frameGlobals();
});

defineFunction('builtins', 'locals', (_s, _argv, argc, kwnames) => {
  noKeywords('locals', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `locals() takes no arguments (${argc} given)`);
  return frameLocals();
});

// 'single' mode: PRINT_EXPR calls sys.displayhook.
opHooks.displayHook = (v: Value): Value => {
  const sys = rootGet(ROOT_SYS);
  const hook = sys === NULL ? NULL : dictGetStr(getField(sys, MOD_DICT), intern('displayhook'));
  if (hook === NULL) throw raise(E.RuntimeError, 'lost sys.displayhook');
  return call1(hook, v);
};

export { kwCount, isTrue };
