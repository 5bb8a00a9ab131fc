/**
 * The location table (co_linetable): CPython 3.12's format
 * (InternalDocs/locations.md, Python/assemble.c `write_location_info_entry`,
 * Objects/codeobject.c `advance_with_locations`).
 *
 * The table is a sequence of entries, each covering 1 to 8 code units
 * (2-byte instructions); a longer run is split into several entries with the
 * same location. The first byte of an entry:
 *
 *     bit 7   bits 3-6   bits 0-2
 *     +-----+----------+------------+
 *     |  1  |   code   | length - 1 |
 *     +-----+----------+------------+
 *
 * and the rest depends on `code` (lines are deltas from the previous entry's
 * line, starting at co_firstlineno; columns are 0-based):
 *
 *     0-9    short form: line delta 0; one byte 0CCCEEEE:
 *            col = code*8 + CCC, end_col = col + EEEE
 *     10-12  one-line form: line delta = code - 10; bytes col, end_col
 *     13     no columns: svarint line delta
 *     14     long form: svarint line delta, varint end line delta,
 *            varint col + 1, varint end_col + 1 (0 means unknown)
 *     15     no location
 *
 * varint: 6-bit chunks, least significant first, bit 6 = more follow.
 * svarint: varint of (|v| << 1) | (v < 0).
 */
import type { Location } from '../compiler/instructions.js';

export const LOCATION_SHORT0 = 0;
export const LOCATION_ONE_LINE0 = 10;
export const LOCATION_NO_COLUMNS = 13;
export const LOCATION_LONG = 14;
export const LOCATION_NONE = 15;

/** Code units one entry may cover. */
const MAX_ENTRY_UNITS = 8;

export interface LineTableEntry {
  /** Code units covered (any positive length; split into entries of at most 8). */
  length: number;
  loc: Location;
}

/** A location range in byte offsets; null fields are unknown (Python's None). */
export interface PositionRange {
  start: number;
  end: number;
  lineno: number | null;
  end_lineno: number | null;
  col: number | null;
  end_col: number | null;
}

/** A `co_lines()` triple: byte offsets, end exclusive, and the line or null. */
export interface LineRange {
  start: number;
  end: number;
  lineno: number | null;
}

interface CodeLike {
  co_linetable: Uint8Array;
  co_firstlineno: number;
}

