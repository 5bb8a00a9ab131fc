/**
 * The `re` module's matcher over V8's irregexp, with no heap access: a
 * compiled pattern is the RegExp objects made from a translation
 * (re-translate.ts), kept in a per-worker cache keyed by the pattern's code
 * string (the serialized translation, which the Python Pattern object holds,
 * so any worker can rebuild it). Positions here are JS (UTF-16) indices; the
 * module layer converts them to code points with `CodePointMap`.
 *
 * Python's iteration rule for finditer/findall/sub/split (3.7+): after an
 * empty match the next match may not be empty at the same place. JS can only
 * be asked for the leftmost match, so after an empty match at p the search
 * restarts at p + 1, unless the translator marked the pattern as one that may
 * prefer an empty match to a non-empty one (`risky`): then a sticky RegExp
 * that refuses to end at p is tried at p first.
 */
import type { Translation } from './re-translate.js';

export interface Compiled {
  readonly source: string;
  readonly jsFlags: string;
  readonly isBytes: boolean;
  readonly groups: number;
  /** jsIndex[g]: JS group of Python group g. */
  readonly jsIndex: Int32Array;
  readonly closeRank: Int32Array;
  readonly risky: boolean;
  /** Groups whose capture JS may have forgotten (see Translation.forgetful). */
  readonly forgetful: Int32Array;
  /** Whether the JS source has any group (then RegExps use 'd' for group spans). */
  readonly hasGroups: boolean;
  search: RegExp | null;
  sticky: RegExp | null;
  full: RegExp | null;
}

/** The code string a Pattern keeps: everything needed to rebuild the Compiled. */
export function serialize(t: Translation, isBytes: boolean): string {
  const idx = t.jsIndex.slice(0, t.groups + 1);
  for (let g = 0; g <= t.groups; g++) if (idx[g] === undefined) idx[g] = 0;
  return [
    isBytes ? 'b' : 's',
    t.jsFlags,
    t.groups,
    idx.join(','),
    t.closeRank.slice(0, t.groups + 1).join(','),
    t.risky ? 1 : 0,
    t.forgetful.join(','),
    t.source,
  ].join(';');
}

const cache = new Map<string, Compiled>();
const CACHE_MAX = 1024;

function parse(code: string): Compiled {
  let at = 0;
  const field = (): string => {
    const end = code.indexOf(';', at);
    const s = code.slice(at, end);
    at = end + 1;
    return s;
  };
  const kind = field();
  const jsFlags = field();
  const groups = Number(field());
  const jsIndex = Int32Array.from(field().split(',').map(Number));
  const closeRank = Int32Array.from(field().split(',').map((s) => Number(s) || 0));
  const risky = field() === '1';
  const forgetfulText = field();
  const forgetful = forgetfulText === '' ? new Int32Array(0) : Int32Array.from(forgetfulText.split(',').map(Number));
  const source = code.slice(at);
  return {
    source,
    jsFlags,
    isBytes: kind === 'b',
    groups,
    jsIndex,
    closeRank,
    risky,
    forgetful,
    hasGroups: /\((?!\?)/.test(source.replace(/\\./g, '')),
    search: null,
    sticky: null,
    full: null,
  };
}

/** The compiled pattern for a code string (made, or found in this worker's cache). */
export function compiled(code: string): Compiled {
  let c = cache.get(code);
  if (c === undefined) {
    c = parse(code);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(code, c);
  }
  return c;
}

/** Make the RegExps now (so that a translation V8 refuses is reported at compile time). */
export function prepare(c: Compiled): void {
  searchRe(c);
  stickyRe(c);
}

function flagsFor(c: Compiled, extra: string): string {
  return c.jsFlags + extra + (c.hasGroups ? 'd' : '');
}
function searchRe(c: Compiled): RegExp {
  return (c.search ??= new RegExp(c.source, flagsFor(c, 'g')));
}
function stickyRe(c: Compiled): RegExp {
  return (c.sticky ??= new RegExp(c.source, flagsFor(c, 'y')));
}
function fullRe(c: Compiled): RegExp {
  return (c.full ??= new RegExp(`(?:${c.source})$`, flagsFor(c, 'y')));
}

export const MODE_SEARCH = 0;
export const MODE_MATCH = 1;
export const MODE_FULL = 2;

/**
 * One match in `text` (already cut at endpos) from JS index `pos`: search,
 * match (anchored at pos) or fullmatch. `mustAdvance`: an empty match at
 * `pos` is not accepted (the iteration rule); `cpPos` is pos in code points
 * (used only then). Returns the RegExp's result or null.
 */
export function execAt(c: Compiled, text: string, pos: number, mode: number, mustAdvance: boolean, cpPos: number): RegExpExecArray | null {
  if (pos > text.length) return null;
  if (mode === MODE_MATCH || mode === MODE_FULL) {
    const re = mode === MODE_MATCH ? stickyRe(c) : fullRe(c);
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m !== null && mustAdvance && m[0].length === 0) return null;
    return m;
  }
  const re = searchRe(c);
  const m = searchFrom(re, text, pos);
  if (m === null || !mustAdvance || m.index !== pos || m[0].length !== 0) return m;
  if (c.risky) {
    const other = new RegExp(`(?:${c.source})(?<!^[\\s\\S]{${cpPos}})`, flagsFor(c, 'y'));
    other.lastIndex = pos;
    const m2 = other.exec(text);
    if (m2 !== null) return m2;
  }
  const next = pos + stepAt(text, pos);
  if (next > text.length) return null;
  return searchFrom(re, text, next);
}

