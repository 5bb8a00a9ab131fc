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
 * Sets take the exact value as two int32 halves (exactHashLo,
 * exactHashHi), which need no bigint.
 *
 * Only the last wide hash is kept: read it right after the slot returns,
 * before anything else is hashed (an __eq__ or __hash__ running Python code
 * may hash again), and pass the exact value on, never the number. A number that no slot reported (one that
 * is not the remembered one) is taken as it is.
 */
let lastExact = 0n;
/**
 * The number the last wide hash was returned as. A typed array, not a module variable: a double
 * stored in a module variable is a new heap number at every store, and the tuple hash stores one
 * for most tuples.
 */
const lastApprox = new Float64Array([Number.NaN]);
/** Whether lastHi:lastLo hold the last wide hash (else it is lastExact, a bigint). */
let halvesKnown = false;
/** The last wide hash as two's complement int32 halves, when halvesKnown. */
let lastHi = 0;
let lastLo = 0;

/** The number a `hash` slot returns for the exact hash `h`; remembers `h` when the number is not exact. */
export function wideHash(h: bigint): number {
  const n = Number(h);
  if (!Number.isSafeInteger(n)) {
    lastExact = h;
    lastApprox[0] = n;
    halvesKnown = false;
  }
  return n;
}

/**
 * wideHash of the signed 64-bit value hi:lo (int32 halves), without making
 * a bigint: the tuple hash, whose results are mostly wider than 2**53 and
 * mostly used only by dicts and sets, which need just the number.
 */
export function wideHashHalves(hi: number, lo: number): number {
  const n = (hi | 0) * 4294967296 + (lo >>> 0);
  if (!Number.isSafeInteger(n)) {
    lastApprox[0] = n;
    halvesKnown = true;
    lastHi = hi | 0;
    lastLo = lo | 0;
  }
  return n;
}

/** Make lastHi:lastLo hold the remembered wide hash (wideHash kept it as a bigint). */
function rememberedHalves(): void {
  if (halvesKnown) return;
  lastHi = Number(BigInt.asIntN(32, lastExact >> 32n));
  lastLo = Number(BigInt.asIntN(32, lastExact));
  halvesKnown = true;
}

/** The exact hash behind `h`, the number a `hash` slot has just returned. */
export function exactHash(h: number): bigint {
  if (Number.isSafeInteger(h)) return BigInt(h);
  if (h !== lastApprox[0]) return BigInt(h);
  if (halvesKnown) return (BigInt(lastHi) << 32n) | BigInt(lastLo >>> 0);
  return lastExact;
}

const TWO32 = 4294967296;

/**
 * The low 32 bits (as an int32) of the exact hash behind `h`, the number a
 * `hash` slot has just returned: for dicts and sets, which probe with all 64
 * bits as CPython does. Call it (and exactHashHi) before anything else is
 * hashed; neither allocates once the halves are known (tuple hashes give
 * them directly).
 */
export function exactHashLo(h: number): number {
  if (h === lastApprox[0] && !Number.isSafeInteger(h)) {
    rememberedHalves();
    return lastLo;
  }
  return h | 0;
}

/** The high 32 bits (as an int32) of the exact hash behind `h`; see exactHashLo. */
export function exactHashHi(h: number): number {
  if (h === lastApprox[0] && !Number.isSafeInteger(h)) {
    rememberedHalves();
    return lastHi;
  }
  return Math.floor(h / TWO32) | 0;
}
