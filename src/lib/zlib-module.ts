/**
 * The `_gilvm_zlib` built-in module: the natives under stdlib/zlib.py (which
 * checks the arguments, with CPython's messages, and holds the Compress and
 * Decompress classes). The engines are zlib-engine.ts's, on node:zlib.
 *
 *     crc32(data, value) / adler32(data, value)   value: 0 <= value < 2**32
 *     compress(data, level, wbits)                 -> bytes
 *     decompress(data, wbits, bufsize)             -> bytes
 *     compressobj(level, method, wbits, memLevel, strategy, zdict|None) -> handle
 *     c_compress(h, data) / c_flush(h, mode) / c_copy(h)
 *     decompressobj(wbits, zdict|None)             -> handle
 *     d_decompress(h, data, max_length)            -> (bytes, consumed, eof)
 *     d_copy(h) / free(h)
 *
 * A streaming object's z_stream lives in the JS memory of the worker that
 * made it, in a table keyed by its handle, an int whose high part is that
 * worker's threadId: the Python object keeps the int, and another thread
 * (another worker) that uses it gets a RuntimeError, since a Node handle
 * cannot move between workers. A handle is closed when its stream finishes
 * (flush(Z_FINISH), end of stream) or by free().
 *
 * The GIL. CPython releases it around deflate()/inflate(); so does this
 * module for inputs of RELEASE_AT bytes or more: the input is copied out of
 * the heap into a Buffer, the GIL is released (releaseForBlocking), the engine
 * runs on JS memory only, the GIL is taken back, and only then are the
 * result bytes (or the exception) made in the heap. Below that size the
 * engine reads the heap's bytes in place (nothing is allocated meanwhile).
 */
