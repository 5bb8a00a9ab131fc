/**
 * The compression engines under the `zlib` module (zlib-module.ts), in plain
 * JS memory: nothing here touches the Python heap, so the module may run
 * them with the GIL released.
 *
 * Streaming on node:zlib. Node's public synchronous functions (deflateSync,
 * inflateSync) are one-shot, its zlib classes are asynchronous streams, and
 * their `_processChunk(chunk, flag)` closes the handle after one chunk. What
 * stays is the native handle itself: `new zlib.DeflateRaw(opts)._handle`,
 * whose `writeSync(flush, in, inOff, inLen, out, outOff, outLen)` runs one
 * deflate()/inflate() call and leaves (avail_out, avail_in) in the stream's
 * `_writeState`, errors arriving synchronously through `handle.onerror`. It
 * is the call Node's own sync path makes (lib/zlib.js, processChunkSync) and
 * has kept its shape since Node 0.11; driving it directly keeps a z_stream
 * alive between Python calls, so compressobj/decompressobj really stream:
 * each byte is (de)compressed once, and max_length stops inflate() itself.
 *
 * Framing is ours. The handles are always *raw* deflate; the zlib header
 * and Adler-32 trailer and the gzip header and CRC-32 trailer are written
 * and parsed here, with zlib's messages. Two reasons: Node's gunzip goes on
 * into a following gzip member by itself (CPython stops and leaves it in
 * unused_data), and Compress.copy() needs to restart a stream (below).
 *
 * copy(). Node has no deflateCopy()/inflateCopy(). A Deflater copies itself
 * by a Z_SYNC_FLUSH of its handle (output both copies will return) and a new
 * raw handle primed with the last window of input as its dictionary, with
 * the checksum and length carried over: the two streams are valid
 * continuations of the same prefix, though the bytes differ from CPython's
 * (which would not have flushed). An Inflater copies itself by replaying the
 * compressed input it has consumed into a fresh one; it keeps that input
 * only up to HISTORY_CAP, after which copy() fails.
 */
import { createRequire } from 'node:module';

type NodeZlib = typeof import('node:zlib');
let nodeZlib: NodeZlib | null = null;
function zl(): NodeZlib {
  return (nodeZlib ??= createRequire(import.meta.url)('node:zlib') as NodeZlib);
}

export const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;
export const Z_BUF_ERROR = -5, Z_DATA_ERROR = -3, Z_STREAM_ERROR = -2, Z_NEED_DICT = 2;

/** A zlib failure: `code` is zlib's return code, `detail` its message (or null). */
export class ZlibFailure extends Error {
  /** `doing`: what CPython's message says was going on, where it is not the caller's usual one. */
  constructor(readonly code: number, readonly detail: string | null, readonly doing: string | null = null) {
    super(detail ?? `zlib error ${code}`);
  }
}

/** A failure to report as ValueError (copy() of a stream that cannot be copied). */
export class ZlibValueError extends Error {}

// ---- checksums -------------------------------------------------------------------------------

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309) of data continuing `crc`; node:zlib's where it has one (Node >= 20.15). */
export function crc32(data: Uint8Array, crc: number): number {
  const z = zl() as NodeZlib & { crc32?: (d: Uint8Array, v: number) => number };
  if (typeof z.crc32 === 'function') return z.crc32(data, crc >>> 0) >>> 0;
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Adler-32 of data continuing `adler` (RFC 1950), summing up to 5552 bytes between reductions. */
export function adler32(data: Uint8Array, adler: number): number {
  let a = adler & 0xffff, b = (adler >>> 16) & 0xffff;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const end = Math.min(n, i + 5552);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---- the handle ------------------------------------------------------------------------------

interface Handle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  close(): void;
  onerror: (message: string, errno: number) => void;
}

/** One raw z_stream: the handle, the stream's result words and the last error. */
class Raw {
  readonly handle: Handle;
  readonly state: Uint32Array;
  error: ZlibFailure | null = null;

  constructor(inflate: boolean, opts: import('node:zlib').ZlibOptions) {
    const z = zl();
    const engine = (inflate ? new z.InflateRaw(opts) : new z.DeflateRaw(opts)) as unknown as { _handle: Handle; _writeState: Uint32Array };
    this.handle = engine._handle;
    this.state = engine._writeState;
    this.handle.onerror = (message: string, errno: number) => {
      this.error = new ZlibFailure(errno, message);
    };
  }

  /** One deflate()/inflate() call; [consumed, produced]. */
  step(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): [number, number] {
    this.error = null;
    this.handle.writeSync(flush, input, inOff, inLen, out, outOff, outLen);
    if (this.error !== null) throw this.error;
    return [inLen - this.state[1]!, outLen - this.state[0]!];
  }

  close(): void {
    this.handle.close();
  }
}

/** Output collected in chunks. */
class Sink {
  chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    if (b.length === 0) return;
    this.chunks.push(b);
    this.length += b.length;
  }
  take(): Uint8Array {
    const out = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.length);
    this.chunks = [];
    this.length = 0;
    return out;
  }
}

