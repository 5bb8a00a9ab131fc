/**
 * hashlib's algorithms over one serialized *context*: a byte array that holds
 * everything a running hash needs, so that it can live in a Python bytearray
 * in the shared heap (a hash object made by one thread is updated by another,
 * in another worker: no per-object state may stay in JS memory).
 *
 * A context is, in little-endian 32-bit words then bytes:
 *
 *     0   algorithm id (ALGS)
 *     4   bytes waiting in the buffer
 *     8   total bytes absorbed, low word     (BLAKE2: bytes compressed, its counter t)
 *     12  total bytes absorbed, high word
 *     16  digest size (what the algorithm or, for BLAKE2, the caller chose; 0 for SHAKE)
 *     20  flags (BLAKE2's last_node)
 *     24  busy: 0, or the ident of the thread updating it with the GIL released
 *         (hash-module.ts; a copy starts at 0)
 *     28  chaining state: `words` 32-bit words
 *     ..  buffer: one block
 *
 * `absorb` runs whole blocks straight from the caller's data and keeps the
 * tail in the buffer; `finish` pads a copy and squeezes the digest. Both
 * work on any Uint8Array (a view of the heap, or a JS array in tests and in
 * pbkdf2), and load the few state words into module-level scratch arrays for
 * the duration of the call.
 */
import { md5Blocks, sha1Blocks, sha224Iv, sha256Blocks, sha256Iv, sha384Iv, sha512Blocks, sha512Iv } from './hash-md.js';
import { IV_B, IV_S, blake2bBlock, blake2sBlock, keccakBlocks, keccakF } from './hash-sponge.js';

const KIND_MD5 = 0;
const KIND_SHA32 = 1; // SHA-1, SHA-224, SHA-256: big-endian 32-bit words
const KIND_SHA64 = 2; // SHA-384, SHA-512
const KIND_KECCAK = 3;
const KIND_BLAKE2B = 4;
const KIND_BLAKE2S = 5;

export interface Alg {
  name: string;
  kind: number;
  /** Block size in bytes (the sponge's rate for Keccak). */
  block: number;
  /** Chaining state in 32-bit words. */
  words: number;
  /** Digest size in bytes (0: SHAKE, chosen at digest(); BLAKE2: the largest). */
  size: number;
  /** Keccak's domain padding byte; for the MD kinds, the block function. */
  pad: number;
  blocks: ((st: Int32Array, data: Uint8Array, off: number, n: number) => void) | null;
}

function alg(name: string, kind: number, block: number, words: number, size: number, pad = 0, blocks: Alg['blocks'] = null): Alg {
  return { name, kind, block, words, size, pad, blocks };
}

/** Indexed by algorithm id (the Python side uses the same numbers, by name through `names()`). */
export const ALGS: readonly Alg[] = [
  alg('md5', KIND_MD5, 64, 4, 16, 0, md5Blocks),
  alg('sha1', KIND_SHA32, 64, 5, 20, 0, sha1Blocks),
  alg('sha224', KIND_SHA32, 64, 8, 28, 0, sha256Blocks),
  alg('sha256', KIND_SHA32, 64, 8, 32, 0, sha256Blocks),
  alg('sha384', KIND_SHA64, 128, 16, 48, 0, sha512Blocks),
  alg('sha512', KIND_SHA64, 128, 16, 64, 0, sha512Blocks),
  alg('sha3_224', KIND_KECCAK, 144, 50, 28, 0x06),
  alg('sha3_256', KIND_KECCAK, 136, 50, 32, 0x06),
  alg('sha3_384', KIND_KECCAK, 104, 50, 48, 0x06),
  alg('sha3_512', KIND_KECCAK, 72, 50, 64, 0x06),
  alg('shake_128', KIND_KECCAK, 168, 50, 0, 0x1f),
  alg('shake_256', KIND_KECCAK, 136, 50, 0, 0x1f),
  alg('blake2b', KIND_BLAKE2B, 128, 16, 64),
  alg('blake2s', KIND_BLAKE2S, 64, 8, 32),
];

export function algId(name: string): number {
  return ALGS.findIndex((a) => a.name === name);
}

const HDR = 28;
const F_ALG = 0, F_BUFFERED = 4, F_LEN_LO = 8, F_LEN_HI = 12, F_SIZE = 16, F_FLAGS = 20; // prettier-ignore
/** Offset of the busy word (a 32-bit word, aligned like the context itself). */
export const CTX_BUSY = 24;

export function ctxSize(id: number): number {
  const a = ALGS[id]!;
  return HDR + 4 * a.words + a.block;
}

