/**
 * str.format templates: "a {0!r:>{w}} {x.y[1]}".
 *
 * Three layers, each usable alone:
 *
 *   scanFormatTemplate(t)    generator of chunks {literal, field} as _string.formatter_parser:
 *                            literal text (with {{ and }} unescaped) and the raw field after it
 *                            (name text, conversion char, spec text). Syntax errors are thrown
 *                            lazily, when the scan reaches them, as CPython does.
 *   splitFieldName(name)     '0.a[b]' -> first part ('' for automatic numbering, a number for an
 *                            index, else a keyword) and the chain of .attr / [key] lookups, as
 *                            _string.formatter_field_name_split.
 *   renderFormat(t, host)    the whole of str.format / format_map: the VM supplies a FormatHost
 *                            (argument lookup, getattr, getitem, repr/str/ascii, format()); this
 *                            drives it in CPython's order (field object, conversion, nested spec
 *                            expansion, format), with automatic numbering shared by nested fields
 *                            and recursion limited as CPython ('Max string recursion exceeded').
 *
 * Errors are TextError('ValueError', CPython's message), e.g. "Single '}' encountered in format
 * string", "cannot switch from automatic field numbering to manual field specification".
 */
import { TextError } from './errors.js';
import { decimalValue } from './str-numeric.js';

export interface RawField {
  /** The field name text: '0', 'x.y[1]', '' ... */
  name: string;
  /** The conversion character after '!', or null. */
  conversion: string | null;
  /** The format spec text after ':' (may contain nested fields), '' when absent. */
  spec: string;
  /** Whether spec contains '{' (needs expanding before use). */
  specNeedsExpanding: boolean;
}

export interface TemplateChunk {
  literal: string;
  field: RawField | null;
}

export type FieldAccessor = { kind: 'attr'; name: string } | { kind: 'item'; key: number | string };

export interface FieldName {
  /** '' for automatic numbering, a number for a positional index, else a keyword. */
  first: '' | number | string;
  rest: FieldAccessor[];
}

function fail(msg: string): never {
  throw new TextError('ValueError', msg);
}

const OPEN = 0x7b;
const CLOSE = 0x7d;

