/**
 * The `re` module's translator: a Python regular expression (str or bytes,
 * with its flags) is parsed into a small tree with Python's syntax rules and
 * error messages (CPython's wording and positions), then written out as the
 * source of a JavaScript RegExp for V8's irregexp, in 'u' mode ('v' mode
 * would allow nested classes, but Node 20's V8 mis-matches negated classes
 * in bounded repeats there: /(?:K[^ac]){0,2}/v finds "Kc"). Pure: no heap access; src/lib/re-engine.ts runs the result.
 *
 * What is mapped and how:
 *   - groups are numbered JS groups; names are kept here (JS sees none), so
 *     (?P<n>..), (?P=n) and \1 become plain groups and `\k` references;
 *   - ^ $ \A \Z and '.' are written out as lookarounds and classes, never as
 *     JS's own m/s flags (JS's line terminators are not Python's "\n");
 *   - \d \w \s \b follow Python's Unicode or ASCII definitions explicitly;
 *   - atomic groups and possessive repeats become `(?=(X))\k`;
 *   - IGNORECASE uses JS's 'i' when it covers the whole (Unicode) pattern,
 *     else each affected literal and class is widened to its case variants;
 *   - scoped flags (?imsx-imsx:...) apply to the nodes made inside them.
 * What is refused with a re.error: conditional groups (?(1)..|..), a
 * backreference to a group that may not have taken part in the match at that
 * point (JS would match it as empty where Python fails), and a
 * case-insensitive backreference in only part of a pattern. A group inside a
 * repeat that some repetition may skip is `forgetful` (see Translation).
 */
import { lookupUnicodeName } from '../compiler/strings.js';
import { strIsIdentifier } from '../text/str-predicates.js';

export const F_TEMPLATE = 1;
export const F_IGNORECASE = 2;
export const F_LOCALE = 4;
export const F_MULTILINE = 8;
export const F_DOTALL = 16;
export const F_UNICODE = 32;
export const F_VERBOSE = 64;
export const F_DEBUG = 128;
export const F_ASCII = 256;

const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;
const INF = Infinity;

/** A syntax error in the pattern: becomes re.error(msg, pattern, pos). */
export class ReSyntaxError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {
    super(msg);
  }
}
/** A flags problem CPython reports as ValueError, or a repeat count as OverflowError. */
export class ReValueError extends Error {
  constructor(
    readonly msg: string,
    readonly overflow = false,
  ) {
    super(msg);
  }
}

type Cat = 'd' | 'D' | 's' | 'S' | 'w' | 'W';
type SetItem = { k: 'ch'; c: number } | { k: 'range'; lo: number; hi: number } | { k: 'cat'; cat: Cat; ascii: boolean };

type Node =
  | { k: 'lit'; c: number; ci: boolean; ascii: boolean }
  | { k: 'any'; dotall: boolean }
  | { k: 'set'; neg: boolean; items: SetItem[]; ci: boolean; ascii: boolean }
  | { k: 'cat'; cat: Cat; ascii: boolean }
  | { k: 'at'; what: 'bol' | 'eol' | 'A' | 'Z' | 'b' | 'B'; multi: boolean; ascii: boolean }
  | { k: 'group'; index: number; body: Node[][]; pos: number } // index 0: non-capturing
  | { k: 'atomic'; body: Node[][] }
  | { k: 'look'; behind: boolean; neg: boolean; body: Node[][]; pos: number }
  | { k: 'rep'; min: number; max: number; mode: 'greedy' | 'lazy' | 'poss'; body: Node; pos: number }
  | { k: 'ref'; group: number; pos: number; ci: boolean }
  | { k: 'cond'; pos: number };

