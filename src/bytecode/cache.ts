/**
 * The bytecode cache: `__pycache__/<name>.gilvm-01.pyc` files beside the
 * sources, as CPython's importlib._bootstrap_external (SourceLoader.get_code)
 * and py_compile do.
 *
 * A cache file is a 24-byte header and the marshalled code object
 * (src/bytecode/marshal.ts):
 *
 *     offset  size  field
 *     0       4     magic: 2-byte LE number + b'\r\n'; the number changes
 *                   with the opcode table, the marshal format and
 *                   BYTECODE_REVISION
 *     4       4     flags (LE): 0 = validated by source mtime and size
 *     8       8     source mtime, nanoseconds since the epoch (LE, unsigned)
 *     16      8     source size in bytes (LE, unsigned)
 *     24      ...   serializeCode(code)
 *
 * Unlike CPython's 32-bit seconds, the mtime keeps the file system's full
 * precision, so an edit within the same second that keeps the size is still
 * seen.
 *
 * A cache is never trusted: a bad magic, unknown flags, a stale mtime or size,
 * a truncated file or a MarshalError all mean "recompile", never a crash.
 * Writing is atomic (temporary file + rename) and silently skipped when it
 * fails (read-only folder, full disk, ...), as importlib does.
 */
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { BigIntStats, Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CodeObject } from './code.js';
import { bytesRepr, strRepr } from './dis.js';
import { MARSHAL_VERSION, MarshalError, deserializeCode, serializeCode } from './marshal.js';
import { OPCODES } from './opcodes.js';
import { compileSource } from '../compiler/compile.js';
import { decodeSource } from '../compiler/source.js';

/** gilvm's version (package.json; a test keeps them equal). */
export const GILVM_VERSION = '0.1.0';

/** `gilvm-<major><minor>`, like CPython's `cpython-312`. */
export const cacheTag = ((): string => {
  const [major, minor] = GILVM_VERSION.split('.');
  return `gilvm-${major}${minor}`;
})();

/**
 * Bump when the compiler's output changes for the same source in a way the
 * opcode table and marshal version do not show (a code generator fix), so
 * old caches are recompiled. CPython bumps its MAGIC_NUMBER the same way.
 */
export const BYTECODE_REVISION = 1;

