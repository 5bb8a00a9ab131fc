// The hash kernels (src/lib/hash-kernels.ts) against node:crypto on random inputs: every length
// around the block boundaries, and the same data absorbed in random pieces.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALGS, absorb, algId, digestOf, finish, newCtx } from '../../src/lib/hash-kernels.js';

const NODE: Record<string, string> = {
  md5: 'md5', sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
  sha3_224: 'sha3-224', sha3_256: 'sha3-256', sha3_384: 'sha3-384', sha3_512: 'sha3-512',
  shake_128: 'shake128', shake_256: 'shake256', blake2b: 'blake2b512', blake2s: 'blake2s256',
}; // prettier-ignore

/** A deterministic generator (xorshift), so that a failure reproduces. */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x;
  }
  return out;
}

function nodeDigest(name: string, data: Uint8Array, length?: number): string {
  const opts = length === undefined ? undefined : { outputLength: length };
  return createHash(NODE[name]!, opts).update(data).digest('hex');
}
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('hash kernels against node:crypto', () => {
  const lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 71, 72, 103, 104, 111, 112, 119, 127, 128, 129, 135, 136, 137, 143, 144, 145, 167, 168, 169, 255, 256, 1000, 4097];
  for (const a of ALGS) {
    const shakeLen = a.size === 0 ? 100 : undefined;
    it(`${a.name}: one-shot, every length around the blocks`, () => {
      for (const n of lengths) {
        const data = randomBytes(n, n + 7);
        const c = newCtx(algId(a.name));
        absorb(c, data);
        const out = new Uint8Array(shakeLen ?? a.size);
        finish(c, out);
        expect(hex(out), `${a.name} length ${n}`).toBe(nodeDigest(a.name, data, shakeLen));
      }
    });
    it(`${a.name}: random pieces`, () => {
      for (let trial = 0; trial < 20; trial++) {
        const data = randomBytes(300 + trial * 97, trial + 1);
        const c = newCtx(algId(a.name));
        let pos = 0;
        let seed = trial * 31 + 5;
        while (pos < data.length) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          const take = Math.min(data.length - pos, seed % 200);
          absorb(c, data.subarray(pos, pos + take));
          pos += take;
        }
        const out = new Uint8Array(shakeLen ?? a.size);
        finish(c, out);
        expect(hex(out)).toBe(nodeDigest(a.name, data, shakeLen));
      }
    });
  }
  it('shake: long outputs cross the rate', () => {
    const data = randomBytes(50, 3);
    for (const len of [1, 135, 136, 137, 168, 169, 500]) {
      expect(hex(digestOf(algId('shake_128'), data, len))).toBe(nodeDigest('shake_128', data, len));
      expect(hex(digestOf(algId('shake_256'), data, len))).toBe(nodeDigest('shake_256', data, len));
    }
  });
});
