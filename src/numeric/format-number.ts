/**
 * format(x, spec) for int, float and complex, exactly as CPython 3.12
 * (Python/formatter_unicode.c). The 'n' type uses the C locale (no grouping,
 * '.' point), as CPython does until a program calls locale.setlocale.
 *
 *   formatInt(value: bigint, spec: string, typeName = 'int'): string
 *   formatFloat(value: number, spec: string, typeName = 'float'): string
 *   formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string
 *   formatString(value: string, spec: string, typeName = 'str'): string   (same parser, for str)
 *
 * typeName only appears in error messages (a bool or a subclass passes its own).
 * An empty spec gives str(x) (for a bool the caller must handle that itself).
 */
import { NumericError } from './errors.js';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, floatRepr, complexRepr, type DoubleFormatCode } from './float-format.js';
import { parseFormatSpec, layoutNumber, padText, unknownFormatCode, type FormatSpec, type NumberParts } from './format-spec.js';
import { intToBase, intToDecimal } from './int-str.js';
import { intToFloat } from './int-float.js';

export function formatInt(value: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(value);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntInternal(value, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(value), f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
}

function formatIntInternal(value: bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw new NumericError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) throw new NumericError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new NumericError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new NumericError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < -(1n << 63n) || value >= 1n << 63n) {
      throw new NumericError('OverflowError', 'Python int too large to convert to C long');
    }
    if (value < 0n || value > 0x10ffffn) throw new NumericError('OverflowError', '%c arg not in range(0x110000)');
    // 'c' has no digits: the character is laid out as a remainder
    return layoutNumber(f, { signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: String.fromCodePoint(Number(value)) });
  }
  let base = 10;
  let prefix = '';
  if (f.type === 'b') base = 2;
  else if (f.type === 'o') base = 8;
  else if (f.type === 'x' || f.type === 'X') base = 16;
  if (f.alternate && base !== 10) prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  const neg = value < 0n;
  const digits = base === 10 ? intToDecimal(neg ? -value : value) : (neg ? -value : value).toString(base);
  return layoutNumber(f, { signChar: neg ? '-' : '', prefix, digits, hasDecimal: false, remainder: '', upper: f.type === 'X' });
}

/** Split PyOS_double_to_string output into CPython's sign / digits / decimal / remainder. */
function numberParts(text: string): NumberParts {
  let i = 0;
  let signChar = '';
  if (text[0] === '-') {
    signChar = '-';
    i = 1;
  }
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const hasDecimal = text[j] === '.';
  return { signChar, prefix: '', digits: text.slice(i, j), hasDecimal, remainder: text.slice(hasDecimal ? j + 1 : j) };
}

export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(value);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(value, f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
}

function formatFloatInternal(value: number, f: FormatSpec): string {
  let precision = f.precision;
  if (precision > 2147483647) throw new NumericError('ValueError', 'precision too big');
  let type: string = f.type;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNegZero) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    // like repr() without a precision, else like 'g' with at least one digit after the point
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    value *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(value, type as DoubleFormatCode, precision, flags);
  if (pct) text += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return text;
  return layoutNumber(f, numberParts(text));
}

export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexRepr(re, im);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      throw unknownFormatCode(f.type, typeName);
  }
  if (f.fill === '0') throw new NumericError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new NumericError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  if (precision > 2147483647) throw new NumericError('ValueError', 'precision too big');
  let type: string = f.type;
  let defaultPrecision = 6;
  let flags = 0;
  let skipRe = false;
  let parens = false;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNegZero) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    // like str(): the real part is left out when it is +0.0, else parentheses
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reParts = numberParts(doubleToString(re, type as DoubleFormatCode, precision, flags));
  const imParts = numberParts(doubleToString(im, type as DoubleFormatCode, precision, flags));
  // the parts are laid out without padding, then the whole is padded
  const tmp: FormatSpec = { ...f, fill: '', align: '<', width: -1 };
  const reText = skipRe ? '' : layoutNumber(tmp, reParts);
  const imText = layoutNumber(skipRe ? tmp : { ...tmp, sign: '+' }, imParts);
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  return padText(body, Array.from(body).length, f.width, f.align, f.fill);
}

/** format(str, spec), sharing the parser; lengths count code points. */
export function formatString(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownFormatCode(f.type, typeName);
  if (f.sign !== '') {
    throw new NumericError('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNegZero) throw new NumericError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new NumericError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new NumericError('ValueError', "'=' alignment not allowed in string format specifier");
  let cps = Array.from(value);
  if (f.precision >= 0 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  return padText(cps.join(''), cps.length, f.width, f.align, f.fill);
}
