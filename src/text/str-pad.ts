/**
 * Padding a Python str: center ljust rjust zfill expandtabs.
 *
 *   strCenter(s, width, fillchar = ' ')   fillchar must be one code point (TypeError otherwise)
 *   strLJust(s, width, fillchar = ' ')
 *   strRJust(s, width, fillchar = ' ')
 *   strZFill(s, width)                    zeros after a leading sign
 *   strExpandTabs(s, tabsize = 8)         columns restart after \n and \r; tabsize <= 0 drops tabs
 */
import { cpLength, hasSurrogates } from './codepoints.js';
import { checkResultSize, TextError } from './errors.js';

function checkFill(fillchar: string): void {
  if (cpLength(fillchar) !== 1) {
    throw new TextError('TypeError', 'The fill character must be exactly one character long');
  }
}

function pad(s: string, left: number, right: number, fill: string): string {
  checkResultSize(s.length + (left + right) * fill.length);
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}

export function strCenter(s: string, width: number, fillchar: string = ' '): string {
  checkFill(fillchar);
  const len = cpLength(s);
  if (width <= len) return s;
  const marg = width - len;
  // CPython puts the odd extra fill character on the left when both marg and width are odd.
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fillchar);
}

export function strLJust(s: string, width: number, fillchar: string = ' '): string {
  checkFill(fillchar);
  const len = cpLength(s);
  return width <= len ? s : pad(s, 0, width - len, fillchar);
}

export function strRJust(s: string, width: number, fillchar: string = ' '): string {
  checkFill(fillchar);
  const len = cpLength(s);
  return width <= len ? s : pad(s, width - len, 0, fillchar);
}

export function strZFill(s: string, width: number): string {
  const len = cpLength(s);
  if (width <= len) return s;
  checkResultSize(s.length + width - len);
  const zeros = '0'.repeat(width - len);
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) return s[0] + zeros + s.slice(1);
  return zeros + s;
}

export function strExpandTabs(s: string, tabsize: number = 8): string {
  if (s.indexOf('\t') < 0) return s;
  const sur = hasSurrogates(s);
  let out = '';
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u === 9) {
      out += s.slice(from, i);
      from = i + 1;
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        checkResultSize(out.length + n);
        out += ' '.repeat(n);
        col += n;
      }
    } else if (u === 10 || u === 13) {
      col = 0;
    } else if (!(sur && u >= 0xdc00 && u <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) {
      // The low half of a pair is not a column of its own.
      col++;
    }
  }
  return out + s.slice(from);
}
