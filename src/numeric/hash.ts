/**
 * hash() of numbers and tuples exactly as 64-bit CPython 3.12 computes them.
 * Results are signed 64-bit values as bigint; -1 is never returned (it becomes -2).
 *
 *   hashInt(n)                 n mod (2**61 - 1), with n's sign
 *   hashFloat(x, nanHash)      integral floats hash as ints, fractions exactly as
 *                              the rational value, inf = 314159, -inf = -314159;
 *                              a nan hashes as its object (nanHash, from the caller)
 *   hashComplex(re, im, nanHash)   hash(re) + 1000003 * hash(im), wrapped to 64 bits
 *   hashTuple(itemHashes)      the xxHash-based tuple hash of 3.8+
 */
import { decompose } from './bits.js';

export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159n;
export const HASH_IMAG = 1000003n;
const MASK64 = (1n << 64n) - 1n;

function toSigned64(u: bigint): bigint {
  u &= MASK64;
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}

export function hashInt(n: bigint): bigint {
  if (n >= 0n) return n < HASH_MODULUS ? n : n % HASH_MODULUS;
  let h = -(-n % HASH_MODULUS);
  if (h === -1n) h = -2n;
  return h;
}

export function hashFloat(x: number, nanHash = 0n): bigint {
  if (Number.isNaN(x)) return nanHash;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (Number.isSafeInteger(x)) {
    // |x| < 2**53 < modulus
    return x === -1 ? -2n : BigInt(x);
  }
  // x = mant * 2**exp, and 2**61 = 1 modulo 2**61 - 1, so 2**exp reduces to 2**(exp mod 61)
  const { mant, exp } = decompose(x);
  const e = ((exp % 61) + 61) % 61;
  let h = ((BigInt(mant) % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

export function hashComplex(re: number, im: number, nanHash = 0n): bigint {
  const hr = hashFloat(re, nanHash);
  const hi = hashFloat(im, nanHash);
  let h = toSigned64(hr + HASH_IMAG * hi);
  if (h === -1n) h = -2n;
  return h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = (acc + (h & MASK64) * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return toSigned64(acc);
}