const CHUNK = 64 * 1024;
const EMPTY = new Uint8Array(0);

// ---- compression -----------------------------------------------------------------------------

export type Framing = 'raw' | 'zlib' | 'gzip' | 'auto';

export interface DeflateParams {
  level: number;
  wbits: number;
  memLevel: number;
  strategy: number;
  zdict: Uint8Array | null;
}

/** deflateInit2's checks: the framing and window bits of `wbits`, or null where zlib says Z_STREAM_ERROR. */
export function deflateFraming(p: DeflateParams): { framing: Framing; bits: number } | null {
  let framing: Framing = 'zlib', bits = p.wbits;
  if (bits < 0) {
    framing = 'raw';
    bits = -bits;
    if (bits > 15) return null;
  } else if (bits > 15) {
    framing = 'gzip';
    bits -= 16;
  }
  const level = p.level === -1 ? 6 : p.level;
  if (p.memLevel < 1 || p.memLevel > 9 || bits < 8 || bits > 15 || level < 0 || level > 9 || p.strategy < 0 || p.strategy > 4) return null;
  if (bits === 8 && framing !== 'zlib') return null;
  return { framing, bits: bits === 8 ? 9 : bits };
}

export class Deflater {
  private raw: Raw | null;
  private readonly framing: Framing;
  private readonly bits: number;
  private readonly level: number;
  private headerDone = false;
  private check: number;
  private total = 0;
  /** The last 2**bits bytes of input, for copy(). */
  private window: Uint8Array;
  /** Output made by a copy()'s flush, returned by the next call. */
  private pending: Uint8Array[] = [];
  finished = false;

  constructor(private readonly p: DeflateParams, fr?: { framing: Framing; bits: number }) {
    const f = fr ?? deflateFraming(p);
    if (f === null) throw new ZlibFailure(Z_STREAM_ERROR, null);
    this.framing = f.framing;
    this.bits = f.bits;
    this.level = p.level === -1 ? 6 : p.level;
    if (p.zdict !== null && this.framing === 'gzip') throw new ZlibFailure(Z_STREAM_ERROR, null);
    this.raw = this.open(p.zdict);
    this.check = this.framing === 'gzip' ? 0 : 1;
    this.window = p.zdict !== null ? p.zdict.slice(-(1 << this.bits)) : EMPTY;
  }

  private open(dict: Uint8Array | null): Raw {
    const opts: import('node:zlib').ZlibOptions = { level: this.level, windowBits: this.bits, memLevel: this.p.memLevel, strategy: this.p.strategy };
    if (dict !== null && dict.length > 0) opts.dictionary = dict;
    return new Raw(false, opts);
  }

