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
let lastApprox = Number.NaN;
/** The last wide hash as two's complement uint32 halves, when given that way (-1: as a bigint). */
let lastHi = -1;
let lastLo = 0;

/** The number a `hash` slot returns for the exact hash `h`; remembers `h` when the number is not exact. */
export function wideHash(h: bigint): number {
  const n = Number(h);
  if (!Number.isSafeInteger(n)) {
    lastExact = h;
    lastApprox = n;
    lastHi = -1;
  }
  return n;
}

/**
 * wideHash of the signed 64-bit value hi:lo (uint32 halves), without making
 * a bigint: the tuple hash, whose results are mostly wider than 2**53 and
 * mostly used only by dicts and sets, which need just the number.
 */
export function wideHashHalves(hi: number, lo: number): number {
  const n = (hi >= 0x80000000 ? hi - 4294967296 : hi) * 4294967296 + lo;
  if (!Number.isSafeInteger(n)) {
    lastApprox = n;
    lastHi = hi;
    lastLo = lo;
  }
  return n;
}

/** Make lastHi:lastLo hold the remembered wide hash (wideHash kept it as a bigint). */
function rememberedHalves(): void {
  if (lastHi >= 0) return;
  const u = BigInt.asUintN(64, lastExact);
  lastHi = Number(u >> 32n);
  lastLo = Number(u & 0xffffffffn);
}

/** The exact hash behind `h`, the number a `hash` slot has just returned. */
export function exactHash(h: number): bigint {
  if (Number.isSafeInteger(h)) return BigInt(h);
  if (h !== lastApprox) return BigInt(h);
  if (lastHi >= 0) return BigInt.asIntN(64, (BigInt(lastHi) << 32n) | BigInt(lastLo));
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
  if (h === lastApprox && !Number.isSafeInteger(h)) {
    rememberedHalves();
    return lastLo | 0;
  }
  return h | 0;
}

/** The high 32 bits (as an int32) of the exact hash behind `h`; see exactHashLo. */
export function exactHashHi(h: number): number {
  if (h === lastApprox && !Number.isSafeInteger(h)) {
    rememberedHalves();
    return lastHi | 0;
  }
  return Math.floor(h / TWO32) | 0;
}
