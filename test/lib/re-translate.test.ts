import { describe, expect, it } from 'vitest';
import {
  F_ASCII,
  F_IGNORECASE,
  F_UNICODE,
  parseTemplate,
  ReIndexError,
  ReSyntaxError,
  ReValueError,
  translate,
  type Translation,
} from '../../src/lib/re-translate.js';
import { CodePointMap, compiled, execAt, groupEnd, groupStart, lastIndex, MODE_FULL, MODE_MATCH, MODE_SEARCH, serialize } from '../../src/lib/re-engine.js';

const cps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);
const tr = (p: string, flags = 0, isBytes = false): Translation => translate(cps(p), isBytes, flags);

/** The JS RegExp a pattern becomes. */
function js(p: string, flags = 0): RegExp {
  const t = tr(p, flags);
  return new RegExp(t.source, t.jsFlags + 'd');
}

/** Python group spans of the first search match of `p` in `s` (JS indices). */
function spans(p: string, s: string, flags = 0): ([number, number] | null)[] | null {
  const c = compiled(serialize(tr(p, flags), false));
  const m = execAt(c, s, 0, MODE_SEARCH, false, 0);
  if (m === null) return null;
  const out: ([number, number] | null)[] = [];
  for (let g = 0; g <= c.groups; g++) {
    const a = groupStart(c, m, g);
    out.push(a < 0 ? null : [a, groupEnd(c, m, g)]);
  }
  return out;
}

function syntaxError(p: string, flags = 0, isBytes = false): [string, number | null] {
  try {
    translate(cps(p), isBytes, flags);
  } catch (e) {
    if (e instanceof ReSyntaxError) return [e.msg, e.pos];
    throw e;
  }
  throw new Error(`no error for ${p}`);
}

describe('re translator: what the JS source looks like', () => {
  it('keeps plain text and groups, drops names', () => {
    expect(tr('a(b)c').source).toBe('a(b)c');
    expect(tr('(?P<x>a)(?P=x)').source).toBe('(a)(?:\\1)');
    expect(tr('(?P<x>a)(?P<y>b)').names).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });
  it('writes Python anchors without JS m/s flags', () => {
    expect(tr('^a$').source).toBe('^a(?=\\n?$)');
    expect(tr('(?m)^a$').source).toBe('(?<![^\\n])a(?![^\\n])');
    expect(tr('\\Aa\\Z').source).toBe('^a$');
    expect(tr('.').source).toBe('[^\\n]');
    expect(tr('(?s).').source).toBe('[\\s\\S]');
  });
  it('uses the i flag only when it covers the whole Unicode pattern', () => {
    expect(tr('(?i)ab').jsFlags).toBe('iu');
    expect(tr('a(?i:b)').jsFlags).toBe('u');
    expect(tr('a(?i:b)').source).toBe('a(?:[bB])');
    expect(tr('(?i)a(?-i:b)').jsFlags).toBe('u');
    expect(tr('ab', F_IGNORECASE | F_ASCII).source).toBe('[aA][bB]');
  });
  it('writes atomic groups and possessive repeats as lookahead captures', () => {
    expect(tr('(?>a+)b').source).toBe('(?:(?=(a+))\\1)b');
    expect(tr('(x)a++(y)').source).toBe('(x)(?:(?=(a+))\\2)(y)');
    expect(tr('(x)a++(y)').jsIndex).toEqual([0, 1, 3]);
  });
  it('wraps quantified assertions', () => {
    expect(tr('(?=a)*').source).toBe('(?:(?=a))*');
  });
  it('reports final flags', () => {
    expect(tr('a').flags).toBe(F_UNICODE);
    expect(tr('(?a)a').flags).toBe(F_ASCII);
    expect(translate(cps('a'), true, 0).flags).toBe(0);
  });
});

