/**
 * The `_gilvm_hash` built-in module: the natives under stdlib/hashlib.py and
 * stdlib/hmac.py. A running hash is a *context* (hash-kernels.ts) kept in a
 * Python bytearray that the hash object holds, so that it is shared by every
 * thread like any other object; these functions take it as an argument:
 *
 *     algorithms()                       ((name, block_size, digest_size), ...) by id
 *     new(id[, param, key, last_node])   a fresh context (param/key/last_node: BLAKE2)
 *     update(ctx, data)                  absorb a bytes-like object
 *     digest(ctx, length)                the digest so far (the context is unchanged)
 *     copy(ctx)                          a copy of the context
 *     pbkdf2(id, password, salt, iterations, dklen)
 *
 * update, digest and copy hold the context's object lock (free-threading
 * mode; under the GIL a native is atomic anyway), so that concurrent updates
 * of one hash object never interleave inside a block. Nothing is allocated
 * between taking a view of the heap and the last use of it.
 *
 * As CPython's hashlib does, an update of GIL_MINSIZE bytes or more runs with
 * the GIL released (detached, in free-threading mode), so that threads
 * hashing large buffers run in parallel. Its data is copied out of the heap
 * first (another thread may resize a bytearray meanwhile); the context stays
 * where it is (the collector moves nothing, and the caller's frame keeps it
 * alive), guarded by its busy word (hash-kernels.ts' CTX_BUSY): a small
 * mutex in the heap that every operation on the context takes, waiting for
 * it with the GIL released, since the thread that holds it may be detached.
 */
import { fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { allocBytes, bytesData, bytesLikeData } from '../objects/bytes.js';
import { byteArrayData, byteArrayLength, byteArrayView, isByteArray, newByteArray } from '../objects/bytearray.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isStr } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { lockObject, unlockObject } from '../vm/object-lock.js';
import { ALGS, CTX_BUSY, absorb, ctxAlg, ctxSize, finish, newCtx } from './hash-kernels.js';
import { reacquireAfterBlocking, releaseForBlocking } from '../vm/gil.js';
import { threadIdent } from '../vm/thread-state.js';
import { defineBuiltinModule } from './import-registry.js';

function args(name: string, argc: number, min: number, max: number): void {
  if (argc < min || argc > max) throw raise(E.TypeError, `${name}() takes ${min}..${max} arguments (${argc} given)`);
}

function smallIntArg(v: Value, what: string): number {
  if ((v & 1) === 0) throw raise(E.TypeError, `${what} must be a small int`);
  return v >> 1;
}

function algArg(v: Value): number {
  const id = smallIntArg(v, 'algorithm id');
  if (id < 0 || id >= ALGS.length) throw raise(E.ValueError, 'unknown algorithm id');
  return id;
}

/** The context bytearray, checked for its shape so that a corrupted object cannot make the kernels read past it. */
function ctxArg(v: Value): Ref {
  if (!isByteArray(v) || byteArrayLength(v) < 24) throw raise(E.TypeError, 'not a hash context');
  const c = byteArrayView(v);
  const id = ctxAlg(c);
  if (id < 0 || id >= ALGS.length || byteArrayLength(v) !== ctxSize(id)) throw raise(E.TypeError, 'not a hash context');
  return v;
}

/** The bytes of data to hash, with hashlib's TypeErrors (CPython's GET_BUFFER_VIEW_OR_ERROUT). */
function hashData(v: Value): Uint8Array {
  if (isStr(v)) throw raise(E.TypeError, 'Strings must be encoded before hashing');
  const d = bytesLikeData(v);
  if (d === null) throw raise(E.TypeError, 'object supporting the buffer API required');
  return d;
}

/** Bytes-like arguments of pbkdf2 and the BLAKE2 parameters (copied: a JS array). */
function bytesArg(v: Value): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d.slice();
}

defineFunction('_gilvm_hash', 'algorithms', (_s, _argv, argc) => {
  args('algorithms', argc, 0, 0);
  return newTuple(ALGS.map((a) => newTuple([newStr(a.name), fromSmallInt(a.block), fromSmallInt(a.size)])));
});

defineFunction('_gilvm_hash', 'new', (_s, argv, argc) => {
  args('new', argc, 1, 4);
  const id = algArg(i32[argv]!);
  if (argc === 1) return newByteArray(newCtx(id));
  const param = bytesArg(i32[argv + 1]!);
  const key = argc > 2 ? bytesArg(i32[argv + 2]!) : undefined;
  const want = ALGS[id]!.name === 'blake2b' ? 64 : ALGS[id]!.name === 'blake2s' ? 32 : -1;
  if (param.length !== want || (key !== undefined && key.length > want)) throw raise(E.ValueError, 'bad BLAKE2 parameters');
  return newByteArray(newCtx(id, param, key, argc > 3 && i32[argv + 3]! === S.True));
});

/** CPython's HASHLIB_GIL_MINSIZE: updates of this many bytes or more release the GIL. */
const GIL_MINSIZE = 2048;

/** The index in i32 of the context's busy word (contexts are word-aligned, as every heap object). */
function busyWord(ctx: Ref): number {
  return (byteArrayData(ctx) + CTX_BUSY) >> 2;
}

/**
 * Take the context's busy word. Its holder may be a thread hashing with the
 * GIL released, so a thread that finds it taken waits with the GIL released
 * too (its frame is saved: it is a native called from the interpreter).
 */
