/**
 * Per-code-point Unicode properties and case mappings as CPython 3.12 (Unicode 15.0) has them.
 *
 *   isAlphaCp isDecimalCp isDigitCp isNumericCp isAlnumCp isPrintableCp isSpaceCp
 *   isLowerCp isUpperCp isTitleCp (category Lt) isCasedCp isCaseIgnorableCp
 *   isIdStartCp isIdContinueCp
 *   upperOf lowerOf titleOf casefoldOf   full mappings (may be several code points), as strings
 *
 * Built on JS regex property escapes and toUpperCase/toLowerCase, corrected by the tables of
 * unicode-tables.ts (generated from CPython): code points this Node's newer Unicode assigned but
 * Unicode 15.0 did not are unassigned here, Numeric_Type comes from the tables (JS has no such
 * property), and the few mappings/properties that changed since 15.0 are overridden.
 * test/text/unicode.test.ts checks every code point against CPython.
 */
import {
  ALPHA_FLIP,
  CASEFOLD_DIFF,
  DIGIT_RANGES,
  ID_CONTINUE_FLIP,
  ID_START_FLIP,
  LOWER_DIFF,
  LOWER_FLIP,
  NEWER_RANGES,
  NUMERIC_RANGES,
  TITLE_DIFF,
  UPPER_DIFF,
  UPPER_FLIP,
} from './unicode-tables.js';

function parseRanges(src: string): Int32Array {
  if (src === '') return new Int32Array(0);
  const parts = src.split(',');
  const out = new Int32Array(parts.length * 2);
  parts.forEach((p, i) => {
    const [a, b] = p.split(' ');
    out[2 * i] = parseInt(a as string, 36);
    out[2 * i + 1] = parseInt(b as string, 36);
  });
  return out;
}

function parseMap(src: string): Map<number, string> {
  const m = new Map<number, string>();
  if (src === '') return m;
  for (const p of src.split(',')) {
    const nums = p.split(' ').map((x) => parseInt(x, 36));
    m.set(nums[0] as number, String.fromCodePoint(...nums.slice(1)));
  }
  return m;
}

/** Binary search in sorted [lo, hi] pairs. */
function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (r[2 * mid] as number)) hi = mid - 1;
    else if (cp > (r[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The tables, parsed on first use: only code points past ASCII need them, and parsing them (and
 * compiling the classes of upperRisky and the others below) took 2-6 ms of every worker's start-up.
 */
interface Tables {
  newer: Int32Array;
  newerMin: number;
  digit: Int32Array;
  numeric: Int32Array;
  upperMap: Map<number, string>;
  lowerMap: Map<number, string>;
  titleMap: Map<number, string>;
  foldMap: Map<number, string>;
  lowerX: Set<number>;
  upperX: Set<number>;
  alphaX: Set<number>;
  idsX: Set<number>;
  idcX: Set<number>;
}
let parsed: Tables | null = null;
function tables(): Tables {
  if (parsed !== null) return parsed;
  const newer = parseRanges(NEWER_RANGES);
  parsed = {
    newer,
    newerMin: newer.length > 0 ? (newer[0] as number) : 0x110000,
    digit: parseRanges(DIGIT_RANGES),
    numeric: parseRanges(NUMERIC_RANGES),
    upperMap: parseMap(UPPER_DIFF),
    lowerMap: parseMap(LOWER_DIFF),
    titleMap: parseMap(TITLE_DIFF),
    foldMap: parseMap(CASEFOLD_DIFF),
    lowerX: new Set(LOWER_FLIP),
    upperX: new Set(UPPER_FLIP),
    alphaX: new Set(ALPHA_FLIP),
    idsX: new Set(ID_START_FLIP),
    idcX: new Set(ID_CONTINUE_FLIP),
  };
  return parsed;
}

function classOf(ranges: Int32Array, extra: Iterable<number>): RegExp {
  const esc = (cp: number): string => '\\u{' + cp.toString(16) + '}';
  let body = '';
  for (let i = 0; i < ranges.length; i += 2) body += esc(ranges[i] as number) + '-' + esc(ranges[i + 1] as number);
  for (const cp of extra) body += esc(cp);
  return new RegExp('[' + (body || '\\u{0}-\\u{0}') + ']', 'u');
}

let upperRiskyRe: RegExp | null = null;
let lowerRiskyRe: RegExp | null = null;
let casefoldRiskyRe: RegExp | null = null;
/**
 * Strings with none of these code points map with one JS toUpperCase / toLowerCase call exactly as
 * CPython maps them code point by code point (lower also needs no capital sigma, whose final form
 * the callers decide).
 */
export function upperRisky(): RegExp {
  return (upperRiskyRe ??= classOf(tables().newer, tables().upperMap.keys()));
}
export function lowerRisky(): RegExp {
  return (lowerRiskyRe ??= classOf(tables().newer, [...tables().lowerMap.keys(), 0x3a3]));
}
/** Likewise for casefold through toLowerCase. */
export function casefoldRisky(): RegExp {
  return (casefoldRiskyRe ??= classOf(tables().newer, [...tables().lowerMap.keys(), ...tables().foldMap.keys(), 0x3a3]));
}

/** Assigned by this engine's Unicode but not by 15.0: Python sees category Cn. */
export function isNewerThanPython(cp: number): boolean {
  const t = tables();
  return cp >= t.newerMin && inRanges(t.newer, cp);
}

// Sticky regexes test one code point of a string at an offset without allocating.
const RE_ALPHA = /\p{L}/uy;
const RE_DECIMAL = /\p{Nd}/uy;
const RE_NONPRINT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/uy;
const RE_LOWER = /\p{Lowercase}/uy;
const RE_UPPER = /\p{Uppercase}/uy;
const RE_TITLE = /\p{Lt}/uy;
const RE_CASED = /\p{Cased}/uy;
const RE_IGNORABLE = /\p{Case_Ignorable}/uy;
const RE_IDS = /[\p{XID_Start}_]/uy;
const RE_IDC = /\p{XID_Continue}/uy;

function test1(re: RegExp, cp: number): boolean {
  re.lastIndex = 0;
  return re.test(String.fromCodePoint(cp));
}

export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (isNewerThanPython(cp)) return false;
  return test1(RE_ALPHA, cp) !== tables().alphaX.has(cp);
}

export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  if (isNewerThanPython(cp)) return false;
  return test1(RE_DECIMAL, cp);
}

export function isDigitCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return inRanges(tables().digit, cp);
}

