/**
 * The format-spec mini-language: [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 *   parseFormatSpec(spec, { typeName, defaultType, defaultAlign }) -> FormatSpec
 *       CPython's parsing and its errors ('Format specifier missing precision', "Cannot specify
 *       both ',' and '_'.", "Invalid format specifier 'xx' for object of type 'str'", ...). Numbers
 *       use it too: typeName 'int' / 'float', defaultType 'd' for int and '' for float,
 *       defaultAlign '>'.
 *   formatStr(s, spec)      format(s, spec) for a str
 *   padAligned(s, spec, defaultAlign)  fill/align/width applied to an already formatted body
 *   unknownFormatCodeError(type, typeName)  "Unknown format code 'x' for object of type 'str'"
 *
 * Widths and precisions are counted in code points.
 */
import { cpLength, cpToOffset } from './codepoints.js';
import { checkResultSize, TextError } from './errors.js';

export type Align = '<' | '>' | '=' | '^';

export interface FormatSpec {
  /** One code point; ' ' unless given (or '0' from the '0' flag). */
  fill: string;
  fillSpecified: boolean;
  align: Align;
  alignSpecified: boolean;
  sign: '+' | '-' | ' ' | null;
  /** The 'z' flag: coerce negative zero to positive zero. */
  noNegZero: boolean;
  /** The '#' flag. */
  alternate: boolean;
  /** The '0' flag was given (it set fill to '0' when no fill was given). */
  zeroPad: boolean;
  width: number | null;
  grouping: ',' | '_' | null;
  precision: number | null;
  /** The presentation type: one code point, or the default type ('' when none). */
  type: string;
}

export interface ParseOptions {
  /** Type name used in error messages ('str', 'int', 'float', ...). */
  typeName?: string;
  /** Type when the spec has none: 's' for str, 'd' for int, '' for float. */
  defaultType?: string;
  /** '<' for str, '>' for numbers. */
  defaultAlign?: Align;
}

const MAX_SSIZE = 2n ** 63n - 1n;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** How CPython shows a presentation type in messages: the char if printable ASCII, else \x.. */
function showType(t: string): string {
  const c = t.codePointAt(0) as number;
  return c > 32 && c < 128 ? t : '\\x' + c.toString(16);
}

export function unknownFormatCodeError(type: string, typeName: string): TextError {
  return new TextError('ValueError', `Unknown format code '${showType(type)}' for object of type '${typeName}'`);
}

function readNumber(cps: string[], pos: number): [number | null, number] {
  let end = pos;
  while (end < cps.length && (cps[end] as string) >= '0' && (cps[end] as string) <= '9') end++;
  if (end === pos) return [null, pos];
  const digits = cps.slice(pos, end).join('');
  if (digits.length > 18 && BigInt(digits) > MAX_SSIZE) {
    throw new TextError('ValueError', 'Too many decimal digits in format string');
  }
  return [Number(digits), end];
}

export function parseFormatSpec(spec: string, options: ParseOptions = {}): FormatSpec {
  const typeName = options.typeName ?? 'str';
  const defaultAlign = options.defaultAlign ?? '<';
  const cps = Array.from(spec);
  const r: FormatSpec = {
    fill: ' ',
    fillSpecified: false,
    align: defaultAlign,
    alignSpecified: false,
    sign: null,
    noNegZero: false,
    alternate: false,
    zeroPad: false,
    width: null,
    grouping: null,
    precision: null,
    type: options.defaultType ?? 's',
  };
  let pos = 0;
  const at = (i: number): string | undefined => cps[i];
  if (cps.length >= 2 && isAlign(at(1))) {
    r.fill = at(0) as string;
    r.fillSpecified = true;
    r.align = at(1) as Align;
    r.alignSpecified = true;
    pos = 2;
  } else if (isAlign(at(0))) {
    r.align = at(0) as Align;
    r.alignSpecified = true;
    pos = 1;
  }
  const s = at(pos);
  if (s === '+' || s === '-' || s === ' ') {
    r.sign = s;
    pos++;
  }
  if (at(pos) === 'z') {
    r.noNegZero = true;
    pos++;
  }
  if (at(pos) === '#') {
    r.alternate = true;
    pos++;
  }
  if (!r.fillSpecified && at(pos) === '0') {
    r.zeroPad = true;
    r.fill = '0';
    if (!r.alignSpecified && defaultAlign === '>') r.align = '=';
    pos++;
  }
  [r.width, pos] = readNumber(cps, pos);
  if (at(pos) === ',') {
    r.grouping = ',';
    pos++;
  }
  if (at(pos) === '_') {
    if (r.grouping !== null) throw new TextError('ValueError', "Cannot specify both ',' and '_'.");
    r.grouping = '_';
    pos++;
  }
  if (at(pos) === ',' && r.grouping === '_') throw new TextError('ValueError', "Cannot specify both ',' and '_'.");
  if (at(pos) === '.') {
    pos++;
    [r.precision, pos] = readNumber(cps, pos);
    if (r.precision === null) throw new TextError('ValueError', 'Format specifier missing precision');
  }
  if (cps.length - pos > 1) {
    throw new TextError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (cps.length - pos === 1) r.type = at(pos) as string;
  if (r.grouping !== null) {
    const t = r.type;
    const ok =
      t === '' || 'defgEG%F'.includes(t) ? true : 'boxX'.includes(t) ? r.grouping === '_' : false;
    if (!ok) throw new TextError('ValueError', `Cannot specify '${r.grouping}' with '${showType(t)}'.`);
  }
  return r;
}

/** Applies fill, align and width to body (already truncated/signed); '=' pads on the right, as CPython's calc_padding. */
export function padAligned(body: string, spec: FormatSpec, bodyLength: number = cpLength(body)): string {
  const width = spec.width ?? 0;
  if (width <= bodyLength) return body;
  const total = width - bodyLength;
  let left: number;
  if (spec.align === '<' || spec.align === '=') left = 0;
  else if (spec.align === '^') left = Math.floor(total / 2);
  else left = total;
  checkResultSize(body.length + total * spec.fill.length);
  return spec.fill.repeat(left) + body + spec.fill.repeat(total - left);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string): string {
  if (spec.length === 0) return s;
  const f = parseFormatSpec(spec, { typeName: 'str', defaultType: 's', defaultAlign: '<' });
  if (f.type !== 's') throw unknownFormatCodeError(f.type, 'str');
  if (f.sign === ' ') throw new TextError('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== null) throw new TextError('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero) {
    throw new TextError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alternate) throw new TextError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new TextError('ValueError', "'=' alignment not allowed in string format specifier");
  let body = s;
  let len = cpLength(s);
  if (f.precision !== null && f.precision < len) {
    body = s.slice(0, cpToOffset(s, f.precision));
    len = f.precision;
  }
  return padAligned(body, f, len);
}