  /** zlib's header: 2 bytes (+ the dictionary's Adler-32), or gzip's 10 bytes. */
  private header(): Uint8Array {
    if (this.framing === 'raw') return EMPTY;
    if (this.framing === 'gzip') {
      const xfl = this.level === 9 ? 2 : this.p.strategy >= 2 || this.level < 2 ? 4 : 0;
      return Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3);
    }
    const flags = this.p.strategy >= 2 || this.level < 2 ? 0 : this.level < 6 ? 1 : this.level === 6 ? 2 : 3;
    const dict = this.p.zdict;
    let h = ((8 + ((this.bits - 8) << 4)) << 8) | (flags << 6);
    if (dict !== null) h |= 0x20;
    h += 31 - (h % 31);
    if (dict === null) return Uint8Array.of(h >> 8, h & 0xff);
    const a = adler32(dict, 1);
    return Uint8Array.of(h >> 8, h & 0xff, a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff);
  }

  private trailer(): Uint8Array {
    const c = this.check, n = this.total;
    if (this.framing === 'zlib') return Uint8Array.of(c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff);
    if (this.framing === 'gzip') return Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24, n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n / 0x1000000) & 0xff);
    return EMPTY;
  }

  private note(data: Uint8Array): void {
    if (this.framing === 'zlib') this.check = adler32(data, this.check);
    else if (this.framing === 'gzip') this.check = crc32(data, this.check);
    this.total = (this.total + data.length) % 0x100000000;
    const w = 1 << this.bits;
    if (data.length >= w) this.window = data.slice(data.length - w);
    else if (this.window.length + data.length <= w) this.window = concat(this.window, data);
    else this.window = concat(this.window.subarray(this.window.length + data.length - w), data);
  }

  private run(sink: Sink, flush: number, data: Uint8Array): void {
    const raw = this.raw!;
    let off = 0;
    for (;;) {
      const out = Buffer.allocUnsafe(Math.max(CHUNK, Math.min(data.length - off + 1024, 4 * 1024 * 1024)));
      const [used, made] = raw.step(flush, data, off, data.length - off, out, 0, out.length);
      off += used;
      sink.push(out.subarray(0, made));
      if (made < out.length && off >= data.length) return;
    }
  }

  private begin(sink: Sink): void {
    for (const p of this.pending) sink.push(p);
    this.pending = [];
    if (!this.headerDone) {
      sink.push(this.header());
      this.headerDone = true;
    }
  }

  compress(data: Uint8Array): Uint8Array {
    if (this.raw === null) throw new ZlibFailure(Z_STREAM_ERROR, 'inconsistent stream state');
    const sink = new Sink();
    this.begin(sink);
    this.note(data);
    this.run(sink, Z_NO_FLUSH, data);
    return sink.take();
  }

  flush(mode: number): Uint8Array {
    if (mode === Z_NO_FLUSH) return EMPTY;
    if (this.raw === null) throw new ZlibFailure(Z_STREAM_ERROR, 'inconsistent stream state');
    const sink = new Sink();
    this.begin(sink);
    this.run(sink, mode, EMPTY);
    if (mode === Z_FINISH) {
      sink.push(this.trailer());
      this.close();
      this.finished = true;
    }
    return sink.take();
  }

  copy(): Deflater {
    if (this.raw === null) throw new ZlibValueError('Inconsistent stream state');
    const sink = new Sink();
    this.begin(sink);
    this.run(sink, Z_SYNC_FLUSH, EMPTY);
    const flushed = sink.take();
    const c = Object.create(Deflater.prototype) as Deflater;
    Object.assign(c, this);
    c.raw = c.open(this.window.length > 0 ? this.window : null);
    this.pending = flushed.length > 0 ? [flushed] : [];
    c.pending = [...this.pending];
    return c;
  }

  close(): void {
    this.raw?.close();
    this.raw = null;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

// ---- decompression ---------------------------------------------------------------------------

/** inflateInit2's checks: the framing and window bits of `wbits`, or null where zlib says Z_STREAM_ERROR. */
export function inflateFraming(wbits: number): { framing: Framing; bits: number } | null {
  let framing: Framing, bits: number;
  if (wbits < 0) {
    if (wbits < -15) return null;
    framing = 'raw';
    bits = -wbits;
  } else {
    const wrap = (wbits >> 4) + 5;
    bits = wbits < 48 ? wbits & 15 : wbits;
    framing = wrap === 5 ? 'zlib' : wrap === 6 ? 'gzip' : 'auto';
  }
  if (bits !== 0 && (bits < 8 || bits > 15)) return null;
  return { framing, bits };
}

const HISTORY_CAP = 8 * 1024 * 1024;
const H_HEADER = 0, H_BODY = 1, H_TRAILER = 2, H_DONE = 3;

export interface InflateResult {
  out: Uint8Array;
  /** Bytes of the input used (the rest is unused data after the end, or left for lack of output room). */
  consumed: number;
  eof: boolean;
}

export class Inflater {
  private raw: Raw | null = null;
  private framing: Framing;
  private readonly bits: number;
  private phase = H_HEADER;
  /** Header or trailer bytes gathered so far. */
  private held: Uint8Array = EMPTY;
  private check = 0;
  private total = 0;
  /** Consumed input, for copy(); null once over HISTORY_CAP. */
  private history: Uint8Array[] | null = [];
  private historySize = 0;

  /** Bytes of output so far. */
  private produced = 0;

  constructor(private readonly wbits: number, private readonly zdict: Uint8Array | null) {
    const f = inflateFraming(wbits);
    if (f === null) throw new ZlibFailure(Z_STREAM_ERROR, null);
    this.framing = f.framing;
    this.bits = f.bits;
    if (this.framing === 'raw') this.startBody(zdict);
  }

  get eof(): boolean {
    return this.phase === H_DONE;
  }

  private startBody(dict: Uint8Array | null): void {
    const opts: import('node:zlib').ZlibOptions = { windowBits: this.bits === 0 ? 15 : Math.max(this.bits, 8) };
    if (dict !== null && dict.length > 0) opts.dictionary = dict;
    this.raw = new Raw(true, opts);
    this.phase = H_BODY;
    this.check = this.framing === 'gzip' ? 0 : 1;
  }

  /**
   * The header's length if `h` holds a whole header; 0 if more bytes are needed. Throws zlib's
   * errors for a bad one.
   */
  private parseHeader(h: Uint8Array): number {
    if (this.framing === 'auto') {
      if (h.length < 2) return 0;
      this.framing = h[0] === 0x1f && h[1] === 0x8b ? 'gzip' : 'zlib';
    }
    if (this.framing === 'zlib') {
      if (h.length < 2) return 0;
      if (((h[0]! << 8) | h[1]!) % 31 !== 0) throw new ZlibFailure(Z_DATA_ERROR, 'incorrect header check');
      if ((h[0]! & 15) !== 8) throw new ZlibFailure(Z_DATA_ERROR, 'unknown compression method');
      const len = (h[0]! >> 4) + 8;
      const bits = this.bits === 0 ? 15 : this.bits;
      if (len > 15 || len > bits) throw new ZlibFailure(Z_DATA_ERROR, 'invalid window size');
      if ((h[1]! & 0x20) === 0) return 2;
      return h.length < 6 ? 0 : 6;
    }
    // gzip (RFC 1952)
    let at = 10;
    if (h.length < at) {
      // zlib reads the magic as one 16-bit field, then method and flags as another.
      if (h.length >= 2 && (h[0] !== 0x1f || h[1] !== 0x8b)) throw new ZlibFailure(Z_DATA_ERROR, 'incorrect header check');
      if (h.length >= 4 && h[2] !== 8) throw new ZlibFailure(Z_DATA_ERROR, 'unknown compression method');
      if (h.length >= 4 && (h[3]! & 0xe0) !== 0) throw new ZlibFailure(Z_DATA_ERROR, 'unknown header flags set');
      return 0;
    }
    if (h[0] !== 0x1f || h[1] !== 0x8b) throw new ZlibFailure(Z_DATA_ERROR, 'incorrect header check');
    if (h[2] !== 8) throw new ZlibFailure(Z_DATA_ERROR, 'unknown compression method');
    const flg = h[3]!;
    if ((flg & 0xe0) !== 0) throw new ZlibFailure(Z_DATA_ERROR, 'unknown header flags set');
    if (flg & 4) {
      if (h.length < at + 2) return 0;
      at += 2 + (h[at]! | (h[at + 1]! << 8));
      if (h.length < at) return 0;
    }
    for (const bit of [8, 16]) {
      if (flg & bit) {
        const z = h.indexOf(0, at);
        if (z < 0) return 0;
        at = z + 1;
      }
    }
    if (flg & 2) {
      if (h.length < at + 2) return 0;
      if ((crc32(h.subarray(0, at), 0) & 0xffff) !== (h[at]! | (h[at + 1]! << 8))) throw new ZlibFailure(Z_DATA_ERROR, 'header crc mismatch');
      at += 2;
    }
    return at;
  }

  /** Header bytes are done: check a preset dictionary, start the body. */
  private endHeader(h: Uint8Array, n: number): void {
    let dict: Uint8Array | null = null;
    if (this.framing === 'zlib' && n === 6) {
      if (this.zdict === null) throw new ZlibFailure(Z_NEED_DICT, null);
      const want = ((h[2]! << 24) | (h[3]! << 16) | (h[4]! << 8) | h[5]!) >>> 0;
      if (adler32(this.zdict, 1) !== want) throw new ZlibFailure(Z_DATA_ERROR, null, 'while setting zdict');
      dict = this.zdict;
    }
    this.startBody(dict);
  }

  /**
   * Decompress `data` with at most `maxLength` bytes of output (0: no limit). Input after the
   * end of the stream is not consumed.
   */
  decompress(data: Uint8Array, maxLength: number): InflateResult {
    const sink = new Sink();
    let off = 0;
    const room = (): number => (maxLength > 0 ? maxLength - sink.length : Infinity);
    try {
      while (this.phase !== H_DONE) {
        if (this.phase === H_HEADER || this.phase === H_TRAILER) {
          if (off >= data.length) break;
          // Gather header/trailer bytes one slice at a time: they are short.
          const before = this.held.length;
          const take = Math.min(data.length - off, this.phase === H_TRAILER ? this.trailerSize() - before : 1024);
          const h = concat(this.held, data.subarray(off, off + take));
          if (this.phase === H_HEADER) {
            const n = this.parseHeader(h);
            if (n === 0) {
              this.held = h;
              off += take;
              continue;
            }
            off += n - before;
            this.held = EMPTY;
            this.endHeader(h, n);
          } else {
            off += take;
            if (h.length < this.trailerSize()) {
              this.held = h;
              continue;
            }
            this.held = EMPTY;
            this.checkTrailer(h);
            this.phase = H_DONE;
          }
          continue;
        }
        // The body.
        const space = room();
        if (space <= 0) break;
        const out = Buffer.allocUnsafe(Math.min(space, Math.max(CHUNK, Math.min((data.length - off) * 4, 4 * 1024 * 1024))));
        const [used, made] = this.raw!.step(Z_SYNC_FLUSH, data, off, data.length - off, out, 0, out.length);
        off += used;
        if (made > 0) {
          const got = out.subarray(0, made);
          this.note(got);
          sink.push(got);
        }
        if (made === out.length) continue; // output full: more may come
        // Output left over: either all input is used, or the deflate stream has ended.
        if (off < data.length || this.ended()) {
          this.raw!.close();
          this.raw = null;
          if (this.framing === 'raw') this.phase = H_DONE;
          else this.phase = H_TRAILER;
          continue;
        }
        break;
      }
    } catch (e) {
      if (e instanceof ZlibFailure) this.close();
      throw e;
    }
    this.remember(data.subarray(0, off));
    return { out: sink.take(), consumed: off, eof: this.phase === H_DONE };
  }

  /** Whether the deflate stream has ended: an inflate(Z_FINISH) with no input fails only if not. */
  private ended(): boolean {
    try {
      this.raw!.step(Z_FINISH, EMPTY, 0, 0, PROBE, 0, 1);
      return true;
    } catch (e) {
      if (e instanceof ZlibFailure && e.code === Z_BUF_ERROR) return false;
      throw e;
    }
  }

  private trailerSize(): number {
    return this.framing === 'gzip' ? 8 : 4;
  }

  private checkTrailer(t: Uint8Array): void {
    if (this.framing === 'zlib') {
      const want = ((t[0]! << 24) | (t[1]! << 16) | (t[2]! << 8) | t[3]!) >>> 0;
      if (want !== this.check) throw new ZlibFailure(Z_DATA_ERROR, 'incorrect data check');
      return;
    }
    const crc = (t[0]! | (t[1]! << 8) | (t[2]! << 16) | (t[3]! << 24)) >>> 0;
    if (crc !== this.check) throw new ZlibFailure(Z_DATA_ERROR, 'incorrect data check');
    const n = (t[4]! | (t[5]! << 8) | (t[6]! << 16) | (t[7]! << 24)) >>> 0;
    if (n !== this.total) throw new ZlibFailure(Z_DATA_ERROR, 'incorrect length check');
  }

  private note(data: Uint8Array): void {
    if (this.framing === 'zlib') this.check = adler32(data, this.check);
    else if (this.framing === 'gzip') this.check = crc32(data, this.check);
    this.total = (this.total + data.length) % 0x100000000;
    this.produced += data.length;
  }

  private remember(used: Uint8Array): void {
    if (this.history === null || used.length === 0 || this.phase === H_DONE) {
      if (this.phase === H_DONE) this.history = null;
      return;
    }
    this.historySize += used.length;
    if (this.historySize > HISTORY_CAP) this.history = null;
    else this.history.push(used.slice());
  }

  /**
   * A copy: the consumed input replayed into a fresh Inflater, its output stopped at the length
   * this one has made (so that a copy taken at a max_length stop stands where this one stands).
   */
  copy(): Inflater {
    const c = new Inflater(this.wbits, this.zdict);
    if (this.phase === H_DONE) {
      c.close();
      Object.assign(c, { framing: this.framing, phase: H_DONE, history: null });
      return c;
    }
    if (this.history === null) throw new ZlibValueError(`copy() of a decompressor that has read over ${HISTORY_CAP} bytes (gilvm copies one by replaying its input)`);
    const all = this.history.length === 1 ? this.history[0]! : Buffer.concat(this.history);
    const r = c.decompress(all, this.produced);
    if (r.consumed !== all.length || c.produced !== this.produced) {
      c.close();
      throw new ZlibValueError('Inconsistent stream state');
    }
    return c;
  }

  close(): void {
    this.raw?.close();
    this.raw = null;
  }
}

const PROBE = Buffer.alloc(1);