class Writer {
  bytes: number[] = [];
  lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }
  firstByte(code: number, length: number): void {
    this.bytes.push(0x80 | (code << 3) | (length - 1));
  }
  varint(val: number): void {
    while (val >= 64) {
      this.bytes.push(64 | (val & 63));
      val = Math.floor(val / 64);
    }
    this.bytes.push(val);
  }
  svarint(val: number): void {
    this.varint(val < 0 ? -val * 2 + 1 : val * 2);
  }

  entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.firstByte(LOCATION_NONE, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col_offset;
    const endColumn = loc.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.firstByte(LOCATION_NO_COLUMNS, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        this.firstByte(LOCATION_SHORT0 + (column >> 3), isize);
        this.bytes.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.firstByte(LOCATION_ONE_LINE0 + lineDelta, isize);
        this.bytes.push(column, endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    // Long form. An end line before the start (not made by the compiler) is
    // clamped: the format cannot express it.
    this.firstByte(LOCATION_LONG, isize);
    this.svarint(lineDelta);
    this.varint(Math.max(0, loc.end_lineno - loc.lineno));
    this.varint(Math.max(0, column + 1));
    this.varint(Math.max(0, endColumn + 1));
    this.lineno = loc.lineno;
  }
}

function sameLocation(a: Location, b: Location): boolean {
  return (
    a.lineno === b.lineno &&
    a.end_lineno === b.end_lineno &&
    a.col_offset === b.col_offset &&
    a.end_col_offset === b.end_col_offset
  );
}

/**
 * Encode a location table, as CPython 3.12's assembler does
 * (assemble_location_info): consecutive entries with the same location are
 * merged into one run (unless `merge` is false, as CPython 3.11 did), and
 * each run is written as entries of at most 8 code units, starting from line
 * `firstlineno`.
 */
export function encodeLineTable(
  firstlineno: number,
  entries: readonly LineTableEntry[],
  opts: { merge?: boolean } = {},
): Uint8Array {
  const merge = opts.merge ?? true;
  const w = new Writer(firstlineno);
  let runLoc: Location | null = null;
  let runLength = 0;
  const flush = (): void => {
    if (runLoc === null) return;
    let isize = runLength;
    while (isize > MAX_ENTRY_UNITS) {
      w.entry(runLoc, MAX_ENTRY_UNITS);
      isize -= MAX_ENTRY_UNITS;
    }
    if (isize > 0) w.entry(runLoc, isize);
  };
  for (const { length, loc } of entries) {
    if (!Number.isInteger(length) || length < 0) throw new RangeError(`bad line table length: ${length}`);
    if (merge && runLoc !== null && sameLocation(runLoc, loc)) {
      runLength += length;
      continue;
    }
    flush();
    runLoc = loc;
    runLength = length;
  }
  flush();
  return new Uint8Array(w.bytes);
}

/** A reader over a table; stops cleanly at the end or on a truncated entry. */
class Reader {
  pos = 0;
  line: number;
  addr = 0;
  constructor(
    readonly table: Uint8Array,
    firstlineno: number,
  ) {
    this.line = firstlineno;
  }
  byte(): number {
    if (this.pos >= this.table.length) throw TRUNCATED;
    return this.table[this.pos++]!;
  }
  varint(): number {
    let read = this.byte();
    let val = read & 63;
    let shift = 1;
    while (read & 64) {
      read = this.byte();
      val += (read & 63) * shift * 64;
      shift *= 64;
    }
    return val;
  }
  svarint(): number {
    const u = this.varint();
    return u % 2 ? -Math.floor(u / 2) : u / 2;
  }
  /** Decode the next entry, or null at the end of the table. */
  next(): PositionRange | null {
    if (this.pos >= this.table.length) return null;
    const first = this.byte();
    const code = (first >> 3) & 15;
    const start = this.addr;
    const end = start + ((first & 7) + 1) * 2;
    this.addr = end;
    switch (code) {
      case LOCATION_NONE:
        return { start, end, lineno: null, end_lineno: null, col: null, end_col: null };
      case LOCATION_LONG: {
        this.line += this.svarint();
        const endLine = this.line + this.varint();
        const col = this.varint() - 1;
        const endCol = this.varint() - 1;
        return {
          start,
          end,
          lineno: this.line,
          end_lineno: endLine,
          col: col < 0 ? null : col,
          end_col: endCol < 0 ? null : endCol,
        };
      }
      case LOCATION_NO_COLUMNS:
        this.line += this.svarint();
        return { start, end, lineno: this.line, end_lineno: this.line, col: null, end_col: null };
      case LOCATION_ONE_LINE0:
      case LOCATION_ONE_LINE0 + 1:
      case LOCATION_ONE_LINE0 + 2: {
        this.line += code - LOCATION_ONE_LINE0;
        const col = this.byte();
        const endCol = this.byte();
        return { start, end, lineno: this.line, end_lineno: this.line, col, end_col: endCol };
      }
      default: {
        const second = this.byte();
        const col = (code << 3) | ((second >> 4) & 7);
        return { start, end, lineno: this.line, end_lineno: this.line, col, end_col: col + (second & 15) };
      }
    }
  }
}

const TRUNCATED = new Error('truncated line table');

/**
 * Every entry of the table as byte-offset ranges with their positions (one
 * per table entry, so a run longer than 8 code units gives several ranges).
 * This is co_positions() grouped by entry. A truncated table yields the
 * complete entries before the cut.
 */
export function decodePositions(code: CodeLike): PositionRange[] {
  const r = new Reader(code.co_linetable, code.co_firstlineno);
  const out: PositionRange[] = [];
  try {
    for (let e = r.next(); e; e = r.next()) out.push(e);
  } catch (err) {
    if (err !== TRUNCATED) throw err;
  }
  return out;
}

/**
 * Per instruction positions, like CPython's `co_positions()`: one entry per
 * code unit, `[lineno, end_lineno, col, end_col]` with null for unknown.
 */
export function coPositions(
  code: CodeLike,
): [lineno: number | null, end_lineno: number | null, col: number | null, end_col: number | null][] {
  const out: [number | null, number | null, number | null, number | null][] = [];
  for (const p of decodePositions(code)) {
    for (let a = p.start; a < p.end; a += 2) out.push([p.lineno, p.end_lineno, p.col, p.end_col]);
  }
  return out;
}

/**
 * CPython's `co_lines()`: consecutive entries on the same line merged into
 * one range.
 */
export function coLines(code: CodeLike): LineRange[] {
  const out: LineRange[] = [];
  for (const p of decodePositions(code)) {
    const last = out[out.length - 1];
    if (last && last.lineno === p.lineno && last.end === p.start) last.end = p.end;
    else out.push({ start: p.start, end: p.end, lineno: p.lineno });
  }
  return out;
}

/**
 * dis.findlinestarts(): the offsets where a new line starts, as
 * [offset, line] pairs, skipping ranges without a line and repeats of the
 * previous line.
 */
export function findLineStarts(code: CodeLike): [offset: number, line: number][] {
  const out: [number, number][] = [];
  let lastline: number | null = null;
  for (const { start, lineno } of coLines(code)) {
    if (lineno !== null && lineno !== lastline) {
      lastline = lineno;
      out.push([start, lineno]);
    }
  }
  return out;
}

/**
 * The line of the instruction at `byteOffset` (PyCode_Addr2Line), or null
 * when it has none or the offset is outside the table. It walks the table
 * without allocating, so a traceback costs one pass over it.
 */
export function lineForOffset(code: CodeLike, byteOffset: number): number | null {
  const t = code.co_linetable;
  let pos = 0;
  let addr = 0;
  let line = code.co_firstlineno;
  const n = t.length;
  const varint = (): number => {
    let read = t[pos++]!;
    let val = read & 63;
    let shift = 64;
    while (read & 64 && pos < n) {
      read = t[pos++]!;
      val += (read & 63) * shift;
      shift *= 64;
    }
    return val;
  };
  const svarint = (): number => {
    const u = varint();
    return u % 2 ? -Math.floor(u / 2) : u / 2;
  };
  while (pos < n) {
    const first = t[pos++]!;
    const code4 = (first >> 3) & 15;
    const end = addr + ((first & 7) + 1) * 2;
    let entryLine: number | null = line;
    switch (code4) {
      case LOCATION_NONE:
        entryLine = null;
        break;
      case LOCATION_LONG:
        if (pos >= n) return null;
        line += svarint();
        entryLine = line;
        // end line, col, end col: skip three varints
        for (let k = 0; k < 3; k++) {
          if (pos >= n) return null;
          varint();
        }
        break;
      case LOCATION_NO_COLUMNS:
        if (pos >= n) return null;
        line += svarint();
        entryLine = line;
        break;
      case LOCATION_ONE_LINE0:
      case LOCATION_ONE_LINE0 + 1:
      case LOCATION_ONE_LINE0 + 2:
        line += code4 - LOCATION_ONE_LINE0;
        entryLine = line;
        pos += 2;
        break;
      default:
        pos += 1;
        break;
    }
    if (byteOffset >= addr && byteOffset < end) return pos > n ? null : entryLine;
    addr = end;
  }
  return null;
}
