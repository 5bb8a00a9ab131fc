/**
 * Tokens, as produced by the tokenizer and consumed by the parser.
 *
 * The token kinds are CPython 3.12's (Lib/token.py), f-strings included:
 * PEP 701 tokenizes `f"a{x!r:>{w}}b"` as
 *   FSTRING_START 'f"'  FSTRING_MIDDLE 'a'  OP '{'  NAME 'x'  OP '!'  NAME 'r'
 *   OP ':'  FSTRING_MIDDLE '>'  OP '{'  NAME 'w'  OP '}'  OP '}'
 *   FSTRING_MIDDLE 'b'  FSTRING_END '"'
 * so that expressions inside replacement fields are ordinary tokens.
 *
 * Positions: `line`/`endLine` are 1-based; `col`/`endCol` are 0-based
 * offsets in UTF-16 code units into the source line (JS string indices).
 * The AST uses the same convention.
 */
export type TokenKind =
  | 'ENDMARKER'
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'OP'
  | 'FSTRING_START'
  | 'FSTRING_MIDDLE'
  | 'FSTRING_END';

export interface Token {
  kind: TokenKind;
  /**
   * The token's text as written in the source (for STRING: prefix and
   * quotes included; for NEWLINE: '' at EOF else the newline; for
   * FSTRING_MIDDLE: the decoded-later raw text, with `{{`/`}}` already
   * collapsed to `{`/`}`; for INDENT/DEDENT/ENDMARKER: '').
   */
  value: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}
