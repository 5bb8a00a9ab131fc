/**
 * The escape codecs: unicode_escape and raw_unicode_escape (codecs.ts dispatches to them).
 *
 *   encodeUnicodeEscape(s)          -> bytes: printable ASCII as is, \t \n \r \\, other code
 *                                      points as \xhh, \uhhhh or \Uhhhhhhhh (never fails)
 *   encodeRawUnicodeEscape(s)       -> bytes: code points < 0x100 as one byte (latin-1), the
 *                                      others as \uhhhh or \Uhhhhhhhh (never fails)
 *   decodeUnicodeEscape(b, errors, options, final)      -> [str, bytes consumed]
 *   decodeRawUnicodeEscape(b, errors, options, final)   -> [str, bytes consumed]
 *
 * Decoding follows CPython 3.12's _PyUnicode_DecodeUnicodeEscapeInternal and
 * PyUnicode_DecodeRawUnicodeEscape: bytes other than escapes are latin-1, errors are reported
 * under the names 'unicodeescape' / 'rawunicodeescape' with the same ranges and reasons
 * ("truncated \xXX escape", "\Uxxxxxxxx out of range", ...). With final false an escape cut
 * short by the end of the data is not an error: decoding stops before it and the consumed count
 * says where the caller resumes (the incremental decoders). CPython's DeprecationWarnings for
 * invalid escapes ('\q', octal above 0o377) are not emitted.
 */
import { lookupUnicodeName } from '../compiler/strings.js';
import { codePoints } from './codepoints.js';
import { Decoding, type CodecOptions } from './codecs.js';

function hexDigits(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** The bytes of an ASCII / latin-1 string. */
function latin1Bytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'));
}

export function encodeUnicodeEscape(s: string): Uint8Array {
  let out = '';
  for (const cp of codePoints(s)) {
    if (cp === 0x5c) out += '\\\\';
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x100) out += '\\x' + hexDigits(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hexDigits(cp, 4);
    else out += '\\U' + hexDigits(cp, 8);
  }
  return latin1Bytes(out);
}