/**
 * The first match from `pos`, skipping any that V8 reports between the two
 * halves of a surrogate pair (it does for empty matches in 'u' mode, e.g.
 * /(?!\u{1F600})/gu from just before an emoji).
 */
function searchFrom(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null || !insidePair(text, m.index)) return m;
    pos = m.index + 1;
  }
}

function insidePair(text: string, i: number): boolean {
  if (i === 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const b = text.charCodeAt(i - 1);
  return b >= 0xd800 && b <= 0xdbff;
}

/** UTF-16 units of the code point at `pos` (1 past the end). */
export function stepAt(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The start and end (JS indices) of Python group g of a result; -1 when it did not match. */
export function groupStart(c: Compiled, m: RegExpExecArray, g: number): number {
  if (g === 0) return m.index;
  const j = c.jsIndex[g]!;
  const span = m.indices?.[j];
  return span === undefined ? -1 : span[0];
}
export function groupEnd(c: Compiled, m: RegExpExecArray, g: number): number {
  if (g === 0) return m.index + m[0].length;
  const j = c.jsIndex[g]!;
  const span = m.indices?.[j];
  return span === undefined ? -1 : span[1];
}

/**
 * Whether Python group g's value is unknown in `m`: a forgetful group that JS
 * reports unmatched (Python may have kept an earlier repetition's capture),
 * or a group of a repeat whose body can match empty (see Translation.forgetful).
 */
export function isUnknown(c: Compiled, m: RegExpExecArray, g: number): boolean {
  for (let i = 0; i < c.forgetful.length; i++) {
    const f = c.forgetful[i]!;
    if (f === -g) return true;
    if (f === g) return groupStart(c, m, g) < 0;
  }
  return false;
}

/** Match.lastindex: the matched group that closed last (furthest end; then the later ')'); 0 if none. */
export function lastIndex(c: Compiled, m: RegExpExecArray): number {
  let best = 0;
  let bestEnd = -1;
  for (let g = 1; g <= c.groups; g++) {
    const e = groupEnd(c, m, g);
    if (e < 0) continue;
    if (e > bestEnd || (e === bestEnd && c.closeRank[g]! > c.closeRank[best]!)) {
      best = g;
      bestEnd = e;
    }
  }
  return best;
}

/**
 * Conversions between code point and UTF-16 indices for a string with
 * astral characters (none needed otherwise): u2c[u] is the code point index
 * at UTF-16 index u (for the low half of a pair, the pair's), c2u[c] the
 * reverse; both one longer than the string.
 */
export class CodePointMap {
  readonly u2c: Int32Array;
  readonly c2u: Int32Array;
  constructor(readonly text: string) {
    const n = text.length;
    this.u2c = new Int32Array(n + 1);
    const c2u: number[] = [];
    let cp = 0;
    for (let u = 0; u < n; u++) {
      this.u2c[u] = cp;
      c2u.push(u);
      if (stepAt(text, u) === 2) {
        this.u2c[++u] = cp;
      }
      cp++;
    }
    this.u2c[n] = cp;
    c2u.push(n);
    this.c2u = Int32Array.from(c2u);
  }
  get cpLength(): number {
    return this.c2u.length - 1;
  }
}

let lastMap: CodePointMap | null = null;

/** The map for `text` if it has astral characters (the last one is kept), else null. */
export function codePointMap(text: string, astral: boolean): CodePointMap | null {
  if (!astral) return null;
  if (lastMap !== null && lastMap.text === text) return lastMap;
  lastMap = new CodePointMap(text);
  return lastMap;
}
