// str % args and bytes % args against CPython 3.12.1 (fixtures/percent-format.json is written by
// gen/percent_cases.py). The host below stands in for the VM: values carry their Python
// str/repr/ascii, and formatNumber is a small int/float formatter enough for these cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextError } from '../../src/text/errors.js';
import {
  bytesPercentFormat,
  strPercentFormat,
  type BytesPercentHost,
  type PercentArgs,
  type PercentSpec,
  type StrPercentHost,
} from '../../src/text/percent-format.js';
import { strRepr } from '../../src/text/repr.js';

interface Val {
  type: string;
  str?: string;
  repr?: string;
  ascii?: string;
  v?: unknown;
  items?: Val[];
}
type Result = { ok: string } | { err: [string, string] };
interface Fixture {
  str: [string, Val, Result][];
  bytes: [string, Val, Result][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/percent-format.json', import.meta.url), 'utf8')) as Fixture;

const fromHex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
const toHex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function formatNumber(v: Val, spec: PercentSpec): string {
  const c = spec.conversion;
  const isInt = v.type === 'int' || v.type === 'bool';
  const isFloat = v.type === 'float';
  if ('diu'.includes(c) && !isInt && !isFloat) {
    throw new TextError('TypeError', `%${c} format: a real number is required, not ${v.type}`);
  }
  if ('oxX'.includes(c) && !isInt) {
    throw new TextError('TypeError', `%${c} format: an integer is required, not ${v.type}`);
  }
  if ('eEfFgG'.includes(c) && !isInt && !isFloat) throw new TextError('TypeError', `must be real number, not ${v.type}`);
  const f = spec.flags;
  const signOf = (neg: boolean): string => (neg ? '-' : f.sign ? '+' : f.blank ? ' ' : '');
  if ('diuoxX'.includes(c)) {
    const n = isInt ? BigInt(v.v as string) : BigInt(Math.trunc(Number(v.v)));
    const neg = n < 0n;
    const abs = neg ? -n : n;
    let digits = c === 'o' ? abs.toString(8) : 'xX'.includes(c) ? abs.toString(16) : abs.toString();
    if (c === 'X') digits = digits.toUpperCase();
    if (spec.precision !== null) digits = digits.padStart(spec.precision, '0');
    const prefix = f.alternate ? (c === 'o' ? '0o' : c === 'x' ? '0x' : c === 'X' ? '0X' : '') : '';
    return signOf(neg) + prefix + digits;
  }
  const x = Number(v.v);
  if (c !== 'f') throw new Error('test host formats only %f floats');
  return signOf(x < 0) + Math.abs(x).toFixed(spec.precision ?? 6);
}

/** m[key] where key is a str ('str', text) or bytes ('bytes', hex). */
function lookup(m: Val, keyType: string, key: string, shown: string): Val {
  if (m.type === 'list') throw new TextError('TypeError', `list indices must be integers or slices, not ${keyType}`);
  const hit = (m.v as [string, string, Val][]).find(([t, k]) => t === keyType && k === key);
  if (hit === undefined) throw new TextError('KeyError', shown);
  return hit[2];
}

const strHost: StrPercentHost<Val> = {
  getItem: (m, key) => lookup(m, 'str', key, strRepr(key)),
  asIndex: (v) => (v.type === 'int' ? Number(v.v) : null),
  formatNumber,
  str: (v) => v.str as string,
  repr: (v) => v.repr as string,
  ascii: (v) => v.ascii as string,
  charArg: (v) => (v.type === 'str' ? (v.v as string) : v.type === 'int' ? Number(v.v) : null),
};

const bytesHost: BytesPercentHost<Val> = {
  getItem: (m, key) => lookup(m, 'bytes', toHex(key), "b'" + String.fromCharCode(...key) + "'"),
  asIndex: (v) => (v.type === 'int' ? Number(v.v) : null),
  formatNumber,
  bytesOf: (v) => (v.type === 'bytes' || v.type === 'bytearray' ? fromHex(v.v as string) : null),
  ascii: (v) => v.ascii as string,
  charArg: (v) => (v.type === 'bytes' ? fromHex(v.v as string) : v.type === 'int' ? Number(v.v) : null),
  typeName: (v) => v.type,
};

function argsOf(v: Val, bytes: boolean): PercentArgs<Val> {
  if (v.type === 'tuple') return { kind: 'tuple', items: v.items as Val[] };
  const mapping = v.type === 'dict' || v.type === 'list' || (!bytes && v.type === 'bytes');
  return { kind: 'single', value: v, isMapping: mapping };
}

function run(f: () => string): Result {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof TextError) return { err: [e.kind, e.message] };
    throw e;
  }
}

describe('str % args', () => {
  it.each(fx.str)('%j %% %j', (fmt, a, exp) => {
    expect(run(() => strPercentFormat(fmt, argsOf(a, false), strHost))).toEqual(exp);
  });
});

describe('bytes % args', () => {
  it.each(fx.bytes)('%s %% %j', (fmt, a, exp) => {
    expect(run(() => toHex(bytesPercentFormat(fromHex(fmt), argsOf(a, true), bytesHost)))).toEqual(exp);
  });
});