export function isNumericCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return inRanges(tables().numeric, cp);
}

export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isNumericCp(cp);
}

export function isPrintableCp(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  if (isNewerThanPython(cp)) return false;
  return !test1(RE_NONPRINT, cp);
}

/** str.isspace(): bidirectional class WS, B or S, or category Zs. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

export function isLowerCp(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  if (isNewerThanPython(cp)) return false;
  return test1(RE_LOWER, cp) !== tables().lowerX.has(cp);
}

export function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  if (isNewerThanPython(cp)) return false;
  return test1(RE_UPPER, cp) !== tables().upperX.has(cp);
}

/** Titlecase letter (category Lt), as str.istitle() sees one code point. */
export function isTitleCp(cp: number): boolean {
  if (cp < 128) return false;
  if (isNewerThanPython(cp)) return false;
  return test1(RE_TITLE, cp);
}

export function isCasedCp(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (isNewerThanPython(cp)) return false;
  return test1(RE_CASED, cp);
}

export function isCaseIgnorableCp(cp: number): boolean {
  if (cp < 128) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  if (isNewerThanPython(cp)) return false;
  return test1(RE_IGNORABLE, cp);
}

export function isIdStartCp(cp: number): boolean {
  if (cp < 128) return cp === 95 || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (isNewerThanPython(cp)) return false;
  return test1(RE_IDS, cp) !== tables().idsX.has(cp);
}

export function isIdContinueCp(cp: number): boolean {
  if (cp < 128) return cp === 95 || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57);
  if (isNewerThanPython(cp)) return false;
  return test1(RE_IDC, cp) !== tables().idcX.has(cp);
}

function charOf(cp: number): string {
  return String.fromCodePoint(cp);
}

/** Full uppercase mapping of one code point. */
export function upperOf(cp: number): string {
  if (cp < 128) return cp >= 97 && cp <= 122 ? String.fromCharCode(cp - 32) : String.fromCharCode(cp);
  const o = tables().upperMap.get(cp);
  if (o !== undefined) return o;
  const c = charOf(cp);
  return isNewerThanPython(cp) ? c : c.toUpperCase();
}

/** Full lowercase mapping of one code point (no final-sigma context: 'Σ' gives 'σ'). */
export function lowerOf(cp: number): string {
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const o = tables().lowerMap.get(cp);
  if (o !== undefined) return o;
  const c = charOf(cp);
  return isNewerThanPython(cp) ? c : c.toLowerCase();
}

/** Full titlecase mapping of one code point. */
export function titleOf(cp: number): string {
  if (cp < 128) return upperOf(cp);
  const o = tables().titleMap.get(cp);
  if (o !== undefined) return o;
  return upperOf(cp);
}

/** Full case folding of one code point. */
export function casefoldOf(cp: number): string {
  if (cp < 128) return lowerOf(cp);
  const o = tables().foldMap.get(cp);
  if (o !== undefined) return o;
  return lowerOf(cp);
}
