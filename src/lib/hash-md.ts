/**
 * The Merkle–Damgård compression functions of hashlib: MD5 (RFC 1321),
 * SHA-1, SHA-256 and SHA-512 (FIPS 180-4; SHA-224 and SHA-384 are these with
 * other initial values and a shorter digest). Written for gilvm from the
 * specifications.
 *
 * Each function runs `nblocks` whole blocks of `data` from byte `off` into
 * the chaining state `st` (an Int32Array of 32-bit words; SHA-512's 64-bit
 * words are pairs, high half first). Nothing is allocated per block: the
 * message schedules are module-level arrays, and 64-bit additions carry by
 * hand between 32-bit halves, with no BigInt.
 *
 * The round constants are computed, not typed in (lazily, on the first use
 * of each kernel, since every worker loads this module): MD5's from sin(),
 * SHA-2's as the leading fraction bits of the cube and square roots of the
 * first primes, exactly, with BigInt integer roots.
 */

// ---- constants ------------------------------------------------------------------------------

function primes(n: number): number[] {
  const out: number[] = [];
  for (let p = 2; out.length < n; p++) if (out.every((q) => p % q !== 0)) out.push(p);
  return out;
}

/** floor(x ** (1/k)) for a BigInt x > 0 (Newton's method from above). */
function iroot(x: bigint, k: bigint): bigint {
  let r = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}

/** The first `bits` fraction bits of the k-th roots of the first n primes, as 32-bit words (high word first when bits = 64). */
function rootFractions(n: number, k: number, bits: number): Int32Array {
  const out = new Int32Array((n * bits) / 32);
  const kb = BigInt(k);
  primes(n).forEach((p, i) => {
    const frac = iroot(BigInt(p) << BigInt(bits * k), kb) & ((1n << BigInt(bits)) - 1n);
    if (bits === 64) {
      out[2 * i] = Number(frac >> 32n) | 0;
      out[2 * i + 1] = Number(frac & 0xffffffffn) | 0;
    } else {
      out[i] = Number(frac) | 0;
    }
  });
  return out;
}

let md5T: Int32Array | null = null;
const MD5_S = new Int32Array([7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]);
let k256: Int32Array | null = null;
let k512: Int32Array | null = null;
let iv512: Int32Array | null = null;

/** SHA-256's initial value, also BLAKE2s's IV. */
export function sha256Iv(): Int32Array {
  return rootFractions(8, 2, 32);
}
/** SHA-224's: the low halves of SHA-384's. */
export function sha224Iv(): Int32Array {
  const w = sha384Iv();
  return Int32Array.from({ length: 8 }, (_, i) => w[2 * i + 1]!);
}
/** SHA-512's initial value (high, low pairs), also BLAKE2b's IV. */
export function sha512Iv(): Int32Array {
  if (iv512 === null) iv512 = rootFractions(8, 2, 64);
  return iv512;
}
/** SHA-384's: from the 9th to 16th primes. */
export function sha384Iv(): Int32Array {
  return rootFractions(16, 2, 64).slice(16);
}

// ---- MD5 ------------------------------------------------------------------------------------

const X = new Int32Array(16);

/** Little-endian words of one block into X. */
function loadLE(data: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++, off += 4) X[i] = data[off]! | (data[off + 1]! << 8) | (data[off + 2]! << 16) | (data[off + 3]! << 24);
}

export function md5Blocks(st: Int32Array, data: Uint8Array, off: number, nblocks: number): void {
  if (md5T === null) md5T = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);
  const T = md5T;
  for (let b = 0; b < nblocks; b++, off += 64) {
    loadLE(data, off);
    let a = st[0]!, bb = st[1]!, c = st[2]!, d = st[3]!;
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) {
        f = (bb & c) | (~bb & d);
        g = i;
      } else if (i < 32) {
        f = (d & bb) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = bb ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (bb | ~d);
        g = (7 * i) & 15;
      }
      const s = MD5_S[((i >> 4) << 2) | (i & 3)]!;
      const t = (a + f + T[i]! + X[g]!) | 0;
      a = d;
      d = c;
      c = bb;
      bb = (bb + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    st[0] = (st[0]! + a) | 0;
    st[1] = (st[1]! + bb) | 0;
    st[2] = (st[2]! + c) | 0;
    st[3] = (st[3]! + d) | 0;
  }
}

// ---- SHA-1 and SHA-256 ----------------------------------------------------------------------

const W = new Int32Array(80);

/** Big-endian words of one block into W[0..16). */
function loadBE(data: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++, off += 4) W[i] = (data[off]! << 24) | (data[off + 1]! << 16) | (data[off + 2]! << 8) | data[off + 3]!;
}

export function sha1Blocks(st: Int32Array, data: Uint8Array, off: number, nblocks: number): void {
  for (let b = 0; b < nblocks; b++, off += 64) {
    loadBE(data, off);
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3]! ^ W[i - 8]! ^ W[i - 14]! ^ W[i - 16]!;
      W[i] = (x << 1) | (x >>> 31);
    }
    let a = st[0]!, bb = st[1]!, c = st[2]!, d = st[3]!, e = st[4]!;
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) {
        f = (bb & c) | (~bb & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = bb ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (bb & c) | (bb & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = bb ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]!) | 0;
      e = d;
      d = c;
      c = (bb << 30) | (bb >>> 2);
      bb = a;
      a = t;
    }
    st[0] = (st[0]! + a) | 0;
    st[1] = (st[1]! + bb) | 0;
    st[2] = (st[2]! + c) | 0;
    st[3] = (st[3]! + d) | 0;
    st[4] = (st[4]! + e) | 0;
  }
}

