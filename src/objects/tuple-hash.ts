/**
 * The hash of a tuple (and of a slice, hashed as the tuple of its three
 * fields), CPython 3.12's algorithm: xxHash's round over the items' hashes
 * in unsigned 64-bit arithmetic. JS has no cheap u64, so the accumulator is
 * kept as two uint32 halves in module variables (no allocation per hash).
 *
 * The result is the signed 64-bit hash as a JS number: exact when it fits a
 * safe integer, else the nearest double with the exact value kept by
 * hash-wide.ts (the `hash` slot is a number). Items whose hash is wider than
 * a safe integer enter the rounds with their exact hash. `hashWords64` gives
 * the exact value as a bigint.
 */
import type { Value } from '../heap/layout.js';
import { hashValue } from '../vm/abstract.js';
import { exactHash, exactHashHi, exactHashLo, wideHashHalves } from './hash-wide.js';
import { T } from './registry.js';
import { tupleBase, tupleLength } from './tuple.js';

const TWO32 = 4294967296;
// XXPRIME_1 = 0x9E3779B185EBCA87, XXPRIME_2 = 0xC2B2AE3D27D4EB4F, XXPRIME_5 = 0x27D4EB2F165667C5
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;

/*
 * The halves live in module variables as int32 (`| 0`, never `>>> 0`): a module variable is a
 * slot of V8's context, and a number outside the small-integer range stored there is a new
 * heap number each time (about half the uint32 halves were: four allocations per round).
 */
let rHi = 0;
let rLo = 0;

/**
 * (ah:al) * (bh:bl) mod 2^64 into rHi:rLo, in int32 arithmetic only: the high
 * half of al * bl from 16-bit limbs, whose partial products are exact. (A
 * version on doubles with `%` and Math.floor made each tuple hash cost about
 * 200 ns: V8 computes `%` of a non-int32 double with a call to fmod.) The
 * halves may be given as int32 or uint32.
 */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const p01 = a0 * b1; // each partial product < 2^32
  const p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff); // < 3 * 2^16
  const hiOfLow = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16); // high 32 bits of al * bl
  rLo = Math.imul(al, bl);
  rHi = (hiOfLow + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/** The high half (int32) of a hash (a JS integer, maybe negative) in two's complement. */
function laneHi(h: number): number {
  // Most hashes fit an int32 (small ints, cached str hashes): no division then.
  if ((h | 0) === h) return h < 0 ? -1 : 0;
  return Math.floor(h / TWO32) | 0;
}

let accHi = 0;
let accLo = 0;

function start(): void {
  accHi = P5_HI | 0;
  accLo = P5_LO | 0;
}

/** One round over a hash a slot has just returned (exact past 2**53: see hash-wide.ts). */
function round(h: number): void {
  if (Number.isSafeInteger(h)) {
    roundLane(laneHi(h), h | 0);
    return;
  }
  const x = BigInt.asIntN(64, exactHash(h));
  roundLane(Number(x >> 32n), Number(BigInt.asIntN(32, x)));
}

/** The hash left in accHi:accLo, as the `hash` slot's number (its exact value kept by wideHash). */
function result(): number {
  return wideHashHalves(accHi, accLo);
}

/** acc += lane * P2; acc = rotl(acc, 31); acc *= P1 (lane and acc as int32 halves). */
function roundLane(lh: number, ll: number): void {
  mul64(lh, ll, P2_HI, P2_LO);
  const lo = (accLo >>> 0) + (rLo >>> 0);
  const hi = (accHi + rHi + (lo >= TWO32 ? 1 : 0)) | 0;
  const nHi = (hi << 31) | ((lo | 0) >>> 1);
  const nLo = (lo << 31) | (hi >>> 1);
  mul64(nHi, nLo, P1_HI, P1_LO);
  accHi = rHi;
  accLo = rLo;
}

function finish(n: number): void {
  // acc += n ^ (P5 ^ 3527539)
  const xLo = (P5_LO ^ 3527539 ^ n) >>> 0;
  const lo = (accLo >>> 0) + xLo;
  accHi = (accHi + P5_HI + (lo >= TWO32 ? 1 : 0)) | 0;
  accLo = lo | 0;
  if (accHi === -1 && accLo === -1) {
    accHi = 0;
    accLo = 1546275796;
  }
}

/**
 * Leave the exact hash of i32[base .. base + n) in accHi:accLo. Nested exact
 * tuples are hashed exactly here (their 64-bit hash does not survive a trip
 * through a JS number); other items through their `hash` slot, which may run
 * Python code: the caller keeps the container rooted (the heap does not move).
 */
function hashRange(base: number, n: number): void {
  let hi = P5_HI | 0;
  let lo = P5_LO | 0;
  for (let k = 0; k < n; k++) {
    const v = i32[base + k]!;
    let lh: number;
    let ll: number;
    if ((v & 1) !== 0) {
      // A small int is its own hash (hash(-1) is -2), without the hash slot's call.
      const n = v >> 1;
      const h = n === -1 ? -2 : n;
      lh = h < 0 ? -1 : 0;
      ll = h;
    } else if (i32[v >> 2] === T.tuple) {
      hashRange(tupleBase(v), tupleLength(v));
      lh = accHi;
      ll = accLo;
    } else {
      const h = hashValue(v);
      if (Number.isSafeInteger(h)) {
        lh = laneHi(h);
        ll = h | 0;
      } else {
        lh = exactHashHi(h);
        ll = exactHashLo(h);
      }
    }
    accHi = hi;
    accLo = lo;
    roundLane(lh, ll);
    hi = accHi;
    lo = accLo;
  }
  accHi = hi;
  accLo = lo;
  finish(n);
}

/** Hash of the values i32[base .. base + n) (a tuple's items). */
export function hashWords(base: number, n: number): number {
  hashRange(base, n);
  return result();
}

/**
 * The hash of the values i32[base .. base + n) (a tuple's items) left as int32 halves for
 * tupleHashHi and tupleHashLo: for dicts and sets, which need only the halves. Going through
 * the number instead costs a heap number per hash, since it is mostly wider than a small int.
 */
export function hashWordsToHalves(base: number, n: number): void {
  hashRange(base, n);
}
/** The high half (int32) of the hash hashWordsToHalves computed last. */
export function tupleHashHi(): number {
  return accHi;
}
/** The low half (int32) of the hash hashWordsToHalves computed last. */
export function tupleHashLo(): number {
  return accLo;
}

/** Hash of three values (a slice). */
export function hashThree(a: Value, b: Value, c: Value): number {
  // Each item is hashed just before its round, while its exact hash is the remembered one;
  // the accumulator waits in locals, since a slice's fields may hash tuples of their own.
  start();
  let hi = accHi;
  let lo = accLo;
  for (let k = 0; k < 3; k++) {
    const h = hashValue(k === 0 ? a : k === 1 ? b : c);
    accHi = hi;
    accLo = lo;
    round(h);
    hi = accHi;
    lo = accLo;
  }
  finish(3);
  return result();
}

/** The exact signed 64-bit hash of i32[base .. base + n) as a bigint. */
export function hashWords64(base: number, n: number): bigint {
  hashRange(base, n);
  return (BigInt(accHi) << 32n) | BigInt(accLo >>> 0);
}