function takeBusy(ctx: Ref): void {
  const w = busyWord(ctx);
  const me = threadIdent();
  if (Atomics.compareExchange(i32, w, 0, me) === 0) return;
  releaseForBlocking();
  try {
    for (;;) {
      const holder = Atomics.compareExchange(i32, w, 0, me);
      if (holder === 0) break;
      // A short timeout: the main thread also checks for Ctrl-C on its way back.
      Atomics.wait(i32, w, holder, 50);
    }
  } finally {
    reacquireAfterBlocking();
  }
}

function giveBusy(ctx: Ref): void {
  const w = busyWord(ctx);
  Atomics.store(i32, w, 0);
  Atomics.notify(i32, w);
}

defineFunction('_gilvm_hash', 'update', (_s, argv, argc) => {
  args('update', argc, 2, 2);
  const ctx = ctxArg(i32[argv]!);
  const data = hashData(i32[argv + 1]!); // the TypeErrors, before the lock
  if (data.length >= GIL_MINSIZE) {
    const copy = data.slice();
    takeBusy(ctx);
    releaseForBlocking();
    try {
      absorb(byteArrayView(ctx), copy);
    } finally {
      giveBusy(ctx);
      reacquireAfterBlocking();
    }
    return S.None;
  }
  takeBusy(ctx);
  lockObject(ctx);
  try {
    absorb(byteArrayView(ctx), hashData(i32[argv + 1]!));
  } finally {
    unlockObject(ctx);
    giveBusy(ctx);
  }
  return S.None;
});

defineFunction('_gilvm_hash', 'digest', (_s, argv, argc) => {
  args('digest', argc, 2, 2);
  const ctx = ctxArg(i32[argv]!);
  const n = smallIntArg(i32[argv + 1]!, 'length');
  if (n < 0) throw raise(E.ValueError, 'negative digest length');
  const out = allocBytes(n);
  takeBusy(ctx);
  lockObject(ctx);
  try {
    finish(byteArrayView(ctx), u8.subarray(bytesData(out), bytesData(out) + n));
  } finally {
    unlockObject(ctx);
    giveBusy(ctx);
  }
  return out;
});

defineFunction('_gilvm_hash', 'copy', (_s, argv, argc) => {
  args('copy', argc, 1, 1);
  const ctx = ctxArg(i32[argv]!);
  takeBusy(ctx);
  lockObject(ctx);
  let snapshot: Uint8Array;
  try {
    snapshot = byteArrayView(ctx).slice();
  } finally {
    unlockObject(ctx);
    giveBusy(ctx);
  }
  // The copy's busy word holds this thread's ident: it starts free.
  snapshot.fill(0, CTX_BUSY, CTX_BUSY + 4);
  return newByteArray(snapshot);
});

/** PBKDF2 (RFC 8018 section 5.2) with HMAC (RFC 2104) over algorithm id, all in JS arrays. */
export function pbkdf2(id: number, password: Uint8Array, salt: Uint8Array, iterations: number, dklen: number): Uint8Array {
  const a = ALGS[id]!;
  const key = new Uint8Array(a.block);
  if (password.length > a.block) {
    const c = newCtx(id);
    absorb(c, password);
    finish(c, key.subarray(0, a.size));
  } else {
    key.set(password);
  }
  // The keyed inner and outer contexts, copied into `work` for every HMAC.
  const inner = newCtx(id), outer = newCtx(id);
  absorb(inner, key.map((b) => b ^ 0x36));
  absorb(outer, key.map((b) => b ^ 0x5c));
  const work = new Uint8Array(inner.length);
  const u = new Uint8Array(a.size), t = new Uint8Array(a.size), mid = new Uint8Array(a.size);
  const hmac = (parts: Uint8Array[]): void => {
    work.set(inner);
    for (const p of parts) absorb(work, p);
    finish(work, mid);
    work.set(outer);
    absorb(work, mid);
    finish(work, u);
  };
  const out = new Uint8Array(dklen);
  const counter = new Uint8Array(4);
  for (let block = 1, at = 0; at < dklen; block++, at += a.size) {
    counter[0] = block >>> 24;
    counter[1] = block >>> 16;
    counter[2] = block >>> 8;
    counter[3] = block;
    hmac([salt, counter]);
    t.set(u);
    const uParts = [u];
    for (let i = 1; i < iterations; i++) {
      hmac(uParts);
      for (let k = 0; k < t.length; k++) t[k] ^= u[k]!;
    }
    out.set(t.subarray(0, Math.min(a.size, dklen - at)), at);
  }
  return out;
}

defineFunction('_gilvm_hash', 'pbkdf2', (_s, argv, argc) => {
  args('pbkdf2', argc, 5, 5);
  const id = algArg(i32[argv]!);
  if (ALGS[id]!.size === 0) throw raise(E.ValueError, 'unsupported hash type for pbkdf2');
  const password = bytesArg(i32[argv + 1]!);
  const salt = bytesArg(i32[argv + 2]!);
  const iterations = smallIntArg(i32[argv + 3]!, 'iterations');
  const dklen = smallIntArg(i32[argv + 4]!, 'dklen');
  const r = pbkdf2(id, password, salt, iterations, dklen);
  const out = allocBytes(r.length);
  u8.set(r, bytesData(out));
  return out;
});

defineBuiltinModule('_gilvm_hash', 'Hash contexts in the shared heap: the natives of hashlib and hmac.');
