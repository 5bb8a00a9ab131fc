/**
 * The exception table: CPython 3.12's format (Objects/exception_handling_notes.txt,
 * Python/assemble.c `assemble_emit_exception_table_entry`).
 *
 * The table is a sequence of entries sorted by start offset. Each entry is
 * four unsigned numbers, all in code units (2-byte instructions):
 *
 *     start, length, target, (depth << 1) | lasti
 *
 * Each number is a big-endian varint of 6-bit chunks:
 *
 *     bit 7      bit 6          bits 0-5
 *     +--------+--------------+-----------+
 *     | S      | continuation | 6 bits    |
 *     +--------+--------------+-----------+
 *
 * S (0x80) is set on the first byte of an entry only (the first byte of
 * `start`), which lets a binary search find entry boundaries from any byte.
 *
 * The TypeScript side uses BYTE offsets with an exclusive end, like
 * `dis._parse_exception_table` (which multiplies by 2).
 */

export interface ExceptionTableEntry {
  /** First covered byte offset. */
  start: number;
  /** Byte offset just past the last covered instruction. */
  end: number;
  /** Handler byte offset. */
  target: number;
  /** Stack depth to pop to before pushing the exception. */
  depth: number;
  /** Whether the offset of the raising instruction is pushed too. */
  lasti: boolean;
}

/** The handler for an offset, as the interpreter needs it. */
export interface ExceptionHandler {
  target: number;
  depth: number;
  lasti: boolean;
}

const CONTINUATION_BIT = 64;
const ENTRY_START_BIT = 128;
/** CPython's assembler asserts values below 2**30. */
const MAX_VALUE = 1 << 30;

function emitItem(out: number[], value: number, msb: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= MAX_VALUE) {
    throw new RangeError(`exception table value out of range: ${value}`);
  }
  if (value >= 1 << 24) {
    out.push((value >> 24) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    out.push(((value >> 18) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    out.push(((value >> 12) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    out.push(((value >> 6) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  out.push((value & 0x3f) | msb);
}

function checkEven(what: string, v: number): number {
  if (!Number.isInteger(v) || v < 0 || v % 2 !== 0) {
    throw new RangeError(`exception table ${what} must be a non-negative even byte offset: ${v}`);
  }
  return v >> 1;
}

/** Encode entries (byte offsets, end exclusive) into CPython 3.12's table. */
export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    const start = checkEven('start', e.start);
    const end = checkEven('end', e.end);
    if (end <= start) throw new RangeError(`exception table entry is empty: ${e.start} to ${e.end}`);
    const target = checkEven('target', e.target);
    if (!Number.isInteger(e.depth) || e.depth < 0) throw new RangeError(`bad exception table depth: ${e.depth}`);
    emitItem(out, start, ENTRY_START_BIT);
    emitItem(out, end - start, 0);
    emitItem(out, target, 0);
    emitItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return new Uint8Array(out);
}

/**
 * Read one varint at `pos`; returns the value and the next position, or -1
 * as position when the table ends inside the number.
 */
function readVarint(table: Uint8Array, pos: number): [value: number, next: number] {
  if (pos >= table.length) return [0, -1];
  let b = table[pos++]!;
  let val = b & 63;
  while (b & 64) {
    if (pos >= table.length) return [0, -1];
    val = val * 64; // no bit ops: a corrupt table must not wrap to negative
    b = table[pos++]!;
    val += b & 63;
  }
  return [val, pos];
}

/**
 * Decode a table into entries with byte offsets (like dis._parse_exception_table).
 * A table that ends inside an entry yields the complete entries before it.
 */
export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let pos = 0;
  while (pos < table.length) {
    const [start, p1] = readVarint(table, pos);
    if (p1 < 0) break;
    const [length, p2] = readVarint(table, p1);
    if (p2 < 0) break;
    const [target, p3] = readVarint(table, p2);
    if (p3 < 0) break;
    const [dl, p4] = readVarint(table, p3);
    if (p4 < 0) break;
    pos = p4;
    entries.push({
      start: start * 2,
      end: (start + length) * 2,
      target: target * 2,
      depth: Math.floor(dl / 2),
      lasti: dl % 2 === 1,
    });
  }
  return entries;
}

/** Tables this size or smaller are scanned linearly (as CPython's MAX_LINEAR_SEARCH). */
const MAX_LINEAR_SEARCH = 40;

function scanBackToEntryStart(table: Uint8Array, p: number): number {
  while (p > 0 && (table[p]! & ENTRY_START_BIT) === 0) p--;
  return p;
}

function skipToNextEntry(table: Uint8Array, p: number, end: number): number {
  while (p < end && (table[p]! & ENTRY_START_BIT) === 0) p++;
  return p;
}

/**
 * Find the handler covering the instruction at `byteOffset`, or null.
 * This is CPython's `get_exception_handler` (Python/ceval.c): a binary search
 * on entry starts for big tables, then a linear scan. No allocation besides
 * the result.
 */
export function findHandler(table: Uint8Array, byteOffset: number): ExceptionHandler | null {
  const index = byteOffset >> 1;
  let start = 0;
  let end = table.length;
  if (end - start > MAX_LINEAR_SEARCH) {
    const [first] = readVarint(table, 0);
    if (first > index) return null;
    do {
      let mid = start + ((end - start) >> 1);
      mid = scanBackToEntryStart(table, mid);
      const [offset, next] = readVarint(table, mid);
      if (next < 0) break;
      if (offset > index) end = mid;
      else if (mid === start) break; // cannot narrow further (one entry left)
      else start = mid;
    } while (end - start > MAX_LINEAR_SEARCH);
  }
  let scan = start;
  while (scan < end) {
    const [startOffset, p1] = readVarint(table, scan);
    if (p1 < 0 || startOffset > index) break;
    const [size, p2] = readVarint(table, p1);
    if (p2 < 0) break;
    if (startOffset + size > index) {
      const [target, p3] = readVarint(table, p2);
      if (p3 < 0) break;
      const [dl, p4] = readVarint(table, p3);
      if (p4 < 0) break;
      return { target: target * 2, depth: Math.floor(dl / 2), lasti: dl % 2 === 1 };
    }
    scan = skipToNextEntry(table, p2, end);
  }
  return null;
}
