import { describe, expect, it } from 'vitest';
import * as nodeZlib from 'node:zlib';
import { adler32, crc32, Deflater, Inflater, ZlibFailure, Z_FINISH, Z_SYNC_FLUSH } from '../../src/lib/zlib-engine.js';

const text = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i}: ${'ab'.repeat(i % 17)}\n`).join(''));

describe('zlib engine', () => {
  it('checksums match node:zlib and the RFC values', () => {
    expect(adler32(Buffer.from('Wikipedia'), 1)).toBe(0x11e60398);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'), 0)).toBe(0x414fa339);
    expect(adler32(new Uint8Array(100000).fill(255), 1)).toBe(adler32(new Uint8Array(50000).fill(255), adler32(new Uint8Array(50000).fill(255), 1)));
  });

  it('frames like zlib: our zlib/gzip output equals node:zlib one-shot output', () => {
    for (const [wbits, ref] of [[15, nodeZlib.deflateSync(text)], [31, nodeZlib.gzipSync(text)], [-15, nodeZlib.deflateRawSync(text)]] as const) {
      const d = new Deflater({ level: -1, wbits, memLevel: 8, strategy: 0, zdict: null });
      const out = Buffer.concat([d.compress(text), d.flush(Z_FINISH)]);
      expect(out.equals(ref)).toBe(true);
    }
  });

  it('inflates in pieces with an output limit and stops at the end of the stream', () => {
    const z = Buffer.concat([nodeZlib.deflateSync(text), Buffer.from('rest')]);
    const inf = new Inflater(15, null);
    const parts: Uint8Array[] = [];
    let input: Uint8Array = z;
    for (let guard = 0; guard < 10000 && !inf.eof; guard++) {
      const r = inf.decompress(input, 1000);
      expect(r.out.length).toBeLessThanOrEqual(1000);
      parts.push(r.out);
      input = input.subarray(r.consumed);
    }
    expect(inf.eof).toBe(true);
    expect(Buffer.from(input).toString()).toBe('rest');
    expect(Buffer.concat(parts).equals(text)).toBe(true);
  });

  it('copies a deflater and an inflater mid-stream', () => {
    const d = new Deflater({ level: 6, wbits: 15, memLevel: 8, strategy: 0, zdict: null });
    const head = d.compress(text);
    const c = d.copy();
    const a = Buffer.concat([head, d.compress(Buffer.from('one')), d.flush(Z_FINISH)]);
    const b = Buffer.concat([head, c.compress(Buffer.from('two')), c.flush(Z_SYNC_FLUSH), c.flush(Z_FINISH)]);
    expect(nodeZlib.inflateSync(a).toString().endsWith('one')).toBe(true);
    expect(nodeZlib.inflateSync(b).toString().endsWith('two')).toBe(true);
    const z = nodeZlib.deflateSync(text);
    const inf = new Inflater(15, null);
    const first = inf.decompress(z.subarray(0, 500), 0).out;
    const copy = inf.copy();
    const rest = z.subarray(500);
    expect(Buffer.concat([first, copy.decompress(rest, 0).out]).equals(text)).toBe(true);
    expect(Buffer.concat([first, inf.decompress(rest, 0).out]).equals(text)).toBe(true);
  });

  it("reports zlib's errors", () => {
    expect(() => new Inflater(15, null).decompress(Buffer.from('xxxx'), 0)).toThrow(ZlibFailure);
    try {
      new Inflater(31, null).decompress(Buffer.from([0x1f, 0x8b, 8, 0xe0]), 0);
    } catch (e) {
      expect((e as ZlibFailure).detail).toBe('unknown header flags set');
    }
  });
});
