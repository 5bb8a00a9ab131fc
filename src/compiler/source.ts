/**
 * Source decoding: the bytes of a .py file -> text, as CPython 3.12 decodes
 * source given as bytes (`compile(b'...', ...)`): UTF-8 by default, a UTF-8
 * BOM is dropped, and a PEP 263 coding cookie on line 1 or 2 names another
 * encoding.
 *
 * Invalid UTF-8 is reported the way CPython reports it: CPython only decodes
 * the tokens it needs (comments are skipped undecoded), so invalid bytes in a
 * comment are accepted, and bytes that cannot be decoded inside a string
 * literal or a name give
 *   (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
 * at that token, with the position counted in the string's (or name's) bytes.
 */
import { PySyntaxError } from './errors.js';
import { Tokenizer } from './tokenizer.js';
import type { Token } from './token.js';

const BOM0 = 0xef;
const BOM1 = 0xbb;
const BOM2 = 0xbf;

/** A line's bytes as a string of code units 0..255. */
function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(to, i + 8192))));
  }
  return s;
}

/** Byte range of line `n` (0-based) after `start`, without its line ending; null past the end. */
function lineRange(bytes: Uint8Array, start: number, n: number): [number, number] | null {
  let i = start;
  for (let k = 0; ; k++) {
    if (i >= bytes.length) return null;
    let j = i;
    while (j < bytes.length && bytes[j] !== 10 && bytes[j] !== 13) j++;
    if (k === n) return [i, j];
    if (j >= bytes.length) return null;
    i = bytes[j] === 13 && bytes[j + 1] === 10 ? j + 2 : j + 1;
  }
}

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name. */
function normalName(s: string): string {
  const b = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (b === 'utf-8' || b.startsWith('utf-8-')) return 'utf-8';
  if (
    b === 'latin-1' ||
    b === 'iso-8859-1' ||
    b === 'iso-latin-1' ||
    b.startsWith('latin-1-') ||
    b.startsWith('iso-8859-1-') ||
    b.startsWith('iso-latin-1-')
  ) {
    return 'iso-8859-1';
  }
  return s;
}

/** The coding cookie of lines 1-2 (check_coding_spec), normalized; null when none. */
function findCoding(bytes: Uint8Array, start: number): string | null {
  for (let n = 0; n < 2; n++) {
    const r = lineRange(bytes, start, n);
    if (r === null) return null;
    const line = latin1(bytes, r[0], r[1]);
    const m = CODING.exec(line);
    if (m) return normalName(m[1]!);
    // Only a blank or comment-only first line lets line 2 have the cookie.
    if (!/^[ \t\f]*(#|$)/.test(line)) return null;
  }
  return null;
}

function noLocation(msg: string, filename: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, 0, -1, null, 0, -1);
}

/** Python's codec name normalization, enough to pick a decoder. */
function codecKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '_');
}