/** Parses the field after '{' at offset pos; returns it and the offset after its '}'. */
function parseField(t: string, pos: number): [RawField, number] {
  const end = t.length;
  const nameStart = pos;
  let c = -1;
  while (pos < end) {
    c = t.charCodeAt(pos++);
    if (c === OPEN) fail("unexpected '{' in field name");
    if (c === 0x5b) {
      // '[': nothing is special up to the next ']'.
      while (pos < end && t.charCodeAt(pos) !== 0x5d) pos++;
      continue;
    }
    if (c === CLOSE || c === 0x3a || c === 0x21) break;
  }
  const name = t.slice(nameStart, pos - 1);
  if (c === 0x21 || c === 0x3a) {
    let conversion: string | null = null;
    if (c === 0x21) {
      if (pos >= end) fail('end of string while looking for conversion specifier');
      const cp = t.codePointAt(pos) as number;
      conversion = String.fromCodePoint(cp);
      pos += conversion.length;
      if (pos < end) {
        const d = t.charCodeAt(pos++);
        if (d === CLOSE) return [{ name, conversion, spec: '', specNeedsExpanding: false }, pos];
        if (d !== 0x3a) fail("expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let depth = 1;
    let expand = false;
    while (pos < end) {
      const d = t.charCodeAt(pos++);
      if (d === OPEN) {
        expand = true;
        depth++;
      } else if (d === CLOSE) {
        depth--;
        if (depth === 0) {
          return [{ name, conversion, spec: t.slice(specStart, pos - 1), specNeedsExpanding: expand }, pos];
        }
      }
    }
    fail("unmatched '{' in format spec");
  }
  if (c !== CLOSE) fail("expected '}' before end of string");
  return [{ name, conversion: null, spec: '', specNeedsExpanding: false }, pos];
}

export function* scanFormatTemplate(t: string): Generator<TemplateChunk, void, undefined> {
  const end = t.length;
  let pos = 0;
  while (pos < end) {
    const start = pos;
    let c = -1;
    let markup = false;
    while (pos < end) {
      c = t.charCodeAt(pos++);
      if (c === OPEN || c === CLOSE) {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (markup && c === CLOSE && (atEnd || t.charCodeAt(pos) !== CLOSE)) {
      fail("Single '}' encountered in format string");
    }
    if (markup && atEnd && c === OPEN) fail("Single '{' encountered in format string");
    if (markup) {
      if (t.charCodeAt(pos) === c) {
        // '{{' or '}}': one brace of literal text, no field.
        pos++;
        markup = false;
      } else {
        len--;
      }
    }
    const literal = t.slice(start, start + len);
    if (!markup) {
      yield { literal, field: null };
      continue;
    }
    const [field, next] = parseField(t, pos);
    pos = next;
    yield { literal, field };
  }
}

const MAX_SSIZE = 2n ** 63n - 1n;

/** Unicode decimal digits to a number, or -1 when s is not all decimal digits (CPython's get_integer). */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let n = 0n;
  for (const ch of s) {
    const v = decimalValue(ch.codePointAt(0) as number);
    if (v < 0) return -1;
    n = n * 10n + BigInt(v);
    if (n > MAX_SSIZE) fail('Too many decimal digits in format string');
  }
  return Number(n);
}

export function splitFieldName(name: string): FieldName {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const firstText = name.slice(0, i);
  const idx = getInteger(firstText);
  const first: '' | number | string = firstText === '' ? '' : idx >= 0 ? idx : firstText;
  const rest: FieldAccessor[] = [];
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const s = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      if (i === s) fail('Empty attribute in format string');
      rest.push({ kind: 'attr', name: name.slice(s, i) });
    } else if (c === '[') {
      const s = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) fail("Missing ']' in format string");
      const key = name.slice(s, i);
      i++;
      if (key === '') fail('Empty attribute in format string');
      const k = getInteger(key);
      rest.push({ kind: 'item', key: k >= 0 ? k : key });
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        fail("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      fail("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return { first, rest };
}

/**
 * What renderFormat needs from the VM; V is the VM's value type.
 *
 * getArg raises what CPython raises: replacementIndexError(i) past the positional arguments,
 * KeyError(repr(name)) for a missing keyword, and for format_map (no positional arguments at
 * all) POSITIONAL_IN_FORMAT_MAP for any index.
 */
export interface FormatHost<V> {
  /** args[index] or kwargs[name]. */
  getArg(key: number | string): V;
  getAttr(obj: V, name: string): V;
  getItem(obj: V, key: number | string): V;
  /** repr() / str() / ascii() of obj. */
  convert(obj: V, conversion: 'r' | 's' | 'a'): V;
  /** format(obj, spec). */
  format(obj: V, spec: string): string;
}

interface Numbering {
  state: 'none' | 'auto' | 'manual';
  next: number;
}

function showConversion(c: string): string {
  const cp = c.codePointAt(0) as number;
  return cp > 32 && cp < 127 ? c : '\\x' + cp.toString(16);
}

function build<V>(t: string, host: FormatHost<V>, depth: number, numbering: Numbering): string {
  if (depth <= 0) fail('Max string recursion exceeded');
  let out = '';
  for (const { literal, field } of scanFormatTemplate(t)) {
    out += literal;
    if (field === null) continue;
    const fname = splitFieldName(field.name);
    let key: number | string;
    if (fname.first === '') {
      if (numbering.state === 'manual') {
        fail('cannot switch from manual field specification to automatic field numbering');
      }
      numbering.state = 'auto';
      key = numbering.next++;
    } else {
      if (typeof fname.first === 'number') {
        if (numbering.state === 'auto') {
          fail('cannot switch from automatic field numbering to manual field specification');
        }
        numbering.state = 'manual';
      }
      key = fname.first;
    }
    let obj = host.getArg(key);
    for (const acc of fname.rest) {
      obj = acc.kind === 'attr' ? host.getAttr(obj, acc.name) : host.getItem(obj, acc.key);
    }
    if (field.conversion !== null) {
      const c = field.conversion;
      if (c !== 'r' && c !== 's' && c !== 'a') fail(`Unknown conversion specifier ${showConversion(c)}`);
      obj = host.convert(obj, c);
    }
    const spec = field.specNeedsExpanding ? build(field.spec, host, depth - 1, numbering) : field.spec;
    out += host.format(obj, spec);
  }
  return out;
}

/** str.format / str.format_map: the template rendered through host. */
export function renderFormat<V>(t: string, host: FormatHost<V>): string {
  return build(t, host, 2, { state: 'none', next: 0 });
}

/** str.format's IndexError for a positional field past the arguments. */
export function replacementIndexError(index: number): TextError {
  return new TextError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
}

/** format_map's ValueError for a positional field ('{0}' or '{}'). */
export const POSITIONAL_IN_FORMAT_MAP = 'Format string contains positional fields';