describe('re translator: matching through V8', () => {
  it('Python classes', () => {
    expect(js('\\d+').exec('x١٢3')![0]).toBe('١٢3');
    expect(js('(?a)\\d+').exec('x١٢3')![0]).toBe('3');
    expect(js('\\s+').exec('a\x1c\x85b')![0]).toBe('\x1c\x85');
    expect(js('\\s').test('\ufeff')).toBe(false);
    expect(js('\\w+').exec('-héllo-')![0]).toBe('héllo');
    expect(js('[^\\W\\d]+').exec('12ab3')![0]).toBe('ab');
  });
  it('word boundaries by Python rules', () => {
    expect(js('\\bé').test('xé')).toBe(false);
    expect(js('\\bé').test(' é')).toBe(true);
    expect(js('\\B').test('')).toBe(false);
  });
  it('$ before a final newline only', () => {
    expect(js('a$').test('a\n')).toBe(true);
    expect(js('a$').test('a\n\n')).toBe(false);
    expect(js('a$').test('a\r')).toBe(false);
  });
  it('group spans and lastindex', () => {
    expect(spans('(a)|(b)', 'b')).toEqual([[0, 1], null, [0, 1]]);
    const c = compiled(serialize(tr('(a(b))'), false));
    expect(lastIndex(c, execAt(c, 'ab', 0, MODE_SEARCH, false, 0)!)).toBe(1);
    const d = compiled(serialize(tr('(a)(b*)'), false));
    expect(lastIndex(d, execAt(d, 'a', 0, MODE_SEARCH, false, 0)!)).toBe(2);
  });
  it('match and fullmatch modes', () => {
    const c = compiled(serialize(tr('a|ab'), false));
    expect(execAt(c, 'xab', 0, MODE_MATCH, false, 0)).toBeNull();
    expect(execAt(c, 'xab', 1, MODE_MATCH, false, 1)![0]).toBe('a');
    expect(execAt(c, 'xab', 1, MODE_FULL, false, 1)![0]).toBe('ab');
  });
  it('the empty-match rule: a non-empty match at the same place is found', () => {
    const c = compiled(serialize(tr('|a'), false));
    expect(c.risky).toBe(true);
    const m = execAt(c, 'a', 0, MODE_SEARCH, true, 0)!;
    expect([m.index, m[0]]).toEqual([0, 'a']);
    const g = compiled(serialize(tr('x*'), false));
    expect(g.risky).toBe(false);
    expect(execAt(g, 'ab', 0, MODE_SEARCH, true, 0)!.index).toBe(1);
  });
  it('never reports a match between the halves of a surrogate pair (V8 does, in u mode)', () => {
    const c = compiled(serialize(tr('(?!😀)'), false));
    const ends: number[] = [];
    let at = 0;
    let adv = false;
    for (;;) {
      const m = execAt(c, 'a😀b', at, MODE_SEARCH, adv, 0);
      if (m === null) break;
      ends.push(m.index);
      adv = m[0].length === 0;
      at = m.index + m[0].length;
    }
    expect(ends).toEqual([0, 3, 4]);
  });
  it('an optional part that can match empty becomes an alternative (JS refuses empty repetitions)', () => {
    expect(tr('(a*)?').source).toBe('(?:(a*)|)');
    expect(tr('(?:x*?)??').source).toBe('(?:|(?:x*?))');
    expect(js('^(?:x*?)?').exec('xx')![0]).toBe('');
    expect(syntaxError('(?:x*?y?)*')).toEqual(['gilvm cannot translate a repeat of something that prefers to match empty', 9]);
  });
  it('code point maps for astral strings', () => {
    const map = new CodePointMap('a😀b');
    expect(Array.from(map.u2c)).toEqual([0, 1, 1, 2, 3]);
    expect(Array.from(map.c2u)).toEqual([0, 1, 3, 4]);
    expect(map.cpLength).toBe(3);
  });
});