const LATIN1 = new Set(['iso_8859_1', 'iso8859_1', 'latin_1', 'latin1', 'latin', 'l1', 'cp819', '8859', 'iso_ir_100', 'ibm819']);
const ASCII = new Set(['ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'us', 'iso646_us', 'cp367', 'ibm367']);
const UTF8 = new Set(['utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4']);

/** A WHATWG encoding label for a Python codec name, or null. */
function whatwgLabel(key: string): string | null {
  let m = /^(?:cp|windows_)(125[0-8])$/.exec(key);
  if (m) return `windows-${m[1]}`;
  m = /^iso_?8859_(\d+)$/.exec(key);
  if (m) return `iso-8859-${m[1]}`;
  m = /^latin_?(\d+)$/.exec(key);
  if (m) {
    const map: Record<string, string> = { '2': 'iso-8859-2', '3': 'iso-8859-3', '4': 'iso-8859-4', '5': 'iso-8859-9', '6': 'iso-8859-10', '7': 'iso-8859-13', '8': 'iso-8859-14', '9': 'iso-8859-15', '10': 'iso-8859-16' };
    return map[m[1]!] ?? null;
  }
  const direct: Record<string, string> = {
    koi8_r: 'koi8-r',
    koi8_u: 'koi8-u',
    mac_roman: 'macintosh',
    macroman: 'macintosh',
    cp866: 'ibm866',
    shift_jis: 'shift_jis',
    sjis: 'shift_jis',
    cp932: 'shift_jis',
    euc_jp: 'euc-jp',
    iso2022_jp: 'iso-2022-jp',
    euc_kr: 'euc-kr',
    cp949: 'euc-kr',
    gbk: 'gbk',
    gb2312: 'gbk',
    cp936: 'gbk',
    gb18030: 'gb18030',
    big5: 'big5',
    big5hkscs: 'big5',
    cp874: 'windows-874',
  };
  return direct[key] ?? null;
}

/** Decodes the bytes of a Python source file; throws PySyntaxError. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === BOM0 && bytes[1] === BOM1 && bytes[2] === BOM2;
  if (bom) start = 3;
  const cs = findCoding(bytes, start);
  if (bom && cs !== null && cs !== 'utf-8') throw noLocation(`encoding problem: ${cs} with BOM`, filename);
  if (cs === null || cs === 'utf-8') return decodeUtf8(bytes, start, filename);
  const key = codecKey(cs);
  if (UTF8.has(key)) return decodeUtf8(bytes, start, filename);
  const body = bytes.subarray(start);
  if (LATIN1.has(key)) return latin1(body, 0, body.length);
  if (ASCII.has(key)) {
    for (let i = 0; i < body.length; i++) {
      if (body[i]! >= 0x80) {
        throw noLocation(`'ascii' codec can't decode byte 0x${body[i]!.toString(16).padStart(2, '0')} in position ${i}: ordinal not in range(128)`, filename);
      }
    }
    return latin1(body, 0, body.length);
  }
  if (key === 'cp1252' || key === 'windows_1252' || key === '1252') return decodeCp1252(body, cs, filename);
  const label = whatwgLabel(key);
  if (label === null) throw noLocation(`unknown encoding: ${cs}`, filename);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw noLocation(`unknown encoding: ${cs}`, filename);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw noLocation(`'${cs}' codec can't decode the source`, filename);
  }
}

/** cp1252 0x80..0x9F (0 where Python's codec has no mapping); Node's TextDecoder decodes windows-1252 as latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(body: Uint8Array, cs: string, filename: string): string {
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b < 0x80 || b > 0x9f) continue;
    const cp = CP1252_HIGH[b - 0x80]!;
    if (cp === 0) {
      throw noLocation(`'charmap' codec can't decode byte 0x${b.toString(16)} in position ${i}: character maps to <undefined>`, filename);
    }
    parts.push(latin1(body, run, i), String.fromCharCode(cp));
    run = i + 1;
  }
  void cs;
  parts.push(latin1(body, run, body.length));
  return parts.join('');
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Utf8Error {
  pos: number;
  len: number;
  reason: string;
}

/** The first error CPython's UTF-8 decoder reports in bytes[from, to), or null. */
function utf8Error(bytes: ArrayLike<number>, from: number, to: number): Utf8Error | null {
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b < 0xc2 || b > 0xf4) return { pos: i, len: 1, reason: 'invalid start byte' };
    const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) return { pos: i, len: k, reason: 'unexpected end of data' };
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return { pos: i, len: k, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

function describe(bytes: ArrayLike<number>, e: Utf8Error, base: number): string {
  const p = e.pos - base;
  const what =
    e.len === 1 ? `byte 0x${bytes[e.pos]!.toString(16).padStart(2, '0')} in position ${p}` : `bytes in position ${p}-${p + e.len - 1}`;
  return `(unicode error) 'utf-8' codec can't decode ${what}: ${e.reason}`;
}

/** Invalid bytes become U+DC80..U+DCFF (Python's surrogateescape). */
function decodeEscaped(bytes: Uint8Array, start: number): string {
  const parts: string[] = [];
  let i = start;
  let runStart = start;
  const td = new TextDecoder('utf-8', { ignoreBOM: true });
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const e = utf8Error(bytes, i, Math.min(bytes.length, i + 4));
    if (e === null || e.pos !== i) {
      i += b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      continue;
    }
    parts.push(td.decode(bytes.subarray(runStart, i)));
    parts.push(String.fromCharCode(0xdc00 + b));
    i++;
    runStart = i;
  }
  parts.push(td.decode(bytes.subarray(runStart)));
  return parts.join('');
}

const isEscape = (c: number): boolean => c >= 0xdc80 && c <= 0xdcff;

/** The bytes of text in which U+DC80..U+DCFF stand for single bytes. */
function escapedBytes(text: string): number[] {
  const out: number[] = [];
  const enc = new TextEncoder();
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && isEscape(c)) out.push(c - 0xdc00);
    else for (const b of enc.encode(ch)) out.push(b);
  }
  return out;
}

function hasEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isEscape(s.charCodeAt(i))) return true;
  return false;
}

const isIdentCode = (c: number): boolean =>
  c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function decodeUtf8(bytes: Uint8Array, start: number, filename: string): string {
  try {
    return UTF8_FATAL.decode(bytes.subarray(start));
  } catch {
    // fall through: find the token CPython would fail to decode
  }
  const text = decodeEscaped(bytes, start);
  const tk = new Tokenizer(text, filename);
  const replaced = (): string => text.replace(/[\udc80-\udcff]/g, '\ufffd');
  const shown = (line: string): string => line.replace(/[\udc80-\udcff]/g, '\ufffd');
  for (;;) {
    let t: Token;
    try {
      t = tk.next();
    } catch (err) {
      if (!(err instanceof PySyntaxError)) throw err;
      // An identifier holding undecodable bytes: CPython fails to decode it before checking it.
      const line = tk.lines[err.lineno - 1];
      if (line !== undefined && /^invalid (non-printable )?character/.test(err.msg)) {
        // err.offset counts code points up to and including the bad character
        let i = 0;
        for (let n = 0; n < err.offset - 1 && i < line.length; n++) i += (line.codePointAt(i)! > 0xffff ? 2 : 1);
        let a = i;
        while (a > 0 && isIdentCode(line.charCodeAt(a - 1))) a--;
        let b = i;
        while (b < line.length && isIdentCode(line.charCodeAt(b))) b++;
        const ident = line.slice(a, b);
        if (hasEscape(ident)) {
          const ib = escapedBytes(ident);
          const e = utf8Error(ib, 0, ib.length);
          if (e) {
            // CPython reports this offset in bytes (it cannot decode the line to count characters)
            const offset = escapedBytes(line.slice(0, b)).length;
            throw new PySyntaxError('SyntaxError', describe(ib, e, 0), filename, err.lineno, offset, shown(line), err.lineno, -1);
          }
        }
      }
      if (err.text !== null && hasEscape(err.text)) {
        throw new PySyntaxError(err.kind, err.msg, err.filename, err.lineno, err.offset, shown(err.text), err.endLineno, err.endOffset);
      }
      throw err;
    }
    if (t.kind === 'ENDMARKER') return replaced();
    if ((t.kind !== 'STRING' && t.kind !== 'FSTRING_MIDDLE') || !hasEscape(t.value)) continue;
    let body = t.value;
    let raw = false;
    if (t.kind === 'STRING') {
      let p = 0;
      let isBytes = false;
      for (;;) {
        const ch = body[p];
        if (ch === 'r' || ch === 'R') raw = true;
        else if (ch === 'b' || ch === 'B') isBytes = true;
        else if (ch !== 'u' && ch !== 'U') break;
        p++;
      }
      // Non-ASCII in a bytes literal is the parser's error ("bytes can only contain ASCII literal characters").
      if (isBytes) continue;
      const q = body[p]!;
      const ql = body.startsWith(q + q + q, p) && body.length - p >= 6 ? 3 : 1;
      body = body.slice(p + ql, body.length - ql);
    }
    const bb = escapedBytes(body);
    let e: Utf8Error | null = null;
    let base = 0;
    if (raw || body.indexOf('\\') < 0) {
      e = utf8Error(bb, 0, bb.length);
    } else {
      // decode_unicode_with_escapes decodes each run of non-ASCII bytes on its own
      for (let i = 0; i < bb.length && e === null; ) {
        if (bb[i]! < 0x80) {
          i++;
          continue;
        }
        let j = i;
        while (j < bb.length && bb[j]! >= 0x80) j++;
        e = utf8Error(bb, i, j);
        if (e) base = i;
        i = j;
      }
    }
    if (e === null) continue;
    const lines = tk.lines;
    const l1 = lines[t.line - 1] ?? '';
    const l2 = lines[t.endLine - 1] ?? '';
    const offset = [...l1.slice(0, t.col)].length + 1;
    const endOffset = [...l2.slice(0, t.endCol)].length + 1;
    throw new PySyntaxError('SyntaxError', describe(bb, e, base), filename, t.line, offset, shown(l1), t.endLine, endOffset);
  }
}
