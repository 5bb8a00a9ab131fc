/**
 * The compiler, as the CLI sees it: bytes -> text -> code object, `dis`, and
 * the `__pycache__` cache. Loaded lazily by `main.ts` (`loadFrontend()`), so
 * `gilvm -V` or a bad option never pays for loading the compiler.
 */
import type { CodeObject } from '../bytecode/code.js';
import { compileSource } from '../compiler/compile.js';
import type { CompileMode } from '../compiler/compile.js';
import { isPyCompileError } from '../compiler/errors.js';
import type { PyCompileError } from '../compiler/errors.js';
import { disassemble } from '../bytecode/dis.js';

export type { CodeObject, CompileMode, PyCompileError };

/** What the CLI uses of `src/bytecode/cache.ts`. */
export interface CacheApi {
  /** `dir/__pycache__/name.gilvm-01.pyc` for `dir/name.py`. */
  cachePathFor(sourcePath: string): string;
  /**
   * Whether `cfile` holds a valid cache of `sourcePath` (magic, mtime, size):
   * compileall's "up to date" check.
   */
  isCacheFresh(sourcePath: string, cfile?: string): boolean;
  /**
   * Compile `sourcePath` and write its cache file (always, whatever
   * -B says: py_compile and compileall write regardless); returns the cache
   * path. Throws PyCompileError for bad source, a Node errno error for I/O.
   */
  compileFileToCache(sourcePath: string, opts: { cfile?: string; dfile?: string }): string;
}

export interface Frontend {
  compileSource: typeof compileSource;
  decodeSource(bytes: Uint8Array, filename: string): string;
  disassemble: typeof disassemble;
  isPyCompileError: typeof isPyCompileError;
  cache: CacheApi;
  /** Source bytes to a code object (decode, then compile); throws PyCompileError. */
  compileBytes(bytes: Uint8Array, filename: string, mode?: CompileMode): CodeObject;
}

let loaded: Frontend | null = null;

export async function loadFrontend(): Promise<Frontend> {
  if (loaded) return loaded;
  // Loaded by name while these modules are being written beside the CLI.
  const sourceSpec = '../compiler/source.js';
  const cacheSpec = '../bytecode/cache.js';
  const source = (await import(sourceSpec)) as { decodeSource(bytes: Uint8Array, filename: string): string };
  const cache = (await import(cacheSpec)) as CacheApi;
  const decodeSource = source.decodeSource;
  loaded = {
    compileSource,
    decodeSource,
    disassemble,
    isPyCompileError,
    cache,
    compileBytes(bytes, filename, mode = 'exec') {
      return compileSource(decodeSource(bytes, filename), filename, mode);
    },
  };
  return loaded;
}
