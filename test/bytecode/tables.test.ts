import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeExceptionTable,
  encodeExceptionTable,
  findHandler,
  type ExceptionTableEntry,
} from '../../src/bytecode/exceptiontable.js';
import {
  coLines,
  coPositions,
  decodePositions,
  encodeLineTable,
  findLineStarts,
  lineForOffset,
  type LineTableEntry,
} from '../../src/bytecode/linetable.js';
import type { Location } from '../../src/compiler/instructions.js';

interface Fixture {
  name: string;
  firstlineno: number;
  linetable: number[];
  positions: (number | null)[][];
  lines: [number, number, number | null][];
  exceptiontable: number[];
  exc: [number, number, number, number, boolean][];
  ncode: number;
  /** Instruction sizes in code units (inline caches included). */
  sizes: number[];
}

/** Tables made by CPython 3.12.1 (test/bytecode/gen_tables.py). */
const fixtures: Fixture[] = JSON.parse(readFileSync(new URL('./cpython-tables.json', import.meta.url), 'utf8'));

const loc = (lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Location => ({
  lineno,
  end_lineno,
  col_offset,
  end_col_offset,
});
const NOLOC = loc(-1, -1, -1, -1);

function expectedPositions(firstlineno: number, entries: LineTableEntry[]) {
  const out: (number | null)[][] = [];
  for (const { length, loc: l } of entries) {
    for (let i = 0; i < length; i++) {
      if (l.lineno < 0) out.push([null, null, null, null]);
      else if ((l.col_offset < 0 || l.end_col_offset < 0) && (l.end_lineno === l.lineno || l.end_lineno === -1))
        out.push([l.lineno, l.lineno, null, null]);
      else
        out.push([
          l.lineno,
          l.end_lineno,
          l.col_offset < 0 ? null : l.col_offset,
          l.end_col_offset < 0 ? null : l.end_col_offset,
        ]);
    }
  }
  void firstlineno;
  return out;
}

describe('exception table', () => {
  it('decodes CPython tables like dis._parse_exception_table', () => {
    let n = 0;
    for (const f of fixtures) {
      const got = decodeExceptionTable(Uint8Array.from(f.exceptiontable));
      expect(got.map((e) => [e.start, e.end, e.target, e.depth, e.lasti])).toEqual(f.exc);
      n += got.length;
    }
    expect(n).toBeGreaterThan(60);
  });

  it('encodes byte-exactly as CPython', () => {
    for (const f of fixtures) {
      const entries = f.exc.map(([start, end, target, depth, lasti]) => ({ start, end, target, depth, lasti }));
      expect(Array.from(encodeExceptionTable(entries))).toEqual(f.exceptiontable);
    }
  });

  it('finds handlers as a linear scan of the entries would', () => {
    for (const f of fixtures) {
      const table = Uint8Array.from(f.exceptiontable);
      const entries = decodeExceptionTable(table);
      for (let off = 0; off < f.ncode + 4; off += 2) {
        const e = entries.find((x) => x.start <= off && off < x.end);
        expect(findHandler(table, off)).toEqual(e ? { target: e.target, depth: e.depth, lasti: e.lasti } : null);
      }
    }
  });

  it('round-trips big values (multi-chunk varints)', () => {
    const entries: ExceptionTableEntry[] = [
      { start: 0, end: 2, target: 4, depth: 0, lasti: false },
      { start: 126, end: 130, target: 128, depth: 63, lasti: true },
      { start: 2 * 4095, end: 2 * 4097, target: 2 * 262143, depth: 1000, lasti: false },
      { start: 2 * 300000, end: 2 * 16777300, target: 2 * ((1 << 30) - 1), depth: (1 << 29) - 1, lasti: true },
    ];
    const t = encodeExceptionTable(entries);
    expect(decodeExceptionTable(t)).toEqual(entries);
    // Only the first byte of each entry has bit 7.
    expect(Array.from(t).filter((b) => b & 128).length).toBe(entries.length);
  });

  it('property: random sorted entries round-trip and findHandler agrees', () => {
    const entryArb = fc.record({
      gap: fc.integer({ min: 0, max: 5000 }),
      len: fc.integer({ min: 1, max: 3000 }),
      target: fc.integer({ min: 0, max: 1 << 20 }),
      depth: fc.integer({ min: 0, max: 300 }),
      lasti: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (raw) => {
        let at = 0;
        const entries: ExceptionTableEntry[] = raw.map((r) => {
          const start = at + r.gap * 2;
          at = start + r.len * 2;
          return { start, end: at, target: r.target * 2, depth: r.depth, lasti: r.lasti };
        });
        const t = encodeExceptionTable(entries);
        expect(decodeExceptionTable(t)).toEqual(entries);
        for (const e of entries) {
          for (const off of [e.start, e.end - 2, e.start - 2, e.end]) {
            const want = entries.find((x) => x.start <= off && off < x.end);
            expect(findHandler(t, off)).toEqual(want ? { target: want.target, depth: want.depth, lasti: want.lasti } : null);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives truncated and random tables', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 0, max: 1000 }), (bytes, off) => {
        decodeExceptionTable(bytes);
        findHandler(bytes, off * 2);
      }),
      { numRuns: 500 },
    );
    const t = encodeExceptionTable([{ start: 10, end: 20, target: 30, depth: 1, lasti: true }]);
    expect(decodeExceptionTable(t.subarray(0, t.length - 1))).toEqual([]);
  });

  it('rejects what the format cannot hold', () => {
    expect(() => encodeExceptionTable([{ start: 1, end: 4, target: 0, depth: 0, lasti: false }])).toThrow(RangeError);
    expect(() => encodeExceptionTable([{ start: 4, end: 4, target: 0, depth: 0, lasti: false }])).toThrow(RangeError);
    expect(() =>
      encodeExceptionTable([{ start: 0, end: 2, target: 2 ** 31, depth: 0, lasti: false }]),
    ).toThrow(RangeError);
  });
});

describe('location table', () => {
  it('decodes CPython tables like co_positions() and co_lines()', () => {
    for (const f of fixtures) {
      const code = { co_linetable: Uint8Array.from(f.linetable), co_firstlineno: f.firstlineno };
      expect(coPositions(code)).toEqual(f.positions);
      expect(coLines(code).map((r) => [r.start, r.end, r.lineno])).toEqual(f.lines);
      for (let off = 0; off < f.ncode; off += 2) {
        expect(lineForOffset(code, off)).toBe(f.positions[off / 2]![0]);
      }
      expect(lineForOffset(code, f.ncode)).toBe(null);
    }
  });

  it('encodes byte-exactly as CPython 3.12 (runs of one location merged)', () => {
    for (const f of fixtures) {
      const entries: LineTableEntry[] = [];
      let unit = 0;
      for (const size of f.sizes) {
        const p = f.positions[unit]!;
        const l = p[0] === null ? NOLOC : loc(p[0]!, p[1] ?? -1, p[2] ?? -1, p[3] ?? -1);
        entries.push({ length: size, loc: l });
        unit += size;
      }
      expect(Array.from(encodeLineTable(f.firstlineno, entries)), f.name).toEqual(f.linetable);
    }
  });

  it('uses each entry form', () => {
    const cases: [LineTableEntry[], number][] = [
      [[{ length: 1, loc: loc(1, 1, 4, 9) }], 0], // short, group 0
      [[{ length: 1, loc: loc(1, 1, 79, 94) }], 9], // short, group 9
      [[{ length: 1, loc: loc(3, 3, 100, 127) }], 12], // one line, delta 2
      [[{ length: 1, loc: loc(1, 1, 80, 81) }], 10], // col too big for short
      [[{ length: 1, loc: loc(5, 5, -1, -1) }], 13],
      [[{ length: 1, loc: loc(1, 2, 0, 1) }], 14],
      [[{ length: 1, loc: loc(1, 1, 128, 200) }], 14],
      [[{ length: 1, loc: loc(0, 0, 1, 2) }], 14], // negative delta
      [[{ length: 1, loc: NOLOC }], 15],
    ];
    for (const [entries, form] of cases) {
      const t = encodeLineTable(1, entries);
      expect((t[0]! >> 3) & 15).toBe(form);
      const p = decodePositions({ co_linetable: t, co_firstlineno: 1 });
      const l = entries[0]!.loc;
      expect(p).toHaveLength(1);
      if (l.lineno < 0) expect(p[0]!.lineno).toBe(null);
      else expect([p[0]!.lineno, p[0]!.end_lineno, p[0]!.col, p[0]!.end_col]).toEqual([l.lineno, l.end_lineno, l.col_offset < 0 ? null : l.col_offset, l.end_col_offset < 0 ? null : l.end_col_offset]);
    }
  });

  it('merges runs of one location unless told not to', () => {
    const entries = [
      { length: 3, loc: loc(2, 2, 0, 5) },
      { length: 4, loc: loc(2, 2, 0, 5) },
      { length: 2, loc: loc(2, 2, 0, 6) },
    ];
    expect(decodePositions({ co_linetable: encodeLineTable(1, entries), co_firstlineno: 1 }).map((r) => [r.start, r.end])).toEqual([
      [0, 14],
      [14, 18],
    ]);
    expect(
      decodePositions({ co_linetable: encodeLineTable(1, entries, { merge: false }), co_firstlineno: 1 }).map((r) => [r.start, r.end]),
    ).toEqual([
      [0, 6],
      [6, 14],
      [14, 18],
    ]);
  });

  it('splits runs longer than 8 code units', () => {
    const t = encodeLineTable(1, [
      { length: 20, loc: loc(2, 2, 0, 5) },
      { length: 9, loc: NOLOC },
    ]);
    const p = decodePositions({ co_linetable: t, co_firstlineno: 1 });
    expect(p.map((r) => [r.start, r.end, r.lineno])).toEqual([
      [0, 16, 2],
      [16, 32, 2],
      [32, 40, 2],
      [40, 56, null],
      [56, 58, null],
    ]);
    expect(coLines({ co_linetable: t, co_firstlineno: 1 })).toEqual([
      { start: 0, end: 40, lineno: 2 },
      { start: 40, end: 58, lineno: null },
    ]);
  });

  it('handles big and negative line deltas and wide columns', () => {
    const entries: LineTableEntry[] = [
      { length: 1, loc: loc(100000, 100000, 0, 3) },
      { length: 2, loc: loc(3, 3, 5, 7) },
      { length: 1, loc: loc(3, 70000, 1000, 5) },
      { length: 1, loc: loc(1, 1, 200, 130) },
      { length: 3, loc: loc(50, 50, -1, -1) },
      { length: 1, loc: loc(2, 4, -1, -1) },
      { length: 1, loc: loc(2, 2, 10, 5) }, // end col before col: long form
    ];
    const code = { co_linetable: encodeLineTable(7, entries), co_firstlineno: 7 };
    expect(coPositions(code)).toEqual(expectedPositions(7, entries));
    expect(findLineStarts(code)).toEqual([
      [0, 100000],
      [2, 3],
      [8, 1],
      [10, 50],
      [16, 2],
    ]);
    expect(lineForOffset(code, 12)).toBe(50);
  });

  it('property: random locations round-trip', () => {
    const locArb = fc.oneof(
      fc.constant(NOLOC),
      fc
        .tuple(
          fc.integer({ min: 0, max: 200000 }),
          fc.integer({ min: 0, max: 5 }),
          fc.integer({ min: -1, max: 300 }),
          fc.integer({ min: -1, max: 300 }),
        )
        .map(([l, d, c, e]) => loc(l, c < 0 || e < 0 ? l : l + d, c, e)),
      fc
        .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 20 }))
        .map(([l, c, w]) => loc(l, l, c, c + w)),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.record({ length: fc.integer({ min: 1, max: 20 }), loc: locArb }), { maxLength: 30 }),
        (first, entries) => {
          const code = { co_linetable: encodeLineTable(first, entries), co_firstlineno: first };
          const want = expectedPositions(first, entries);
          expect(coPositions(code)).toEqual(want);
          for (let i = 0; i < want.length; i++) expect(lineForOffset(code, i * 2)).toBe(want[i]![0]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives truncated and random tables', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.integer({ min: 0, max: 300 }), (bytes, off) => {
        const code = { co_linetable: bytes, co_firstlineno: 1 };
        decodePositions(code);
        coLines(code);
        lineForOffset(code, off * 2);
      }),
      { numRuns: 500 },
    );
  });
});