export function encodeRawUnicodeEscape(s: string): Uint8Array {
  let out = '';
  for (const cp of codePoints(s)) {
    if (cp < 0x100) out += String.fromCharCode(cp);
    else if (cp < 0x10000) out += '\\u' + hexDigits(cp, 4);
    else out += '\\U' + hexDigits(cp, 8);
  }
  return latin1Bytes(out);
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

const SIMPLE: Record<number, string> = {
  0x0a: '', // backslash-newline: a line continuation
  0x5c: '\\',
  0x27: "'",
  0x22: '"',
  0x62: '\b',
  0x66: '\f',
  0x74: '\t',
  0x6e: '\n',
  0x72: '\r',
  0x76: '\v',
  0x61: '\x07',
};

/**
 * Reads `count` hex digits at b[i..]: [value, index after them], or [-1, index of the first
 * non-digit] (the end of the data when it runs out: then `short` is true).
 */
function readHex(b: Uint8Array, i: number, count: number): { value: number; end: number; short: boolean } {
  let v = 0;
  for (let k = 0; k < count; k++) {
    if (i + k >= b.length) return { value: -1, end: b.length, short: true };
    const d = hexValue(b[i + k]);
    if (d < 0) return { value: -1, end: i + k, short: false };
    v = v * 16 + d;
  }
  return { value: v, end: i + count, short: false };
}

const HEX_MESSAGE: Record<number, string> = {
  0x78: 'truncated \\xXX escape',
  0x75: 'truncated \\uXXXX escape',
  0x55: 'truncated \\UXXXXXXXX escape',
};

export function decodeUnicodeEscape(
  b: Uint8Array,
  errors: string,
  options: CodecOptions | undefined,
  final: boolean = true,
): [string, number] {
  const d = new Decoding(b, 'unicodeescape', errors, options, () => null);
  const n = b.length;
  let i = 0;
  let run = 0;
  const flush = (to: number): void => {
    if (to > run) d.out += Buffer.from(b.buffer, b.byteOffset + run, to - run).toString('latin1');
  };
  while (i < n) {
    if (b[i] !== 0x5c) {
      i++;
      continue;
    }
    flush(i);
    const start = i;
    // An escape cut short by the end of the data: wait for more unless final.
    const incomplete = (reason: string): boolean => {
      if (final) {
        i = d.error(start, n, reason);
        return false;
      }
      return true;
    };
    if (i + 1 >= n) {
      if (incomplete('\\ at end of string')) return [d.out, start];
      run = i;
      continue;
    }
    const c = b[i + 1] as number;
    i += 2;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      d.out += simple;
    } else if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && i < n && (b[i] as number) >= 0x30 && (b[i] as number) <= 0x37; k++) v = v * 8 + (b[i++] as number) - 0x30;
      d.out += String.fromCharCode(v);
    } else if (c === 0x78 || c === 0x75 || c === 0x55) {
      const h = readHex(b, i, c === 0x78 ? 2 : c === 0x75 ? 4 : 8);
      const reason = HEX_MESSAGE[c] as string;
      if (h.short) {
        if (incomplete(reason)) return [d.out, start];
      } else if (h.value < 0) {
        i = d.error(start, h.end, reason);
      } else if (h.value > 0x10ffff) {
        i = d.error(start, h.end, 'illegal Unicode character');
      } else {
        d.out += String.fromCodePoint(h.value);
        i = h.end;
      }
    } else if (c === 0x4e) {
      // \N{name}
      const reason = 'malformed \\N character escape';
      if (i >= n) {
        if (incomplete(reason)) return [d.out, start];
      } else if (b[i] !== 0x7b) {
        i = d.error(start, i, reason);
      } else {
        const nameStart = i + 1;
        let close = nameStart;
        while (close < n && b[close] !== 0x7d) close++;
        if (close >= n) {
          if (incomplete(reason)) return [d.out, start];
        } else if (close === nameStart) {
          i = d.error(start, close, reason);
        } else {
          const name = Buffer.from(b.buffer, b.byteOffset + nameStart, close - nameStart).toString('latin1');
          const cp = lookupUnicodeName(name);
          if (cp < 0) i = d.error(start, close + 1, 'unknown Unicode character name');
          else {
            d.out += String.fromCodePoint(cp);
            i = close + 1;
          }
        }
      }
    } else {
      // Not an escape: the backslash and the byte stay.
      d.out += '\\' + String.fromCharCode(c);
    }
    run = i;
  }
  flush(n);
  return [d.out, n];
}

export function decodeRawUnicodeEscape(
  b: Uint8Array,
  errors: string,
  options: CodecOptions | undefined,
  final: boolean = true,
): [string, number] {
  const d = new Decoding(b, 'rawunicodeescape', errors, options, () => null);
  const n = b.length;
  let i = 0;
  let run = 0;
  const flush = (to: number): void => {
    if (to > run) d.out += Buffer.from(b.buffer, b.byteOffset + run, to - run).toString('latin1');
  };
  while (i < n) {
    if (b[i] !== 0x5c) {
      i++;
      continue;
    }
    // A run of backslashes escapes a following u / U only when its length is odd; the run
    // itself is kept, less the backslash that starts the escape.
    let j = i;
    while (j < n && b[j] === 0x5c) j++;
    const odd = (j - i) % 2 === 1;
    if (!odd || (j < n && b[j] !== 0x75 && b[j] !== 0x55)) {
      i = j;
      continue;
    }
    const start = j - 1;
    if (j >= n) {
      if (final) {
        i = j;
        continue;
      }
      flush(start);
      return [d.out, start];
    }
    flush(start);
    const c = b[j] as number;
    const reason = c === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
    const h = readHex(b, j + 1, c === 0x75 ? 4 : 8);
    if (h.short && !final) return [d.out, start];
    if (h.value < 0) i = d.error(start, h.end, reason);
    else if (h.value > 0x10ffff) i = d.error(start, h.end, '\\Uxxxxxxxx out of range');
    else {
      d.out += String.fromCodePoint(h.value);
      i = h.end;
    }
    run = i;
  }
  flush(n);
  return [d.out, n];
}