/** The 2-byte magic number for an opcode table, marshal version and revision. */
export function magicNumberFor(opcodeTable: string, marshalVersion: number, revision: number): number {
  // FNV-1a, 32 bits, folded to 16; avoid 0 so an empty file never matches.
  let h = 0x811c9dc5;
  const text = `${opcodeTable}|${marshalVersion}|${revision}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h >>> 16) ^ (h & 0xffff)) || 1;
}

function opcodeTableText(): string {
  const parts: string[] = [];
  for (const info of OPCODES.values()) parts.push(`${info.name}=${info.code}:${info.arg}`);
  return parts.sort().join(',');
}

export const MAGIC_NUMBER_VALUE = magicNumberFor(opcodeTableText(), MARSHAL_VERSION, BYTECODE_REVISION);

/** The 4 magic bytes at the start of every cache file. */
export const MAGIC: Uint8Array = Uint8Array.from([MAGIC_NUMBER_VALUE & 0xff, MAGIC_NUMBER_VALUE >> 8, 0x0d, 0x0a]);

export const HEADER_SIZE = 24;
const FLAGS_TIMESTAMP = 0;

/** What the cache needs of a source file's stat: Node's BigIntStats or Stats. */
export type SourceStat = Pick<BigIntStats, 'mtimeNs' | 'size'> | Pick<Stats, 'mtimeMs' | 'size'>;

/** Stat a source file with full mtime precision. */
export function statSource(sourcePath: string): BigIntStats {
  return statSync(sourcePath, { bigint: true });
}

function mtimeNsOf(stat: SourceStat): bigint {
  if ('mtimeNs' in stat && typeof stat.mtimeNs === 'bigint') return stat.mtimeNs;
  // A number Stats: milliseconds as a double (sub-microsecond digits are lost).
  const ms = (stat as Pick<Stats, 'mtimeMs'>).mtimeMs;
  return BigInt(Math.round(ms * 1000)) * 1000n;
}

function u64(v: bigint): bigint {
  return BigInt.asUintN(64, v);
}

/** `dir/name.py` -> `dir/__pycache__/name.gilvm-01.pyc` (importlib.util.cache_from_source). */
export function cachePathFor(sourcePath: string): string {
  const dir = dirname(sourcePath);
  const base = basename(sourcePath);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return join(dir, '__pycache__', `${stem}.${cacheTag}.pyc`);
}

/**
 * `dir/__pycache__/name.gilvm-01.pyc` -> `dir/name.py`
 * (importlib.util.source_from_cache); null when the path is not a cache path.
 */
export function sourcePathFromCache(cachePath: string): string | null {
  const dir = dirname(cachePath);
  if (basename(dir) !== '__pycache__') return null;
  const base = basename(cachePath);
  const suffix = `.${cacheTag}.pyc`;
  if (!base.endsWith(suffix) || base.length === suffix.length) return null;
  return join(dirname(dir), base.slice(0, -suffix.length) + '.py');
}

/** The header for a source with this stat. */
export function makeHeader(stat: SourceStat): Uint8Array {
  const h = new Uint8Array(HEADER_SIZE);
  const dv = new DataView(h.buffer);
  h.set(MAGIC, 0);
  dv.setUint32(4, FLAGS_TIMESTAMP, true);
  dv.setBigUint64(8, u64(mtimeNsOf(stat)), true);
  dv.setBigUint64(16, u64(BigInt(stat.size)), true);
  return h;
}

/**
 * Why a cache file is not usable, or null when its header matches:
 * 'bad magic', 'truncated', 'flags' or 'stale'.
 */
export function checkHeader(data: Uint8Array, stat: SourceStat): 'bad magic' | 'truncated' | 'flags' | 'stale' | null {
  if (data.length < 4) return 'bad magic';
  for (let i = 0; i < 4; i++) if (data[i] !== MAGIC[i]) return 'bad magic';
  if (data.length < HEADER_SIZE) return 'truncated';
  const dv = new DataView(data.buffer, data.byteOffset, HEADER_SIZE);
  if (dv.getUint32(4, true) !== FLAGS_TIMESTAMP) return 'flags';
  const stored = dv.getBigUint64(8, true);
  if ('mtimeNs' in stat && typeof stat.mtimeNs === 'bigint') {
    if (stored !== u64(stat.mtimeNs)) return 'stale';
  } else {
    // A number Stats has lost the sub-microsecond digits: compare to 1 us.
    const diff = stored - u64(mtimeNsOf(stat));
    if (diff > 1000n || diff < -1000n) return 'stale';
  }
  if (dv.getBigUint64(16, true) !== u64(BigInt(stat.size))) return 'stale';
  return null;
}

type Verbose = ((line: string) => void) | undefined;

/** The module name CPython's messages use, from a source path: `pkg/__init__.py` -> 'pkg'. */
function moduleNameOf(sourcePath: string): string {
  const base = basename(sourcePath).replace(/\.[^.]*$/, '');
  return base === '__init__' ? basename(dirname(sourcePath)) : base;
}

/** Python's repr of an OSError made from a Node errno error, for -v messages. */
const ERRNO_TEXT: Record<string, [cls: string, errno: number, text: string]> = {
  EPERM: ['PermissionError', 1, 'Operation not permitted'],
  ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
  EACCES: ['PermissionError', 13, 'Permission denied'],
  EEXIST: ['FileExistsError', 17, 'File exists'],
  ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
  EISDIR: ['IsADirectoryError', 21, 'Is a directory'],
  ENOSPC: ['OSError', 28, 'No space left on device'],
  EROFS: ['OSError', 30, 'Read-only file system'],
};

function osErrorRepr(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const known = code ? ERRNO_TEXT[code] : undefined;
  if (known) return `${known[0]}(${known[1]}, ${strRepr(known[2])})`;
  return `OSError(${strRepr(e instanceof Error ? e.message : String(e))})`;
}

/**
 * Read and check a cache file, with CPython's -v messages
 * (importlib._bootstrap_external: _classify_pyc, _validate_timestamp_pyc,
 * _compile_bytecode). Stale caches are silent, as in CPython.
 */
function readCacheFile(
  cfile: string,
  stat: SourceStat,
  verbose: Verbose,
  sourcePath: string,
  name = moduleNameOf(sourcePath),
): CodeObject | null {
  let data: Uint8Array;
  try {
    data = readFileSync(cfile);
  } catch {
    return null;
  }
  const why = checkHeader(data, stat);
  if (why !== null) {
    if (verbose) {
      if (why === 'bad magic') verbose(`# bad magic number in ${strRepr(name)}: ${bytesRepr(data.subarray(0, 4))}`);
      else if (why === 'truncated') verbose(`# reached EOF while reading pyc header of ${strRepr(name)}`);
    }
    return null;
  }
  try {
    const code = deserializeCode(data.subarray(HEADER_SIZE));
    if (verbose) {
      verbose(`# ${cfile} matches ${sourcePath}`);
      verbose(`# code object from ${strRepr(cfile)}`);
    }
    return code;
  } catch (e) {
    if (!(e instanceof MarshalError)) throw e;
    // CPython fails the import here; gilvm recompiles.
    if (verbose) verbose(`# bad marshal data in ${strRepr(cfile)}: ${e.message}`);
    return null;
  }
}

