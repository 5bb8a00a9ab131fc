/**
 * printf-style formatting: `str % args` and `bytes % args`, the driver.
 *
 *   strPercentFormat(fmt, args, host)     -> string
 *   bytesPercentFormat(fmt, args, host)   -> Uint8Array
 *
 * The driver parses the format (%(key), flags - + space # 0, width and precision with '*', %%),
 * fetches arguments as CPython does and raises its errors ('not enough arguments for format
 * string', 'not all arguments converted during string formatting', 'format requires a mapping',
 * "unsupported format character 'y' (0x79) at index 3", '%c requires int or char', ...). What
 * needs the object model is a callback of the host:
 *
 *   - `args` says what the right operand is: a tuple (its items) or a single value, and whether
 *     that value counts as a mapping (CPython: it has __getitem__ and is not a tuple or str; for
 *     bytes % args, not a tuple, str, bytes or bytearray either).
 *   - s/r/a call host.str/repr/ascii; numeric conversions (d i u o x X e E f F g G) call
 *     host.formatNumber(value, spec), which returns the number's text with its sign and '0x'-like
 *     prefix but no width padding (this module pads, putting zeros after the sign and prefix).
 *     src/numeric's percentFormatNumber is meant to be that callback.
 */
import { cpLength, cpToOffset, offsetToCp } from './codepoints.js';
import { checkResultSize, TextError } from './errors.js';

/** The right operand of %. */
export type PercentArgs<V> =
  | { kind: 'tuple'; items: readonly V[] }
  | { kind: 'single'; value: V; isMapping: boolean };

export interface PercentFlags {
  /** '-' */
  leftAdjust: boolean;
  /** '+' */
  sign: boolean;
  /** ' ' */
  blank: boolean;
  /** '#' */
  alternate: boolean;
  /** '0' */
  zero: boolean;
}

/** One conversion specifier, as handed to formatNumber. */
export interface PercentSpec {
  flags: PercentFlags;
  /** null when absent; '*' already resolved (a negative '*' width sets leftAdjust). */
  width: number | null;
  precision: number | null;
  /** The conversion character: d i u o x X e E f F g G for formatNumber. */
  conversion: string;
}

interface CommonHost<V> {
  /** The int value of v for a '*' width/precision, or null when v is not an int. */
  asIndex(v: V): number | null;
  /** Numeric conversions: sign and prefix included, no width padding; raises TypeError itself. */
  formatNumber(v: V, spec: PercentSpec): string;
}

export interface StrPercentHost<V> extends CommonHost<V> {
  /** mapping[key]; the VM raises KeyError (or TypeError for a non-mapping). */
  getItem(mapping: V, key: string): V;
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** For %c: a str as is, an int as a number (a huge int as +-Infinity), anything else null. */
  charArg(v: V): string | number | null;
}

export interface BytesPercentHost<V> extends CommonHost<V> {
  getItem(mapping: V, key: Uint8Array): V;
  /** For %s/%b: the bytes of a bytes-like object or of __bytes__, else null. */
  bytesOf(v: V): Uint8Array | null;
  /** ascii(v), for %r and %a. */
  ascii(v: V): string;
  /** For %c: bytes as is, an int as a number, anything else null. */
  charArg(v: V): Uint8Array | number | null;
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
}

const NUMERIC = 'diuoxXeEfFgG';
const MAX_SSIZE = 2n ** 63n - 1n;

/** Latin-1 view of bytes as a JS string, and back: bytes formatting reuses the str driver. */
function bytesToLatin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function latin1ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The per-conversion work that differs between str and bytes. */
interface Converter<V> {
  getItem(mapping: V, key: string): V;
  asIndex(v: V): number | null;
  /** The text of a non-numeric conversion (s r a b c). */
  convert(v: V, spec: PercentSpec): string;
  formatNumber(v: V, spec: PercentSpec): string;
  unsupported(ch: string, index: number): TextError;
  notAllConverted: string;
  /** The conversion characters convert() handles. */
  textConversions: string;
}

