// bytes methods against CPython 3.12.1: fixtures/bytes-methods.json is written by gen/bytes_cases.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as S from '../../src/text/bytes-search.js';
import * as X from '../../src/text/bytes-transform.js';
import { TextError } from '../../src/text/errors.js';

type Result = { ok: unknown } | { err: [string, string] };
type Case = [string, unknown, unknown[], Result];
const cases = JSON.parse(readFileSync(new URL('./fixtures/bytes-methods.json', import.meta.url), 'utf8')) as Case[];

const fromHex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** JSON form -> JS values ({"b": hex} -> Uint8Array, lists stay arrays). */
function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === 'object' && 'b' in v) return fromHex((v as { b: string }).b);
  return v;
}
/** JS values -> JSON form of the fixture. */
function encode(v: unknown): unknown {
  if (v instanceof Uint8Array) return { b: toHex(v) };
  if (Array.isArray(v)) return v.map(encode);
  return v;
}

// any: one dispatch table over methods of varied signatures, called with JSON arguments.
type Fn = (...a: any[]) => unknown;
const methods: Record<string, Fn> = {
  lower: X.bytesLower, upper: X.bytesUpper, capitalize: X.bytesCapitalize, swapcase: X.bytesSwapCase, title: X.bytesTitle,
  isalpha: X.bytesIsAlpha, isalnum: X.bytesIsAlnum, isdigit: X.bytesIsDigit, isspace: X.bytesIsSpace, isascii: X.bytesIsAscii,
  islower: X.bytesIsLower, isupper: X.bytesIsUpper, istitle: X.bytesIsTitle,
  split: S.bytesSplit, rsplit: S.bytesRSplit, splitlines: S.bytesSplitLines, partition: S.bytesPartition,
  rpartition: S.bytesRPartition, find: S.bytesFind, rfind: S.bytesRFind, index: S.bytesIndex, rindex: S.bytesRIndex,
  count: S.bytesCount, __contains__: S.bytesContains, startswith: S.bytesStartsWith, endswith: S.bytesEndsWith,
  strip: X.bytesStrip, lstrip: X.bytesLStrip, rstrip: X.bytesRStrip, removeprefix: X.bytesRemovePrefix,
  removesuffix: X.bytesRemoveSuffix, expandtabs: X.bytesExpandTabs, center: X.bytesCenter, ljust: X.bytesLJust,
  rjust: X.bytesRJust, zfill: X.bytesZFill, replace: X.bytesReplace, translate: X.bytesTranslate,
  hex: X.bytesHex,
  fromhex: (_: unknown, s: string) => X.bytesFromHex(s),
  maketrans: (_: unknown, a: Uint8Array, b: Uint8Array) => X.bytesMakeTrans(a, b),
};

function run(fn: Fn, recv: unknown, args: unknown[]): Result {
  try {
    return { ok: encode(fn(recv, ...args)) };
  } catch (e) {
    if (e instanceof TextError) return { err: [e.kind, e.message] };
    throw e;
  }
}

describe('bytes methods match CPython', () => {
  const byMethod = new Map<string, Case[]>();
  for (const c of cases) {
    if (!byMethod.has(c[0])) byMethod.set(c[0], []);
    byMethod.get(c[0])!.push(c);
  }
  for (const [name, list] of byMethod) {
    it(`${name} (${list.length} cases)`, () => {
      const fn = methods[name];
      expect(fn, name).toBeDefined();
      const bad: string[] = [];
      for (const [, recv, args, exp] of list) {
        const got = run(fn!, decode(recv), decode(args) as unknown[]);
        if (JSON.stringify(got) !== JSON.stringify(exp)) {
          bad.push(`${JSON.stringify(recv)}.${name}(${JSON.stringify(args).slice(1, -1)}): got ${JSON.stringify(got)}, CPython ${JSON.stringify(exp)}`);
        }
      }
      expect(bad.slice(0, 15)).toEqual([]);
    });
  }
});

describe('bytes join and decode', () => {
  it('join', () => {
    expect(toHex(X.bytesJoin(Uint8Array.of(44), [Uint8Array.of(97), Uint8Array.of(), Uint8Array.of(98)]))).toBe('612c2c62');
  });
  it('decode goes through the codecs', () => {
    expect(X.bytesDecode(Uint8Array.of(0xc3, 0xa9))).toBe('é');
    expect(() => X.bytesDecode(Uint8Array.of(97), 'x')).toThrow('unknown encoding: x');
  });
});
