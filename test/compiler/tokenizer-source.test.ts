import { describe, it, expect } from 'vitest';
import { decodeSource } from '../../src/compiler/source.js';
import { PySyntaxError } from '../../src/compiler/errors.js';

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function err(b: Uint8Array): [string, string, number, number, number, number] {
  try {
    decodeSource(b, 'f.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
    throw e;
  }
  throw new Error('no error');
}

describe('decodeSource', () => {
  it('UTF-8 by default, BOM dropped', () => {
    expect(decodeSource(utf8('x = "é€😀"\n'), 'f')).toBe('x = "é€😀"\n');
    expect(decodeSource(bytes('\xef\xbb\xbfx = 1\n'), 'f')).toBe('x = 1\n');
    expect(decodeSource(bytes('\xef\xbb\xbf# coding: utf-8\nx = 1\n'), 'f')).toBe('# coding: utf-8\nx = 1\n');
    expect(decodeSource(new Uint8Array(0), 'f')).toBe('');
  });

  it('PEP 263 coding cookies on line 1 or 2', () => {
    expect(decodeSource(bytes('# -*- coding: latin-1 -*-\nx = "\xe9"\n'), 'f')).toBe('# -*- coding: latin-1 -*-\nx = "é"\n');
    expect(decodeSource(bytes('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = "\xe9\x80"\n'), 'f')).toBe(
      '#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = "é\x80"\n',
    );
    expect(decodeSource(bytes('# coding=cp1252\nx = "\x80"\n'), 'f')).toBe('# coding=cp1252\nx = "€"\n');
    expect(decodeSource(bytes('# coding: iso8859-15\nx = "\xa4"\n'), 'f')).toBe('# coding: iso8859-15\nx = "€"\n');
    expect(decodeSource(bytes('# coding: utf8\nx = "\xc3\xa9"\n'), 'f')).toBe('# coding: utf8\nx = "é"\n');
    expect(decodeSource(bytes('# coding: utf-8-sig\nx = 1\n'), 'f')).toBe('# coding: utf-8-sig\nx = 1\n');
    expect(decodeSource(bytes('# coding: ascii\nx = 1\n'), 'f')).toBe('# coding: ascii\nx = 1\n');
    expect(decodeSource(bytes('# coding: Latin_1\r\nx = "\xe9"\r\n'), 'f')).toBe('# coding: Latin_1\r\nx = "é"\r\n');
  });

  it('ignores cookies that are not alone in a comment on line 1 or 2', () => {
    // code on line 1 stops the search; line 3 is too late; the cookie must follow "coding" directly
    expect(() => decodeSource(bytes('x = 1\n# coding: latin-1\ny = "\xe9"\n'), 'f')).toThrow(PySyntaxError);
    expect(decodeSource(bytes('x = 1  # coding: foo\n'), 'f')).toBe('x = 1  # coding: foo\n');
    expect(decodeSource(bytes('\n\n# coding: foo\n'), 'f')).toBe('\n\n# coding: foo\n');
    expect(decodeSource(bytes('# codingg: foo\n'), 'f')).toBe('# codingg: foo\n');
  });

  it('encoding errors as CPython 3.12 reports them for compile(bytes)', () => {
    expect(err(bytes('# coding: foo\n'))).toEqual(['SyntaxError', 'unknown encoding: foo', 0, -1, 0, -1]);
    expect(err(bytes('\xef\xbb\xbf# coding: latin-1\nx=1\n'))).toEqual(['SyntaxError', 'encoding problem: iso-8859-1 with BOM', 0, -1, 0, -1]);
    expect(err(bytes('# coding: ascii\nx="\xe9"\n'))).toEqual([
      'SyntaxError',
      "'ascii' codec can't decode byte 0xe9 in position 19: ordinal not in range(128)",
      0,
      -1,
      0,
      -1,
    ]);
  });

  it('invalid UTF-8 in strings and names, as CPython 3.12 reports it', () => {
    const cases: [string, [string, string, number, number, number, number]][] = [
      ['x = "\xff"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 5, 1, 8]],
      ['x = 1\n\xff', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 1, 2, -1]],
      ['\xe9 = 1', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 1, 1, 1, -1]],
      ['x = "\xc3"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", 1, 5, 1, 8]],
      ['x="\xed\xa0\x80"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte", 1, 3, 1, 8]],
      ['x = 1\ny = "abc\xe9def"\n', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte", 2, 5, 2, 14]],
      ['x = 1\nx\xff = 2\n', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 2, 2, 2, -1]],
      ['x = "\\n\xe9abc"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 1, 5, 1, 13]],
      ['x = r"\\n\xe9abc"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte", 1, 5, 1, 14]],
      ['x = "\xe4\xb8"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", 1, 5, 1, 9]],
      ['x = "\xe4\xb8A"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte", 1, 5, 1, 10]],
      ['\xe9\xe9 = 1', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte", 1, 2, 1, -1]],
      ['x = \xe2\x82\xac\xff', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", 1, 8, 1, -1]],
      ["x = '''\n\xe9'''\n", ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data", 1, 5, 2, 5]],
      ['x\n# coding: latin-1\ny="\xe9"', ['SyntaxError', "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 3, 3, 3, 6]],
    ];
    for (const [src, expected] of cases) expect(err(bytes(src)), src).toEqual(expected);
  });

  it('invalid UTF-8 in comments is accepted, as CPython never decodes comments', () => {
    expect(decodeSource(bytes('# \xe9\nx = 1\n'), 'f')).toBe('# \ufffd\nx = 1\n');
  });

  it('non-ASCII bytes in a bytes literal are left to the parser', () => {
    expect(decodeSource(bytes('x = b"\xe9"'), 'f')).toBe('x = b"\ufffd"');
  });
});
