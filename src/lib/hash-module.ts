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
 */
import { fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { allocBytes, bytesData, bytesLikeData } from '../objects/bytes.js';
import { byteArrayLength, byteArrayView, isByteArray, newByteArray } from '../objects/bytearray.js';
import { defineFunction } from '../objects/native.js';
import { E, S } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isStr } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { raise } from '../vm/errors.js';
import { lockObject, unlockObject } from '../vm/object-lock.js';
import { ALGS, absorb, ctxAlg, ctxSize, finish, newCtx } from './hash-kernels.js';
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

defineFunction('_gilvm_hash', 'update', (_s, argv, argc) => {
  args('update', argc, 2, 2);
  const ctx = ctxArg(i32[argv]!);
  hashData(i32[argv + 1]!); // the TypeErrors, before the lock
  lockObject(ctx);
  try {
    absorb(byteArrayView(ctx), hashData(i32[argv + 1]!));
  } finally {
    unlockObject(ctx);
  }
  return S.None;
});

defineFunction('_gilvm_hash', 'digest', (_s, argv, argc) => {
  args('digest', argc, 2, 2);
  const ctx = ctxArg(i32[argv]!);
  const n = smallIntArg(i32[argv + 1]!, 'length');
  if (n < 0) throw raise(E.ValueError, 'negative digest length');
  const out = allocBytes(n);
  lockObject(ctx);
  try {
    finish(byteArrayView(ctx), u8.subarray(bytesData(out), bytesData(out) + n));
  } finally {
    unlockObject(ctx);
  }
  return out;
});

defineFunction('_gilvm_hash', 'copy', (_s, argv, argc) => {
  args('copy', argc, 1, 1);
  const ctx = ctxArg(i32[argv]!);
  lockObject(ctx);
  let snapshot: Uint8Array;
  try {
    snapshot = byteArrayView(ctx).slice();
  } finally {
    unlockObject(ctx);
  }
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