function rd(c: Uint8Array, o: number): number {
  return c[o]! | (c[o + 1]! << 8) | (c[o + 2]! << 16) | (c[o + 3]! << 24);
}
function wr(c: Uint8Array, o: number, v: number): void {
  c[o] = v;
  c[o + 1] = v >>> 8;
  c[o + 2] = v >>> 16;
  c[o + 3] = v >>> 24;
}

let ivs: Int32Array[] | null = null;

/**
 * The initial chaining values by id, and BLAKE2's IVs, computed once per worker on first use.
 * Every entry point calls it: a context made in one worker may be updated first in another,
 * whose BLAKE2 IVs would still be zeros.
 */
function tables(): Int32Array[] {
  if (ivs === null) {
    const s512 = sha512Iv();
    for (let i = 0; i < 8; i++) {
      IV_B[2 * i] = s512[2 * i + 1]!;
      IV_B[2 * i + 1] = s512[2 * i]!;
    }
    IV_S.set(sha256Iv());
    ivs = [];
    ivs[0] = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
    ivs[1] = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
    ivs[2] = sha224Iv();
    ivs[3] = IV_S.slice();
    ivs[4] = sha384Iv();
    ivs[5] = s512;
    ivs[12] = IV_B.slice();
    ivs[13] = IV_S.slice();
  }
  return ivs;
}

function initialState(id: number): Int32Array {
  return tables()[id] ?? new Int32Array(50);
}

/**
 * A fresh context for algorithm `id`. For BLAKE2, `param` is the parameter block (default: the
 * unkeyed one with the largest digest) (64 bytes for
 * BLAKE2b, 32 for BLAKE2s, RFC 7693 section 2.5: its first byte is the digest size) XORed into
 * the IV, `key` (already checked for length) becomes the first block, and `lastNode` is kept
 * for the final compression.
 */
export function newCtx(id: number, param?: Uint8Array, key?: Uint8Array, lastNode = false): Uint8Array {
  const a = ALGS[id]!;
  const c = new Uint8Array(ctxSize(id));
  wr(c, F_ALG, id);
  const h = initialState(id);
  for (let i = 0; i < a.words; i++) wr(c, HDR + 4 * i, h[i]!);
  wr(c, F_SIZE, a.size);
  if (param === undefined && (a.kind === KIND_BLAKE2B || a.kind === KIND_BLAKE2S)) {
    // The default parameters: the largest digest, no key, sequential mode (fanout = depth = 1).
    param = new Uint8Array(a.words * 4);
    param.set([a.size, 0, 1, 1]);
  }
  if (param !== undefined) {
    for (let i = 0; i < param.length; i += 4) wr(c, HDR + i, rd(c, HDR + i) ^ rd(param, i));
    wr(c, F_SIZE, param[0]!);
    wr(c, F_FLAGS, lastNode ? 1 : 0);
  }
  if (key !== undefined && key.length > 0) {
    c.set(key, HDR + 4 * a.words);
    wr(c, F_BUFFERED, a.block);
  }
  return c;
}

export function ctxAlg(c: Uint8Array): number {
  return rd(c, F_ALG);
}
export function ctxDigestSize(c: Uint8Array): number {
  return rd(c, F_SIZE);
}

const ST = new Int32Array(50);

function loadState(c: Uint8Array, words: number): void {
  for (let i = 0; i < words; i++) ST[i] = rd(c, HDR + 4 * i);
}
function storeState(c: Uint8Array, words: number): void {
  for (let i = 0; i < words; i++) wr(c, HDR + 4 * i, ST[i]!);
}

/** Run n whole blocks of data from off into ST (not BLAKE2, whose blocks need the counter). */
function runBlocks(a: Alg, data: Uint8Array, off: number, n: number): void {
  if (n === 0) return;
  if (a.kind === KIND_KECCAK) keccakBlocks(ST, a.block, data, off, n);
  else a.blocks!(ST, data, off, n);
}

