/**
 * repr() and ascii() of str, and repr() of bytes and bytearray, exactly as CPython 3.12.
 *
 *   strRepr(s)        'abc', "it's", '\n\x00\u200b\U000e0001', printable non-ASCII kept
 *   strAscii(s)       as strRepr but every non-ASCII code point escaped
 *   bytesRepr(b)      b'...'
 *   bytearrayRepr(b)  bytearray(b'...')
 *   bytesReprBody(b)  the b'...' part alone
 *
 * Quotes: single unless the text has a single quote and no double quote. Escapes: \\ \t \n \r,
 * the chosen quote, \xNN below 0x100, \uNNNN, \UNNNNNNNN; for str, non-printable per
 * str.isprintable() (lone surrogates included).
 */
import { isPrintableCp } from './unicode.js';

const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeCp(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function quoteOf(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

function reprImpl(s: string, asciiOnly: boolean): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  const q = quoteOf(s);
  const qc = q.charCodeAt(0);
  let out = q;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (cp === qc || cp === 0x5c) out += '\\' + String.fromCharCode(cp);
    else if (cp === 9) out += '\\t';
    else if (cp === 10) out += '\\n';
    else if (cp === 13) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += escapeCp(cp);
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (!asciiOnly && isPrintableCp(cp)) out += String.fromCodePoint(cp);
    else out += escapeCp(cp);
  }
  return out + q;
}

export function strRepr(s: string): string {
  return reprImpl(s, false);
}

export function strAscii(s: string): string {
  return reprImpl(s, true);
}

/** `b'...'`; bytearray's repr escapes a single quote even inside double quotes, as CPython. */
export function bytesReprBody(b: Uint8Array, alwaysEscapeSingle: boolean = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(q);
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === q || c === 0x5c || (c === 0x27 && alwaysEscapeSingle)) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}

export function bytesRepr(b: Uint8Array): string {
  return bytesReprBody(b);
}

export function bytearrayRepr(b: Uint8Array): string {
  return 'bytearray(' + bytesReprBody(b, true) + ')';
}