export function sha256Blocks(st: Int32Array, data: Uint8Array, off: number, nblocks: number): void {
  if (k256 === null) k256 = rootFractions(64, 3, 32);
  const K = k256;
  for (let b = 0; b < nblocks; b++, off += 64) {
    loadBE(data, off);
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!, y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = st[0]!, bb = st[1]!, c = st[2]!, d = st[3]!, e = st[4]!, f = st[5]!, g = st[6]!, h = st[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    st[0] = (st[0]! + a) | 0;
    st[1] = (st[1]! + bb) | 0;
    st[2] = (st[2]! + c) | 0;
    st[3] = (st[3]! + d) | 0;
    st[4] = (st[4]! + e) | 0;
    st[5] = (st[5]! + f) | 0;
    st[6] = (st[6]! + g) | 0;
    st[7] = (st[7]! + h) | 0;
  }
}

// ---- SHA-512 --------------------------------------------------------------------------------
// 64-bit words as (hi, lo) int32 pairs. A two-term sum's carry out of the low halves is found
// with an unsigned compare (the wrapped sum is below an addend), which keeps every value an
// int32; longer sums add 16-bit pieces.

const W64 = new Int32Array(160);
const V = new Int32Array(16);

export function sha512Blocks(st: Int32Array, data: Uint8Array, off: number, nblocks: number): void {
  if (k512 === null) k512 = rootFractions(80, 3, 64);
  const K = k512;
  for (let b = 0; b < nblocks; b++, off += 128) {
    for (let i = 0, p = off; i < 32; i++, p += 4) W64[i] = (data[p]! << 24) | (data[p + 1]! << 16) | (data[p + 2]! << 8) | data[p + 3]!;
    for (let i = 16; i < 80; i++) {
      // σ0(W[i-15]) = rotr1 ^ rotr8 ^ shr7
      let xh = W64[2 * (i - 15)]!, xl = W64[2 * (i - 15) + 1]!;
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // σ1(W[i-2]) = rotr19 ^ rotr61 ^ shr6
      xh = W64[2 * (i - 2)]!;
      xl = W64[2 * (i - 2) + 1]!;
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // W[i] = W[i-16] + s0 + W[i-7] + s1, summed in 16-bit pieces of the low half
      const al = W64[2 * (i - 16) + 1]!, bl = W64[2 * (i - 7) + 1]!;
      const lo = (al & 0xffff) + (s0l & 0xffff) + (bl & 0xffff) + (s1l & 0xffff);
      const mid = (al >>> 16) + (s0l >>> 16) + (bl >>> 16) + (s1l >>> 16) + (lo >>> 16);
      W64[2 * i + 1] = (mid << 16) | (lo & 0xffff);
      W64[2 * i] = (W64[2 * (i - 16)]! + s0h + W64[2 * (i - 7)]! + s1h + (mid >>> 16)) | 0;
    }
    let ah = st[0]!, al = st[1]!, bh = st[2]!, bl = st[3]!, ch = st[4]!, cl = st[5]!, dh = st[6]!, dl = st[7]!;
    let eh = st[8]!, el = st[9]!, fh = st[10]!, fl = st[11]!, gh = st[12]!, gl = st[13]!, hh = st[14]!, hl = st[15]!;
    for (let i = 0; i < 80; i++) {
      // Σ1(e) = rotr14 ^ rotr18 ^ rotr41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh), chl = (el & fl) ^ (~el & gl);
      // t1 = h + Σ1 + ch + K[i] + W[i], the low half summed in 16-bit pieces
      const kl = K[2 * i + 1]!, wl = W64[2 * i + 1]!;
      const lo = (hl & 0xffff) + (S1l & 0xffff) + (chl & 0xffff) + (kl & 0xffff) + (wl & 0xffff);
      const mid = (hl >>> 16) + (S1l >>> 16) + (chl >>> 16) + (kl >>> 16) + (wl >>> 16) + (lo >>> 16);
      const t1l = (mid << 16) | (lo & 0xffff);
      const t1h = (hh + S1h + chh + K[2 * i]! + W64[2 * i]! + (mid >>> 16)) | 0;
      // Σ0(a) = rotr28 ^ rotr34 ^ rotr39; t2 = Σ0 + maj
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch), mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l + mjl) | 0;
      const t2h = (S0h + mjh + ((t2l >>> 0) < (S0l >>> 0) ? 1 : 0)) | 0;
      hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el; // prettier-ignore
      el = (dl + t1l) | 0;
      eh = (dh + t1h + ((el >>> 0) < (t1l >>> 0) ? 1 : 0)) | 0;
      dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al; // prettier-ignore
      al = (t1l + t2l) | 0;
      ah = (t1h + t2h + ((al >>> 0) < (t2l >>> 0) ? 1 : 0)) | 0;
    }
    V[0] = ah; V[1] = al; V[2] = bh; V[3] = bl; V[4] = ch; V[5] = cl; V[6] = dh; V[7] = dl; // prettier-ignore
    V[8] = eh; V[9] = el; V[10] = fh; V[11] = fl; V[12] = gh; V[13] = gl; V[14] = hh; V[15] = hl; // prettier-ignore
    for (let i = 0; i < 16; i += 2) {
      const lo = (st[i + 1]! >>> 0) + (V[i + 1]! >>> 0);
      st[i + 1] = lo | 0;
      st[i] = (st[i]! + V[i]! + (lo > 0xffffffff ? 1 : 0)) | 0;
    }
  }
}
