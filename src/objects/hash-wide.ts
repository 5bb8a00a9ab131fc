/**
 * Exact hashes past 2**53. The `hash` slot returns a JS number so that dicts
 * and sets hash without allocating; that number is exact only while it is a
 * safe integer, but CPython's hashes are 64-bit (hash(2**61) is 1, but
 * hash(10**30) and hash(0.1) use every bit). A slot that computes a wider
 * hash passes it through `wideHash`, which returns the nearest number and
 * remembers the exact bigint beside it; hash() (and the tuple hash, which
 * mixes its items' hashes bit by bit) turn the number a slot has just
 * returned back into the exact value with `exactHash`.
 *
 * Only the last wide hash is kept: read it right after the slot returns,
 * before anything else is hashed. A number that no slot reported (one that
 * is not the remembered one) is taken as it is.
 */
let lastExact = 0n;
let lastApprox = Number.NaN;

/** The number a `hash` slot returns for the exact hash `h`; remembers `h` when the number is not exact. */
export function wideHash(h: bigint): number {
  const n = Number(h);
  if (!Number.isSafeInteger(n)) {
    lastExact = h;
    lastApprox = n;
  }
  return n;
}

/** The exact hash behind `h`, the number a `hash` slot has just returned. */
export function exactHash(h: number): bigint {
  if (Number.isSafeInteger(h)) return BigInt(h);
  return h === lastApprox ? lastExact : BigInt(h);
}
