/**
 * The built-in text codecs: str.encode and bytes.decode.
 *
 *   lookupCodec(name)          -> CodecId, or LookupError 'unknown encoding: name'. Names are
 *                                 normalized as CPython does (case, '-', ' ', '_': 'UTF8',
 *                                 'utf_8', 'latin1', 'iso-8859-1', 'u16', ...).
 *   normalizeEncodingName(n)   encodings.normalize_encoding() of the lowercased name
 *   codecInfoName(id)          codecs.lookup(name).name ('utf-8', 'iso8859-1', ...)
 *   encodeStr(s, encoding = 'utf-8', errors = 'strict', options?)      -> Uint8Array
 *   decodeBytes(b, encoding = 'utf-8', errors = 'strict', options?)    -> string
 *
 *   decodePrefix(b, encoding, errors, final, options)   -> [string, bytes consumed]: with final
 *                                 false, a sequence cut short by the end of b is left for the
 *                                 next call (_codecs.utf_8_decode & co., incremental decoders)
 *
 * Codecs: utf-8, utf-8-sig, ascii, latin-1, utf-16 / utf-16-le / utf-16-be, utf-32 /
 * utf-32-le / utf-32-be (the BOM forms write a little-endian BOM and read either),
 * unicode-escape and raw-unicode-escape (codecs-escape.ts). Error
 * handlers: strict ignore replace backslashreplace surrogateescape surrogatepass
 * xmlcharrefreplace; any other name goes to options.errorHandler (the VM's codecs.register_error
 * table) or raises LookupError "unknown error handler name 'x'" when an error needs it.
 * Failures are TextError('UnicodeEncodeError' | 'UnicodeDecodeError', CPython's message) with
 * the exception's fields in `.unicode`. Error ranges follow CPython (runs of unencodable
 * characters; UTF-8's maximal invalid subparts), so replacement counts match.
 */
import { codePoints, hasLoneSurrogate, isAsciiStr } from './codepoints.js';
import { TextError, type UnicodeErrorInfo } from './errors.js';
import { isAlnumCp } from './unicode.js';
import { decodeRawUnicodeEscape, decodeUnicodeEscape, encodeRawUnicodeEscape, encodeUnicodeEscape } from './codecs-escape.js';

export type CodecId =
  | 'utf-8'
  | 'utf-8-sig'
  | 'ascii'
  | 'latin-1'
  | 'utf-16'
  | 'utf-16-le'
  | 'utf-16-be'
  | 'utf-32'
  | 'utf-32-le'
  | 'utf-32-be'
  | 'unicode-escape'
  | 'raw-unicode-escape';

/** Module names of the encodings package (what a normalized name may be directly). */
const MODULES: Record<string, CodecId> = {
  utf_8: 'utf-8',
  utf_8_sig: 'utf-8-sig',
  ascii: 'ascii',
  latin_1: 'latin-1',
  utf_16: 'utf-16',
  utf_16_le: 'utf-16-le',
  utf_16_be: 'utf-16-be',
  utf_32: 'utf-32',
  utf_32_le: 'utf-32-le',
  utf_32_be: 'utf-32-be',
  unicode_escape: 'unicode-escape',
  raw_unicode_escape: 'raw-unicode-escape',
};

/** encodings.aliases for these codecs. */
const ALIASES: Record<string, string> = {
  '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', ansi_x3_4_1968: 'ascii', cp367: 'ascii',
  csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  us_ascii: 'ascii',
  '8859': 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1',
  iso8859_1: 'latin_1', iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1', l1: 'latin_1',
  latin: 'latin_1', latin1: 'latin_1',
  u16: 'utf_16', utf16: 'utf_16', unicodebigunmarked: 'utf_16_be', utf_16be: 'utf_16_be',
  unicodelittleunmarked: 'utf_16_le', utf_16le: 'utf_16_le',
  u32: 'utf_32', utf32: 'utf_32', utf_32be: 'utf_32_be', utf_32le: 'utf_32_le',
  cp65001: 'utf_8', u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8',
};

