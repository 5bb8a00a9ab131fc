// str.format templates against CPython 3.12.1 (fixtures/format-template.json is written by
// gen/template_cases.py with arguments that record every lookup).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextError } from '../../src/text/errors.js';
import { formatStr } from '../../src/text/format-spec.js';
import {
  POSITIONAL_IN_FORMAT_MAP,
  renderFormat,
  replacementIndexError,
  scanFormatTemplate,
  splitFieldName,
  type FormatHost,
} from '../../src/text/format-template.js';
import { strAscii, strRepr } from '../../src/text/repr.js';

type Result = { ok: unknown } | { err: [string, string]; before?: unknown };
interface Fixture {
  render: [string, Result][];
  parser: [string, Result][];
  fieldname: [string, Result][];
}
const fx = JSON.parse(readFileSync(new URL('./fixtures/format-template.json', import.meta.url), 'utf8')) as Fixture;

/** A recorded path (R in the generator), a converted str, or an int. */
type V = { p: string } | string | number;

const host: FormatHost<V> = {
  getArg(key) {
    if (typeof key === 'number') {
      if (key < 3) return { p: String(key) };
      throw new TextError('IndexError', `Replacement index ${key} out of range for positional args tuple`);
    }
    if (key === 'x') return { p: 'x' };
    if (key === 'w') return 7;
    throw new TextError('KeyError', strRepr(key));
  },
  getAttr: (o, name) => ({ p: (o as { p: string }).p + '.' + name }),
  getItem: (o, k) => ({ p: (o as { p: string }).p + '[' + (typeof k === 'number' ? String(k) : strRepr(k)) + ']' }),
  convert(o, c) {
    const r = 'R' + (o as { p: string }).p;
    return c === 'a' ? strAscii(r).slice(1, -1) : r;
  },
  format(o, spec) {
    if (typeof o === 'string') return formatStr(o, spec);
    if (typeof o === 'number') return String(o);
    return '<' + o.p + ':' + spec + '>';
  },
};

function run(f: () => unknown): Result {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof TextError) return { err: [e.kind, e.message] };
    throw e;
  }
}

describe('renderFormat', () => {
  it.each(fx.render)('%j.format(...)', (t, exp) => expect(run(() => renderFormat(t, host))).toEqual(exp));
});

describe('scanFormatTemplate as _string.formatter_parser', () => {
  it.each(fx.parser)('%j', (t, exp) => {
    const got: unknown[] = [];
    const r = run(() => {
      for (const { literal, field } of scanFormatTemplate(t)) {
        got.push(field === null ? [literal, null, null, null] : [literal, field.name, field.spec, field.conversion]);
      }
      return got;
    });
    if ('err' in r) expect({ ...r, before: got }).toEqual(exp);
    else expect(r).toEqual(exp);
  });
});

describe('splitFieldName as _string.formatter_field_name_split', () => {
  it.each(fx.fieldname)('%j', (n, exp) => {
    const r = run(() => {
      const f = splitFieldName(n);
      return [f.first, f.rest.map((a) => (a.kind === 'attr' ? [true, a.name] : [false, a.key]))];
    });
    expect(r).toEqual(exp);
  });
});

describe('format_map and missing arguments (CPython messages)', () => {
  const mapHost: FormatHost<V> = {
    ...host,
    getArg(key) {
      if (typeof key === 'number') throw new TextError('ValueError', POSITIONAL_IN_FORMAT_MAP);
      return host.getArg(key);
    },
  };
  it("'{}'.format_map({}) and '{0}'.format_map({}) raise ValueError", () => {
    expect(run(() => renderFormat('{}', mapHost))).toEqual({ err: ['ValueError', 'Format string contains positional fields'] });
    expect(run(() => renderFormat('{0}', mapHost))).toEqual({ err: ['ValueError', 'Format string contains positional fields'] });
  });
  it("'{}'.format() raises IndexError", () => {
    expect(replacementIndexError(0).message).toBe('Replacement index 0 out of range for positional args tuple');
  });
});
