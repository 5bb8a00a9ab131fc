/**
 * float(text) and complex(text) as CPython 3.12.
 *
 *   parsePyFloat(text): number      ValueError "could not convert string to float: 'x'"
 *   parsePyComplex(text): {re, im}  ValueError 'complex() arg is a malformed string'
 *                                 (or "could not convert string to complex: ..." for misplaced '_')
 *   scanFloat(s, pos)             the longest float literal at s[pos] (strtod-like, with
 *                                 inf/infinity/nan), or undefined
 *
 * Decimal text is converted by V8's correctly rounded string-to-double, after
 * the syntax has been checked here.
 */
import { NumericError } from './errors.js';
import { isAsciiSpace, pyStrRepr, toAsciiDigits } from './text-util.js';

export interface Complex {
  re: number;
  im: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const SPECIAL = /^[+-]?(?:infinity|inf|nan)/i;

/** The float literal at s[pos] and where it ends; no whitespace or underscores. */
export function scanFloat(s: string, pos: number): { value: number; end: number } | undefined {
  let i = pos;
  const n = s.length;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) i++;
  const c = s.charCodeAt(i);
  if (c === 105 || c === 73 || c === 110 || c === 78) {
    const m = SPECIAL.exec(s.slice(pos, pos + 9));
    if (!m) return undefined;
    const word = m[0].toLowerCase();
    const v = word.endsWith('nan') ? NaN : Infinity;
    return { value: c0 === 45 ? -v : v, end: pos + m[0].length };
  }
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  let mantDigits = i - intStart;
  if (s.charCodeAt(i) === 46) {
    const f = i + 1;
    let j = f;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    mantDigits += j - f;
    if (mantDigits > 0) i = j;
  }
  if (mantDigits === 0) return undefined;
  const ce = s.charCodeAt(i);
  if (ce === 101 || ce === 69) {
    let j = i + 1;
    const cs = s.charCodeAt(j);
    if (cs === 43 || cs === 45) j++;
    const d = j;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    if (j > d) i = j;
  }
  return { value: Number(s.slice(pos, i)), end: i };
}

/** CPython's _Py_string_to_number_with_underscores: drop '_' that sit between digits. */
function removeUnderscores(s: string): string | undefined {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!isDigit(prev)) return undefined;
    } else {
      if (prev === 95 && !isDigit(c)) return undefined;
      out += s[i];
    }
    prev = c;
  }
  if (prev === 95) return undefined;
  return out;
}

/** `shown`: the quoted argument of the message when it was not a str (float(b'x')). */
export function parsePyFloat(text: string, shown?: string): number {
  // Fast path: plain ASCII decimal literals.
  if (/^-?[0-9]+(?:\.[0-9]*)?(?:e[+-]?[0-9]+)?$/.test(text)) return Number(text);
  const fail = (): never => {
    throw new NumericError('ValueError', `could not convert string to float: ${shown ?? pyStrRepr(text)}`);
  };
  const a = toAsciiDigits(text);
  let start = 0;
  let end = a.length;
  while (start < end && isAsciiSpace(a.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(a.charCodeAt(end - 1))) end--;
  if (start === end) fail();
  const s = removeUnderscores(a.slice(start, end));
  if (s === undefined) return fail();
  const r = scanFloat(s, 0);
  if (!r || r.end !== s.length) fail();
  return r!.value;
}

export function parsePyComplex(text: string): Complex {
  const a = toAsciiDigits(text);
  const s = removeUnderscores(a);
  if (s === undefined) {
    throw new NumericError('ValueError', `could not convert string to complex: ${pyStrRepr(text)}`);
  }
  const fail = (): never => {
    throw new NumericError('ValueError', 'complex() arg is a malformed string');
  };
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  let re = 0;
  let im = 0;
  const isJ = (k: number): boolean => s[k] === 'j' || s[k] === 'J';
  const first = scanFloat(s, i);
  if (first) {
    i = first.end;
    if (s[i] === '+' || s[i] === '-') {
      re = first.value;
      const second = scanFloat(s, i);
      if (second) {
        im = second.value;
        i = second.end;
      } else {
        im = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (!isJ(i)) fail();
      i++;
    } else if (isJ(i)) {
      im = first.value;
      i++;
    } else re = first.value;
  } else {
    if (s[i] === '+' || s[i] === '-') {
      im = s[i] === '+' ? 1 : -1;
      i++;
    } else im = 1;
    if (!isJ(i)) fail();
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s[i] !== ')') fail();
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  if (i !== n) fail();
  return { re, im };
}