/**
 * The cached code of `sourcePath` if its cache file is valid for this stat
 * of the source (stat'ed here when not given), else null.
 */
export function loadCachedCode(
  sourcePath: string,
  stat?: SourceStat,
  opts: { cfile?: string; verbose?: (line: string) => void } = {},
): CodeObject | null {
  let st = stat;
  if (!st) {
    try {
      st = statSource(sourcePath);
    } catch {
      return null;
    }
  }
  return readCacheFile(opts.cfile ?? cachePathFor(sourcePath), st, opts.verbose, sourcePath);
}

/** Whether `cfile` (default: the cache path) holds a valid cache of `sourcePath`. */
export function isCacheFresh(sourcePath: string, cfile?: string): boolean {
  let st: BigIntStats;
  try {
    st = statSource(sourcePath);
  } catch {
    return false;
  }
  let data: Uint8Array;
  try {
    data = readFileSync(cfile ?? cachePathFor(sourcePath));
  } catch {
    return false;
  }
  return checkHeader(data, st) === null;
}

/** The cache file's contents for a code object compiled from a source with this stat. */
export function cacheFileBytes(stat: SourceStat, code: CodeObject): Uint8Array {
  return serializeCode(code, makeHeader(stat));
}

let tmpCounter = 0;
const tmpTag = `${process.pid}.${threadId}.${Math.random().toString(36).slice(2, 8)}`;

/**
 * Write `data` to `path` atomically: a temporary file beside it, then a
 * rename (importlib's _write_atomic). Throws the I/O error.
 */