describe('re translator: CPython errors', () => {
  const cases: [string, string, number | null][] = [
    ['(', 'missing ), unterminated subpattern', 0],
    [')', 'unbalanced parenthesis', 0],
    ['a**', 'multiple repeat', 2],
    ['*', 'nothing to repeat', 0],
    ['^*', 'nothing to repeat', 1],
    ['[a', 'unterminated character set', 0],
    ['[z-a]', 'bad character range z-a', 1],
    ['[\\x41-\\x40]', 'bad character range \\x-\\x', 5],
    ['\\q', 'bad escape \\q', 0],
    ['a\\', 'bad escape (end of pattern)', 1],
    ['(?<a>x)', 'unknown extension ?<a', 1],
    ['(?P<1>a)', "bad character in group name '1'", 4],
    ['(?P=n)', "unknown group name 'n'", 4],
    ['\\8', 'invalid group reference 8', 1],
    ['(a\\1)', 'cannot refer to an open group', 2],
    ['a{3,2}', 'min repeat greater than max repeat', 2],
    ['(?i', 'missing -, : or )', 3],
    ['a(?i)', 'global flags not at the start of the expression', 1],
    ['\\N{foo}', "undefined character name 'foo'", 0],
    ['(?<=a*)b', 'look-behind requires fixed-width pattern', null],
    ['(?<=x(?P<n>y)(?P=n))', 'cannot refer to group defined in the same lookbehind subpattern', 19],
  ];
  for (const [p, msg, pos] of cases) {
    it(p, () => {
      expect(syntaxError(p)).toEqual([msg, pos]);
    });
  }
  it('flag conflicts are ValueError', () => {
    expect(() => tr('a', 4)).toThrow(ReValueError);
    expect(() => translate(cps('a'), true, F_UNICODE)).toThrow(ReValueError);
    expect(() => tr('a{4294967295}')).toThrow(ReValueError);
  });
  it('refuses what JS cannot do the Python way', () => {
    expect(syntaxError('(?(1)a|b)(a)')[1]).toBe(0);
    expect(syntaxError('(a)?\\1')[0]).toMatch(/may not have matched/);
    expect(syntaxError('(?:(a)|b)\\1')[0]).toMatch(/may not have matched/);
    expect(tr('(a)+\\1').groups).toBe(1);
    expect(tr('(?:(a)|b)+').forgetful).toEqual([1]);
    expect(tr('(a|(b))+(c)').forgetful).toEqual([2]);
    expect(tr('(?:(a)|b)?').forgetful).toEqual([]);
    expect(tr('(?:(\\w)\\s?)+').groups).toBe(1);
    expect(tr('(?:(a)|(b))?').groups).toBe(2);
    expect(syntaxError('(?i:(a)\\1)')[0]).toMatch(/case-insensitively/);
    expect(tr('(?ai)(a)\\1').jsFlags).toBe('iu');
    expect(translate(cps('(?i)(a)\\1'), true, 0).jsFlags).toBe('iu');
    expect(translate(cps('(?i)ab'), true, 0).jsFlags).toBe('u');
    expect(tr('(?=(a))\\1').groups).toBe(1);
  });
  it('bytes patterns: no \\u, messages ASCII', () => {
    expect(syntaxError('\\u1234', 0, true)).toEqual(['bad escape \\u', 0]);
    expect(syntaxError('[\xe9-a]', 0, true)).toEqual(['bad character range \\xe9-a', 1]);
  });
});

describe('re templates', () => {
  const names = new Map([['n', 2]]);
  it('literals and groups', () => {
    expect(parseTemplate(cps('a\\1b\\g<n>\\g<0>\\n\\&'), false, 2, names)).toEqual(['a', 1, 'b', 2, '', 0, '\n\\&']);
    expect(parseTemplate(cps('\\0\\101'), false, 0, names)).toEqual(['\0A']);
  });
  it('errors', () => {
    expect(() => parseTemplate(cps('\\3'), false, 2, names)).toThrow(ReSyntaxError);
    expect(() => parseTemplate(cps('\\g<x>'), false, 2, names)).toThrow(ReIndexError);
    expect(() => parseTemplate(cps('\\q'), false, 2, names)).toThrow('bad escape \\q');
  });
});