export interface Translation {
  /** The JS RegExp source and flags ('u', plus 'i' when used; 'd' is added by the engine as needed). */
  source: string;
  jsFlags: string;
  /** Number of Python capturing groups. */
  groups: number;
  /** [name, group] pairs, in group order. */
  names: [string, number][];
  /** jsIndex[g]: the JS group number of Python group g (jsIndex[0] = 0). */
  jsIndex: number[];
  /** closeRank[g]: order in which group g's ')' appears (for Match.lastindex). */
  closeRank: number[];
  /** The pattern's final flags (UNICODE added for str patterns without ASCII). */
  flags: number;
  /** The pattern can match the empty string. */
  canBeEmpty: boolean;
  /** After an empty match, a non-empty one may still exist at the same place. */
  risky: boolean;
  /**
   * Groups in a repeat that a later repetition may skip: JS forgets their
   * capture at each repetition, Python keeps the last one, so when JS
   * reports one unmatched, Python's value is unknown here. Negated: a group
   * in a repeat whose body can match empty, whose value is never known.
   */
  forgetful: number[];
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const SPECIAL = new Set(Array.from('.\\[{()*+?^$|', (c) => c.charCodeAt(0)));
const FLAG_CHARS: Record<string, number> = {
  i: F_IGNORECASE,
  L: F_LOCALE,
  m: F_MULTILINE,
  s: F_DOTALL,
  x: F_VERBOSE,
  a: F_ASCII,
  t: F_TEMPLATE,
  u: F_UNICODE,
};
const TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS = F_DEBUG | F_TEMPLATE;
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 57;
const isOct = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 55;
const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102));
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Python's repr of a str (the quoting rules that matter for group names). */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}
/** Python's ascii() of a str. */
function pyAscii(s: string): string {
  const r = pyRepr(s);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** str.encode('ascii', 'backslashreplace').decode(): what CPython does to messages about bytes patterns. */
function backslashReplace(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

class Parser {
  private i = 0;
  flags: number;
  /** Width (min, max) of each closed group; null while open. Index 0 unused. */
  readonly widths: ([number, number] | null)[] = [null];
  readonly names = new Map<string, number>();
  readonly closeRank: number[] = [0];
  private closed = 0;
  private lookbehindGroups: number | null = null;
  readonly condRefs = new Map<number, number>();
  hasScopedNoCase = false;
  hasScopedCase = false;
  hasScopedAscii = false;

  constructor(
    private readonly p: number[],
    readonly isBytes: boolean,
    flags: number,
  ) {
    this.flags = flags;
  }

  get groups(): number {
    return this.widths.length;
  }

  error(msg: string, pos: number | null): ReSyntaxError {
    return new ReSyntaxError(this.isBytes ? backslashReplace(msg) : msg, pos);
  }

  /** The code point at i, refusing a backslash that ends the pattern as Python's tokenizer does. */
  private peek(): number | undefined {
    const c = this.p[this.i];
    if (c === 92 && this.i === this.p.length - 1) throw this.error('bad escape (end of pattern)', this.p.length - 1);
    return c;
  }
  private eat(c: number): boolean {
    if (this.peek() === c) {
      this.i++;
      return true;
    }
    return false;
  }
  /** The next token's text: one character, or a backslash and the one after it. */
  private token(): string | null {
    const c = this.peek();
    if (c === undefined) return null;
    if (c === 92) {
      this.i += 2;
      return '\\' + String.fromCodePoint(this.p[this.i - 1]!);
    }
    this.i++;
    return String.fromCodePoint(c);
  }
  private text(from: number, to: number): string {
    return String.fromCodePoint(...this.p.slice(from, to));
  }

  /** Characters up to `term` (tokens, as Python's getuntil). */
  private until(term: string, what: string): string {
    let name = '';
    for (;;) {
      const t = this.token();
      if (t === null) {
        if (!name) throw this.error(`missing ${what}`, this.i);
        throw this.error(`missing ${term}, unterminated name`, this.i - name.length);
      }
      if (t === term) {
        if (!name) throw this.error(`missing ${what}`, this.i - 1);
        return name;
      }
      name += t;
    }
  }

  private checkName(name: string, endOffset: number): void {
    const at = this.i - [...name].length - endOffset;
    if (this.isBytes && !/^[\x00-\x7f]*$/.test(name)) throw this.error(`bad character in group name ${pyAscii(name)}`, at);
    if (!strIsIdentifier(name)) throw this.error(`bad character in group name ${pyRepr(name)}`, at);
  }

  private checkGroupUsable(g: number): boolean {
    return g < this.groups && this.widths[g] !== null;
  }
  private checkLookbehind(g: number): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroupUsable(g)) throw this.error('cannot refer to an open group', this.i);
    if (g >= this.lookbehindGroups) throw this.error('cannot refer to group defined in the same lookbehind subpattern', this.i);
  }

  parseAlt(verbose: boolean, nested: number): Node[][] {
    const branches: Node[][] = [];
    for (;;) {
      branches.push(this.parseSeq(verbose, nested + 1, nested === 0 && branches.length === 0));
      if (!this.eat(0x7c)) break;
      if (nested === 0) verbose = (this.flags & F_VERBOSE) !== 0;
    }
    return branches;
  }

  private ascii(): boolean {
    return this.isBytes || (this.flags & (F_ASCII | F_LOCALE)) !== 0;
  }

  parseSeq(verboseIn: boolean, nested: number, first: boolean, local = this.flags): Node[] {
    let verbose = verboseIn;
    const items: Node[] = [];
    const fl = (): number => local | (this.flags & (F_ASCII | F_LOCALE | F_UNICODE));
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === 0x7c || c === 0x29) break;
      const start = this.i;
      if (verbose && c !== 92) {
        if (WHITESPACE.has(c)) {
          this.i++;
          continue;
        }
        if (c === 0x23) {
          this.i++;
          for (;;) {
            const t = this.token();
            if (t === null || t === '\n') break;
          }
          continue;
        }
      }
      const f = fl();
      const ci = (f & F_IGNORECASE) !== 0;
      const ascii = this.isBytes || (f & (F_ASCII | F_LOCALE)) !== 0;
      if (c === 92) {
        this.i++;
        if (this.i >= this.p.length) throw this.error('bad escape (end of pattern)', this.p.length - 1);
        items.push(this.escape(start, f));
        continue;
      }
      if (!SPECIAL.has(c)) {
        this.i++;
        items.push({ k: 'lit', c, ci, ascii });
        continue;
      }
      this.i++;
      switch (c) {
        case 0x5b: // [
          items.push(this.parseClass(start, ci, ascii));
          break;
        case 0x2a: // *
        case 0x2b: // +
        case 0x3f: // ?
        case 0x7b: // {
          this.quantifier(c, start, items);
          break;
        case 0x2e: // .
          items.push({ k: 'any', dotall: (f & F_DOTALL) !== 0 });
          break;
        case 0x5e: // ^
          items.push({ k: 'at', what: 'bol', multi: (f & F_MULTILINE) !== 0, ascii });
          break;
        case 0x24: // $
          items.push({ k: 'at', what: 'eol', multi: (f & F_MULTILINE) !== 0, ascii });
          break;
        case 0x28: {
          // (
          const r = this.parseGroup(start, verbose, nested, first && items.length === 0, local);
          if (r === 'global') {
            local |= this.flags;
            verbose = (this.flags & F_VERBOSE) !== 0;
          } else if (r !== null) items.push(r);
          break;
        }
      }
    }
    return items;
  }

  private quantifier(c: number, start: number, items: Node[]): void {
    const here = this.i;
    let min: number;
    let max: number;
    if (c === 0x3f) [min, max] = [0, 1];
    else if (c === 0x2a) [min, max] = [0, INF];
    else if (c === 0x2b) [min, max] = [1, INF];
    else {
      if (this.p[this.i] === 0x7d) {
        items.push(this.literalLike(0x7b));
        return;
      }
      let lo = '';
      let hi = '';
      while (isDigit(this.p[this.i])) lo += String.fromCharCode(this.p[this.i++]!);
      if (this.p[this.i] === 0x2c) {
        this.i++;
        while (isDigit(this.p[this.i])) hi += String.fromCharCode(this.p[this.i++]!);
      } else hi = lo;
      if (this.p[this.i] !== 0x7d) {
        this.i = here;
        items.push(this.literalLike(0x7b));
        return;
      }
      this.i++;
      min = 0;
      max = INF;
      if (lo) {
        min = Number(lo);
        if (min >= MAXREPEAT) throw new ReValueError('the repetition number is too large', true);
      }
      if (hi) {
        max = Number(hi);
        if (max >= MAXREPEAT) throw new ReValueError('the repetition number is too large', true);
        if (max < min) throw this.error('min repeat greater than max repeat', here);
      }
    }
    const last = items[items.length - 1];
    if (last === undefined || last.k === 'at') throw this.error('nothing to repeat', start);
    if (last.k === 'rep') throw this.error('multiple repeat', start);
    let mode: 'greedy' | 'lazy' | 'poss' = 'greedy';
    if (this.eat(0x3f)) mode = 'lazy';
    else if (this.eat(0x2b)) mode = 'poss';
    items[items.length - 1] = { k: 'rep', min, max, mode, body: last, pos: start };
  }

  private literalLike(c: number): Node {
    const f = this.flags;
    return { k: 'lit', c, ci: (f & F_IGNORECASE) !== 0, ascii: this.ascii() };
  }

  /** An escape outside a class; `start` is the backslash's position, i is past the letter. */
  private escape(start: number, f: number): Node {
    const c = this.p[this.i++]!;
    const ch = String.fromCodePoint(c);
    const ascii = this.isBytes || (f & (F_ASCII | F_LOCALE)) !== 0;
    const ci = (f & F_IGNORECASE) !== 0;
    const multi = (f & F_MULTILINE) !== 0;
    if ('AbBZ'.includes(ch)) return { k: 'at', what: ch as 'A' | 'b' | 'B' | 'Z', multi, ascii };
    if ('dDsSwW'.includes(ch)) return { k: 'cat', cat: ch as Cat, ascii };
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) return { k: 'lit', c: simple, ci, ascii };
    const lit = (v: number): Node => ({ k: 'lit', c: v, ci, ascii });
    const numeric = this.numericEscape(start, c, false);
    if (numeric !== null) return lit(numeric);
    if (c === 0x30) {
      let v = 0;
      for (let n = 0; n < 2 && isOct(this.p[this.i]); n++) v = v * 8 + (this.p[this.i++]! - 48);
      return lit(v);
    }
    if (isDigit(c)) {
      let digits = ch;
      if (isDigit(this.p[this.i])) {
        digits += String.fromCharCode(this.p[this.i++]!);
        if (isOct(c) && isOct(digits.charCodeAt(1)) && isOct(this.p[this.i])) {
          digits += String.fromCharCode(this.p[this.i++]!);
          const v = parseInt(digits, 8);
          if (v > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`, start);
          return lit(v);
        }
      }
      const g = Number(digits);
      if (g < this.groups) {
        if (!this.checkGroupUsable(g)) throw this.error('cannot refer to an open group', start);
        this.checkLookbehind(g);
        return { k: 'ref', group: g, pos: start, ci };
      }
      throw this.error(`invalid group reference ${g}`, start + 1);
    }
    if (isAsciiLetter(c)) throw this.error(`bad escape \\${ch}`, start);
    return lit(c);
  }

  /** \x \u \U \N escapes (null: not one of them). */
  private numericEscape(start: number, c: number, _inClass: boolean): number | null {
    const hex = (n: number, letter: string): string => {
      let s = '';
      while (s.length < n && isHex(this.p[this.i])) s += String.fromCharCode(this.p[this.i++]!);
      if (s.length !== n) throw this.error(`incomplete escape \\${letter}${s}`, start);
      return s;
    };
    if (c === 0x78) return parseInt(hex(2, 'x'), 16);
    if (this.isBytes) return null;
    if (c === 0x75) return parseInt(hex(4, 'u'), 16);
    if (c === 0x55) {
      const s = hex(8, 'U');
      const v = parseInt(s, 16);
      if (v > 0x10ffff) throw this.error(`bad escape \\U${s}`, start);
      return v;
    }
    if (c === 0x4e) {
      if (!this.eat(0x7b)) throw this.error('missing {', this.i);
      const name = this.until('}', 'character name');
      const v = lookupUnicodeName(name);
      if (v < 0) throw this.error(`undefined character name ${pyRepr(name)}`, start);
      return v;
    }
    return null;
  }

  /** A class escape: a code point, or a category. */
  private classEscape(start: number, ascii: boolean): number | SetItem {
    const c = this.p[this.i++]!;
    const ch = String.fromCodePoint(c);
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) return simple;
    if ('dDsSwW'.includes(ch)) return { k: 'cat', cat: ch as Cat, ascii };
    const numeric = this.numericEscape(start, c, true);
    if (numeric !== null) return numeric;
    if (isOct(c)) {
      let v = c - 48;
      let digits = ch;
      for (let n = 0; n < 2 && isOct(this.p[this.i]); n++) {
        digits += String.fromCharCode(this.p[this.i]!);
        v = v * 8 + (this.p[this.i++]! - 48);
      }
      if (v > 0o377) throw this.error(`octal escape value \\${digits} outside of range 0-0o377`, start);
      return v;
    }
    if (isAsciiLetter(c) || isDigit(c)) throw this.error(`bad escape \\${ch}`, start);
    return c;
  }

  private parseClass(start: number, ci: boolean, ascii: boolean): Node {
    const items: SetItem[] = [];
    const neg = this.eat(0x5e);
    const item = (t: string, at: number): number | SetItem => {
      if (t[0] === '\\' && t.length === 2) {
        this.i = at + 1;
        return this.classEscape(at, ascii);
      }
      return t.codePointAt(0)!;
    };
    for (;;) {
      const at = this.i;
      const t = this.token();
      if (t === null) throw this.error('unterminated character set', start);
      if (t === ']' && items.length > 0) break;
      const a = item(t, at);
      if (this.eat(0x2d)) {
        const at2 = this.i;
        const t2 = this.token();
        if (t2 === null) throw this.error('unterminated character set', start);
        if (t2 === ']') {
          items.push(typeof a === 'number' ? { k: 'ch', c: a } : a);
          items.push({ k: 'ch', c: 0x2d });
          break;
        }
        const b = item(t2, at2);
        const msg = `bad character range ${t}-${t2}`;
        const pos = this.i - (t.length + 1 + t2.length);
        if (typeof a !== 'number' || typeof b !== 'number' || b < a) throw this.error(msg, pos);
        items.push({ k: 'range', lo: a, hi: b });
      } else items.push(typeof a === 'number' ? { k: 'ch', c: a } : a);
    }
    return { k: 'set', neg, items, ci, ascii };
  }

  /** After '(' at `start`. Returns a node, null (a comment), or 'global' (global flags). */
  private parseGroup(start: number, verbose: boolean, nested: number, first: boolean, local: number): Node | null | 'global' {
    let capture = true;
    let atomic = false;
    let name: string | null = null;
    let addFlags = 0;
    let delFlags = 0;
    if (this.eat(0x3f)) {
      const t = this.token();
      if (t === null) throw this.error('unexpected end of pattern', this.i);
      if (t === 'P') {
        if (this.eat(0x3c)) {
          name = this.until('>', 'group name');
          this.checkName(name, 1);
        } else if (this.eat(0x3d)) {
          const ref = this.until(')', 'group name');
          this.checkName(ref, 1);
          const at = this.i - [...ref].length - 1;
          const g = this.names.get(ref);
          if (g === undefined) throw this.error(`unknown group name ${pyRepr(ref)}`, at);
          if (!this.checkGroupUsable(g)) throw this.error('cannot refer to an open group', at);
          this.checkLookbehind(g);
          return { k: 'ref', group: g, pos: start, ci: ((local | this.flags) & F_IGNORECASE) !== 0 };
        } else {
          const t2 = this.token();
          if (t2 === null) throw this.error('unexpected end of pattern', this.i);
          throw this.error(`unknown extension ?P${t2}`, this.i - t2.length - 2);
        }
      } else if (t === ':') {
        capture = false;
      } else if (t === '#') {
        for (;;) {
          if (this.peek() === undefined) throw this.error('missing ), unterminated comment', start);
          if (this.token() === ')') return null;
        }
      } else if (t === '=' || t === '!' || t === '<') {
        let neg = t === '!';
        let behind = false;
        if (t === '<') {
          const t2 = this.token();
          if (t2 === null) throw this.error('unexpected end of pattern', this.i);
          if (t2 !== '=' && t2 !== '!') throw this.error(`unknown extension ?<${t2}`, this.i - t2.length - 2);
          neg = t2 === '!';
          behind = true;
        }
        const outer = this.lookbehindGroups;
        if (behind && outer === null) this.lookbehindGroups = this.groups;
        const body = this.parseAltScoped(verbose, nested, local);
        if (behind && outer === null) this.lookbehindGroups = null;
        if (!this.eat(0x29)) throw this.error('missing ), unterminated subpattern', start);
        return { k: 'look', behind, neg, body, pos: start };
      } else if (t === '(') {
        const cond = this.until(')', 'group name');
        const at = this.i - [...cond].length - 1;
        let g: number;
        if (/^[0-9]+$/.test(cond)) {
          g = Number(cond);
          if (g === 0) throw this.error('bad group number', at);
          if (g >= MAXGROUPS) throw this.error(`invalid group reference ${g}`, at);
          if (!this.condRefs.has(g)) this.condRefs.set(g, at);
        } else {
          this.checkName(cond, 1);
          const found = this.names.get(cond);
          if (found === undefined) throw this.error(`unknown group name ${pyRepr(cond)}`, at);
          g = found;
        }
        this.checkLookbehind(g);
        this.parseSeq(verbose, nested + 1, false, local);
        if (this.eat(0x7c)) {
          this.parseSeq(verbose, nested + 1, false, local);
          if (this.peek() === 0x7c) throw this.error('conditional backref with more than two branches', this.i);
        }
        if (!this.eat(0x29)) throw this.error('missing ), unterminated subpattern', start);
        return { k: 'cond', pos: start };
      } else if (t === '>') {
        capture = false;
        atomic = true;
      } else if (t in FLAG_CHARS || t === '-') {
        const r = this.inlineFlags(t);
        if (r === null) {
          if (!first) throw this.error('global flags not at the start of the expression', start);
          return 'global';
        }
        [addFlags, delFlags] = r;
        capture = false;
      } else {
        throw this.error(`unknown extension ?${t}`, this.i - t.length - 1);
      }
    }
    let index = 0;
    if (capture) {
      index = this.groups;
      this.widths.push(null);
      if (index > MAXGROUPS) throw this.error('too many groups', start);
      if (name !== null) {
        const was = this.names.get(name);
        if (was !== undefined) {
          throw this.error(`redefinition of group name ${pyRepr(name)} as group ${index}; was group ${was}`, this.i - [...name].length - 1);
        }
        this.names.set(name, index);
      }
    }
    const subVerbose = (verbose || (addFlags & F_VERBOSE) !== 0) && (delFlags & F_VERBOSE) === 0;
    if (addFlags & (F_ASCII | F_LOCALE)) this.hasScopedAscii = true;
    if ((addFlags | delFlags) & F_IGNORECASE) {
      if (addFlags & F_IGNORECASE) this.hasScopedCase = true;
      else this.hasScopedNoCase = true;
    }
    const inner = (local | addFlags) & ~delFlags;
    const body = this.parseAltScoped(subVerbose, nested, inner);
    if (!this.eat(0x29)) throw this.error('missing ), unterminated subpattern', start);
    if (capture) {
      this.widths[index] = widthOfAlt(body, this.widths);
      this.closeRank[index] = ++this.closed;
    }
    if (atomic) return { k: 'atomic', body };
    return { k: 'group', index, body, pos: start };
  }

  private parseAltScoped(verbose: boolean, nested: number, local: number): Node[][] {
    const branches: Node[][] = [];
    for (;;) {
      branches.push(this.parseSeq(verbose, nested + 1, false, local));
      if (!this.eat(0x7c)) break;
    }
    return branches;
  }

  /** Inline flags after "(?" whose first character was `t`: null for global flags (ended by ')'). */
  private inlineFlags(t: string): [number, number] | null {
    let add = 0;
    let del = 0;
    let ch: string | null = t;
    if (ch !== '-') {
      for (;;) {
        const flag = FLAG_CHARS[ch!]!;
        if (!this.isBytes) {
          if (ch === 'L') throw this.error("bad inline flags: cannot use 'L' flag with a str pattern", this.i);
        } else if (ch === 'u') throw this.error("bad inline flags: cannot use 'u' flag with a bytes pattern", this.i);
        add |= flag;
        if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) {
          throw this.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", this.i);
        }
        ch = this.token();
        if (ch === null) throw this.error('missing -, : or )', this.i);
        if (ch === ')' || ch === '-' || ch === ':') break;
        if (!(ch in FLAG_CHARS)) {
          throw this.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing -, : or )', this.i - ch.length);
        }
      }
    }
    if (ch === ')') {
      this.flags |= add;
      return null;
    }
    if (add & GLOBAL_FLAGS) throw this.error('bad inline flags: cannot turn on global flag', this.i - 1);
    if (ch === '-') {
      ch = this.token();
      if (ch === null) throw this.error('missing flag', this.i);
      if (!(ch in FLAG_CHARS)) throw this.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing flag', this.i - ch.length);
      for (;;) {
        const flag = FLAG_CHARS[ch!]!;
        if (flag & TYPE_FLAGS) throw this.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", this.i);
        del |= flag;
        ch = this.token();
        if (ch === null) throw this.error('missing :', this.i);
        if (ch === ':') break;
        if (!(ch in FLAG_CHARS)) throw this.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing :', this.i - ch.length);
      }
    }
    if (del & GLOBAL_FLAGS) throw this.error('bad inline flags: cannot turn off global flag', this.i - 1);
    if (add & del) throw this.error('bad inline flags: flag turned on and off', this.i - 1);
    return [add, del];
  }

  atEnd(): boolean {
    return this.peek() === undefined;
  }
  position(): number {
    return this.i;
  }
}

// ---- widths ---------------------------------------------------------------------------------

type Width = [number, number];

function widthOfAlt(alt: Node[][], groups: (Width | null)[]): Width {
  let lo = INF;
  let hi = 0;
  for (const seq of alt) {
    const [l, h] = widthOfSeq(seq, groups);
    lo = Math.min(lo, l);
    hi = Math.max(hi, h);
  }
  return alt.length === 0 ? [0, 0] : [lo, hi];
}
function widthOfSeq(seq: Node[], groups: (Width | null)[]): Width {
  let lo = 0;
  let hi = 0;
  for (const n of seq) {
    const [l, h] = widthOf(n, groups);
    lo += l;
    hi += h;
  }
  return [lo, hi];
}
function widthOf(n: Node, groups: (Width | null)[]): Width {
  switch (n.k) {
    case 'lit':
    case 'any':
    case 'set':
    case 'cat':
      return [1, 1];
    case 'at':
    case 'look':
      return [0, 0];
    case 'group':
    case 'atomic':
      return widthOfAlt(n.body, groups);
    case 'rep': {
      const [l, h] = widthOf(n.body, groups);
      return [l * n.min, n.max === INF ? (h > 0 ? INF : 0) : h * n.max];
    }
    case 'ref':
      return groups[n.group] ?? [0, INF];
    case 'cond':
      return [0, INF];
  }
}

// ---- checks that the JS engine cannot do Python's way -----------------------------------------

/**
 * Walks the tree with the set of groups that have surely matched before each
 * node; a reference to any other group is refused. Also refuses conditionals.
 */
let atRisk = new Set<number>();
let stale = new Set<number>();
let widthsForCheck: (Width | null)[] = [];

function checkRefs(alt: Node[][], before: Set<number>): Set<number> {
  let out: Set<number> | null = null;
  for (const seq of alt) {
    let cur = new Set(before);
    for (const n of seq) cur = checkNode(n, cur);
    if (out === null) out = cur;
    else {
      const both = new Set<number>();
      for (const g of out) if (cur.has(g)) both.add(g);
      out = both;
    }
  }
  return out ?? new Set(before);
}
function checkNode(n: Node, cur: Set<number>): Set<number> {
  switch (n.k) {
    case 'ref':
      if (!cur.has(n.group)) {
        throw new ReSyntaxError(
          `gilvm cannot translate a reference to group ${n.group}, which may not have matched at that point`,
          n.pos,
        );
      }
      return cur;
    case 'cond':
      throw new ReSyntaxError('gilvm does not support conditional groups (?(...)...)', n.pos);
    case 'group': {
      const after = checkRefs(n.body, cur);
      if (n.index > 0) after.add(n.index);
      return after;
    }
    case 'atomic':
      return checkRefs(n.body, cur);
    case 'look': {
      const after = checkRefs(n.body, cur);
      return n.neg ? cur : after;
    }
    case 'rep': {
      const after = checkNode(n.body, new Set(cur));
      if (n.max > n.min && n.max > 1 && widthOf(n.body, widthsForCheck)[0] === 0) {
        // Python stops repeating after a repetition that matched empty; JS refuses that
        // repetition and backtracks into it for a longer one, which a body that prefers
        // to match empty (a lazy repeat, an empty alternative first) then finds.
        const prefers = preferEmptyChecker(widthsForCheck);
        if (prefers.node(n.body) || (n.body.k === 'group' && prefers.alt(n.body.body))) {
          throw new ReSyntaxError('gilvm cannot translate a repeat of something that prefers to match empty', n.pos);
        }
      }
      if (n.max > 1) {
        // JS forgets a group's capture at each new repetition; Python keeps the last
        // one. They differ only for a group that some repetition may skip.
        for (const g of groupsIn(n.body).keys()) if (!after.has(g)) atRisk.add(g);
        // A body that can match empty: Python ends the loop with one empty repetition
        // (its captures kept), which JS refuses: such groups' values are unknown.
        if (n.mode !== 'lazy' && widthOf(n.body, widthsForCheck)[0] === 0) for (const g of groupsIn(n.body).keys()) stale.add(g);
      }
      return n.min > 0 ? after : cur;
    }
    default:
      return cur;
  }
}

/** The capturing groups inside a node, with their positions. */
function groupsIn(n: Node, out: Map<number, number> = new Map()): Map<number, number> {
  switch (n.k) {
    case 'group':
      if (n.index > 0) out.set(n.index, n.pos);
      n.body.forEach((s) => s.forEach((x) => groupsIn(x, out)));
      break;
    case 'atomic':
    case 'look':
      n.body.forEach((s) => s.forEach((x) => groupsIn(x, out)));
      break;
    case 'rep':
      groupsIn(n.body, out);
      break;
    default:
  }
  return out;
}

/** Whether a backreference is matched case-insensitively somewhere. */
function hasCaselessRef(alt: Node[][]): boolean {
  const visit = (n: Node): boolean => {
    switch (n.k) {
      case 'ref':
        return n.ci;
      case 'group':
      case 'atomic':
      case 'look':
        return n.body.some((s) => s.some(visit));
      case 'rep':
        return visit(n.body);
      default:
        return false;
    }
  };
  return alt.some((s) => s.some(visit));
}

/** The lookbehinds' fixed width rule (CPython checks it when compiling). */
function checkLookbehinds(alt: Node[][], groups: (Width | null)[]): void {
  const visit = (n: Node): void => {
    switch (n.k) {
      case 'look':
        if (n.behind) {
          const [lo, hi] = widthOfAlt(n.body, groups);
          if (lo !== hi) throw new ReSyntaxError('look-behind requires fixed-width pattern', null);
        }
        n.body.forEach((s) => s.forEach(visit));
        break;
      case 'group':
      case 'atomic':
        n.body.forEach((s) => s.forEach(visit));
        break;
      case 'rep':
        visit(n.body);
        break;
      default:
    }
  };
  alt.forEach((s) => s.forEach(visit));
}

/**
 * Whether a search that found an empty match at some place might have found a
 * non-empty one there had the empty one been refused (a lazy repeat, an
 * alternative that can be empty before others, a repeat of something that can
 * be empty). Conservative.
 */
function mayPreferEmpty(alt: Node[][], groups: (Width | null)[]): boolean {
  return preferEmptyChecker(groups).alt(alt);
}

function preferEmptyChecker(groups: (Width | null)[]): { alt: (a: Node[][]) => boolean; node: (n: Node) => boolean } {
  const visit = (n: Node): boolean => {
    switch (n.k) {
      case 'group':
      case 'atomic':
      case 'look':
        return altRisky(n.body);
      case 'rep':
        if (n.mode === 'lazy') return true;
        if (widthOf(n.body, groups)[0] === 0) return true;
        return visit(n.body);
      case 'cond':
        return true;
      default:
        return false;
    }
  };
  const altRisky = (a: Node[][]): boolean => {
    for (let b = 0; b < a.length; b++) {
      if (b < a.length - 1 && widthOfSeq(a[b]!, groups)[0] === 0) return true;
      if (a[b]!.some(visit)) return true;
    }
    return false;
  };
  return { alt: altRisky, node: visit };
}

// ---- case variants ----------------------------------------------------------------------------

let foldClasses: Map<number, number[]> | null = null;
let casedSorted: number[] | null = null;

function simpleMap(cp: number, upper: boolean): number {
  const s = String.fromCodePoint(cp);
  const t = upper ? s.toUpperCase() : s.toLowerCase();
  const c = t.codePointAt(0)!;
  return t.length === String.fromCodePoint(c).length ? c : cp;
}

/** Code points that match each other case-insensitively (Unicode), built on first use. */
function foldTable(): Map<number, number[]> {
  if (foldClasses) return foldClasses;
  const byKey = new Map<number, number[]>();
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const key = simpleMap(simpleMap(cp, true), false);
    const lower = simpleMap(cp, false);
    if (key === cp && lower === cp && simpleMap(cp, true) === cp) continue;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = [key]));
    if (!list.includes(cp)) list.push(cp);
  }
  foldClasses = new Map();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const c of list) foldClasses.set(c, list);
  }
  casedSorted = [...foldClasses.keys()].sort((a, b) => a - b);
  return foldClasses;
}

function caseVariants(c: number, ascii: boolean): number[] {
  if (ascii) {
    if (c >= 65 && c <= 90) return [c, c + 32];
    if (c >= 97 && c <= 122) return [c, c - 32];
    return [c];
  }
  const table = foldTable();
  const extra = table.get(c);
  const out = new Set<number>([c]);
  if (extra) for (const e of extra) out.add(e);
  if (c === 0x73 || c === 0x53) out.add(0x17f);
  if (c === 0x6b || c === 0x4b) out.add(0x212a);
  return [...out];
}

// ---- writing the JS source --------------------------------------------------------------------

function esc(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return String.fromCharCode(c);
  return `\\u{${c.toString(16)}}`;
}

const UNICODE_SPACE = '\\t\\n\\v\\f\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const ASCII_SPACE = '\\t\\n\\v\\f\\r\\u{20}';

/** Class contents (inside [...]) for a category, positive. */
function catBody(cat: Cat, ascii: boolean): string {
  const lower = cat.toLowerCase();
  if (lower === 'd') return ascii ? '0-9' : '\\p{Nd}';
  if (lower === 's') return ascii ? ASCII_SPACE : UNICODE_SPACE;
  return ascii ? 'a-zA-Z0-9_' : '\\p{L}\\p{N}_';
}
function catClass(cat: Cat, ascii: boolean): string {
  const body = catBody(cat, ascii);
  return cat === cat.toLowerCase() ? `[${body}]` : `[^${body}]`;
}

const UNICODE_SPACE_RANGES: [number, number][] = [
  [9, 13], [0x1c, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];
const ASCII_SPACE_RANGES: [number, number][] = [[9, 13], [32, 32]];
const ASCII_WORD_RANGES: [number, number][] = [[48, 57], [65, 90], [95, 95], [97, 122]];
const ASCII_DIGIT_RANGES: [number, number][] = [[48, 57]];

/** Class contents for the code points outside sorted `ranges`. */
function complement(ranges: [number, number][]): string {
  let out = '';
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out += `${esc(next)}-${esc(lo - 1)}`;
    next = hi + 1;
  }
  if (next <= 0x10ffff) out += `${esc(next)}-${esc(0x10ffff)}`;
  return out;
}

/**
 * Class contents for a category inside brackets ('u' mode has no nested
 * classes); null for Unicode \W, which no flat class can spell.
 */
function catInClass(cat: Cat, ascii: boolean): string | null {
  switch (cat) {
    case 'd':
    case 's':
    case 'w':
      return catBody(cat, ascii);
    case 'D':
      return ascii ? complement(ASCII_DIGIT_RANGES) : '\\P{Nd}';
    case 'S':
      return complement(ascii ? ASCII_SPACE_RANGES : UNICODE_SPACE_RANGES);
    case 'W':
      return ascii ? complement(ASCII_WORD_RANGES) : null;
  }
}

const UNICODE_WORD = '[\\p{L}\\p{N}_]';
const UNICODE_NONWORD = '[^\\p{L}\\p{N}_]';

class Writer {
  jsGroups = 0;
  readonly jsIndex: number[] = [0];

  constructor(
    readonly jsCaseless: boolean,
    readonly groups: (Width | null)[],
  ) {}

  alt(a: Node[][]): string {
    return a.map((s) => this.seq(s)).join('|');
  }
  seq(s: Node[]): string {
    let out = '';
    for (const n of s) out += this.node(n);
    return out;
  }

  /** Whether `n` is written as one unit that a quantifier can follow directly. */
  private unit(n: Node): boolean {
    return n.k === 'lit' || n.k === 'set' || n.k === 'any' || n.k === 'cat' || n.k === 'ref' || n.k === 'group' || n.k === 'atomic';
  }

  private needsManualCase(ci: boolean): boolean {
    return ci && !this.jsCaseless;
  }

  /** A class; Unicode \\W among its items makes it an alternative or a lookahead. */
  private set(neg: boolean, items: SetItem[], ci: boolean, ascii: boolean): string {
    const nonword = { seen: false };
    const body = this.setItems(items, ci, ascii, nonword);
    if (!nonword.seen) return `[${neg ? '^' : ''}${body}]`;
    if (!neg) return body === '' ? UNICODE_NONWORD : `(?:[${body}]|${UNICODE_NONWORD})`;
    // Neither in body nor a non-word character: a word character not in body.
    return body === '' ? UNICODE_WORD : `(?:(?![${body}])${UNICODE_WORD})`;
  }

  private setItems(items: SetItem[], ci: boolean, ascii: boolean, nonword: { seen: boolean }): string {
    let out = '';
    const manual = this.needsManualCase(ci);
    for (const it of items) {
      if (it.k === 'ch') {
        if (manual) for (const v of caseVariants(it.c, ascii)) out += esc(v);
        else out += esc(it.c);
      } else if (it.k === 'range') {
        out += `${esc(it.lo)}-${esc(it.hi)}`;
        if (manual) out += this.rangeVariants(it.lo, it.hi, ascii);
      } else {
        const text = catInClass(it.cat, it.ascii);
        if (text === null) nonword.seen = true;
        else out += text;
      }
    }
    return out;
  }

  private rangeVariants(lo: number, hi: number, ascii: boolean): string {
    let out = '';
    const add = (a: number, b: number, shift: number): void => {
      const l = Math.max(a, lo);
      const h = Math.min(b, hi);
      if (l <= h) out += `${esc(l + shift)}-${esc(h + shift)}`;
    };
    add(65, 90, 32);
    add(97, 122, -32);
    if (ascii) return out;
    const table = foldTable();
    for (const c of casedSorted!) {
      if (c < 128) continue;
      if (c > hi) break;
      if (c >= lo) for (const v of table.get(c)!) if (v < lo || v > hi) out += esc(v);
    }
    if (lo <= 0x73 && hi >= 0x73) out += esc(0x17f);
    if (lo <= 0x53 && hi >= 0x53) out += esc(0x17f);
    if ((lo <= 0x6b && hi >= 0x6b) || (lo <= 0x4b && hi >= 0x4b)) out += esc(0x212a);
    return out;
  }

  private wordBoundary(neg: boolean, ascii: boolean): string {
    // JS's own \b is Python's ASCII one (without the i flag, which adds ſ and K to JS's \w).
    if (ascii && !neg && !this.jsCaseless) return '\\b';
    const w = ascii ? '[a-zA-Z0-9_]' : '[\\p{L}\\p{N}_]';
    if (!neg) return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
    // \B never matches in an empty string.
    return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
  }

  node(n: Node): string {
    switch (n.k) {
      case 'lit': {
        if (this.needsManualCase(n.ci)) {
          const v = caseVariants(n.c, n.ascii);
          if (v.length > 1) return `[${v.map(esc).join('')}]`;
        }
        return esc(n.c);
      }
      case 'any':
        return n.dotall ? '[\\s\\S]' : '[^\\n]';
      case 'set':
        return this.set(n.neg, n.items, n.ci, n.ascii);
      case 'cat':
        return catClass(n.cat, n.ascii);
      case 'at':
        switch (n.what) {
          case 'bol':
            return n.multi ? '(?<![^\\n])' : '^';
          case 'eol':
            return n.multi ? '(?![^\\n])' : '(?=\\n?$)';
          case 'A':
            return '^';
          case 'Z':
            return '$';
          case 'b':
            return this.wordBoundary(false, n.ascii);
          case 'B':
            return this.wordBoundary(true, n.ascii);
        }
        break;
      case 'group': {
        if (n.index === 0) return `(?:${this.alt(n.body)})`;
        this.jsIndex[n.index] = ++this.jsGroups;
        return `(${this.alt(n.body)})`;
      }
      case 'atomic': {
        const k = ++this.jsGroups;
        return `(?:(?=(${this.alt(n.body)}))\\${k})`;
      }
      case 'look':
        return `(?${n.behind ? '<' : ''}${n.neg ? '!' : '='}${this.alt(n.body)})`;
      case 'ref':
        return `(?:\\${this.jsIndex[n.group]})`;
      case 'rep': {
        if (n.max === 1 && n.min === 0 && widthOf(n.body, this.groups)[0] === 0) {
          // JS refuses an empty repetition: (a*)? would leave the group unmatched where Python
          // has it empty, and (?:x*?)? would backtrack into x*? for a longer match where Python
          // takes the empty one. An alternative with the empty branch after (lazy: before).
          const k = n.mode === 'poss' ? ++this.jsGroups : 0;
          const b = this.atom(n.body);
          const opt = n.mode === 'lazy' ? `(?:|${b})` : `(?:${b}|)`;
          return n.mode === 'poss' ? `(?:(?=(${opt}))\\${k})` : opt;
        }
        const q = quantifierText(n.min, n.max);
        if (n.mode === 'poss') {
          const k = ++this.jsGroups;
          return `(?:(?=(${this.atom(n.body)}${q}))\\${k})`;
        }
        return this.atom(n.body) + q + (n.mode === 'lazy' ? '?' : '');
      }
      case 'cond':
        return '';
    }
    return '';
  }

  private atom(n: Node): string {
    const s = this.node(n);
    return this.unit(n) ? s : `(?:${s})`;
  }
}

function quantifierText(min: number, max: number): string {
  if (min === 0 && max === INF) return '*';
  if (min === 1 && max === INF) return '+';
  if (min === 0 && max === 1) return '?';
  if (min === max) return `{${min}}`;
  if (max === INF) return `{${min},}`;
  return `{${min},${max}}`;
}

/**
 * Parse and translate `pattern` (code points; bytes as 0..255) with `flags`.
 * Throws ReSyntaxError (re.error) or ReValueError (ValueError/OverflowError).
 */
export function translate(pattern: number[], isBytes: boolean, flags: number): Translation {
  const parser = new Parser(pattern, isBytes, flags);
  const tree = parser.parseAlt((flags & F_VERBOSE) !== 0, 0);
  let final = parser.flags;
  if (!isBytes) {
    if (final & F_LOCALE) throw new ReValueError('cannot use LOCALE flag with a str pattern');
    if (!(final & F_ASCII)) final |= F_UNICODE;
    else if (final & F_UNICODE) throw new ReValueError('ASCII and UNICODE flags are incompatible');
  } else {
    if (final & F_UNICODE) throw new ReValueError('cannot use UNICODE flag with a bytes pattern');
    if (final & F_LOCALE && final & F_ASCII) throw new ReValueError('ASCII and LOCALE flags are incompatible');
  }
  if (!parser.atEnd()) throw parser.error('unbalanced parenthesis', parser.position());
  for (const [g, at] of parser.condRefs) {
    if (g >= parser.groups) throw parser.error(`invalid group reference ${g}`, at);
  }
  checkLookbehinds(tree, parser.widths);
  atRisk = new Set();
  stale = new Set();
  widthsForCheck = parser.widths;
  checkRefs(tree, new Set());
  const forgetful = [...atRisk].filter((g) => !stale.has(g)).concat([...stale].map((g) => -g)).sort((a, b) => Math.abs(a) - Math.abs(b));

  const unicodeText = !isBytes && !(final & (F_ASCII | F_LOCALE));
  const wholeCaseless = (final & F_IGNORECASE) !== 0 && !parser.hasScopedNoCase;
  // JS's i flag folds more than Python's ASCII mode does (é and É, K and the Kelvin sign), so
  // ASCII patterns spell out case variants instead, unless a backreference needs the flag.
  const caselessRef = hasCaselessRef(tree);
  // (?a:...) inside a Unicode pattern: JS's i flag would fold non-ASCII letters there too.
  const jsCaseless = wholeCaseless && ((unicodeText && !parser.hasScopedAscii) || caselessRef);
  if (caselessRef && !jsCaseless) {
    throw new ReSyntaxError('gilvm cannot match a backreference case-insensitively in only part of a pattern', 0);
  }
  const writer = new Writer(jsCaseless, parser.widths);
  const source = writer.alt(tree);
  const groups = parser.groups - 1;
  const names = [...parser.names.entries()].sort((a, b) => a[1] - b[1]);
  const [minWidth] = widthOfAlt(tree, parser.widths);
  return {
    source,
    jsFlags: jsCaseless ? 'iu' : 'u',
    groups,
    names,
    jsIndex: writer.jsIndex,
    closeRank: parser.closeRank,
    flags: final,
    canBeEmpty: minWidth === 0,
    risky: minWidth === 0 && mayPreferEmpty(tree, parser.widths),
    forgetful,
  };
}

// ---- replacement templates --------------------------------------------------------------------

/**
 * A parsed replacement template: literal pieces (code point arrays) between
 * group numbers: [lit0, g1, lit1, g2, lit2, ...] with strings at even places.
 */
export type Template = (string | number)[];

/**
 * Parse a sub() replacement (code points) for a pattern with `groups` groups
 * and names `names`. Throws ReSyntaxError, or a ReIndexError for an unknown name.
 */
export class ReIndexError extends Error {}

export function parseTemplate(repl: number[], isBytes: boolean, groups: number, names: Map<string, number>): Template {
  const out: Template = [];
  let lit = '';
  let i = 0;
  const n = repl.length;
  const err = (msg: string, pos: number): ReSyntaxError => {
    return new ReSyntaxError(isBytes ? backslashReplace(msg) : msg, pos);
  };
  const group = (g: number, pos: number): void => {
    if (g > groups) throw err(`invalid group reference ${g}`, pos);
    out.push(lit, g);
    lit = '';
  };
  while (i < n) {
    const c = repl[i]!;
    if (c !== 92) {
      lit += String.fromCodePoint(c);
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= n) throw err('bad escape (end of pattern)', n - 1);
    const d = repl[i + 1]!;
    i += 2;
    if (d === 0x67) {
      // \g<...>
      if (repl[i] !== 0x3c) {
        if (repl[i] === 92 && i === n - 1) throw err('bad escape (end of pattern)', n - 1);
        throw err('missing <', i);
      }
      i++;
      let name = '';
      for (;;) {
        if (i >= n) {
          if (!name) throw err('missing group name', i);
          throw err('missing >, unterminated name', i - [...name].length);
        }
        const e = repl[i]!;
        if (e === 92) {
          if (i === n - 1) throw err('bad escape (end of pattern)', n - 1);
          name += String.fromCodePoint(e, repl[i + 1]!);
          i += 2;
          continue;
        }
        i++;
        if (e === 0x3e) {
          if (!name) throw err('missing group name', i - 1);
          break;
        }
        name += String.fromCodePoint(e);
      }
      const at = i - [...name].length - 1;
      if (/^[0-9]+$/.test(name)) {
        const g = Number(name);
        if (g >= MAXGROUPS) throw err(`invalid group reference ${g}`, at);
        group(g, at);
      } else {
        if (isBytes && !/^[\x00-\x7f]*$/.test(name)) throw err(`bad character in group name ${pyAscii(name)}`, at);
        if (!strIsIdentifier(name)) throw err(`bad character in group name ${pyRepr(name)}`, at);
        const g = names.get(name);
        if (g === undefined) throw new ReIndexError(`unknown group name ${pyRepr(name)}`);
        group(g, at);
      }
    } else if (d === 0x30) {
      let v = 0;
      for (let k = 0; k < 2 && isOct(repl[i]); k++) v = v * 8 + (repl[i++]! - 48);
      lit += String.fromCharCode(v & 0xff);
    } else if (isDigit(d)) {
      let digits = String.fromCharCode(d);
      if (isDigit(repl[i])) {
        digits += String.fromCharCode(repl[i++]!);
        if (isOct(d) && isOct(digits.charCodeAt(1)) && isOct(repl[i])) {
          digits += String.fromCharCode(repl[i++]!);
          const v = parseInt(digits, 8);
          if (v > 0o377) throw err(`octal escape value \\${digits} outside of range 0-0o377`, start);
          lit += String.fromCharCode(v);
          continue;
        }
      }
      group(Number(digits), start + 1);
    } else {
      const ch = String.fromCodePoint(d);
      const simple = SIMPLE_ESCAPES[ch];
      if (simple !== undefined) lit += String.fromCharCode(simple);
      else if (isAsciiLetter(d)) throw err(`bad escape \\${ch}`, start);
      else lit += '\\' + ch;
    }
  }
  out.push(lit);
  return out;
}