function readInt(fmt: string, pos: number, what: 'width' | 'precision'): [number, number] {
  let end = pos;
  while (end < fmt.length && fmt.charCodeAt(end) >= 48 && fmt.charCodeAt(end) <= 57) end++;
  const digits = fmt.slice(pos, end);
  if (digits.length > 18 && BigInt(digits) > MAX_SSIZE) {
    throw new TextError('ValueError', `${what} too big`);
  }
  return [Number(digits), end];
}

function pad(body: string, spec: PercentSpec, numeric: boolean): string {
  const width = spec.width ?? 0;
  const len = cpLength(body);
  if (width <= len) return body;
  const n = width - len;
  checkResultSize(body.length + n);
  if (spec.flags.leftAdjust) return body + ' '.repeat(n);
  if (!numeric || !spec.flags.zero) return ' '.repeat(n) + body;
  // Zeros go after the sign and after a 0x / 0X / 0o prefix.
  let head = 0;
  const c0 = body[0];
  if (c0 === '-' || c0 === '+' || c0 === ' ') head = 1;
  const conv = spec.conversion;
  if (spec.flags.alternate && (conv === 'x' || conv === 'X' || conv === 'o')) {
    const p = body.slice(head, head + 2);
    if (p === '0x' || p === '0X' || p === '0o') head += 2;
  }
  return body.slice(0, head) + '0'.repeat(n) + body.slice(head);
}

function drive<V>(fmt: string, args: PercentArgs<V>, conv: Converter<V>): string {
  let current: V | undefined;
  let arglen: number;
  let argidx: number;
  const items = args.kind === 'tuple' ? args.items : null;
  if (args.kind === 'tuple') {
    arglen = args.items.length;
    argidx = 0;
  } else {
    current = args.value;
    arglen = -1;
    argidx = -2;
  }
  const dict = args.kind === 'single' && args.isMapping ? args.value : undefined;

  const nextArg = (): V => {
    if (argidx < arglen) {
      if (arglen < 0) {
        argidx = -1;
        return current as V;
      }
      return (items as readonly V[])[argidx++] as V;
    }
    throw new TextError('TypeError', 'not enough arguments for format string');
  };

  let out = '';
  let pos = 0;
  const end = fmt.length;
  while (pos < end) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos < end && fmt.charCodeAt(pos) === 0x25) {
      out += '%';
      pos++;
      continue;
    }
    if (pos < end && fmt[pos] === '(') {
      if (dict === undefined) throw new TextError('TypeError', 'format requires a mapping');
      let depth = 1;
      const keyStart = pos + 1;
      while (depth > 0 && ++pos < end) {
        const c = fmt[pos];
        if (c === ')') depth--;
        else if (c === '(') depth++;
      }
      if (depth > 0) throw new TextError('ValueError', 'incomplete format key');
      const key = fmt.slice(keyStart, pos);
      pos++;
      current = conv.getItem(dict, key);
      arglen = -1;
      argidx = -2;
    }
    const flags: PercentFlags = { leftAdjust: false, sign: false, blank: false, alternate: false, zero: false };
    flagLoop: while (pos < end) {
      switch (fmt[pos]) {
        case '-': flags.leftAdjust = true; break;
        case '+': flags.sign = true; break;
        case ' ': flags.blank = true; break;
        case '#': flags.alternate = true; break;
        case '0': flags.zero = true; break;
        default: break flagLoop;
      }
      pos++;
    }
    let width: number | null = null;
    if (fmt[pos] === '*') {
      const v = conv.asIndex(nextArg());
      if (v === null) throw new TextError('TypeError', '* wants int');
      width = v;
      if (width < 0) {
        flags.leftAdjust = true;
        width = -width;
      }
      pos++;
    } else if (pos < end && fmt.charCodeAt(pos) >= 48 && fmt.charCodeAt(pos) <= 57) {
      [width, pos] = readInt(fmt, pos, 'width');
    }
    let precision: number | null = null;
    if (fmt[pos] === '.') {
      pos++;
      if (fmt[pos] === '*') {
        const v = conv.asIndex(nextArg());
        if (v === null) throw new TextError('TypeError', '* wants int');
        precision = Math.max(v, 0);
        pos++;
      } else {
        [precision, pos] = readInt(fmt, pos, 'precision');
      }
    }
    if (pos >= end) throw new TextError('ValueError', 'incomplete format');
    const cp = fmt.codePointAt(pos) as number;
    const ch = String.fromCodePoint(cp);
    const chIndex = offsetToCp(fmt, pos);
    pos += ch.length;
    const v = nextArg();
    const spec: PercentSpec = { flags, width, precision, conversion: ch };
    if (NUMERIC.includes(ch)) {
      out += pad(conv.formatNumber(v, spec), spec, true);
    } else if (conv.textConversions.includes(ch)) {
      out += pad(conv.convert(v, spec), spec, false);
    } else {
      throw conv.unsupported(ch, chIndex);
    }
  }
  if (argidx < arglen && dict === undefined) throw new TextError('TypeError', conv.notAllConverted);
  return out;
}