/** Absorb `data` into the context. */
export function absorb(c: Uint8Array, data: Uint8Array): void {
  const len = data.length;
  if (len === 0) return;
  const a = ALGS[rd(c, F_ALG)]!;
  const B = a.block;
  const bufAt = HDR + 4 * a.words;
  let n = rd(c, F_BUFFERED);
  let pos = 0;
  loadState(c, a.words);
  if (a.kind === KIND_BLAKE2B || a.kind === KIND_BLAKE2S) {
    // The last block is compressed differently, so a block is only compressed once more
    // data follows it: the buffer may stay full.
    const block = a.kind === KIND_BLAKE2B ? blake2bBlock : blake2sBlock;
    tables();
    let t = (rd(c, F_LEN_LO) >>> 0) + (rd(c, F_LEN_HI) >>> 0) * 0x100000000;
    if (n + len <= B) {
      c.set(data, bufAt + n);
      wr(c, F_BUFFERED, n + len);
      return;
    }
    if (n > 0) {
      pos = B - n;
      c.set(data.subarray(0, pos), bufAt + n);
      t += B;
      block(ST, c, bufAt, t, false, false);
    }
    while (len - pos > B) {
      t += B;
      block(ST, data, pos, t, false, false);
      pos += B;
    }
    c.set(data.subarray(pos), bufAt);
    wr(c, F_BUFFERED, len - pos);
    wr(c, F_LEN_LO, t);
    wr(c, F_LEN_HI, (t / 0x100000000) | 0);
    storeState(c, a.words);
    return;
  }
  if (n > 0) {
    pos = Math.min(B - n, len);
    c.set(data.subarray(0, pos), bufAt + n);
    n += pos;
    if (n === B) {
      runBlocks(a, c, bufAt, 1);
      n = 0;
    }
  }
  const whole = ((len - pos) / B) | 0;
  runBlocks(a, data, pos, whole);
  pos += whole * B;
  if (pos < len) {
    c.set(data.subarray(pos), bufAt + n);
    n += len - pos;
  }
  wr(c, F_BUFFERED, n);
  const lo = (rd(c, F_LEN_LO) >>> 0) + len;
  wr(c, F_LEN_LO, lo);
  wr(c, F_LEN_HI, rd(c, F_LEN_HI) + ((lo / 0x100000000) | 0));
  storeState(c, a.words);
}

const PAD = new Uint8Array(256);

/** The digest of what the context has absorbed, into `out` (its length: the digest size, or SHAKE's length). The context is unchanged. */
export function finish(c: Uint8Array, out: Uint8Array): void {
  const a = ALGS[rd(c, F_ALG)]!;
  const B = a.block;
  const bufAt = HDR + 4 * a.words;
  const n = rd(c, F_BUFFERED);
  loadState(c, a.words);
  PAD.fill(0);
  PAD.set(c.subarray(bufAt, bufAt + n));
  switch (a.kind) {
    case KIND_KECCAK: {
      PAD[n] ^= a.pad;
      PAD[B - 1] ^= 0x80;
      keccakBlocks(ST, B, PAD, 0, 1);
      for (let o = 0; o < out.length; ) {
        for (let i = 0; i < B && o < out.length; i++, o++) out[o] = ST[i >> 2]! >>> (8 * (i & 3));
        if (o < out.length) keccakF(ST);
      }
      return;
    }
    case KIND_BLAKE2B:
    case KIND_BLAKE2S: {
      const t = (rd(c, F_LEN_LO) >>> 0) + (rd(c, F_LEN_HI) >>> 0) * 0x100000000 + n;
      tables();
      (a.kind === KIND_BLAKE2B ? blake2bBlock : blake2sBlock)(ST, PAD, 0, t, true, rd(c, F_FLAGS) !== 0);
      for (let i = 0; i < out.length; i++) out[i] = ST[i >> 2]! >>> (8 * (i & 3));
      return;
    }
  }
  // Merkle–Damgård: 0x80, zeros, then the length in bits in the last 8 bytes (of 16 for SHA-512).
  PAD[n] = 0x80;
  const total = n + 1 + (a.kind === KIND_SHA64 ? 16 : 8) > B ? 2 * B : B;
  const lo = rd(c, F_LEN_LO), hi = rd(c, F_LEN_HI);
  const bitsLo = lo << 3, bitsHi = (hi << 3) | (lo >>> 29);
  if (a.kind === KIND_MD5) {
    wr(PAD, total - 8, bitsLo);
    wr(PAD, total - 4, bitsHi);
  } else {
    for (let i = 0; i < 4; i++) {
      PAD[total - 1 - i] = bitsLo >>> (8 * i);
      PAD[total - 5 - i] = bitsHi >>> (8 * i);
    }
  }
  a.blocks!(ST, PAD, 0, total / B);
  if (a.kind === KIND_MD5) for (let i = 0; i < out.length; i++) out[i] = ST[i >> 2]! >>> (8 * (i & 3));
  else for (let i = 0; i < out.length; i++) out[i] = ST[i >> 2]! >>> (24 - 8 * (i & 3));
}

/** One-shot digest (tests, and the building block of pbkdf2). */
export function digestOf(id: number, data: Uint8Array, length = ALGS[id]!.size): Uint8Array {
  const c = newCtx(id);
  absorb(c, data);
  const out = new Uint8Array(length);
  finish(c, out);
  return out;
}
