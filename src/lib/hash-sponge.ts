/**
 * Keccak-f[1600] (FIPS 202: SHA3-224/256/384/512, SHAKE128/256) and the
 * BLAKE2b / BLAKE2s compression functions (RFC 7693), written for gilvm from
 * the specifications.
 *
 * 64-bit words are pairs of int32 halves, *low half first* (both algorithms
 * are little-endian, so a lane's bytes are its two halves' bytes in order).
 * The round tables are generated from the specifications' rules (Keccak's
 * LFSR round constants and ρ offsets) and every scratch array is allocated
 * once, so a block allocates nothing.
 */

// ---- Keccak-f[1600] -------------------------------------------------------------------------

/** Round constants, (lo, hi) per round. */
const RC = new Int32Array(48);
/** Per lane (x + 5y): its ρ rotation and its π destination. */
const RHO = new Int32Array(25);
const PI = new Int32Array(25);

(function keccakTables() {
  // rc(t): the output bit of FIPS 202's LFSR x^8 + x^6 + x^5 + x^4 + 1 after t steps.
  const rc = (t: number): number => {
    let r = 1;
    for (let i = 0; i < t % 255; i++) {
      r <<= 1;
      if (r & 0x100) r ^= 0x171;
    }
    return r & 1;
  };
  for (let ir = 0; ir < 24; ir++) {
    for (let j = 0; j <= 6; j++) {
      if (rc(j + 7 * ir) === 0) continue;
      const bit = (1 << j) - 1; // 0, 1, 3, 7, 15, 31, 63
      if (bit < 32) RC[2 * ir] |= 1 << bit;
      else RC[2 * ir + 1] |= 1 << (bit - 32);
    }
  }
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    RHO[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  for (let xx = 0; xx < 5; xx++) for (let yy = 0; yy < 5; yy++) PI[xx + 5 * yy] = yy + 5 * ((2 * xx + 3 * yy) % 5);
})();

const B = new Int32Array(50);
/** ρ as shifts: lanes rotated by 32 or more swap their halves first; s = offset mod 32 (never 0 past lane 0). */
const RHO_SWAP = new Uint8Array(25);
const RHO_S = new Int32Array(25);
for (let i = 0; i < 25; i++) {
  RHO_SWAP[i] = RHO[i]! >= 32 ? 1 : 0;
  RHO_S[i] = RHO[i]! & 31;
}

/** The permutation on a 50-word state (lane i: lo at 2i, hi at 2i + 1). */
export function keccakF(A: Int32Array): void {
  for (let round = 0; round < 24; round++) {
    // θ: each column's parity, then D[x] = C[x-1] ^ rotl1(C[x+1]) into every lane of column x
    const c0l = A[0]! ^ A[10]! ^ A[20]! ^ A[30]! ^ A[40]!, c0h = A[1]! ^ A[11]! ^ A[21]! ^ A[31]! ^ A[41]!;
    const c1l = A[2]! ^ A[12]! ^ A[22]! ^ A[32]! ^ A[42]!, c1h = A[3]! ^ A[13]! ^ A[23]! ^ A[33]! ^ A[43]!;
    const c2l = A[4]! ^ A[14]! ^ A[24]! ^ A[34]! ^ A[44]!, c2h = A[5]! ^ A[15]! ^ A[25]! ^ A[35]! ^ A[45]!;
    const c3l = A[6]! ^ A[16]! ^ A[26]! ^ A[36]! ^ A[46]!, c3h = A[7]! ^ A[17]! ^ A[27]! ^ A[37]! ^ A[47]!;
    const c4l = A[8]! ^ A[18]! ^ A[28]! ^ A[38]! ^ A[48]!, c4h = A[9]! ^ A[19]! ^ A[29]! ^ A[39]! ^ A[49]!;
    const d0l = c4l ^ ((c1l << 1) | (c1h >>> 31)), d0h = c4h ^ ((c1h << 1) | (c1l >>> 31));
    const d1l = c0l ^ ((c2l << 1) | (c2h >>> 31)), d1h = c0h ^ ((c2h << 1) | (c2l >>> 31));
    const d2l = c1l ^ ((c3l << 1) | (c3h >>> 31)), d2h = c1h ^ ((c3h << 1) | (c3l >>> 31));
    const d3l = c2l ^ ((c4l << 1) | (c4h >>> 31)), d3h = c2h ^ ((c4h << 1) | (c4l >>> 31));
    const d4l = c3l ^ ((c0l << 1) | (c0h >>> 31)), d4h = c3h ^ ((c0h << 1) | (c0l >>> 31));
    for (let y = 0; y < 50; y += 10) {
      A[y] ^= d0l; A[y + 1] ^= d0h; A[y + 2] ^= d1l; A[y + 3] ^= d1h; A[y + 4] ^= d2l; // prettier-ignore
      A[y + 5] ^= d2h; A[y + 6] ^= d3l; A[y + 7] ^= d3h; A[y + 8] ^= d4l; A[y + 9] ^= d4h; // prettier-ignore
    }
    // ρ and π (lane 0 neither moves nor rotates)
    B[0] = A[0]!;
    B[1] = A[1]!;
    for (let i = 1; i < 25; i++) {
      const swap = RHO_SWAP[i]!, s = RHO_S[i]!, d = 2 * PI[i]!;
      const x = swap ? A[2 * i + 1]! : A[2 * i]!, y = swap ? A[2 * i]! : A[2 * i + 1]!;
      B[d] = (x << s) | (y >>> (32 - s));
      B[d + 1] = (y << s) | (x >>> (32 - s));
    }
    // χ, a row of five lanes at a time
    for (let y = 0; y < 50; y += 10) {
      const b0l = B[y]!, b0h = B[y + 1]!, b1l = B[y + 2]!, b1h = B[y + 3]!, b2l = B[y + 4]!;
      const b2h = B[y + 5]!, b3l = B[y + 6]!, b3h = B[y + 7]!, b4l = B[y + 8]!, b4h = B[y + 9]!;
      A[y] = b0l ^ (~b1l & b2l); A[y + 1] = b0h ^ (~b1h & b2h); // prettier-ignore
      A[y + 2] = b1l ^ (~b2l & b3l); A[y + 3] = b1h ^ (~b2h & b3h); // prettier-ignore
      A[y + 4] = b2l ^ (~b3l & b4l); A[y + 5] = b2h ^ (~b3h & b4h); // prettier-ignore
      A[y + 6] = b3l ^ (~b4l & b0l); A[y + 7] = b3h ^ (~b4h & b0h); // prettier-ignore
      A[y + 8] = b4l ^ (~b0l & b1l); A[y + 9] = b4h ^ (~b0h & b1h); // prettier-ignore
    }
    // ι
    A[0] ^= RC[2 * round]!;
    A[1] ^= RC[2 * round + 1]!;
  }
}

/** XOR `nblocks` blocks of `rate` bytes into the state, permuting after each. */
export function keccakBlocks(A: Int32Array, rate: number, data: Uint8Array, off: number, nblocks: number): void {
  const words = rate >> 2;
  for (let b = 0; b < nblocks; b++) {
    for (let i = 0; i < words; i++, off += 4) A[i] ^= data[off]! | (data[off + 1]! << 8) | (data[off + 2]! << 16) | (data[off + 3]! << 24);
    keccakF(A);
  }
}

// ---- BLAKE2 ---------------------------------------------------------------------------------

/** RFC 7693's message word permutations, one row of 16 per round (rounds 10 and 11 reuse rows 0 and 1). */
const SIGMA = new Uint8Array([
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
  11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
  7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
  9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
  2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
  12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
  13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
  6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
  10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
]); // prettier-ignore

/** The IVs (BLAKE2b's as lo, hi pairs), set by the caller from SHA-2's (hash-md.ts) to avoid computing them twice. */
export const IV_B = new Int32Array(16);
export const IV_S = new Int32Array(8);

const M = new Int32Array(32);
const VB = new Int32Array(32);

/** v[a] += v[b] + m (64-bit, pairs at 2a, 2b; m as lo, hi). */
function add3(a: number, b: number, ml: number, mh: number): void {
  const lo = (VB[a]! >>> 0) + (VB[b]! >>> 0) + (ml >>> 0);
  VB[a] = lo | 0;
  VB[a + 1] = (VB[a + 1]! + VB[b + 1]! + mh + ((lo / 0x100000000) | 0)) | 0;
}

function gB(a: number, b: number, c: number, d: number, x: number, y: number): void {
  a *= 2; b *= 2; c *= 2; d *= 2; x *= 2; y *= 2; // prettier-ignore
  add3(a, b, M[x]!, M[x + 1]!);
  // d = rotr32(d ^ a): swap the halves
  let dl = VB[d]! ^ VB[a]!, dh = VB[d + 1]! ^ VB[a + 1]!;
  VB[d] = dh;
  VB[d + 1] = dl;
  add3(c, d, 0, 0);
  // b = rotr24(b ^ c)
  let bl = VB[b]! ^ VB[c]!, bh = VB[b + 1]! ^ VB[c + 1]!;
  VB[b] = (bl >>> 24) | (bh << 8);
  VB[b + 1] = (bh >>> 24) | (bl << 8);
  add3(a, b, M[y]!, M[y + 1]!);
  // d = rotr16(d ^ a)
  dl = VB[d]! ^ VB[a]!;
  dh = VB[d + 1]! ^ VB[a + 1]!;
  VB[d] = (dl >>> 16) | (dh << 16);
  VB[d + 1] = (dh >>> 16) | (dl << 16);
  add3(c, d, 0, 0);
  // b = rotr63(b ^ c) = rotl1
  bl = VB[b]! ^ VB[c]!;
  bh = VB[b + 1]! ^ VB[c + 1]!;
  VB[b] = (bl << 1) | (bh >>> 31);
  VB[b + 1] = (bh << 1) | (bl >>> 31);
}

/**
 * One BLAKE2b block: h (16 words) absorbs data[off .. off + 128) with the byte counter t (as
 * lo, hi: the caller keeps it under 2**53) and the finalization flags.
 */
export function blake2bBlock(h: Int32Array, data: Uint8Array, off: number, t: number, last: boolean, lastNode: boolean): void {
  for (let i = 0; i < 32; i++, off += 4) M[i] = data[off]! | (data[off + 1]! << 8) | (data[off + 2]! << 16) | (data[off + 3]! << 24);
  for (let i = 0; i < 16; i++) {
    VB[i] = h[i]!;
    VB[i + 16] = IV_B[i]!;
  }
  VB[24] ^= t | 0;
  VB[25] ^= (t / 0x100000000) | 0;
  if (last) {
    VB[28] = ~VB[28]!;
    VB[29] = ~VB[29]!;
  }
  if (lastNode) {
    VB[30] = ~VB[30]!;
    VB[31] = ~VB[31]!;
  }
  for (let r = 0; r < 12; r++) {
    const s = (r % 10) * 16;
    gB(0, 4, 8, 12, SIGMA[s]!, SIGMA[s + 1]!);
    gB(1, 5, 9, 13, SIGMA[s + 2]!, SIGMA[s + 3]!);
    gB(2, 6, 10, 14, SIGMA[s + 4]!, SIGMA[s + 5]!);
    gB(3, 7, 11, 15, SIGMA[s + 6]!, SIGMA[s + 7]!);
    gB(0, 5, 10, 15, SIGMA[s + 8]!, SIGMA[s + 9]!);
    gB(1, 6, 11, 12, SIGMA[s + 10]!, SIGMA[s + 11]!);
    gB(2, 7, 8, 13, SIGMA[s + 12]!, SIGMA[s + 13]!);
    gB(3, 4, 9, 14, SIGMA[s + 14]!, SIGMA[s + 15]!);
  }
  for (let i = 0; i < 16; i++) h[i] = h[i]! ^ VB[i]! ^ VB[i + 16]!;
}

const VS = new Int32Array(16);

function gS(a: number, b: number, c: number, d: number, x: number, y: number): void {
  let t = (VS[a]! + VS[b]! + x) | 0;
  VS[a] = t;
  t = VS[d]! ^ t;
  VS[d] = (t >>> 16) | (t << 16);
  VS[c] = (VS[c]! + VS[d]!) | 0;
  t = VS[b]! ^ VS[c]!;
  VS[b] = (t >>> 12) | (t << 20);
  t = (VS[a]! + VS[b]! + y) | 0;
  VS[a] = t;
  t = VS[d]! ^ t;
  VS[d] = (t >>> 8) | (t << 24);
  VS[c] = (VS[c]! + VS[d]!) | 0;
  t = VS[b]! ^ VS[c]!;
  VS[b] = (t >>> 7) | (t << 25);
}

/** One BLAKE2s block: h (8 words), data[off .. off + 64), byte counter t (< 2**53), flags. */
export function blake2sBlock(h: Int32Array, data: Uint8Array, off: number, t: number, last: boolean, lastNode: boolean): void {
  for (let i = 0; i < 16; i++, off += 4) M[i] = data[off]! | (data[off + 1]! << 8) | (data[off + 2]! << 16) | (data[off + 3]! << 24);
  for (let i = 0; i < 8; i++) {
    VS[i] = h[i]!;
    VS[i + 8] = IV_S[i]!;
  }
  VS[12] ^= t | 0;
  VS[13] ^= (t / 0x100000000) | 0;
  if (last) VS[14] = ~VS[14]!;
  if (lastNode) VS[15] = ~VS[15]!;
  for (let r = 0; r < 10; r++) {
    const s = r * 16;
    gS(0, 4, 8, 12, M[SIGMA[s]!]!, M[SIGMA[s + 1]!]!);
    gS(1, 5, 9, 13, M[SIGMA[s + 2]!]!, M[SIGMA[s + 3]!]!);
    gS(2, 6, 10, 14, M[SIGMA[s + 4]!]!, M[SIGMA[s + 5]!]!);
    gS(3, 7, 11, 15, M[SIGMA[s + 6]!]!, M[SIGMA[s + 7]!]!);
    gS(0, 5, 10, 15, M[SIGMA[s + 8]!]!, M[SIGMA[s + 9]!]!);
    gS(1, 6, 11, 12, M[SIGMA[s + 10]!]!, M[SIGMA[s + 11]!]!);
    gS(2, 7, 8, 13, M[SIGMA[s + 12]!]!, M[SIGMA[s + 13]!]!);
    gS(3, 4, 9, 14, M[SIGMA[s + 14]!]!, M[SIGMA[s + 15]!]!);
  }
  for (let i = 0; i < 8; i++) h[i] = h[i]! ^ VS[i]! ^ VS[i + 8]!;
}
