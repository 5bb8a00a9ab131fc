/**
 * Code object serialization: gilvm's own compact binary format, in the
 * spirit of CPython's marshal (Python/marshal.c). The bytecode cache stores
 * it after its header (src/bytecode/cache.ts).
 *
 * A serialized code object is one version byte followed by one value:
 *
 *     value := tag payload
 *
 *     tag  payload                                   value
 *     'N'  -                                         None
 *     'T'  -                                         True
 *     'F'  -                                         False
 *     '.'  -                                         Ellipsis
 *     'i'  zigzag varint                             int, |v| < 2**53
 *     'I'  sign byte (0/1), varint n, n bytes LE     int of any size
 *     'f'  8 bytes IEEE 754 LE                       float (bit exact)
 *     'x'  16 bytes: real, imag                      complex
 *     'a'  varint n, n ASCII bytes                   str (ASCII only)
 *     'u'  varint n, n UTF-16LE code units           str (lone surrogates kept)
 *     'r'  varint k                                  the k-th str written before
 *     'b'  varint n, n bytes                         bytes
 *     '('  varint n, n values                        tuple
 *     '{'  varint n, n values                        frozenset
 *     'C'  code object fields, in CodeFields order   code object
 *
 * varint: unsigned LEB128 (7 bits a byte, least significant first) of at
 * most 2**53 - 1. Every str (names, filenames, constants) goes through the
 * back-reference table, so a filename repeated in each nested code object
 * costs two bytes.
 *
 * Reading is defensive: truncated, corrupt or hostile input throws
 * MarshalError, never another exception, and never loops or allocates more
 * than the input can account for.
 */
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex } from '../compiler/ast.js';
import type { ConstValue } from '../compiler/ast.js';
import { CodeObject } from './code.js';

/** Bump when the layout above changes. */
export const MARSHAL_VERSION = 1;

/** Nesting limit for tuples, frozensets and code objects (CPython: MAX_MARSHAL_STACK_DEPTH 2000). */
const MAX_DEPTH = 2000;

export class MarshalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarshalError';
  }
}

const TAG = {
  NONE: 0x4e, // N
  TRUE: 0x54, // T
  FALSE: 0x46, // F
  ELLIPSIS: 0x2e, // .
  INT: 0x69, // i
  BIGINT: 0x49, // I
  FLOAT: 0x66, // f
  COMPLEX: 0x78, // x
  ASCII: 0x61, // a
  UTF16: 0x75, // u
  REF: 0x72, // r
  BYTES: 0x62, // b
  TUPLE: 0x28, // (
  FROZENSET: 0x7b, // {
  CODE: 0x43, // C
} as const;

const ZIGZAG_SAFE = 2n ** 52n;

// ---------------------------------------------------------------- writer

/**
 * The writer's byte buffer is shared by every serialization on this thread
 * (serializing never re-enters itself): it grows to the largest module seen
 * and is reused, instead of each code object growing its own from 256 bytes.
 */
let scratch = new Uint8Array(1 << 16);

class Writer {
  private buf = scratch;
  private len = 0;
  private readonly strings = new Map<string, number>();

