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
import * as cache from '../bytecode/cache.js';

export type { CodeObject, CompileMode, PyCompileError };

export interface Frontend {
  compileSource: typeof compileSource;
  /** Source bytes to text: UTF-8, BOM, PEP 263 cookie (src/compiler/source.ts); throws PySyntaxError. */
  decodeSource(bytes: Uint8Array, filename: string): string;
  disassemble: typeof disassemble;
  isPyCompileError: typeof isPyCompileError;
  /** The `__pycache__` cache (src/bytecode/cache.ts). */
  cache: Pick<typeof cache, 'cachePathFor' | 'isCacheFresh' | 'compileFileToCache'>;
  /** Source bytes to a code object (decode, then compile); throws PyCompileError. */
  compileBytes(bytes: Uint8Array, filename: string, mode?: CompileMode): CodeObject;
}

let loaded: Frontend | null = null;

export async function loadFrontend(): Promise<Frontend> {
  if (loaded) return loaded;
  // The cache module picks the source decoder (src/compiler/source.ts) up by
  // name; the CLI decodes with the same one.
  const decodeSource = cache.defaultDecode;
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
