// unicode_escape / raw_unicode_escape and the partial decoding of the incremental decoders
// (decodePrefix with final false) against CPython 3.12.1: fixtures/codecs-escape.json is written
// by gen/codec_escape_cases.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePrefix, encodeStr } from '../../src/text/codecs.js';
import { TextError } from '../../src/text/errors.js';

type Result = { ok: [string, number] } | { err: unknown[] };
interface Fixture {
  encode: [string, string, Result][];
  decode: [string, string, string, boolean, Result][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/codecs-escape.json', import.meta.url), 'utf8')) as Fixture;

const fromHex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function run(f: () => [string, number]): Result {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof TextError) {
      return { err: e.unicode ? [e.kind, e.message, e.unicode.start, e.unicode.end] : [e.kind, e.message] };
    }
    throw e;
  }
}

describe('escape codecs and partial decoding', () => {
  it(`encode (${fx.encode.length} cases)`, () => {
    for (const [s, enc, exp] of fx.encode) expect([s, enc, run(() => [toHex(encodeStr(s, enc)), 0])]).toEqual([s, enc, exp]);
  });
  it(`decode (${fx.decode.length} cases)`, () => {
    const bad: string[] = [];
    for (const [h, enc, err, final, exp] of fx.decode) {
      const got = run(() => decodePrefix(fromHex(h), enc, err, final));
      if (JSON.stringify(got) !== JSON.stringify(exp)) {
        bad.push(`${h} ${enc} ${err} final=${final}: got ${JSON.stringify(got)}, CPython ${JSON.stringify(exp)}`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
