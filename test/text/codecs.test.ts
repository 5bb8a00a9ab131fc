// str.encode / bytes.decode against CPython 3.12.1 (fixtures/codecs.json is written by
// gen/codec_cases.py): every input x codec x error handler, with the exception's start/end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codecInfoName, decodeBytes, encodeStr, lookupCodec } from '../../src/text/codecs.js';
import { TextError } from '../../src/text/errors.js';

type Result = { ok: string } | { err: unknown[] };
interface Fixture {
  encode: [string, string, string, Result][];
  decode: [string, string, string, Result][];
  names: [string, Result][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/codecs.json', import.meta.url), 'utf8')) as Fixture;

const fromHex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function run(f: () => string): Result {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof TextError) {
      return { err: e.unicode ? [e.kind, e.message, e.unicode.start, e.unicode.end] : [e.kind, e.message] };
    }
    throw e;
  }
}

function check(list: [string, string, string, Result][], f: (input: string, enc: string, err: string) => string): void {
  const bad: string[] = [];
  for (const [input, enc, err, exp] of list) {
    const got = run(() => f(input, enc, err));
    if (JSON.stringify(got) !== JSON.stringify(exp)) {
      bad.push(`${JSON.stringify(input)} ${enc} ${err}: got ${JSON.stringify(got)}, CPython ${JSON.stringify(exp)}`);
    }
  }
  expect(bad.slice(0, 20)).toEqual([]);
}

describe('codecs', () => {
  it(`encode (${fx.encode.length} cases)`, () => check(fx.encode, (s, enc, err) => toHex(encodeStr(s, enc, err))));
  it(`decode (${fx.decode.length} cases)`, () => check(fx.decode, (h, enc, err) => decodeBytes(fromHex(h), enc, err)));
  it.each(fx.names)('encoding name %j', (name, exp) => expect(run(() => toHex(encodeStr('é', name)))).toEqual(exp));
  it('codecs.lookup names', () => {
    expect(codecInfoName(lookupCodec('Latin-1'))).toBe('iso8859-1');
    expect(codecInfoName(lookupCodec('UTF8'))).toBe('utf-8');
  });
  it('a registered error handler is used for other names', () => {
    const opts = {
      errorHandler: (name: string) =>
        name === 'dash' ? () => ({ replacement: '-', resume: 2 }) : null,
    };
    // CPython with codecs.register_error('dash', lambda e: ('-', 2)): 'aéb'.encode('ascii', 'dash') == b'a-b'
    expect(toHex(encodeStr('aéb', 'ascii', 'dash', opts))).toBe('612d62');
    expect(() => encodeStr('é', 'ascii', 'nope', opts)).toThrow("unknown error handler name 'nope'");
  });
});
