/**
 * The few text helpers the numeric parsers and error messages need.
 *
 *   isPySpace(cp)              str.isspace() for one code point
 *   toAsciiDigits(s)           CPython's _PyUnicode_TransformDecimalAndSpaceToASCII:
 *                              Unicode decimal digits -> '0'..'9', Unicode spaces -> ' ',
 *                              any other non-ASCII character -> '?' (making the text invalid)
 *   pyStrRepr(s)               repr() of a str, for the messages that quote their argument
 */

export function isPySpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** C's isspace() in the "C" locale, which CPython's parsers use on ASCII text. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const ND = /\p{Nd}/u;

/** The value of a Unicode decimal digit (category Nd), or -1. */
export function unicodeDecimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !ND.test(String.fromCodePoint(cp))) return -1;
  // Unicode encodes every decimal digit set as a run of ten code points 0..9, so
  // the position in the run of consecutive Nd characters gives the value.
  let k = 0;
  while (ND.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

export function toAsciiDigits(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = unicodeDecimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** repr() of a Python str. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (c !== 0x20 && NON_PRINTABLE.test(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}
