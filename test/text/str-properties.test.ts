// Property tests: the UTF-16 implementations of find/rfind/count/split/replace/startswith agree
// with naive implementations over code-point arrays (Python's model), on random strings mixing
// ASCII, astral characters and lone surrogates, the cases where UTF-16 offsets and code points
// part ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, fromCodePoints, strSlice } from '../../src/text/codepoints.js';
import { strReplace } from '../../src/text/str-replace.js';
import { strCount, strEndsWith, strFind, strRFind, strStartsWith } from '../../src/text/str-search.js';
import { strRSplit, strSplit } from '../../src/text/str-split.js';

// Few distinct code points so that matches are frequent; lone halves next to pairs included.
const ALPHABET = [0x61, 0x62, 0x1f600, 0x1f601, 0xd83d, 0xde00, 0xdc00, 0xd800];
const cpArb = fc.constantFrom(...ALPHABET);
/** A code-point array that survives the JS representation (no lone high followed by a lone low). */
const cpsArb = fc.array(cpArb, { maxLength: 12 }).map((cps) => codePoints(fromCodePoints(cps)));
const boundArb = fc.option(fc.integer({ min: -14, max: 14 }), { nil: null });

function adjust(len: number, a: number | null, b: number | null): [number, number] {
  let s = a ?? 0;
  let e = b ?? len;
  if (e > len) e = len;
  else if (e < 0) e = Math.max(e + len, 0);
  if (s < 0) s = Math.max(s + len, 0);
  return [s, e];
}

function matchAt(h: number[], n: number[], i: number): boolean {
  if (i + n.length > h.length) return false;
  for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) return false;
  return true;
}

function refFind(h: number[], n: number[], a: number | null, b: number | null): number {
  const [s, e] = adjust(h.length, a, b);
  if (s > h.length || e - s < n.length) return -1;
  for (let i = s; i + n.length <= e; i++) if (matchAt(h, n, i)) return i;
  return -1;
}

function refRFind(h: number[], n: number[], a: number | null, b: number | null): number {
  const [s, e] = adjust(h.length, a, b);
  if (s > h.length || e - s < n.length) return -1;
  for (let i = e - n.length; i >= s; i--) if (matchAt(h, n, i)) return i;
  return -1;
}

function refCount(h: number[], n: number[], a: number | null, b: number | null): number {
  const [s, e] = adjust(h.length, a, b);
  if (s > h.length || e < s) return 0;
  if (n.length === 0) return e - s + 1;
  let c = 0;
  for (let i = s; i + n.length <= e; ) {
    if (matchAt(h, n, i)) {
      c++;
      i += n.length;
    } else i++;
  }
  return c;
}

function refSplit(h: number[], n: number[], max: number): string[] {
  const out: string[] = [];
  let from = 0;
  let left = max < 0 ? Infinity : max;
  for (let i = 0; i + n.length <= h.length && left > 0; ) {
    if (matchAt(h, n, i)) {
      out.push(fromCodePoints(h.slice(from, i)));
      i += n.length;
      from = i;
      left--;
    } else i++;
  }
  out.push(fromCodePoints(h.slice(from)));
  return out;
}

function refRSplit(h: number[], n: number[], max: number): string[] {
  const out: string[] = [];
  let to = h.length;
  let left = max < 0 ? Infinity : max;
  for (let i = h.length - n.length; i >= 0 && left > 0; ) {
    if (matchAt(h, n, i) && i + n.length <= to) {
      out.push(fromCodePoints(h.slice(i + n.length, to)));
      to = i;
      i -= n.length;
      left--;
    } else i--;
  }
  out.push(fromCodePoints(h.slice(0, to)));
  return out.reverse();
}

function refReplace(h: number[], n: number[], r: number[], count: number): string {
  const out: number[] = [];
  let left = count < 0 ? Infinity : count;
  if (n.length === 0) {
    for (let i = 0; i < h.length; i++) {
      if (left > 0) {
        out.push(...r);
        left--;
      }
      out.push(h[i] as number);
    }
    if (left > 0) out.push(...r);
    return fromCodePoints(out);
  }
  let i = 0;
  while (i < h.length) {
    if (left > 0 && matchAt(h, n, i)) {
      out.push(...r);
      i += n.length;
      left--;
    } else out.push(h[i++] as number);
  }
  return fromCodePoints(out);
}

/** Whether a JS string built from cps reads back as the same code points. */
const stable = (cps: number[]): boolean => codePoints(fromCodePoints(cps)).join() === cps.join();

describe('UTF-16 search agrees with code-point search', () => {
  it('find / rfind / count / startswith / endswith', () => {
    fc.assert(
      fc.property(cpsArb, fc.array(cpArb, { maxLength: 3 }), boundArb, boundArb, (h, n, a, b) => {
        fc.pre(stable(n));
        const s = fromCodePoints(h);
        const sub = fromCodePoints(n);
        expect(strFind(s, sub, a, b)).toBe(refFind(h, n, a, b));
        expect(strRFind(s, sub, a, b)).toBe(refRFind(h, n, a, b));
        expect(strCount(s, sub, a, b)).toBe(refCount(h, n, a, b));
        const [st, e] = adjust(h.length, a, b);
        const window = st <= h.length && e >= st ? h.slice(st, e) : null;
        expect(strStartsWith(s, sub, a, b)).toBe(window !== null && window.length >= n.length && matchAt(window, n, 0));
        expect(strEndsWith(s, sub, a, b)).toBe(
          window !== null && window.length >= n.length && matchAt(window, n, window.length - n.length),
        );
        expect(strFind(s, sub)).toBe(refFind(h, n, null, null));
      }),
      { numRuns: 3000 },
    );
  });

  it('split / rsplit / replace', () => {
    fc.assert(
      fc.property(cpsArb, fc.array(cpArb, { minLength: 1, maxLength: 2 }), fc.integer({ min: -1, max: 3 }), (h, n, max) => {
        fc.pre(stable(n));
        const s = fromCodePoints(h);
        const sep = fromCodePoints(n);
        expect(strSplit(s, sep, max)).toEqual(refSplit(h, n, max));
        expect(strRSplit(s, sep, max)).toEqual(refRSplit(h, n, max));
        expect(strReplace(s, sep, '<>', max)).toBe(refReplace(h, n, [0x3c, 0x3e], max));
        expect(strReplace(s, '', '|', max)).toBe(refReplace(h, [], [0x7c], max));
      }),
      { numRuns: 3000 },
    );
  });

  it('slicing with steps', () => {
    fc.assert(
      fc.property(cpsArb, boundArb, boundArb, fc.constantFrom(null, 1, 2, -1, -2, 3), (h, a, b, c) => {
        const s = fromCodePoints(h);
        const step = c ?? 1;
        const len = h.length;
        let start: number;
        let stop: number;
        if (step > 0) {
          start = a === null ? 0 : a < 0 ? Math.max(a + len, 0) : Math.min(a, len);
          stop = b === null ? len : b < 0 ? Math.max(b + len, 0) : Math.min(b, len);
        } else {
          start = a === null ? len - 1 : a < 0 ? Math.max(a + len, -1) : Math.min(a, len - 1);
          stop = b === null ? -1 : b < 0 ? Math.max(b + len, -1) : Math.min(b, len - 1);
        }
        const picked: number[] = [];
        for (let i = start; step > 0 ? i < stop : i > stop; i += step) picked.push(h[i] as number);
        // The JS form of the result may merge a lone high and a lone low: compare code points.
        expect(codePoints(strSlice(s, a, b, c))).toEqual(codePoints(fromCodePoints(picked)));
      }),
      { numRuns: 3000 },
    );
  });
});
