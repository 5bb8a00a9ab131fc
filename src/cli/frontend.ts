/**
 * The compiler, as the CLI sees it: bytes -> text -> code object, `dis`, and
 * the `__pycache__` cache. Loaded lazily by `main.ts` (`loadFrontend()`), so
 * `gilvm -V` or a bad option never pays for loading the compiler.
 */
import type { CodeObject } from '../bytecode/code.js';
import { compileAst, compileSource } from '../compiler/compile.js';
import { parse } from '../compiler/parser.js';
import type { CompileMode } from '../compiler/compile.js';
import { isPyCompileError, PySyntaxError } from '../compiler/errors.js';
import { asCPythonReports, declaresEncoding, nonUtf8FileError, parseErrorStage } from './report-position.js';
import type { ProgramInput } from './report-position.js';
import type { PyCompileError } from '../compiler/errors.js';
import { disassemble } from '../bytecode/dis.js';
import * as cache from '../bytecode/cache.js';
import { deserializeCode, MarshalError } from '../bytecode/marshal.js';
import { decodeSource } from '../compiler/source.js';

export type { CodeObject, CompileMode, PyCompileError };

export interface Frontend {
  compileSource: typeof compileSource;
  /** Source bytes to text: UTF-8, BOM, PEP 263 cookie (src/compiler/source.ts); throws PySyntaxError. */
  decodeSource(bytes: Uint8Array, filename: string): string;
  disassemble: typeof disassemble;
  isPyCompileError: typeof isPyCompileError;
  /** The `__pycache__` cache (src/bytecode/cache.ts). */
  cache: Pick<typeof cache, 'cachePathFor' | 'isCacheFresh' | 'compileFileToCache'>;
  /**
   * Compile a program the way CPython compiles what it was given, errors
   * positioned as CPython reports them (see report-position.ts): `bytes` for
   * a file or stdin (`filenameIsFile` when `filename` names a readable
   * file; `readAsFile` for a script or stdin, which CPython reads with its
   * file tokenizer rather than compile(bytes)), a string for `-c`.
   */
  compileProgram(
    program: { bytes: Uint8Array; filenameIsFile: boolean; readAsFile?: boolean } | { text: string },
    filename: string,
  ): CodeObject;
  /**
   * A compiled file run as a program (`gilvm __pycache__/x.gilvm-01.pyc`),
   * as CPython's run_pyc_file: null when `path`/`bytes` do not look like one
   * (not `.pyc` and not starting with the magic number's first two bytes);
   * else the code, or the error CPython would report.
   */
  loadPycProgram(path: string, bytes: Uint8Array): CodeObject | { error: string } | null;
  /**
   * A module's code as the import system gets it (SourceLoader.get_code):
   * from its valid `__pycache__` file, else compiled from the source (as
   * compile(bytes)) and cached unless `dontWriteBytecode`. `-m` uses it.
   */
  getModuleCode(path: string, opts: { dontWriteBytecode: boolean; verbose?: (line: string) => void }): CodeObject;
  /** compileFileToCache, errors positioned as CPython's py_compile reports them. */
  compileFileToCache(sourcePath: string, opts: { dfile?: string; cfile?: string; dfileIsFile?: boolean }): string;
}

/** parse + compile, with CPython's report of where the error is. */
function compileReported(source: string, filename: string, input: ProgramInput): CodeObject {
  let mod;
  try {
    mod = parse(source, filename, 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) throw asCPythonReports(e, parseErrorStage(e, source, filename), input, source);
    throw e;
  }
  try {
    return compileAst(mod, source, filename, 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) throw asCPythonReports(e, 'compiler', input, source);
    throw e;
  }
}

let loaded: Frontend | null = null;

export async function loadFrontend(): Promise<Frontend> {
  if (loaded) return loaded;
  loaded = {
    compileSource,
    decodeSource,
    disassemble,
    isPyCompileError,
    cache,
    compileProgram(program, filename) {
      if ('text' in program) {
        return compileReported(program.text, filename, { fromBytes: false, declaresEncoding: false, filenameIsFile: false });
      }
      const input = { fromBytes: true, declaresEncoding: declaresEncoding(program.bytes), filenameIsFile: program.filenameIsFile };
      let text: string;
      if (program.readAsFile) {
        // Read by CPython's file tokenizer (a script, stdin), not compile(bytes).
        const bad = input.declaresEncoding ? null : nonUtf8FileError(program.bytes, filename);
        if (bad !== null) throw new PySyntaxError('SyntaxError', bad, filename, 0, 0, null);
        try {
          text = decodeSource(program.bytes, filename);
        } catch (e) {
          const m = e instanceof PySyntaxError ? /^unknown encoding: (.*)$/.exec(e.msg) : null;
          if (m) throw new PySyntaxError('SyntaxError', `encoding problem: ${m[1]}`, filename, 0, 0, null);
          throw e;
        }
      } else {
        text = decodeSource(program.bytes, filename);
      }
      return compileReported(text, filename, input);
    },
    loadPycProgram(path, bytes) {
      // pythonrun.c maybe_pyc_file: the extension, or the magic number's first half.
      const looksCompiled = path.endsWith('.pyc') || (bytes.length >= 2 && bytes[0] === cache.MAGIC[0] && bytes[1] === cache.MAGIC[1]);
      if (!looksCompiled) return null;
      if (bytes.length < 4 || cache.MAGIC.some((b, i) => bytes[i] !== b)) {
        return { error: 'RuntimeError: Bad magic number in .pyc file' };
      }
      if (bytes.length < cache.HEADER_SIZE) return { error: 'EOFError: EOF read where not expected' };
      try {
        return deserializeCode(bytes.subarray(cache.HEADER_SIZE));
      } catch (e) {
        if (!(e instanceof MarshalError)) throw e;
        if (/truncated/.test(e.message)) return { error: 'EOFError: EOF read where not expected' };
        return { error: `ValueError: bad marshal data (${e.message})` };
      }
    },
    getModuleCode(path, opts) {
      let input: ProgramInput = { fromBytes: true, declaresEncoding: false, filenameIsFile: true };
      return cache.getCode(path, {
        dontWriteBytecode: opts.dontWriteBytecode,
        ...(opts.verbose ? { verbose: opts.verbose } : {}),
        decode: (bytes, filename) => {
          input = { ...input, declaresEncoding: declaresEncoding(bytes) };
          return decodeSource(bytes, filename);
        },
        compile: (source, filename) => compileReported(source, filename, input),
      });
    },
    compileFileToCache(sourcePath, { dfileIsFile = true, ...opts }) {
      let input: ProgramInput = { fromBytes: true, declaresEncoding: false, filenameIsFile: dfileIsFile };
      return cache.compileFileToCache(sourcePath, {
        ...opts,
        decode: (bytes, filename) => {
          input = { ...input, declaresEncoding: declaresEncoding(bytes) };
          return decodeSource(bytes, filename);
        },
        compile: (source, filename) => compileReported(source, filename, input),
      });
    },
  };
  return loaded;
}
