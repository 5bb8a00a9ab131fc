import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Tokenizer } from '../../src/compiler/tokenizer.js';
import { decodeSource } from '../../src/compiler/source.js';
import { PySyntaxError } from '../../src/compiler/errors.js';
import type { Token } from '../../src/compiler/token.js';

const SAMPLES = [
  'def f(a, b=1, *args, c: int = 2, **kw) -> None:\n    """Doc."""\n    return a + b\n',
  'class C(Base, metaclass=M):\n    x: int = 0x_ff\n\n    @property\n    def y(self):\n        return self.x ** 2\n',
  'for i in range(10):\n\tif i % 2 == 0:\n\t\tcontinue\n\telse:\n\t\tprint(i, end="")\n',
  'x = [1, 2.5, 3j, 1e-5, 0o17, 0b1010, 1_000_000]\ny = {k: v for k, v in zip("ab", b"cd")}\n',
  "s = f'{x!r:>{width}} {y=} {{literal}} {f\"{nested}\"}'\nt = rf'\\d{n}'\n",
  'msg = f"""\n  {a +\n   b}\n  {c:%Y-%m-%d}\n"""\n',
  'async def g():\n    async with a as b:\n        await c\n    result = [x async for x in d]\n',
  'match p:\n    case [x, y, *rest] if x > y:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case _:\n        pass\n',
  'lambda x, /, y: (x := y) or ...\nz = a if b else c  # comment\n',
  'try:\n    1 / 0\nexcept* (ValueError, TypeError) as e:\n    raise\nfinally:\n    del e\n',
  "x = '''multi\nline''' + \"\"\"other\n\"\"\" + r'\\'' + u'x' + br'\\x'\n",
  'if a:\r\n    b = \\\r\n        c\r\n',
  'type Point[T] = tuple[T, T]\ndef f[T: int, *Ts, **P](x: T) -> T: ...\n',
  'été = ﬁ = 𝔘 = "é€😀"\n',
  'x = (1 +\n     2)\n\n\n   # indented comment\ny = [\n]\n',
];

const PYTHONISH = [
  ...'()[]{}\'"\\#:=!\n\t \f\r0123456789_.xobejJ+-*/<>@%&|^~,;$?`abcfrFRBU',
  'f"', "f'", 'rb"', "'''", '"""', '€', '\u00a0', '\x01', '\0', 'é', '😀', '\ud800', '{{', '}}', '\\N{', '0x', '1e', '0o', '0b', '    ', '\n  ', 'if x:\n', 'def', 'lambda',
];

/** Tokenizes with a step limit; returns the tokens or the PySyntaxError; anything else fails the test. */
function run(src: string): Token[] | PySyntaxError {
  const t = new Tokenizer(src, 'p.py');
  const toks: Token[] = [];
  const limit = src.length * 4 + 50;
  try {
    for (let i = 0; i < limit; i++) {
      const tok = t.next();
      toks.push(tok);
      if (tok.kind === 'ENDMARKER') {
        if (t.next().kind !== 'ENDMARKER') throw new Error('ENDMARKER is not repeated');
        return toks;
      }
    }
  } catch (e) {
    if (e instanceof PySyntaxError) {
      if (!(e.lineno >= 1 && e.offset >= 0 && e.msg.length > 0)) throw new Error(`bad error location: ${e.message} ${e.lineno}:${e.offset}`);
      return e;
    }
    throw e;
  }
  throw new Error(`no ENDMARKER after ${limit} tokens for ${JSON.stringify(src)}`);
}

/** Token positions are ordered and, where the value is the source text, cover it exactly. */
function checkPositions(src: string, toks: Token[]): void {
  const lines = new Tokenizer(src, 'p.py').lines;
  const text = (t: Token): string => {
    if (t.line === t.endLine) return (lines[t.line - 1] ?? '').slice(t.col, t.endCol);
    const parts = [(lines[t.line - 1] ?? '').slice(t.col)];
    for (let l = t.line + 1; l < t.endLine; l++) parts.push(lines[l - 1] ?? '');
    parts.push((lines[t.endLine - 1] ?? '').slice(0, t.endCol));
    return parts.join('\n');
  };
  let prevLine = 1;
  let prevCol = 0;
  const check = (ok: boolean, t: Token, what: string): void => {
    if (!ok) throw new Error(`${what}: ${JSON.stringify(t)} in ${JSON.stringify(src)}`);
  };
  for (const t of toks) {
    check(t.line <= t.endLine, t, 'ends before it starts');
    check(t.line > prevLine || (t.line === prevLine && t.col >= prevCol), t, 'out of order');
    prevLine = t.endLine;
    prevCol = t.endCol;
    if (t.kind === 'NEWLINE') prevCol = t.col; // the NEWLINE's end is past the line
    if (t.kind === 'OP' || t.kind === 'NUMBER' || t.kind === 'STRING' || t.kind === 'FSTRING_START' || t.kind === 'FSTRING_END') {
      check(text(t) === t.value, t, 'positions do not cover the value');
    } else if (t.kind === 'NAME' && /^[\x00-\x7f]*$/.test(text(t))) {
      check(text(t) === t.value, t, 'positions do not cover the name');
    }
  }
}

const mutated = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...PYTHONISH)), { minLength: 1, maxLength: 6 }),
  )
  .map(([s, edits]) => {
    let src = s;
    for (const [p, op, ch] of edits) {
      const i = src.length === 0 ? 0 : p % (src.length + 1);
      if (op === 0) src = src.slice(0, i) + ch + src.slice(i);
      else if (op === 1) src = src.slice(0, i) + src.slice(i + 1);
      else src = src.slice(0, i) + ch + src.slice(i + 1);
    }
    return src;
  });

describe('tokenizer properties', () => {
  it('valid samples tokenize, with consistent positions', () => {
    for (const s of SAMPLES) {
      const r = run(s);
      expect(r).toBeInstanceOf(Array);
      checkPositions(s, r as Token[]);
    }
  });

  it('random strings: only PySyntaxError, always terminates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = run(s);
        if (Array.isArray(r)) checkPositions(s, r);
      }),
      { numRuns: 1500 },
    );
  });

  it('random Python-like strings: only PySyntaxError, always terminates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PYTHONISH), { maxLength: 80 }).map((a) => a.join('')), (s) => {
        const r = run(s);
        if (Array.isArray(r)) checkPositions(s, r);
      }),
      { numRuns: 5000 },
    );
  });

  it('mutated valid code: only PySyntaxError, always terminates', () => {
    fc.assert(
      fc.property(mutated, (s) => {
        const r = run(s);
        if (Array.isArray(r)) checkPositions(s, r);
      }),
      { numRuns: 5000 },
    );
  });

  it('decodeSource on random bytes: a string or a PySyntaxError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), fc.constantFrom('', '# coding: latin-1\n', '# coding: cp1252\n', '\xef\xbb\xbf', 'x = "', '# coding: foo\n'), (b, prefix) => {
        const bytes = new Uint8Array([...Array.from(prefix, (c) => c.charCodeAt(0)), ...b]);
        try {
          expect(typeof decodeSource(bytes, 'p.py')).toBe('string');
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