  private grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = scratch = b;
  }
  private ensure(n: number): void {
    if (this.len + n > this.buf.length) this.grow(n);
  }
  byte(b: number): void {
    if (this.len >= this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }
  varint(n: number): void {
    if (n >= 0 && n < 0x80) {
      // almost every count, length, oparg and reference
      if (this.len >= this.buf.length) this.grow(1);
      this.buf[this.len++] = n;
      return;
    }
    if (!Number.isSafeInteger(n) || n < 0) throw new MarshalError(`cannot write varint ${n}`);
    this.ensure(8);
    const buf = this.buf;
    let len = this.len;
    while (n >= 0x80) {
      buf[len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    buf[len++] = n;
    this.len = len;
  }
  float(x: number): void {
    this.ensure(8);
    F64[0] = x;
    // IEEE 754 little-endian, whatever the platform's byte order
    if (LITTLE_ENDIAN) this.buf.set(F64_BYTES, this.len);
    else for (let i = 0; i < 8; i++) this.buf[this.len + i] = F64_BYTES[7 - i]!;
    this.len += 8;
  }
  int(v: bigint): void {
    // The zigzag varint doubles the magnitude: it must stay a safe integer.
    if (v > -ZIGZAG_SAFE && v < ZIGZAG_SAFE) {
      const n = Number(v);
      this.byte(TAG.INT);
      this.varint(n >= 0 ? n * 2 : -n * 2 - 1);
      return;
    }
    this.byte(TAG.BIGINT);
    const neg = v < 0n;
    let hex = (neg ? -v : v).toString(16);
    if (hex.length % 2) hex = '0' + hex;
    const n = hex.length / 2;
    this.byte(neg ? 1 : 0);
    this.varint(n);
    this.ensure(n);
    // little-endian magnitude
    for (let i = 0; i < n; i++) {
      const j = hex.length - 2 * (i + 1);
      this.buf[this.len++] = parseInt(hex.slice(j, j + 2), 16);
    }
  }
  str(s: string): void {
    const strings = this.strings;
    const ref = strings.get(s);
    if (ref !== undefined) {
      this.byte(TAG.REF);
      this.varint(ref);
      return;
    }
    strings.set(s, strings.size);
    const n = s.length;
    // Written as ASCII while it is; rewritten as UTF-16 at the first other character.
    this.ensure(n + 10);
    this.byte(TAG.ASCII);
    const tagAt = this.len - 1;
    this.varint(n);
    if (n > 24) {
      // Long strings (docstrings) natively: UTF-8 is ASCII byte for byte until a non-ASCII
      // character, which takes more bytes than characters.
      const r = UTF8.encodeInto(s, this.buf.subarray(this.len, this.len + n));
      if (r.read === n && r.written === n) {
        this.len += n;
        return;
      }
    } else {
      const buf = this.buf;
      let len = this.len;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7f) break;
        buf[len++] = c;
      }
      if (i === n) {
        this.len = len;
        return;
      }
    }
    this.len = tagAt;
    this.byte(TAG.UTF16);
    this.varint(n);
    this.ensure(2 * n);
    const out = this.buf;
    let len = this.len;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      out[len++] = c & 0xff;
      out[len++] = c >> 8;
    }
    this.len = len;
  }
  bytes(b: Uint8Array): void {
    this.varint(b.length);
    this.raw(b);
  }
  value(v: ConstValue, depth: number): void {
    if (depth > MAX_DEPTH) throw new MarshalError('constant nested too deeply');
    if (v === null) return this.byte(TAG.NONE);
    if (v === true) return this.byte(TAG.TRUE);
    if (v === false) return this.byte(TAG.FALSE);
    if (v === Ellipsis) return this.byte(TAG.ELLIPSIS);
    switch (typeof v) {
      case 'bigint':
        return this.int(v);
      case 'number':
        this.byte(TAG.FLOAT);
        return this.float(v);
      case 'string':
        return this.str(v);
      default:
        break;
    }
    if (v instanceof CodeObject) return this.code(v, depth);
    if (v instanceof ConstTuple || v instanceof ConstFrozenSet) {
      this.byte(v instanceof ConstTuple ? TAG.TUPLE : TAG.FROZENSET);
      const items = v.items;
      this.varint(items.length);
      for (let i = 0; i < items.length; i++) this.value(items[i]!, depth + 1);
      return;
    }
    if (v instanceof Uint8Array) {
      this.byte(TAG.BYTES);
      return this.bytes(v);
    }
    if (v instanceof PyComplex) {
      this.byte(TAG.COMPLEX);
      this.float(v.real);
      return this.float(v.imag);
    }
    throw new MarshalError(`cannot serialize constant ${String(v)}`);
  }
  code(c: CodeObject, depth: number): void {
    this.byte(TAG.CODE);
    this.varint(c.co_argcount);
    this.varint(c.co_posonlyargcount);
    this.varint(c.co_kwonlyargcount);
    this.varint(c.co_stacksize);
    this.varint(c.co_flags);
    this.bytes(c.co_code);
    const consts = c.co_consts;
    this.varint(consts.length);
    for (let i = 0; i < consts.length; i++) this.value(consts[i]!, depth + 1);
    const names = c.co_names;
    this.varint(names.length);
    for (let i = 0; i < names.length; i++) this.str(names[i]!);
    const locals = c.co_localsplusnames;
    this.varint(locals.length);
    for (let i = 0; i < locals.length; i++) this.str(locals[i]!);
    this.bytes(c.co_localspluskinds);
    this.str(c.co_filename);
    this.str(c.co_name);
    this.str(c.co_qualname);
    this.varint(c.co_firstlineno >= 0 ? c.co_firstlineno * 2 : -c.co_firstlineno * 2 - 1);
    this.bytes(c.co_linetable);
    this.bytes(c.co_exceptiontable);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

const UTF8 = new TextEncoder();
const F64 = new Float64Array(1);
const F64_BYTES = new Uint8Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// ---------------------------------------------------------------- reader

/** Decodes bytes already known to be ASCII (then the same in every encoding the decoder knows). */
const ASCII_DECODER = new TextDecoder('latin1');
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The text of a marshalled ASCII string, checked. Native calls do the work (short strings through
 * String.fromCharCode, long ones through a TextDecoder, the check by a regular expression): a
 * loop over the bytes in JavaScript made the reader of the standard library's caches hot enough
 * at start-up for V8 to compile it with TurboFan (41 ms on a background thread, go.py,
 * `node --trace-opt`) when the interpreter loop's first compilation needs that thread.
 */
function asciiText(b: Uint8Array): string {
  // apply takes a typed array as its arguments; 64 of them stay well inside the stack.
  const s = b.length <= 64 ? String.fromCharCode.apply(null, b as unknown as number[]) : ASCII_DECODER.decode(b);
  if (NON_ASCII.test(s)) throw new MarshalError('non-ASCII byte in ASCII string');
  return s;
}

class Reader {
  pos = 0;
  private readonly strings: string[] = [];
  private readonly f64 = new DataView(new ArrayBuffer(8));
  private readonly buf: Uint8Array;
  constructor(bytes: Uint8Array) {
    // A plain view of a Buffer (a cache file as read): Buffer's own slice and subarray are
    // JavaScript wrappers, 3% of `import collections, re, json, dataclasses` (--cpu-prof).
    this.buf = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }
  byte(): number {
    if (this.pos >= this.buf.length) throw new MarshalError('truncated data');
    return this.buf[this.pos++]!;
  }
  take(n: number): Uint8Array {
    if (n > this.remaining) throw new MarshalError('truncated data');
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if (!(b & 0x80)) break;
      scale *= 0x80;
      if (scale > 2 ** 49) throw new MarshalError('varint too long');
    }
    if (result > Number.MAX_SAFE_INTEGER) throw new MarshalError('varint out of range');
    return result;
  }
  /** A count of items that each take at least one byte. */
  count(): number {
    const n = this.varint();
    if (n > this.remaining) throw new MarshalError('truncated data');
    return n;
  }
  float(): number {
    const b = this.take(8);
    for (let i = 0; i < 8; i++) this.f64.setUint8(i, b[i]!);
    return this.f64.getFloat64(0, true);
  }
  strOfTag(tag: number): string {
    if (tag === TAG.REF) {
      const k = this.varint();
      if (k >= this.strings.length) throw new MarshalError(`bad string reference ${k}`);
      return this.strings[k]!;
    }
    let s: string;
    if (tag === TAG.ASCII) {
      const n = this.count();
      s = asciiText(this.buf.subarray(this.pos, this.pos + n));
      this.pos += n;
    } else if (tag === TAG.UTF16) {
      const n = this.varint();
      if (n * 2 > this.remaining) throw new MarshalError('truncated data');
      const b = this.take(n * 2);
      const units = new Array<number>(n);
      for (let i = 0; i < n; i++) units[i] = b[2 * i]! | (b[2 * i + 1]! << 8);
      const parts: string[] = [];
      for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode(...units.slice(i, i + 8192)));
      s = parts.join('');
    } else {
      throw new MarshalError(`expected a string, got tag 0x${tag.toString(16)}`);
    }
    this.strings.push(s);
    return s;
  }
  str(): string {
    return this.strOfTag(this.byte());
  }
  bytes(): Uint8Array {
    return this.take(this.count());
  }
  value(depth: number): ConstValue {
    if (depth > MAX_DEPTH) throw new MarshalError('data nested too deeply');
    const tag = this.byte();
    switch (tag) {
      case TAG.NONE:
        return null;
      case TAG.TRUE:
        return true;
      case TAG.FALSE:
        return false;
      case TAG.ELLIPSIS:
        return Ellipsis;
      case TAG.INT: {
        const z = this.varint();
        return BigInt(z % 2 ? -(z - 1) / 2 - 1 : z / 2);
      }
      case TAG.BIGINT: {
        const sign = this.byte();
        if (sign > 1) throw new MarshalError('bad int sign');
        const mag = this.bytes();
        let hex = '';
        for (let i = mag.length - 1; i >= 0; i--) hex += mag[i]!.toString(16).padStart(2, '0');
        const v = hex ? BigInt('0x' + hex) : 0n;
        return sign ? -v : v;
      }
      case TAG.FLOAT:
        return this.float();
      case TAG.COMPLEX: {
        const re = this.float();
        return new PyComplex(re, this.float());
      }
      case TAG.ASCII:
      case TAG.UTF16:
      case TAG.REF:
        return this.strOfTag(tag);
      case TAG.BYTES:
        return this.bytes();
      case TAG.TUPLE:
      case TAG.FROZENSET: {
        const n = this.count();
        const items: ConstValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value(depth + 1));
        return tag === TAG.TUPLE ? new ConstTuple(items) : new ConstFrozenSet(items);
      }
      case TAG.CODE:
        return this.code(depth);
      default:
        throw new MarshalError(`bad marshal tag 0x${tag.toString(16)} at ${this.pos - 1}`);
    }
  }
  code(depth: number): CodeObject {
    const co_argcount = this.varint();
    const co_posonlyargcount = this.varint();
    const co_kwonlyargcount = this.varint();
    const co_stacksize = this.varint();
    const co_flags = this.varint();
    const co_code = this.bytes();
    if (co_code.length % 2) throw new MarshalError('odd bytecode length');
    const nconsts = this.count();
    const co_consts: ConstValue[] = [];
    for (let i = 0; i < nconsts; i++) co_consts.push(this.value(depth + 1));
    const nnames = this.count();
    const co_names: string[] = [];
    for (let i = 0; i < nnames; i++) co_names.push(this.str());
    const nlocals = this.count();
    const co_localsplusnames: string[] = [];
    for (let i = 0; i < nlocals; i++) co_localsplusnames.push(this.str());
    const co_localspluskinds = this.bytes();
    if (co_localspluskinds.length !== nlocals) throw new MarshalError('localsplus names and kinds differ in length');
    const co_filename = this.str();
    const co_name = this.str();
    const co_qualname = this.str();
    const z = this.varint();
    const co_firstlineno = z % 2 ? -(z - 1) / 2 - 1 : z / 2;
    const co_linetable = this.bytes();
    const co_exceptiontable = this.bytes();
    if (co_argcount + co_kwonlyargcount > nlocals || co_posonlyargcount > co_argcount) {
      throw new MarshalError('argument counts do not fit the locals');
    }
    return new CodeObject({
      co_argcount,
      co_posonlyargcount,
      co_kwonlyargcount,
      co_stacksize,
      co_flags,
      co_code,
      co_consts,
      co_names,
      co_localsplusnames,
      co_localspluskinds,
      co_filename,
      co_name,
      co_qualname,
      co_firstlineno,
      co_linetable,
      co_exceptiontable,
    });
  }
}

