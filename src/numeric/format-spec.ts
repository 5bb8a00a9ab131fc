/**
 * The format-spec mini-language shared by format(int|float|complex|str, spec):
 * parsing ([[fill]align][sign][z][#][0][width][grouping][.precision][type],
 * with CPython 3.12's errors) and the padding/grouping layout of a number
 * (CPython's calc_number_widths + fill_number).
 *
 *   parseFormatSpec(spec, typeName, defaultType, defaultAlign): FormatSpec
 *   layoutNumber(spec, parts): string      sign, prefix, padding, grouped digits, point, rest
 *   groupDigits(digits, minWidth, group, sep): string
 *   padText(text, textLen, width, align, fill): string
 *   unknownFormatCode(type, typeName): NumericError
 */
import { NumericError } from './errors.js';
import { unicodeDecimalValue } from './text-util.js';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  fill: string;
  /** fill given explicitly (or by the '0' flag) */
  fillSpecified: boolean;
  align: Align;
  alignSpecified: boolean;
  sign: '' | '+' | '-' | ' ';
  /** 'z': coerce negative zero */
  noNegZero: boolean;
  alternate: boolean;
  /** -1 when absent */
  width: number;
  /** '' | ',' | '_' */
  grouping: '' | ',' | '_';
  /** -1 when absent */
  precision: number;
  /** one character, '' when absent and no default */
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

/** Python's %c-or-\xNN way of naming a format character in messages. */
function showChar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

export function unknownFormatCode(type: string, typeName: string): NumericError {
  return new NumericError('ValueError', `Unknown format code '${showChar(type)}' for object of type '${typeName}'`);
}

export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: Align): FormatSpec {
  const cs = Array.from(spec); // code points: a fill may be outside the BMP
  const end = cs.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    fillSpecified: false,
    align: defaultAlign,
    alignSpecified: false,
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    f.align = cs[pos + 1] as Align;
    f.fill = cs[pos]!;
    f.fillSpecified = true;
    f.alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    f.align = cs[pos] as Align;
    f.alignSpecified = true;
    pos++;
  }
  const c = cs[pos];
  if (c === '+' || c === '-' || c === ' ') {
    f.sign = c;
    pos++;
  }
  if (cs[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (cs[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && cs[pos] === '0') {
    f.fill = '0';
    if (!f.alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let acc = 0n;
    let n = 0;
    while (pos < end) {
      const d = unicodeDecimalValue(cs[pos]!.codePointAt(0)!);
      if (d < 0) break;
      if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) {
        throw new NumericError('ValueError', 'Too many decimal digits in format string');
      }
      acc = acc * 10n + BigInt(d);
      pos++;
      n++;
    }
    return n === 0 ? -1 : Number(acc);
  };
  f.width = readInt();
  if (cs[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (cs[pos] === '_') {
    if (f.grouping !== '') throw new NumericError('ValueError', "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (cs[pos] === ',' && f.grouping === '_') throw new NumericError('ValueError', "Cannot specify both ',' and '_'.");
  if (cs[pos] === '.') {
    pos++;
    f.precision = readInt();
    if (f.precision < 0) throw new NumericError('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw new NumericError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = cs[pos]!;
  if (f.grouping !== '') {
    const t = f.type;
    const decimalOk = t === 'd' || t === 'e' || t === 'f' || t === 'g' || t === 'E' || t === 'G' || t === '%' || t === 'F' || t === '';
    // '_' also groups bin/oct/hex digits, by four (PEP 515)
    const radixOk = f.grouping === '_' && (t === 'b' || t === 'o' || t === 'x' || t === 'X');
    if (!decimalOk && !radixOk) {
      throw new NumericError('ValueError', `Cannot specify '${f.grouping}' with '${showChar(t)}'.`);
    }
  }
  return f;
}

/**
 * Digits with separators every `group` digits from the right, zero-padded
 * (separators included) to at least minWidth characters, exactly as
 * CPython's _PyUnicode_InsertThousandsGrouping.
 */
export function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  const chunks: string[] = []; // right to left
  let remaining = digits.length;
  let end = digits.length;
  const take = (l: number): void => {
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    chunks.push('0'.repeat(zeros) + digits.slice(end - chars, end));
    end -= chars;
    remaining -= chars;
  };
  let broken = false;
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      take(l);
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) take(Math.max(remaining, minWidth, 1));
  return chunks.reverse().join(sep);
}

/** The pieces of a formatted number, as CPython's calc_number_widths sees them. */
export interface NumberParts {
  /** '-' or '' */
  signChar: string;
  /** '0x' etc., or '' */
  prefix: string;
  /** the integer digits (grouped and zero-padded here) */
  digits: string;
  /** whether a decimal point follows the digits */
  hasDecimal: boolean;
  /** what follows the point (or the digits): fraction, exponent, '%', 'inf', a 'c' character */
  remainder: string;
  /** upper-case prefix and digits ('X') */
  upper?: boolean;
}

/** Lay out a number with sign, padding and grouping: CPython's calc_number_widths + fill_number. */
export function layoutNumber(spec: FormatSpec, p: NumberParts): string {
  let sign = '';
  if (spec.sign === '+') sign = p.signChar === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = p.signChar === '-' ? '-' : ' ';
  else if (p.signChar === '-') sign = '-';
  const remainderLen = Array.from(p.remainder).length;
  const nonDigits = sign.length + p.prefix.length + (p.hasDecimal ? 1 : 0) + remainderLen;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigits : 0;
  const groupSize = spec.grouping === '' ? 0 : spec.type === 'b' || spec.type === 'o' || spec.type === 'x' || spec.type === 'X' ? 4 : 3;
  let grouped = p.digits.length === 0 ? '' : groupDigits(p.digits, minWidth, groupSize, spec.grouping);
  let prefix = p.prefix;
  if (p.upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = spec.width - (nonDigits + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = padding >> 1;
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      case '>':
        lpad = padding;
        break;
    }
  }
  const fill = spec.fill;
  return (
    fill.repeat(lpad) + sign + prefix + fill.repeat(spad) + grouped + (p.hasDecimal ? '.' : '') + p.remainder + fill.repeat(rpad)
  );
}

/** CPython's calc_padding: text padded to width with fill ('=' pads on the right, as '<'). */
export function padText(text: string, textLen: number, width: number, align: Align, fill: string): string {
  const total = width >= 0 && width > textLen ? width : textLen;
  const left = align === '>' ? total - textLen : align === '^' ? (total - textLen) >> 1 : 0;
  const right = total - textLen - left;
  return fill.repeat(left) + text + fill.repeat(right);
}