function writeAtomic(path: string, data: Uint8Array, mode: number): void {
  const tmp = `${path}.${tmpTag}.${++tmpCounter}.tmp`;
  const fd = openSync(tmp, 'wx', mode & 0o666);
  try {
    try {
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}

/** The mode for a cache file: the source's, plus owner write (importlib's _calc_mode). */
function cacheMode(sourcePath: string): number {
  try {
    return (statSync(sourcePath).mode & 0o777) | 0o200;
  } catch {
    return 0o666;
  }
}

function writeCacheOrThrow(sourcePath: string, stat: SourceStat, code: CodeObject, cfile: string): void {
  const data = cacheFileBytes(stat, code);
  mkdirSync(dirname(cfile), { recursive: true });
  writeAtomic(cfile, data, cacheMode(sourcePath));
}

/**
 * Write the cache of `sourcePath`; returns whether it was written. Any I/O
 * error (read-only folder, a file where `__pycache__` should be, full disk)
 * is swallowed: the cache is an optimization (SourceLoader.set_data).
 */
export function writeCache(
  sourcePath: string,
  stat: SourceStat,
  code: CodeObject,
  opts: { cfile?: string; verbose?: (line: string) => void } = {},
): boolean {
  const cfile = opts.cfile ?? cachePathFor(sourcePath);
  const data = cacheFileBytes(stat, code);
  const parent = dirname(cfile);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (e) {
    opts.verbose?.(`# could not create ${strRepr(parent)}: ${osErrorRepr(e)}`);
    return false;
  }
  try {
    writeAtomic(cfile, data, cacheMode(sourcePath));
  } catch (e) {
    opts.verbose?.(`# could not create ${strRepr(cfile)}: ${osErrorRepr(e)}`);
    return false;
  }
  opts.verbose?.(`# created ${strRepr(cfile)}`);
  return true;
}

// ---------------------------------------------------------------- compiling

export type CompileFn = (source: string, filename: string) => CodeObject;
export type DecodeFn = (bytes: Uint8Array, filename: string) => string;

function defaultCompile(source: string, filename: string): CodeObject {
  return compileSource(source, filename, 'exec');
}

/** The decoder used when none is given: src/compiler/source.ts's decodeSource (PEP 263). */
export const defaultDecode: DecodeFn = decodeSource;

export interface GetCodeOptions {
  /** -B / PYTHONDONTWRITEBYTECODE / sys.dont_write_bytecode. */
  dontWriteBytecode: boolean;
  /** -v: receives lines like `# code object from '...'`. */
  verbose?: (line: string) => void;
  /** Source text and filename to a module code object. */
  compile: CompileFn;
  /** Source bytes to text (default: decodeSource, PEP 263 cookies). */
  decode?: DecodeFn;
  /** The module's name, for -v messages (default: from the file name). */
  name?: string;
}

/**
 * The module loader's entry (SourceLoader.get_code): the cached code when its
 * cache is valid, else the source compiled (and cached unless
 * dontWriteBytecode). Errors reading the source and compile errors propagate.
 */
export function getCode(sourcePath: string, options: GetCodeOptions): CodeObject {
  // Stat before reading, as importlib does: if the source changes after the
  // stat, the cache written below is stale by mtime and is never used.
  const stat = statSource(sourcePath);
  const cfile = cachePathFor(sourcePath);
  const cached = readCacheFile(cfile, stat, options.verbose, sourcePath, options.name);
  if (cached) return cached;
  const bytes = readFileSync(sourcePath);
  const source = (options.decode ?? defaultDecode)(bytes, sourcePath);
  const code = options.compile(source, sourcePath);
  options.verbose?.(`# code object from ${sourcePath}`);
  if (!options.dontWriteBytecode) writeCache(sourcePath, stat, code, { cfile, verbose: options.verbose });
  return code;
}

export interface CompileFileOptions {
  /** Compile even when the cache is up to date. Default true, as py_compile. */
  force?: boolean;
  /** Where to write (default: cachePathFor(sourcePath)). */
  cfile?: string;
  /** The filename compiled into the code object (default: sourcePath). */
  dfile?: string;
  compile?: CompileFn;
  decode?: DecodeFn;
}

/**
 * py_compile.compile / compileall: compile `sourcePath` and write its cache
 * (whatever -B says). Returns the cache path. Compile errors and I/O errors
 * are thrown, not swallowed.
 */
export function compileFileToCache(sourcePath: string, opts: CompileFileOptions = {}): string {
  const cfile = opts.cfile ?? cachePathFor(sourcePath);
  const stat = statSource(sourcePath);
  if (opts.force === false) {
    try {
      if (checkHeader(readFileSync(cfile), stat) === null) return cfile;
    } catch {
      // no cache: compile
    }
  }
  // py_compile refuses to replace a symlink or a special file with a cache.
  try {
    const l = lstatSync(cfile);
    if (l.isSymbolicLink() || !l.isFile()) {
      const what = l.isSymbolicLink() ? 'a symlink' : 'a non-regular file';
      const err = new Error(
        `${cfile} is ${what} and will be changed into a regular file if import writes a byte-compiled file to it`,
      ) as NodeJS.ErrnoException;
      err.code = 'EEXIST';
      err.errno = -17;
      err.path = cfile;
      throw err;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const bytes = readFileSync(sourcePath);
  const source = (opts.decode ?? defaultDecode)(bytes, opts.dfile ?? sourcePath);
  const code = (opts.compile ?? defaultCompile)(source, opts.dfile ?? sourcePath);
  writeCacheOrThrow(sourcePath, stat, code, cfile);
  return cfile;
}