/** Serialize any constant (code objects included), without the version byte. */
export function serializeConst(v: ConstValue): Uint8Array {
  const w = new Writer();
  w.value(v, 0);
  return w.result();
}

/** Read back what serializeConst wrote; the whole input must be one value. */
export function deserializeConst(bytes: Uint8Array): ConstValue {
  const r = new Reader(bytes);
  const v = guarded(() => r.value(0));
  if (r.remaining) throw new MarshalError(`${r.remaining} bytes of trailing data`);
  return v;
}

/** Turn any other failure while reading (an engine RangeError, say) into a MarshalError. */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof MarshalError) throw e;
    throw new MarshalError(`bad marshal data: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Serialize a code object: the version byte, then the code value; after
 * `prefix` when given (a cache file's header), saving a copy.
 */
export function serializeCode(code: CodeObject, prefix?: Uint8Array): Uint8Array {
  const w = new Writer();
  if (prefix) w.raw(prefix);
  w.byte(MARSHAL_VERSION);
  w.code(code, 0);
  return w.result();
}

/** Read back a serialized code object; MarshalError on any bad input. */
export function deserializeCode(bytes: Uint8Array): CodeObject {
  if (!(bytes instanceof Uint8Array)) throw new MarshalError('expected bytes');
  const r = new Reader(bytes);
  const version = r.byte();
  if (version !== MARSHAL_VERSION) throw new MarshalError(`unsupported marshal version ${version}`);
  if (r.byte() !== TAG.CODE) throw new MarshalError('not a code object');
  const code = guarded(() => r.code(0));
  if (r.remaining) throw new MarshalError(`${r.remaining} bytes of trailing data`);
  return code;
}