const INFO_NAMES: Record<CodecId, string> = {
  'utf-8': 'utf-8', 'utf-8-sig': 'utf-8-sig', ascii: 'ascii', 'latin-1': 'iso8859-1', 'utf-16': 'utf-16',
  'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be', 'utf-32': 'utf-32', 'utf-32-le': 'utf-32-le',
  'utf-32-be': 'utf-32-be', 'unicode-escape': 'unicode-escape', 'raw-unicode-escape': 'raw-unicode-escape',
};

/** Lowercases (ASCII) and collapses runs of non-alphanumeric characters other than '.' to '_'. */
export function normalizeEncodingName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    const cp = ch.codePointAt(0) as number;
    if (isAlnumCp(cp) || cp === 0x2e) {
      if (punct && out.length > 0) out += '_';
      if (cp < 128) out += ch.toLowerCase();
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

const cache = new Map<string, CodecId>();

/** Normalized names of codecs.py's codecs that are not text encodings. */
const NOT_TEXT = new Set(['hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'rot13', 'rot_13']);

/**
 * `use`: the caller, for the error on a codec that is not a text encoding ('hex' in str.encode:
 * "'hex' is not a text encoding; use codecs.encode() ...", in open(): codecs.open()); 'lookup':
 * plain "unknown encoding".
 */
export function lookupCodec(name: string, use: 'encode' | 'decode' | 'open' | 'lookup' = 'lookup'): CodecId {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const norm = normalizeEncodingName(name);
  const mod = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')] ?? norm;
  const id = Object.prototype.hasOwnProperty.call(MODULES, mod) ? MODULES[mod] : undefined;
  if (id === undefined) {
    if (use !== 'lookup' && NOT_TEXT.has(mod)) {
      throw new TextError('LookupError', `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
    }
    throw new TextError('LookupError', `unknown encoding: ${name}`);
  }
  cache.set(name, id);
  return id;
}

/** Whether `name` is a built-in codec (a text encoding of this file). */
export function isBuiltinCodec(name: string): boolean {
  if (cache.has(name)) return true;
  try {
    lookupCodec(name);
    return true;
  } catch {
    return false;
  }
}

export function codecInfoName(id: CodecId): string {
  return INFO_NAMES[id];
}

/** A custom error handler (codecs.register_error): replacement and where to resume. */
export type ErrorHandler = (
  kind: 'encode' | 'decode',
  info: UnicodeErrorInfo,
) => { replacement: string | Uint8Array; resume: number };

export interface CodecOptions {
  /** Called for error handler names other than the built-in ones; null: not registered. */
  errorHandler?: (name: string) => ErrorHandler | null;
}

function customHandler(errors: string, options: CodecOptions | undefined): ErrorHandler {
  const h = options?.errorHandler?.(errors) ?? null;
  if (h === null) throw new TextError('LookupError', `unknown error handler name '${errors}'`);
  return h;
}

// ---------------------------------------------------------------------------------------------
// Encoding

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

function charEscape(cp: number): string {
  return cp < 0x100 ? '\\x' + hex(cp, 2) : cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
}

function encodeError(encoding: string, s: string, cps: readonly number[], start: number, end: number, reason: string): TextError {
  const msg =
    end - start === 1
      ? `'${encoding}' codec can't encode character '${charEscape(cps[start] as number)}' in position ${start}: ${reason}`
      : `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  return new TextError('UnicodeEncodeError', msg, { encoding, object: s, start, end, reason });
}

/** Growable byte buffer. */
class ByteSink {
  buf = new Uint8Array(64);
  len = 0;
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(b: number): void {
    this.grow(1);
    this.buf[this.len++] = b;
  }
  bytes(b: Uint8Array): void {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

interface Encoder {
  name: string;
  reason: string;
  /** Whether cp can be written. */
  ok(cp: number): boolean;
  /** Writes an encodable cp (or a surrogate, for surrogatepass where allowed). */
  put(out: ByteSink, cp: number): void;
  /** Unit size: 1 for byte codecs and UTF-8, 2 / 4 for UTF-16 / UTF-32. */
  unit: number;
  /** Errors cover runs of bad characters (ascii, latin-1, utf-8) or one at a time (utf-16/32). */
  runs: boolean;
  /** Whether surrogatepass may write surrogates. */
  passSurrogates: boolean;
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

function putUtf8(out: ByteSink, cp: number): void {
  if (cp < 0x80) out.byte(cp);
  else if (cp < 0x800) {
    out.byte(0xc0 | (cp >> 6));
    out.byte(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.byte(0xe0 | (cp >> 12));
    out.byte(0x80 | ((cp >> 6) & 0x3f));
    out.byte(0x80 | (cp & 0x3f));
  } else {
    out.byte(0xf0 | (cp >> 18));
    out.byte(0x80 | ((cp >> 12) & 0x3f));
    out.byte(0x80 | ((cp >> 6) & 0x3f));
    out.byte(0x80 | (cp & 0x3f));
  }
}

function putUnit16(out: ByteSink, u: number, be: boolean): void {
  if (be) {
    out.byte(u >> 8);
    out.byte(u & 0xff);
  } else {
    out.byte(u & 0xff);
    out.byte(u >> 8);
  }
}

function putUtf16(out: ByteSink, cp: number, be: boolean): void {
  if (cp < 0x10000) putUnit16(out, cp, be);
  else {
    const v = cp - 0x10000;
    putUnit16(out, 0xd800 | (v >> 10), be);
    putUnit16(out, 0xdc00 | (v & 0x3ff), be);
  }
}

function putUtf32(out: ByteSink, cp: number, be: boolean): void {
  const b = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, cp >>> 24];
  if (be) b.reverse();
  for (const x of b) out.byte(x);
}

function encoderFor(id: CodecId): Encoder {
  switch (id) {
    case 'ascii':
      return { name: 'ascii', reason: 'ordinal not in range(128)', ok: (c) => c < 0x80, put: (o, c) => o.byte(c), unit: 1, runs: true, passSurrogates: false };
    case 'latin-1':
      return { name: 'latin-1', reason: 'ordinal not in range(256)', ok: (c) => c < 0x100, put: (o, c) => o.byte(c), unit: 1, runs: true, passSurrogates: false };
    case 'utf-8':
    case 'utf-8-sig':
      return { name: 'utf-8', reason: 'surrogates not allowed', ok: (c) => !isSurrogate(c), put: putUtf8, unit: 1, runs: true, passSurrogates: true };
    default: {
      const wide = id.startsWith('utf-32');
      const be = id.endsWith('-be');
      return {
        name: id,
        reason: 'surrogates not allowed',
        ok: (c) => !isSurrogate(c),
        put: wide ? (o, c) => putUtf32(o, c, be) : (o, c) => putUtf16(o, c, be),
        unit: wide ? 4 : 2,
        runs: false,
        passSurrogates: true,
      };
    }
  }
}

/** ASCII text written through the codec (replacement strings of the error handlers). */
function putAscii(enc: Encoder, out: ByteSink, text: string): void {
  for (let k = 0; k < text.length; k++) enc.put(out, text.charCodeAt(k));
}

function encodeSlow(s: string, id: CodecId, errors: string, options: CodecOptions | undefined): Uint8Array {
  const enc = encoderFor(id);
  const cps = codePoints(s);
  const out = new ByteSink();
  if (id === 'utf-8-sig') out.bytes(Uint8Array.of(0xef, 0xbb, 0xbf));
  if (id === 'utf-16') out.bytes(Uint8Array.of(0xff, 0xfe));
  if (id === 'utf-32') out.bytes(Uint8Array.of(0xff, 0xfe, 0, 0));
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const cp = cps[i] as number;
    if (enc.ok(cp)) {
      enc.put(out, cp);
      i++;
      continue;
    }
    let end = i + 1;
    if (enc.runs) while (end < n && !enc.ok(cps[end] as number)) end++;
    const fail = (a: number): never => {
      throw encodeError(enc.name, s, cps, a, end, enc.reason);
    };
    switch (errors) {
      case 'strict':
        fail(i);
        break;
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) putAscii(enc, out, '?');
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) putAscii(enc, out, charEscape(cps[k] as number));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) putAscii(enc, out, `&#${cps[k] as number};`);
        break;
      case 'surrogateescape':
        // Only U+DC80..U+DCFF, and only where one byte is a whole unit.
        for (let k = i; k < end; k++) {
          const c = cps[k] as number;
          if (enc.unit !== 1 || c < 0xdc80 || c > 0xdcff) fail(k);
          out.byte(c - 0xdc00);
        }
        break;
      case 'surrogatepass':
        for (let k = i; k < end; k++) {
          if (!enc.passSurrogates || !isSurrogate(cps[k] as number)) fail(i);
        }
        for (let k = i; k < end; k++) enc.put(out, cps[k] as number);
        break;
      default: {
        const h = customHandler(errors, options);
        const r = h('encode', { encoding: enc.name, object: s, start: i, end, reason: enc.reason });
        if (typeof r.replacement === 'string') {
          for (const c of codePoints(r.replacement)) {
            if (!enc.ok(c)) fail(i);
            enc.put(out, c);
          }
        } else {
          if (r.replacement.length % enc.unit !== 0) fail(i);
          out.bytes(r.replacement);
        }
        i = r.resume < 0 ? n + r.resume : r.resume;
        if (i < 0 || i > n) throw new TextError('IndexError', `position ${i} from error handler out of bounds`);
        continue;
      }
    }
    i = end;
  }
  return out.result();
}

const LATIN1_ONLY = /^[\x00-\xff]*$/;

export function encodeStr(s: string, encoding: string = 'utf-8', errors: string = 'strict', options?: CodecOptions): Uint8Array {
  const id = lookupCodec(encoding, 'encode');
  // Fast paths: text every code point of which the codec can write.
  if (id === 'utf-8' && !hasLoneSurrogate(s)) return new Uint8Array(Buffer.from(s, 'utf8'));
  if ((id === 'ascii' && isAsciiStr(s)) || (id === 'latin-1' && LATIN1_ONLY.test(s))) {
    return new Uint8Array(Buffer.from(s, 'latin1'));
  }
  if ((id === 'utf-16-le' || id === 'utf-16-be' || id === 'utf-16') && hasLoneSurrogate(s)) {
    return encodeSlow(s, id, errors, options);
  }
  if (id === 'utf-16-le') return new Uint8Array(Buffer.from(s, 'utf16le'));
  if (id === 'utf-16-be') return new Uint8Array(Buffer.from(s, 'utf16le').swap16());
  if (id === 'utf-16') return new Uint8Array(Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(s, 'utf16le')]));
  if (id === 'unicode-escape') return encodeUnicodeEscape(s);
  if (id === 'raw-unicode-escape') return encodeRawUnicodeEscape(s);
  return encodeSlow(s, id, errors, options);
}

// ---------------------------------------------------------------------------------------------
// Decoding

function decodeError(encoding: string, b: Uint8Array, start: number, end: number, reason: string): TextError {
  const msg =
    end - start === 1
      ? `'${encoding}' codec can't decode byte 0x${hex(b[start] as number, 2)} in position ${start}: ${reason}`
      : `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return new TextError('UnicodeDecodeError', msg, { encoding, object: b, start, end, reason });
}

/** Decoding state shared by the codec loops (and codecs-escape.ts): output and error handling. */
export class Decoding {
  out = '';
  constructor(
    readonly b: Uint8Array,
    readonly encoding: string,
    readonly errors: string,
    readonly options: CodecOptions | undefined,
    /** surrogatepass: the surrogate encoded at offset start, and its length, or null. */
    readonly passSurrogate: (start: number) => [number, number] | null,
  ) {}

  /** Handles a decoding error on [start, end); returns where decoding resumes. */
  error(start: number, end: number, reason: string): number {
    const b = this.b;
    const fail = (): never => {
      throw decodeError(this.encoding, b, start, end, reason);
    };
    switch (this.errors) {
      case 'strict':
        return fail();
      case 'ignore':
        return end;
      case 'replace':
        this.out += '\ufffd';
        return end;
      case 'backslashreplace':
        for (let k = start; k < end; k++) this.out += '\\x' + hex(b[k] as number, 2);
        return end;
      case 'surrogateescape': {
        // Escapes the leading bytes >= 0x80 of the range (at most 4) and resumes after them.
        let k = start;
        while (k < end && k < start + 4 && (b[k] as number) >= 0x80) {
          this.out += String.fromCharCode(0xdc00 + (b[k] as number));
          k++;
        }
        if (k === start) fail();
        return k;
      }
      case 'surrogatepass': {
        const s = this.passSurrogate(start);
        if (s === null) return fail();
        this.out += String.fromCharCode(s[0]);
        return start + s[1];
      }
      case 'xmlcharrefreplace':
        throw new TextError('TypeError', "don't know how to handle UnicodeDecodeError in error callback");
      default: {
        const h = customHandler(this.errors, this.options);
        const r = h('decode', { encoding: this.encoding, object: b, start, end, reason });
        if (typeof r.replacement !== 'string') {
          throw new TextError('TypeError', 'decoding error handler must return (str, int) tuple');
        }
        this.out += r.replacement;
        const at = r.resume < 0 ? b.length + r.resume : r.resume;
        if (at < 0 || at > b.length) throw new TextError('IndexError', `position ${at} from error handler out of bounds`);
        return at;
      }
    }
  }
}

function isCont(x: number | undefined): boolean {
  return x !== undefined && (x & 0xc0) === 0x80;
}

/**
 * Decodes b[from..end); the bytes after end (a sequence left for the next call) still count in
 * the errors of the sequences before them ("invalid continuation byte", not "end of data").
 */
function decodeUtf8Slow(b: Uint8Array, from: number, errors: string, options: CodecOptions | undefined, end: number = b.length): string {
  const d = new Decoding(b, 'utf-8', errors, options, (start) => {
    const x = b[start];
    const y = b[start + 1];
    const z = b[start + 2];
    if (x === 0xed && y !== undefined && y >= 0xa0 && y <= 0xbf && isCont(z)) {
      return [0xd000 | ((y & 0x3f) << 6) | ((z as number) & 0x3f), 3];
    }
    return null;
  });
  const n = b.length;
  let i = from;
  let runStart = i;
  // Valid stretches are decoded in bulk by TextDecoder.
  const flush = (to: number): void => {
    if (to > runStart) d.out += utf8Fatal.decode(b.subarray(runStart, to));
  };
  while (i < end) {
    const x = b[i] as number;
    if (x < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      else if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      else if (x === 0xf4) hi = 0x8f;
    } else {
      flush(i);
      i = d.error(i, i + 1, 'invalid start byte');
      runStart = i;
      continue;
    }
    // Check the continuation bytes that are present; the first may have a narrower range.
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const y = b[i + k] as number;
      const ok = k === 1 ? y >= lo && y <= hi : isCont(y);
      if (!ok) {
        bad = true;
        break;
      }
    }
    if (!bad && k > need) {
      i += need + 1;
      continue;
    }
    flush(i);
    i = bad ? d.error(i, i + k, 'invalid continuation byte') : d.error(i, n, 'unexpected end of data');
    runStart = i;
  }
  flush(end);
  return d.out;
}

function decodeAscii(b: Uint8Array, errors: string, options: CodecOptions | undefined): string {
  const d = new Decoding(b, 'ascii', errors, options, () => null);
  let i = 0;
  let runStart = 0;
  while (i < b.length) {
    if ((b[i] as number) < 0x80) {
      i++;
      continue;
    }
    d.out += latin1(b, runStart, i);
    i = d.error(i, i + 1, 'ordinal not in range(128)');
    runStart = i;
  }
  d.out += latin1(b, runStart, b.length);
  return d.out;
}

function latin1(b: Uint8Array, from: number, to: number): string {
  if (to <= from) return '';
  return Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('latin1');
}

/** Decodes b[from..end); as decodeUtf8Slow, the units after end still count in the errors. */
function decodeUtf16(b: Uint8Array, from: number, be: boolean, errors: string, options: CodecOptions | undefined, end: number = b.length): string {
  const unit = (k: number): number => (be ? ((b[k] as number) << 8) | (b[k + 1] as number) : ((b[k + 1] as number) << 8) | (b[k] as number));
  const d = new Decoding(b, be ? 'utf-16-be' : 'utf-16-le', errors, options, (start) => {
    if (start + 2 > b.length) return null;
    const u = unit(start);
    return isSurrogate(u) ? [u, 2] : null;
  });
  const n = b.length;
  let i = from;
  const parts: number[] = [];
  const flush = (): void => {
    if (parts.length > 0) {
      d.out += String.fromCharCode(...parts);
      parts.length = 0;
    }
  };
  while (i < end) {
    if (n - i < 2) {
      flush();
      i = d.error(i, n, 'truncated data');
      continue;
    }
    const u = unit(i);
    if (!isSurrogate(u)) {
      parts.push(u);
      if (parts.length >= 4096) flush();
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      flush();
      i = d.error(i, i + 2, 'illegal encoding');
      continue;
    }
    if (n - i < 4) {
      flush();
      i = d.error(i, n, 'unexpected end of data');
      continue;
    }
    const u2 = unit(i + 2);
    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
      parts.push(u, u2);
      i += 4;
      continue;
    }
    flush();
    i = d.error(i, i + 2, 'illegal UTF-16 surrogate');
  }
  flush();
  return d.out;
}

function decodeUtf32(b: Uint8Array, from: number, be: boolean, errors: string, options: CodecOptions | undefined): string {
  const word = (k: number): number =>
    be
      ? (((b[k] as number) << 24) | ((b[k + 1] as number) << 16) | ((b[k + 2] as number) << 8) | (b[k + 3] as number)) >>> 0
      : (((b[k + 3] as number) << 24) | ((b[k + 2] as number) << 16) | ((b[k + 1] as number) << 8) | (b[k] as number)) >>> 0;
  const d = new Decoding(b, be ? 'utf-32-be' : 'utf-32-le', errors, options, (start) => {
    if (start + 4 > b.length) return null;
    const w = word(start);
    return isSurrogate(w) ? [w, 4] : null;
  });
  const n = b.length;
  let i = from;
  while (i < n) {
    if (n - i < 4) {
      i = d.error(i, n, 'truncated data');
      continue;
    }
    const w = word(i);
    if (w > 0x10ffff) {
      i = d.error(i, i + 4, 'code point not in range(0x110000)');
      continue;
    }
    if (isSurrogate(w)) {
      i = d.error(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      continue;
    }
    d.out += String.fromCodePoint(w);
    i += 4;
  }
  return d.out;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16Fatal = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

function decodeUtf8(b: Uint8Array, errors: string, options: CodecOptions | undefined): string {
  try {
    return utf8Fatal.decode(b);
  } catch {
    return decodeUtf8Slow(b, 0, errors, options);
  }
}

export function decodeBytes(b: Uint8Array, encoding: string = 'utf-8', errors: string = 'strict', options?: CodecOptions): string {
  const id = lookupCodec(encoding, 'decode');
  switch (id) {
    case 'utf-8':
      return decodeUtf8(b, errors, options);
    case 'utf-8-sig': {
      // CPython decodes what follows the BOM on its own: error positions do not count the BOM.
      const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
      return decodeUtf8(body, errors, options);
    }
    case 'ascii':
      return ASCII_BYTES(b) ? latin1(b, 0, b.length) : decodeAscii(b, errors, options);
    case 'latin-1':
      return latin1(b, 0, b.length);
    case 'utf-16': {
      if (b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, 2, true, errors, options);
      return decodeUtf16(b, b[0] === 0xff && b[1] === 0xfe ? 2 : 0, false, errors, options);
    }
    case 'utf-16-le':
      if (b.length % 2 === 0) {
        try {
          return utf16Fatal.decode(b);
        } catch {
          // Invalid: the slow path reports it as CPython does.
        }
      }
      return decodeUtf16(b, 0, false, errors, options);
    case 'utf-16-be':
      return decodeUtf16(b, 0, true, errors, options);
    case 'utf-32': {
      if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return decodeUtf32(b, 4, true, errors, options);
      const bom = b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0;
      return decodeUtf32(b, bom ? 4 : 0, false, errors, options);
    }
    case 'utf-32-le':
      return decodeUtf32(b, 0, false, errors, options);
    case 'utf-32-be':
      return decodeUtf32(b, 0, true, errors, options);
    case 'unicode-escape':
      return decodeUnicodeEscape(b, errors, options)[0];
    case 'raw-unicode-escape':
      return decodeRawUnicodeEscape(b, errors, options)[0];
  }
}

function ASCII_BYTES(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0x80) return false;
  return true;
}

/** Length of the longest prefix of b that holds no sequence cut short by the end of b. */
function completePrefix(b: Uint8Array, id: CodecId): number {
  const n = b.length;
  switch (id) {
    case 'utf-8':
    case 'utf-8-sig': {
      // A lead byte among the last three whose sequence is valid so far but unfinished.
      for (let p = n - 1; p >= 0 && p >= n - 3; p--) {
        const x = b[p] as number;
        if (x < 0x80) return n;
        if (x < 0xc0) continue;
        const need = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : 0;
        if (need === 0 || n - p > need) return n;
        const y = b[p + 1];
        // As CPython: ED A0..BF at the very end is left over (a surrogate surrogatepass may
        // complete) although no valid sequence starts so.
        if (x === 0xed && n - p === 2 && y !== undefined && y >= 0xa0 && y <= 0xbf) return p;
        if (y !== undefined) {
          const lo = x === 0xe0 ? 0xa0 : x === 0xf0 ? 0x90 : 0x80;
          const hi = x === 0xed ? 0x9f : x === 0xf4 ? 0x8f : 0xbf;
          if (y < lo || y > hi) return n;
          if (p + 2 < n && !isCont(b[p + 2])) return n;
        }
        return p;
      }
      return n;
    }
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      const whole = n - (n % 2);
      // A high surrogate waits for its low half.
      if (whole >= 2) {
        const u = id === 'utf-16-be' ? ((b[whole - 2] as number) << 8) | (b[whole - 1] as number) : ((b[whole - 1] as number) << 8) | (b[whole - 2] as number);
        if (u >= 0xd800 && u <= 0xdbff) return whole - 2;
      }
      return whole;
    }
    case 'utf-32':
    case 'utf-32-le':
    case 'utf-32-be':
      return n - (n % 4);
    default:
      return n;
  }
}

export function decodePrefix(
  b: Uint8Array,
  encoding: string,
  errors: string = 'strict',
  final: boolean = true,
  options?: CodecOptions,
): [string, number] {
  const id = lookupCodec(encoding);
  if (id === 'unicode-escape') return decodeUnicodeEscape(b, errors, options, final);
  if (id === 'raw-unicode-escape') return decodeRawUnicodeEscape(b, errors, options, final);
  const cut = final ? b.length : completePrefix(b, id);
  if ((id === 'utf-16-le' || id === 'utf-16-be') && cut < b.length) {
    return [decodeUtf16(b, 0, id === 'utf-16-be', errors, options, cut), cut];
  }
  if (id === 'utf-8' && cut < b.length) {
    try {
      return [utf8Fatal.decode(b.subarray(0, cut)), cut];
    } catch {
      return [decodeUtf8Slow(b, 0, errors, options, cut), cut];
    }
  }
  return [decodeBytes(cut === b.length ? b : b.subarray(0, cut), encoding, errors, options), cut];
}