import { threadId } from 'node:worker_threads';
import { fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { allocBytes, bytesData, bytesLikeData } from '../objects/bytes.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromSafe, safeIntValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { dictGetStr } from '../objects/dict.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { typeNameOf } from '../vm/abstract.js';
import { call1 } from '../vm/call.js';
import { raise, raiseObject } from '../vm/errors.js';
import { reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { adler32, crc32, Deflater, Inflater, ZlibFailure, ZlibValueError, Z_BUF_ERROR, Z_FINISH } from './zlib-engine.js';
import { defineBuiltinModule } from './import-registry.js';

const getModule = defineBuiltinModule('_gilvm_zlib', 'The natives of the zlib module: deflate and inflate streams on node:zlib.');

/** Inputs from this size on are (de)compressed with the GIL released. */
export const RELEASE_AT = 64 * 1024;

function argc(name: string, n: number, want: number): void {
  if (n !== want) throw raise(E.TypeError, `${name}() takes ${want} arguments (${n} given)`);
}

function intArg(v: Value): number {
  const n = safeIntValue(v);
  if (Number.isNaN(n)) throw raise(E.TypeError, `an int is required, not '${typeNameOf(v)}'`);
  return n;
}

function dataArg(v: Value): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d;
}

function newBytesFrom(data: Uint8Array): Ref {
  const out = allocBytes(data.length);
  u8.set(data, bytesData(out));
  return out;
}

/** zlib.error(message) (ValueError if zlib.py has not set `_gilvm_zlib.error` yet). */
function zlibError(message: string): never {
  const cls = dictGetStr(getField(getModule(), MOD_DICT), intern('error'));
  if (cls === 0) throw raise(E.ValueError, message);
  throw raiseObject(call1(cls, newStr(message)));
}

const DEFAULT_DETAIL: Record<number, string> = { [Z_BUF_ERROR]: 'incomplete or truncated stream', [-2]: 'inconsistent stream state', [-3]: 'invalid input data' };

/** CPython's zlib_error(): "Error <code> <doing>[: <detail>]". */
function failure(e: unknown, doing: string): never {
  if (e instanceof ZlibFailure) {
    const detail = e.detail ?? DEFAULT_DETAIL[e.code] ?? null;
    zlibError(`Error ${e.code} ${e.doing ?? doing}${detail === null ? '' : `: ${detail}`}`);
  }
  if (e instanceof ZlibValueError) throw raise(E.ValueError, e.message);
  throw e;
}

/**
 * Run `work` on `data`: in place for small inputs; for large ones on a copy, with the GIL
 * released (no heap object may be touched inside `work`). Exceptions come out after the GIL is
 * back.
 */
function runOn<T>(data: Uint8Array, work: (d: Uint8Array) => T): T {
  if (data.length < RELEASE_AT) return work(data);
  const copy = Buffer.from(data);
  releaseForBlocking();
  let result: T;
  try {
    result = work(copy);
  } finally {
    reacquireAfterBlocking();
  }
  return result;
}

// ---- handles ---------------------------------------------------------------------------------

const SPAN = 2 ** 26;
const streams = new Map<number, Deflater | Inflater>();
let nextId = 1;

function register(s: Deflater | Inflater): Value {
  const id = threadId * SPAN + nextId;
  nextId = nextId + 1 >= SPAN ? 1 : nextId + 1;
  streams.set(id, s);
  return intFromSafe(id);
}

function lookup(v: Value, kind: 'Compress' | 'Decompress'): Deflater | Inflater | undefined {
  const id = intArg(v);
  if (Math.floor(id / SPAN) !== threadId) {
    throw raise(E.RuntimeError, `this zlib.${kind} object was made by another thread: gilvm keeps a zlib stream in the thread that made it`);
  }
  return streams.get(id);
}

function deflater(v: Value): Deflater | null {
  const s = lookup(v, 'Compress');
  return s instanceof Deflater ? s : null;
}

function inflater(v: Value): Inflater {
  const s = lookup(v, 'Decompress');
  if (!(s instanceof Inflater)) throw raise(E.ValueError, 'Inconsistent stream state');
  return s;
}

// ---- functions -------------------------------------------------------------------------------

defineFunction('_gilvm_zlib', 'crc32', (_s, argv, n) => {
  argc('crc32', n, 2);
  const d = dataArg(i32[argv]!);
  const value = intArg(i32[argv + 1]!);
  return intFromSafe(runOn(d, (x) => crc32(x, value)));
});

defineFunction('_gilvm_zlib', 'adler32', (_s, argv, n) => {
  argc('adler32', n, 2);
  const d = dataArg(i32[argv]!);
  const value = intArg(i32[argv + 1]!);
  return intFromSafe(runOn(d, (x) => adler32(x, value)));
});

defineFunction('_gilvm_zlib', 'compress', (_s, argv, n) => {
  argc('compress', n, 3);
  const d = dataArg(i32[argv]!);
  const level = intArg(i32[argv + 1]!), wbits = intArg(i32[argv + 2]!);
  let c: Deflater;
  try {
    c = new Deflater({ level, wbits, memLevel: 8, strategy: 0, zdict: null });
  } catch (e) {
    if (e instanceof ZlibFailure) zlibError('Bad compression level');
    throw e;
  }
  let out: Uint8Array;
  try {
    out = runOn(d, (x) => {
      const a = c.compress(x);
      const b = c.flush(Z_FINISH);
      return a.length === 0 ? b : Buffer.concat([a, b]);
    });
  } catch (e) {
    c.close();
    failure(e, 'while compressing data');
  }
  return newBytesFrom(out);
});

defineFunction('_gilvm_zlib', 'decompress', (_s, argv, n) => {
  argc('decompress', n, 2);
  const d = dataArg(i32[argv]!);
  const wbits = intArg(i32[argv + 1]!);
  let z: Inflater;
  try {
    z = new Inflater(wbits, null);
  } catch (e) {
    failure(e, 'while preparing to decompress data');
  }
  let out: Uint8Array;
  try {
    out = runOn(d, (x) => {
      const r = z.decompress(x, 0);
      if (!r.eof) throw new ZlibFailure(Z_BUF_ERROR, null);
      return r.out;
    });
  } catch (e) {
    failure(e, 'while decompressing data');
  } finally {
    z.close();
  }
  return newBytesFrom(out);
});

defineFunction('_gilvm_zlib', 'compressobj', (_s, argv, n) => {
  argc('compressobj', n, 6);
  const level = intArg(i32[argv]!), method = intArg(i32[argv + 1]!), wbits = intArg(i32[argv + 2]!);
  const memLevel = intArg(i32[argv + 3]!), strategy = intArg(i32[argv + 4]!);
  const zd = i32[argv + 5]!;
  const zdict = zd === S.None ? null : dataArg(zd).slice();
  if (method !== 8) throw raise(E.ValueError, 'Invalid initialization option');
  try {
    return register(new Deflater({ level, wbits, memLevel, strategy, zdict }));
  } catch (e) {
    if (e instanceof ZlibFailure) throw raise(E.ValueError, zdict !== null && wbits > 15 ? 'Invalid dictionary' : 'Invalid initialization option');
    throw e;
  }
});

defineFunction('_gilvm_zlib', 'c_compress', (_s, argv, n) => {
  argc('c_compress', n, 2);
  const c = deflater(i32[argv]!);
  const d = dataArg(i32[argv + 1]!);
  if (c === null) zlibError('Error -2 while compressing data: inconsistent stream state');
  let out: Uint8Array;
  try {
    out = runOn(d, (x) => c.compress(x));
  } catch (e) {
    failure(e, 'while compressing data');
  }
  return newBytesFrom(out);
});

defineFunction('_gilvm_zlib', 'c_flush', (_s, argv, n) => {
  argc('c_flush', n, 2);
  const mode = intArg(i32[argv + 1]!);
  if (mode === 0) return newBytesFrom(new Uint8Array(0));
  const h = intArg(i32[argv]!);
  const c = deflater(i32[argv]!);
  if (c === null) zlibError('Error -2 while flushing: inconsistent stream state');
  let out: Uint8Array;
  try {
    out = c.flush(mode);
  } catch (e) {
    failure(e, 'while flushing');
  }
  if (c.finished) streams.delete(h);
  return newBytesFrom(out);
});

defineFunction('_gilvm_zlib', 'c_copy', (_s, argv, n) => {
  argc('c_copy', n, 1);
  const c = deflater(i32[argv]!);
  if (c === null) throw raise(E.ValueError, 'Inconsistent stream state');
  let copy: Deflater;
  try {
    copy = c.copy();
  } catch (e) {
    failure(e, 'while copying compression object');
  }
  return register(copy);
});

defineFunction('_gilvm_zlib', 'decompressobj', (_s, argv, n) => {
  argc('decompressobj', n, 2);
  const wbits = intArg(i32[argv]!);
  const zd = i32[argv + 1]!;
  const zdict = zd === S.None ? null : dataArg(zd).slice();
  try {
    return register(new Inflater(wbits, zdict));
  } catch (e) {
    if (e instanceof ZlibFailure) throw raise(E.ValueError, 'Invalid initialization option');
    throw e;
  }
});

defineFunction('_gilvm_zlib', 'd_decompress', (_s, argv, n) => {
  argc('d_decompress', n, 3);
  const h = intArg(i32[argv]!);
  const z = inflater(i32[argv]!);
  const d = dataArg(i32[argv + 1]!);
  const maxLength = intArg(i32[argv + 2]!);
  if (z.eof) return newTuple([newBytesFrom(new Uint8Array(0)), fromSmallInt(0), S.True]);
  let r: { out: Uint8Array; consumed: number; eof: boolean };
  try {
    r = runOn(d, (x) => z.decompress(x, maxLength));
  } catch (e) {
    streams.delete(h);
    failure(e, 'while decompressing data');
  }
  if (r.eof) z.close();
  return newTuple([newBytesFrom(r.out), intFromSafe(r.consumed), r.eof ? S.True : S.False]);
});

defineFunction('_gilvm_zlib', 'd_copy', (_s, argv, n) => {
  argc('d_copy', n, 1);
  const z = inflater(i32[argv]!);
  let copy: Inflater;
  try {
    copy = z.copy();
  } catch (e) {
    failure(e, 'while copying decompression object');
  }
  return register(copy);
});

defineFunction('_gilvm_zlib', 'free', (_s, argv, n) => {
  argc('free', n, 1);
  const id = intArg(i32[argv]!);
  const s = streams.get(id);
  if (s !== undefined && Math.floor(id / SPAN) === threadId) {
    s.close();
    streams.delete(id);
  }
  return S.None;
});
