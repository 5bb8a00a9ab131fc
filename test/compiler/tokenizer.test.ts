import { describe, it, expect } from 'vitest';
import { Tokenizer, tokenizeAll } from '../../src/compiler/tokenizer.js';
import { PySyntaxError } from '../../src/compiler/errors.js';
import type { Token } from '../../src/compiler/token.js';

/** Tokens as [kind, value] pairs, ENDMARKER left out. */
function kv(src: string): [string, string][] {
  return tokenizeAll(src, 'f.py')
    .filter((t) => t.kind !== 'ENDMARKER')
    .map((t) => [t.kind, t.value]);
}

/** Tokens as 'KIND value' strings, NEWLINE/INDENT/DEDENT/ENDMARKER by kind only. */
function ks(src: string): string[] {
  return tokenizeAll(src, 'f.py').map((t) =>
    t.kind === 'NEWLINE' || t.kind === 'INDENT' || t.kind === 'DEDENT' || t.kind === 'ENDMARKER' ? t.kind : `${t.kind} ${t.value}`,
  );
}

function pos(t: Token): [number, number, number, number] {
  return [t.line, t.col, t.endLine, t.endCol];
}

function err(src: string): PySyntaxError {
  try {
    tokenizeAll(src, 'f.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

/**
 * [source, [kind, msg, lineno, offset, endLineno, endOffset]] as CPython 3.12.1's
 * compile(source, 'f', 'exec') reports them.
 */
const CPYTHON_ERRORS: [string, [string, string, number, number, number, number]][] = [
  ["x = \u0001", ["SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 5]],
  ["x = \u20ac", ["SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5]],
  ["x = a\u00a0b", ["SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6]],
  ["x = 'abc", ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]],
  ["x = rb'abc", ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]],
  ["x = '''abc\ndef", ["SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5]],
  ["x = '''abc\ndef\n\n", ["SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5]],
  ["if x:\n    a\n  b\n", ["IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1]],
  ["if x:\n\tif y:\n        a\n", ["TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0]],
  ["if x:\n        a\n\tb\n", ["TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0]],
  ["x = (1,\n", ["SyntaxError", "'(' was never closed", 1, 5, 1, 0]],
  ["x = (1,\n  2", ["SyntaxError", "'(' was never closed", 1, 5, 1, 0]],
  ["x = [1,\n  2)", ["SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 4, 2, 4]],
  ["x = (1]", ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7]],
  ["x = 1)", ["SyntaxError", "unmatched ')'", 1, 6, 1, 6]],
  ["x = 1 + \\", ["SyntaxError", "unexpected EOF while parsing", 1, 10, 1, -1]],
  ["x = 1 + \\ y", ["SyntaxError", "unexpected character after line continuation character", 1, 10, 1, 0]],
  ["x = 1 + \\\n", ["SyntaxError", "unexpected EOF while parsing", 1, 10, 1, -1]],
  ["x = 0777", ["SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6]],
  ["x = 1_", ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]],
  ["x = 1__0", ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]],
  ["x = 0x", ["SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6]],
  ["x = 0xg", ["SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6]],
  ["x = 0o8", ["SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7]],
  ["x = 0o", ["SyntaxError", "invalid octal literal", 1, 6, 1, 6]],
  ["x = 0b2", ["SyntaxError", "invalid digit '2' in binary literal", 1, 7, 1, 7]],
  ["x = 1e", ["SyntaxError", "invalid decimal literal", 1, 5, 1, 5]],
  ["x = 1e+", ["SyntaxError", "invalid decimal literal", 1, 7, 1, 7]],
  ["x = 1abc", ["SyntaxError", "invalid decimal literal", 1, 5, 1, 5]],
  ["x = 0_7", ["SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7]],
  ["y = 0b1_", ["SyntaxError", "invalid binary literal", 1, 8, 1, 8]],
  ["x = \u2460", ["SyntaxError", "invalid character '①' (U+2460)", 1, 5, 1, 5]],
  ["x = a\u20acb", ["SyntaxError", "invalid character '€' (U+20AC)", 1, 6, 1, 6]],
  ["\ufeffx=1", ["SyntaxError", "invalid non-printable character U+FEFF", 1, 1, 1, 1]],
  ["x = (\n  (", ["SyntaxError", "'(' was never closed", 2, 3, 2, 0]],
  ["x = 1e5_", ["SyntaxError", "invalid decimal literal", 1, 8, 1, 8]],
  ["x = 1__", ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]],
  ["x = 0b", ["SyntaxError", "invalid binary literal", 1, 6, 1, 6]],
  ["x = 0o1_", ["SyntaxError", "invalid octal literal", 1, 8, 1, 8]],
  ["x = 09", ["SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6]],
  ["x = 00_", ["SyntaxError", "invalid decimal literal", 1, 7, 1, 7]],
  ["x = 1.5_", ["SyntaxError", "invalid decimal literal", 1, 8, 1, 8]],
  ["x = 1_.5", ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]],
  ["x = 0x1_g", ["SyntaxError", "invalid hexadecimal literal", 1, 8, 1, 8]],
  ["x = 1.__class__", ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]],
  ["x = 1.0e", ["SyntaxError", "invalid decimal literal", 1, 7, 1, 7]],
  ["x = 1e_1", ["SyntaxError", "invalid decimal literal", 1, 5, 1, 5]],
  ["x = 1j_", ["SyntaxError", "invalid imaginary literal", 1, 6, 1, 6]],
  ["x = 1jx", ["SyntaxError", "invalid imaginary literal", 1, 6, 1, 6]],
  ["x = 0b12", ["SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8]],
  ["x = 0o19", ["SyntaxError", "invalid digit '9' in octal literal", 1, 8, 1, 8]],
  ["x = 1E", ["SyntaxError", "invalid decimal literal", 1, 5, 1, 5]],
  ["x = '\\\n", ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]],
  ["x = \"abc\\\"", ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]],
  ["if x:\n  y\n\\ z", ["SyntaxError", "unexpected character after line continuation character", 3, 2, 3, 0]],
  ["x = 1\n   \\\n", ["SyntaxError", "unexpected EOF while parsing", 2, 5, 2, -1]],
  ["((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", ["SyntaxError", "too many nested parentheses", 1, 201, 1, 201]],
  ["f'{'", ["SyntaxError", "f-string: expecting '}'", 1, 4, 1, 4]],
  ["f'}'", ["SyntaxError", "f-string: single '}' is not allowed", 1, 3, 1, 3]],
  ["f'{x'", ["SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5]],
  ["f'{x!'", ["SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6]],
  ["f'abc", ["SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1]],
  ["f'''abc", ["SyntaxError", "unterminated triple-quoted f-string literal (detected at line 1)", 1, 1, 1, 1]],
  ["f'''abc\n\n", ["SyntaxError", "unterminated triple-quoted f-string literal (detected at line 2)", 1, 1, 1, 1]],
  ["f'{x}}'", ["SyntaxError", "f-string: single '}' is not allowed", 1, 6, 1, 6]],
  ["f'{)}'", ["SyntaxError", "f-string: unmatched ')'", 1, 4, 1, 4]],
  ["f'{x)}'", ["SyntaxError", "f-string: unmatched ')'", 1, 5, 1, 5]],
  ["f'{1:{2:{3:{4}}}}'", ["SyntaxError", "f-string: expressions nested too deeply", 1, 11, 1, 11]],
  ["f'{x}' f'{y'", ["SyntaxError", "f-string: expecting '}'", 1, 12, 1, 12]],
  ["f'{#}'", ["SyntaxError", "'{' was never closed", 1, 3, 1, 0]],
  ["f'{x#}'", ["SyntaxError", "'{' was never closed", 1, 3, 1, 0]],
  ["f'\\{'", ["SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5]],
  ["f'{x:{y}}}'", ["SyntaxError", "f-string: single '}' is not allowed", 1, 10, 1, 10]],
  ["f'a\nb'", ["SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1, 1, 1]],
  ["x = (\n f'{x\n", ["SyntaxError", "'{' was never closed", 2, 4, 2, 0]],
  ["x = f'{1+\n", ["SyntaxError", "'{' was never closed", 1, 7, 1, 0]],
  ["def f(:\n  x = 'abc", ["SyntaxError", "unterminated string literal (detected at line 2)", 2, 7, 2, 7]],
  ["x = '\u20ac", ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]],
  ["x = ('\u20ac', \u20ac)", ["SyntaxError", "invalid character '€' (U+20AC)", 1, 11, 1, 11]],
  ["\ud83d\ude00 = 1", ["SyntaxError", "invalid character '😀' (U+1F600)", 1, 1, 1, 1]],
  ["a\ud83d\ude00 = 1", ["SyntaxError", "invalid character '😀' (U+1F600)", 1, 2, 1, 2]],
  ["x = '\ud83d\ude00' + \u20ac", ["SyntaxError", "invalid character '€' (U+20AC)", 1, 11, 1, 11]],
  ["x = 1 if y else \u00a0", ["SyntaxError", "invalid non-printable character U+00A0", 1, 17, 1, 17]],
  ["x = [\n\n\n", ["SyntaxError", "'[' was never closed", 1, 5, 1, 0]],
  ["x = '''\n\n'''\n'", ["SyntaxError", "unterminated string literal (detected at line 4)", 4, 1, 4, 1]],
  ["v = f\"z{ 1:{w}\n", ["SyntaxError", "'{' was never closed", 1, 8, 1, 0]],
  ["v = f'{x:{y}z\n'", ["SyntaxError", "f-string: expecting '}'", 2, 1, 2, 1]],
  ["f'{x:{y}}' f'{'", ["SyntaxError", "f-string: expecting '}'", 1, 15, 1, 15]],
  ["f'{a}{b!r}{c:>{d}}}'", ["SyntaxError", "f-string: single '}' is not allowed", 1, 19, 1, 19]],
  ["f'''{\n'''", ["SyntaxError", "f-string: expecting '}'", 2, 1, 2, 1]],
  ["f'{x}{'", ["SyntaxError", "f-string: expecting '}'", 1, 7, 1, 7]],
  ["x = f'{f'{1}'", ["SyntaxError", "'{' was never closed", 1, 7, 1, 0]],
  ["f'{)'", ["SyntaxError", "f-string: unmatched ')'", 1, 4, 1, 4]],
  ["f\"{'\\n'}\" f'{]}'", ["SyntaxError", "f-string: unmatched ']'", 1, 14, 1, 14]],
];

describe('tokenizer: token forms', () => {
  it('names, keywords and numbers', () => {
    expect(kv('x = 1\n')).toEqual([
      ['NAME', 'x'],
      ['OP', '='],
      ['NUMBER', '1'],
      ['NEWLINE', '\n'],
    ]);
    const nums = ['0', '00', '0_0', '123', '1_000', '0x_1f', '0XFF', '0o17', '0O7_7', '0b1', '0B1_0', '1.', '.5', '1.5', '1e5', '1E+5', '1e-5', '1.5j', '1J', '0j', '09.5', '09e1', '0_0.5', '1_0.0_1e1_0j', '5.j', '.5e-3'];
    for (const n of nums) expect(kv(n)).toEqual([['NUMBER', n], ['NEWLINE', '']]);
  });

  it('numbers directly followed by keywords (CPython accepts them with a warning)', () => {
    expect(ks('1if x else y')).toEqual(['NUMBER 1', 'NAME if', 'NAME x', 'NAME else', 'NAME y', 'NEWLINE', 'ENDMARKER']);
    expect(ks('0x1for')).toEqual(['NUMBER 0x1f', 'NAME or', 'NEWLINE', 'ENDMARKER']);
    expect(ks('1else')).toEqual(['NUMBER 1', 'NAME else', 'NEWLINE', 'ENDMARKER']);
    expect(ks('1.0else')).toEqual(['NUMBER 1.0', 'NAME else', 'NEWLINE', 'ENDMARKER']);
    expect(ks('1not in y')).toEqual(['NUMBER 1', 'NAME not', 'NAME in', 'NAME y', 'NEWLINE', 'ENDMARKER']);
    expect(ks('0o7and 1')).toEqual(['NUMBER 0o7', 'NAME and', 'NUMBER 1', 'NEWLINE', 'ENDMARKER']);
    expect(ks('1jor 2')).toEqual(['NUMBER 1j', 'NAME or', 'NUMBER 2', 'NEWLINE', 'ENDMARKER']);
  });

  it('all operators and delimiters', () => {
    const ops = '( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :='.split(' ');
    const toks = kv(ops.join(' '));
    expect(toks.slice(0, -1).map((t) => t[1])).toEqual(ops);
    expect(toks.slice(0, -1).every((t) => t[0] === 'OP')).toBe(true);
    expect(kv('a**=b')).toEqual([['NAME', 'a'], ['OP', '**='], ['NAME', 'b'], ['NEWLINE', '']]);
    expect(kv('...x..')).toEqual([['OP', '...'], ['NAME', 'x'], ['OP', '.'], ['OP', '.'], ['NEWLINE', '']]);
    expect(kv('x.y')).toEqual([['NAME', 'x'], ['OP', '.'], ['NAME', 'y'], ['NEWLINE', '']]);
  });

  it('characters that start no token come out as OP, for the parser to reject as CPython does', () => {
    expect(kv('$ ? ` ! <>').map((t) => t[1])).toEqual(['$', '?', '`', '!', '<>', '']);
  });

  it('strings with every prefix and quote form, value as written', () => {
    const strs = [`'a'`, `"a"`, `''`, `""`, `'''a'b''c'''`, `"""a\n"b"\n"""`, `r'\\\\'`, `R"\\"x"`, `u'x'`, `U"x"`, `b'x'`, `B'x'`, `br'x'`, `Rb'x'`, `rB"x"`, `BR'x'`, `'a\\'b'`, `'a\\\nb'`, `''''''`];
    for (const s of strs) {
      const toks = kv(s);
      expect(toks).toEqual([['STRING', s], ['NEWLINE', '']]);
    }
    // A name that only looks like a prefix
    expect(kv('bu"x"')).toEqual([['NAME', 'bu'], ['STRING', '"x"'], ['NEWLINE', '']]);
    expect(kv('ur"x"')).toEqual([['NAME', 'ur'], ['STRING', '"x"'], ['NEWLINE', '']]);
    expect(kv('fb"x"')).toEqual([['NAME', 'fb'], ['STRING', '"x"'], ['NEWLINE', '']]);
  });

  it('multi-line string positions', () => {
    const toks = tokenizeAll('x = """a\nbc"""  \ny', 'f');
    expect(toks[2]!.kind).toBe('STRING');
    expect(pos(toks[2]!)).toEqual([1, 4, 2, 5]);
    expect(pos(toks[3]!)).toEqual([2, 7, 2, 8]); // NEWLINE
    expect(pos(toks[4]!)).toEqual([3, 0, 3, 1]);
  });

  it('Unicode identifiers, NFKC-normalized', () => {
    expect(kv('été = 1')[0]).toEqual(['NAME', 'été']);
    expect(kv('ﬁle')[0]).toEqual(['NAME', 'file']); // U+FB01 LATIN SMALL LIGATURE FI
    expect(kv('𝔘𝔫𝔦𝔠𝔬𝔡𝔢')[0]).toEqual(['NAME', 'Unicode']);
    const t = tokenizeAll('𝔘 = 1', 'f')[0]!;
    expect(pos(t)).toEqual([1, 0, 1, 2]); // UTF-16 columns
    expect(kv('_x1 µ ℘')).toEqual([['NAME', '_x1'], ['NAME', 'μ'], ['NAME', '℘'], ['NEWLINE', '']]);
  });

  it('positions of simple tokens', () => {
    const toks = tokenizeAll('a  = bb + 1.5\n', 'f');
    expect(toks.map(pos)).toEqual([
      [1, 0, 1, 1],
      [1, 3, 1, 4],
      [1, 5, 1, 7],
      [1, 8, 1, 9],
      [1, 10, 1, 13],
      [1, 13, 1, 14],
      [2, 0, 2, 0],
    ]);
  });
});

describe('tokenizer: lines, indentation, NEWLINE', () => {
  it('synthesizes NEWLINE at EOF, then DEDENTs, then ENDMARKER forever', () => {
    const t = new Tokenizer('if x:\n  y', 'f');
    const kinds = [];
    for (let i = 0; i < 12; i++) kinds.push(t.next().kind);
    expect(kinds).toEqual(['NAME', 'NAME', 'OP', 'NEWLINE', 'INDENT', 'NAME', 'NEWLINE', 'DEDENT', 'ENDMARKER', 'ENDMARKER', 'ENDMARKER', 'ENDMARKER']);
    const toks = tokenizeAll('if x:\n  y', 'f');
    expect(toks[6]).toEqual({ kind: 'NEWLINE', value: '', line: 2, col: 3, endLine: 2, endCol: 4 });
    expect(pos(toks[4]!)).toEqual([2, 0, 2, 2]); // INDENT
    expect(pos(toks[7]!)).toEqual([3, 0, 3, 0]); // DEDENT
    expect(pos(toks[8]!)).toEqual([3, 0, 3, 0]); // ENDMARKER
  });

  it('empty and blank sources', () => {
    expect(ks('')).toEqual(['ENDMARKER']);
    expect(ks('\n\n  \n# c\n')).toEqual(['ENDMARKER']);
    expect(ks('# only a comment')).toEqual(['ENDMARKER']);
  });

  it('blank lines, comments and bracketed lines produce no NEWLINE or INDENT', () => {
    expect(ks('x = (1,\n     2)  # c\n\n   # indented comment\ny\n')).toEqual([
      'NAME x', 'OP =', 'OP (', 'NUMBER 1', 'OP ,', 'NUMBER 2', 'OP )', 'NEWLINE', 'NAME y', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('nested blocks', () => {
    expect(ks('if a:\n    if b:\n        c\n    d\ne\n')).toEqual([
      'NAME if', 'NAME a', 'OP :', 'NEWLINE', 'INDENT', 'NAME if', 'NAME b', 'OP :', 'NEWLINE', 'INDENT', 'NAME c', 'NEWLINE',
      'DEDENT', 'NAME d', 'NEWLINE', 'DEDENT', 'NAME e', 'NEWLINE', 'ENDMARKER',
    ]);
    expect(ks('if a:\n  if b:\n    c\n')).toEqual([
      'NAME if', 'NAME a', 'OP :', 'NEWLINE', 'INDENT', 'NAME if', 'NAME b', 'OP :', 'NEWLINE', 'INDENT', 'NAME c', 'NEWLINE',
      'DEDENT', 'DEDENT', 'ENDMARKER',
    ]);
  });

  it('tabs count to multiples of 8 and must be consistent', () => {
    expect(ks('if a:\n\tb\n\tc\n')).toContain('INDENT');
    expect(ks('if a:\n\tif b:\n\t\tc\n')).toEqual([
      'NAME if', 'NAME a', 'OP :', 'NEWLINE', 'INDENT', 'NAME if', 'NAME b', 'OP :', 'NEWLINE', 'INDENT', 'NAME c', 'NEWLINE', 'DEDENT', 'DEDENT', 'ENDMARKER',
    ]);
    // a tab after spaces still reaches the same column in both tab sizes only if consistent
    expect(err('if a:\n  \tb\n\tc\n').kind).toBe('TabError');
  });

  it('form feed resets the indentation column', () => {
    expect(ks('if a:\n    b\n\f    c\n')).toEqual(['NAME if', 'NAME a', 'OP :', 'NEWLINE', 'INDENT', 'NAME b', 'NEWLINE', 'NAME c', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
    expect(ks('\fx\n')).toEqual(['NAME x', 'NEWLINE', 'ENDMARKER']);
  });

  it('backslash continuation', () => {
    expect(ks('x = 1 + \\\n    2\n')).toEqual(['NAME x', 'OP =', 'NUMBER 1', 'OP +', 'NUMBER 2', 'NEWLINE', 'ENDMARKER']);
    // the first backslash fixes the indentation of the line
    expect(ks('if a:\n  \\\n b\n')).toEqual(['NAME if', 'NAME a', 'OP :', 'NEWLINE', 'INDENT', 'NAME b', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
  });

  it('\\r\\n and \\r line endings', () => {
    const a = tokenizeAll('if x:\r\n  y = """a\r\nb"""\r\n', 'f');
    const b = tokenizeAll('if x:\n  y = """a\nb"""\n', 'f');
    expect(a).toEqual(b);
    expect(tokenizeAll('x\ry\r', 'f')).toEqual(tokenizeAll('x\ny\n', 'f'));
    const t = new Tokenizer('a\r\nb\rc', 'f');
    expect(t.lines).toEqual(['a', 'b', 'c']);
  });

  it('lines', () => {
    expect(new Tokenizer('a\nb\n', 'f').lines).toEqual(['a', 'b']);
    expect(new Tokenizer('a\n\n', 'f').lines).toEqual(['a', '']);
    expect(new Tokenizer('', 'f').lines).toEqual([]);
  });
});

describe('tokenizer: f-strings (PEP 701)', () => {
  it('the example from token.ts', () => {
    expect(kv(`f"a{x!r:>{w}}b"`)).toEqual([
      ['FSTRING_START', 'f"'],
      ['FSTRING_MIDDLE', 'a'],
      ['OP', '{'],
      ['NAME', 'x'],
      ['OP', '!'],
      ['NAME', 'r'],
      ['OP', ':'],
      ['FSTRING_MIDDLE', '>'],
      ['OP', '{'],
      ['NAME', 'w'],
      ['OP', '}'],
      ['OP', '}'],
      ['FSTRING_MIDDLE', 'b'],
      ['FSTRING_END', '"'],
      ['NEWLINE', ''],
    ]);
  });

  it('positions', () => {
    const toks = tokenizeAll(`f"a{x}b"`, 'f');
    expect(toks.slice(0, 6).map(pos)).toEqual([
      [1, 0, 1, 2],
      [1, 2, 1, 3],
      [1, 3, 1, 4],
      [1, 4, 1, 5],
      [1, 5, 1, 6],
      [1, 6, 1, 7],
    ]);
    expect(pos(toks[6]!)).toEqual([1, 7, 1, 8]);
  });

  it('doubled braces collapse, and literal pieces merge into one FSTRING_MIDDLE', () => {
    expect(kv(`f'{{a}}b{{'`)).toEqual([['FSTRING_START', "f'"], ['FSTRING_MIDDLE', '{a}b{'], ['FSTRING_END', "'"], ['NEWLINE', '']]);
    const toks = tokenizeAll(`f'{{x}}'`, 'f');
    expect(pos(toks[1]!)).toEqual([1, 2, 1, 7]);
  });

  it('no empty FSTRING_MIDDLE', () => {
    expect(kv(`f''`)).toEqual([['FSTRING_START', "f'"], ['FSTRING_END', "'"], ['NEWLINE', '']]);
    expect(kv(`f'{x:}'`).map((t) => t[0])).toEqual(['FSTRING_START', 'OP', 'NAME', 'OP', 'OP', 'FSTRING_END', 'NEWLINE']);
  });

  it('all prefixes, raw and triple-quoted', () => {
    for (const p of ['f', 'F', 'rf', 'fr', 'Rf', 'fR', 'RF', 'FR']) {
      expect(kv(`${p}'x'`)[0]).toEqual(['FSTRING_START', `${p}'`]);
      expect(kv(`${p}"""x"""`)[0]).toEqual(['FSTRING_START', `${p}"""`]);
    }
    expect(kv(`rf'\\{x}'`)).toEqual([['FSTRING_START', "rf'"], ['FSTRING_MIDDLE', '\\'], ['OP', '{'], ['NAME', 'x'], ['OP', '}'], ['FSTRING_END', "'"], ['NEWLINE', '']]);
  });

  it('reused quotes, nesting to any depth', () => {
    expect(ks(`f'{f'{f'{1}'}'}'`)).toEqual([
      "FSTRING_START f'", 'OP {', "FSTRING_START f'", 'OP {', "FSTRING_START f'", 'OP {', 'NUMBER 1', 'OP }', "FSTRING_END '", 'OP }', "FSTRING_END '", 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER',
    ]);
    expect(ks(`f'{'a'}'`)).toEqual(["FSTRING_START f'", 'OP {', "STRING 'a'", 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER']);
  });

  it('format specs with nested fields, conversions, self-documenting =', () => {
    expect(ks(`f'{x=!r:>{w}.{p}f}'`)).toEqual([
      "FSTRING_START f'", 'OP {', 'NAME x', 'OP =', 'OP !', 'NAME r', 'OP :', 'FSTRING_MIDDLE >', 'OP {', 'NAME w', 'OP }', 'FSTRING_MIDDLE .', 'OP {', 'NAME p', 'OP }', 'FSTRING_MIDDLE f', 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER',
    ]);
    // the raw text of a self-documenting expression is recoverable from positions
    const src = `f'{ a + b = }'`;
    const t = new Tokenizer(src, 'f');
    const toks = tokenizeAll(src, 'f');
    const open = toks[1]!;
    const eq = toks.find((k) => k.value === '=')!;
    expect(t.lines[0]!.slice(open.endCol, eq.endCol)).toBe(' a + b =');
    // != is one operator; := at the top level starts a format spec
    expect(ks(`f'{a!=b}'`)).toContain('OP !=');
    expect(ks(`f'{x:=5}'`)).toEqual(["FSTRING_START f'", 'OP {', 'NAME x', 'OP :', 'FSTRING_MIDDLE =5', 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER']);
    expect(ks(`f'{(x:=5)}'`)).toContain('OP :=');
  });

  it('multi-line expressions and literal text', () => {
    expect(ks(`f'''a\n{\nx\n+ 1}\nb'''`)).toEqual([
      "FSTRING_START f'''", 'FSTRING_MIDDLE a\n', 'OP {', 'NAME x', 'OP +', 'NUMBER 1', 'OP }', 'FSTRING_MIDDLE \nb', "FSTRING_END '''", 'NEWLINE', 'ENDMARKER',
    ]);
    expect(ks(`f'{x\n}'`)).toEqual(["FSTRING_START f'", 'OP {', 'NAME x', 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER']);
    const toks = tokenizeAll(`f'''ab\ncd{x}'''`, 'f');
    expect(pos(toks[1]!)).toEqual([1, 4, 2, 2]);
  });

  it('escapes stay raw; \\N{...} is not a field', () => {
    expect(kv(`f'\\N{BULLET} {x}\\n\\''`)).toEqual([
      ['FSTRING_START', "f'"],
      ['FSTRING_MIDDLE', '\\N{BULLET} '],
      ['OP', '{'],
      ['NAME', 'x'],
      ['OP', '}'],
      ['FSTRING_MIDDLE', "\\n\\'"],
      ['FSTRING_END', "'"],
      ['NEWLINE', ''],
    ]);
  });

  it('a nested field leaves the format spec open, as in CPython 3.12.1', () => {
    expect(ks(`f'{1:{2}}}}'`)).toEqual(["FSTRING_START f'", 'OP {', 'NUMBER 1', 'OP :', 'OP {', 'NUMBER 2', 'OP }', 'OP }', 'FSTRING_MIDDLE }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER']);
    // ... so a newline after a nested field still ends the spec
    expect(ks(`f'{x:.{p}\n}'`)).toEqual(["FSTRING_START f'", 'OP {', 'NAME x', 'OP :', 'FSTRING_MIDDLE .', 'OP {', 'NAME p', 'OP }', 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER']);
  });

  it('a newline ends a format spec of a single-quoted f-string', () => {
    expect(ks(`f'{x:>\n}'`)).toEqual(["FSTRING_START f'", 'OP {', 'NAME x', 'OP :', 'FSTRING_MIDDLE >', 'OP }', "FSTRING_END '", 'NEWLINE', 'ENDMARKER']);
  });

  it('an unclosed field at the end of the f-string ends it (the parser reports the error)', () => {
    const t = new Tokenizer(`f'{x:'`, 'f');
    expect([1, 2, 3, 4, 5].map(() => t.next().kind)).toEqual(['FSTRING_START', 'OP', 'NAME', 'OP', 'FSTRING_END']);
    expect(() => t.next()).toThrow("'{' was never closed");
  });
});

describe('tokenizer: errors as CPython 3.12 reports them', () => {
  for (const [src, [kind, msg, lineno, offset, endLineno, endOffset]] of CPYTHON_ERRORS) {
    it(`${JSON.stringify(src).slice(0, 60)} -> ${msg}`, () => {
      const e = err(src);
      expect([e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual([kind, msg, lineno, offset, endLineno, endOffset]);
      expect(e.filename).toBe('f.py');
      expect(e.text).toBe(new Tokenizer(src, 'f').lines[lineno - 1]);
    });
  }

  it('null bytes', () => {
    const e = err('x = 1\ny = "a\0b"\n');
    expect([e.msg, e.lineno, e.offset, e.text]).toEqual(['source code cannot contain null bytes', 2, 0, 'y = "a']);
    // the lines before it are tokenized first
    const t = new Tokenizer('x = 1\n\0', 'f');
    expect(t.next().value).toBe('x');
    expect(t.next().value).toBe('=');
    expect(t.next().value).toBe('1');
    expect(t.next().kind).toBe('NEWLINE');
    expect(() => t.next()).toThrow('source code cannot contain null bytes');
  });

  it('unexpected character after a continuation in a continued line is reported on its own line', () => {
    // CPython counts this offset from the start of the first line (16); we keep it on the line.
    const e = err('x = 5 \\\n  + 3 \\ y');
    expect([e.msg, e.lineno, e.offset, e.text]).toEqual(['unexpected character after line continuation character', 2, 8, '  + 3 \\ y']);
  });

  it('is lazy: tokens before an error come out first', () => {
    const t = new Tokenizer('a b\nc = 0777\n', 'f');
    expect([t.next().value, t.next().value, t.next().kind, t.next().value, t.next().value]).toEqual(['a', 'b', 'NEWLINE', 'c', '=']);
    expect(() => t.next()).toThrow(PySyntaxError);
  });

  it('too many levels of indentation', () => {
    let src = '';
    for (let i = 0; i < 100; i++) src += ' '.repeat(i) + 'if x:\n';
    src += ' '.repeat(100) + 'pass\n';
    const e = err(src);
    expect([e.kind, e.msg, e.lineno, e.offset]).toEqual(['IndentationError', 'too many levels of indentation', 101, 1]);
  });

  it('too many nested f-strings', () => {
    const depth = 151;
    let src = '';
    for (let i = 0; i < depth; i++) src += "f'{";
    for (let i = 0; i < depth; i++) src += "}'";
    expect(err(src).msg).toBe('too many nested f-strings');
  });
});

describe('tokenizer: state for the parser', () => {
  it('errorCode tells how CPython raised the error', () => {
    const code = (src: string): string | null => {
      const t = new Tokenizer(src, 'f');
      try {
        for (;;) if (t.next().kind === 'ENDMARKER') return null;
      } catch {
        return t.errorCode;
      }
    };
    expect(code('x = 1\n')).toBe(null);
    expect(code('x = (1,\n')).toBe('E_EOF');
    expect(code('x = 1 + \\')).toBe('E_EOF');
    expect(code('if x:\n    a\n  b\n')).toBe('E_DEDENT');
    expect(code('if x:\n\tif y:\n        a\n')).toBe('E_TABSPACE');
    expect(code('x = 1 + \\ y')).toBe('E_LINECONT');
    expect(code("x = 'abc")).toBe('E_ERROR');
    expect(code('x = 1)')).toBe('E_ERROR');
  });

  it('an error is thrown again by later calls', () => {
    const t = new Tokenizer('x = 1)', 'f');
    expect(() => {
      for (;;) t.next();
    }).toThrow("unmatched ')'");
    expect(() => t.next()).toThrow("unmatched ')'");
  });

  it('open brackets and f-string state', () => {
    const t = new Tokenizer("x = [(\n f'{", 'f');
    expect(t.openBracket).toBe(null);
    for (let i = 0; i < 4; i++) t.next();
    expect(t.openBracket).toEqual({ char: '(', line: 1, col: 5 });
    expect(t.unclosedBracketError()?.msg).toBe("'(' was never closed");
    t.next();
    expect(t.inFString).toBe(true);
    t.next();
    expect(t.openBracket).toEqual({ char: '{', line: 2, col: 3 });
  });
});

describe('tokenizer: warnings', () => {
  it('collects the SyntaxWarnings CPython 3.12 issues while tokenizing', () => {
    const t = new Tokenizer("x = 1if y else 0x1for\nz = f'\\{a}' + rf'\\{b}'\n", 'f');
    while (t.next().kind !== 'ENDMARKER');
    expect(t.warnings).toEqual([
      { category: 'SyntaxWarning', msg: 'invalid decimal literal', lineno: 1 },
      { category: 'SyntaxWarning', msg: 'invalid hexadecimal literal', lineno: 1 },
      { category: 'SyntaxWarning', msg: "invalid escape sequence '\\{'", lineno: 2 },
    ]);
  });
});