function truncate(s: string, precision: number | null): string {
  if (precision === null || precision >= s.length) return s;
  return s.slice(0, cpToOffset(s, precision));
}

/** `fmt % args` for a str fmt. */
export function strPercentFormat<V>(fmt: string, args: PercentArgs<V>, host: StrPercentHost<V>): string {
  return drive(fmt, args, {
    getItem: (m, k) => host.getItem(m, k),
    asIndex: (v) => host.asIndex(v),
    formatNumber: (v, spec) => host.formatNumber(v, spec),
    convert(v, spec) {
      const c = spec.conversion;
      if (c === 'c') {
        const a = host.charArg(v);
        if (typeof a === 'string') {
          if (cpLength(a) !== 1) throw new TextError('TypeError', '%c requires int or char');
          return a;
        }
        if (a === null) throw new TextError('TypeError', '%c requires int or char');
        if (!(a >= 0 && a <= 0x10ffff)) throw new TextError('OverflowError', '%c arg not in range(0x110000)');
        return String.fromCodePoint(a);
      }
      const s = c === 's' ? host.str(v) : c === 'r' ? host.repr(v) : host.ascii(v);
      return truncate(s, spec.precision);
    },
    unsupported(ch, index) {
      const cp = ch.codePointAt(0) as number;
      const shown = cp >= 31 && cp <= 126 ? ch : '?';
      return new TextError(
        'ValueError',
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`,
      );
    },
    notAllConverted: 'not all arguments converted during string formatting',
    textConversions: 'srac',
  });
}

/** `fmt % args` for a bytes (or bytearray) fmt. */
export function bytesPercentFormat<V>(fmt: Uint8Array, args: PercentArgs<V>, host: BytesPercentHost<V>): Uint8Array {
  const text = drive(bytesToLatin1(fmt), args, {
    getItem: (m, k) => host.getItem(m, latin1ToBytes(k)),
    asIndex: (v) => host.asIndex(v),
    formatNumber: (v, spec) => host.formatNumber(v, spec),
    convert(v, spec) {
      const c = spec.conversion;
      if (c === 'c') {
        const a = host.charArg(v);
        if (a instanceof Uint8Array && a.length === 1) return String.fromCharCode(a[0] as number);
        if (typeof a !== 'number') {
          throw new TextError('TypeError', '%c requires an integer in range(256) or a single byte');
        }
        if (!(a >= 0 && a <= 255)) throw new TextError('OverflowError', '%c arg not in range(256)');
        return String.fromCharCode(a);
      }
      if (c === 's' || c === 'b') {
        const b = host.bytesOf(v);
        if (b === null) {
          throw new TextError(
            'TypeError',
            `%b requires a bytes-like object, or an object that implements __bytes__, not '${host.typeName(v)}'`,
          );
        }
        return truncate(bytesToLatin1(b), spec.precision);
      }
      // %r and %a are both ascii(), which is pure ASCII.
      return truncate(host.ascii(v), spec.precision);
    },
    unsupported(ch, index) {
      const c = ch.charCodeAt(0);
      // CPython formats the byte through a signed char: bytes >= 0x80 fail while formatting.
      if (c >= 0x80) return new TextError('OverflowError', 'character argument not in range(0x110000)');
      return new TextError('ValueError', `unsupported format character '${ch}' (0x${c.toString(16)}) at index ${index}`);
    },
    notAllConverted: 'not all arguments converted during bytes formatting',
    textConversions: 'srabc',
  });
  return latin1ToBytes(text);
}
