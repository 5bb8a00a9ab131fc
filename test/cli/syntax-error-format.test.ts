// The two SyntaxError printers against outputs taken from CPython 3.12
// (python3.12 x.py, and traceback.format_exception_only for py_compile).
import { describe, expect, it } from 'vitest';
import {
  formatSyntaxErrorOnly,
  formatUncaughtSyntaxError,
  pyRepr,
  syntaxErrorStr,
} from '../../src/cli/syntax-error.js';
import type { SyntaxErrorFields } from '../../src/cli/syntax-error.js';

function err(f: Partial<SyntaxErrorFields> & Pick<SyntaxErrorFields, 'msg' | 'lineno' | 'offset' | 'text'>): SyntaxErrorFields {
  return { kind: 'SyntaxError', filename: '/t/x.py', ...f };
}

describe('formatUncaughtSyntaxError (pythonrun.c)', () => {
  it('strips the indentation and shifts the caret', () => {
    const e = err({ msg: "expected ':'", lineno: 2, offset: 9, text: '    if x', endOffset: 9 });
    expect(formatUncaughtSyntaxError(e)).toBe(
      '  File "/t/x.py", line 2\n    if x\n        ^\nSyntaxError: expected \':\'\n',
    );
  });

  it('spans offset..endOffset with carets', () => {
    // python3.12: def f():\n        return foo(1 2)
    const e = err({
      msg: 'invalid syntax. Perhaps you forgot a comma?',
      lineno: 2,
      offset: 20,
      endOffset: 23,
      text: '        return foo(1 2)\n',
    });
    expect(formatUncaughtSyntaxError(e)).toBe(
      '  File "/t/x.py", line 2\n    return foo(1 2)\n               ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n',
    );
  });

  it('a multi-line span carets to the end of the first line', () => {
    // x = (1 +\n     2) = 3  -> offset 6, end (2, 7)
    const e = err({ msg: 'cannot assign to expression', lineno: 1, offset: 6, endLineno: 2, endOffset: 7, text: 'x = (1 +' });
    // From a file the line keeps its newline, which counts (python3.12 x.py)...
    expect(formatUncaughtSyntaxError(e, { fileSource: 'x = (1 +\n     2) = 3\n' })).toBe(
      '  File "/t/x.py", line 1\n    x = (1 +\n         ^^^\nSyntaxError: cannot assign to expression\n',
    );
    // ...from -c or stdin it does not.
    expect(formatUncaughtSyntaxError(e)).toBe(
      '  File "/t/x.py", line 1\n    x = (1 +\n         ^^\nSyntaxError: cannot assign to expression\n',
    );
  });

  it('IndentationError gets one caret, and none left of the text', () => {
    const unindent = err({
      kind: 'IndentationError',
      msg: 'unindent does not match any outer indentation level',
      lineno: 3,
      offset: 10,
      endOffset: 12,
      text: '    y = 2',
    });
    expect(formatUncaughtSyntaxError(unindent)).toBe(
      '  File "/t/x.py", line 3\n    y = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n',
    );
    // CPython reports "unexpected indent" at offset 4 for a 4-space indent: no caret.
    const unexpected = err({ kind: 'IndentationError', msg: 'unexpected indent', lineno: 3, offset: 4, text: '    y = 2\n' });
    expect(formatUncaughtSyntaxError(unexpected)).toBe(
      '  File "/t/x.py", line 3\n    y = 2\nIndentationError: unexpected indent\n',
    );
  });

  it('counts columns in characters', () => {
    const e = err({ msg: 'invalid syntax', lineno: 1, offset: 20, endOffset: 21, text: 's = "héllo wörld" +* 2' });
    expect(formatUncaughtSyntaxError(e)).toBe(
      '  File "/t/x.py", line 1\n    s = "héllo wörld" +* 2\n    ' + ' '.repeat(19) + '^\nSyntaxError: invalid syntax\n',
    );
  });

  it('without a line number or text', () => {
    expect(formatUncaughtSyntaxError(err({ msg: 'encoding problem: foo', lineno: 0, offset: 0, text: null }))).toBe(
      'SyntaxError: encoding problem: foo\n',
    );
    expect(formatUncaughtSyntaxError(err({ msg: 'bad', lineno: 4, offset: 0, text: null, filename: '<string>' }))).toBe(
      '  File "<string>", line 4\nSyntaxError: bad\n',
    );
    expect(
      formatUncaughtSyntaxError({ kind: 'RecursionError', msg: 'maximum recursion depth exceeded during compilation' } as never),
    ).toBe('RecursionError: maximum recursion depth exceeded during compilation\n');
  });
});

describe('formatSyntaxErrorOnly (traceback.py), as py_compile and compileall print', () => {
  it('same layout for the common case', () => {
    const e = err({ msg: "expected ':'", lineno: 2, offset: 5, endOffset: 5, text: 'if x\n', filename: 'a.py' });
    expect(formatSyntaxErrorOnly(e)).toBe('  File "a.py", line 2\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  });

  it('ignores end_lineno: the caret stops at end_offset of the first line', () => {
    const e = err({ msg: 'cannot assign to expression', lineno: 1, offset: 6, endLineno: 2, endOffset: 7, text: 'x = (1 +\n' });
    expect(formatSyntaxErrorOnly(e)).toBe(
      '  File "/t/x.py", line 1\n    x = (1 +\n         ^\nSyntaxError: cannot assign to expression\n',
    );
  });

  it('keeps tabs before the caret for alignment', () => {
    const e = err({ msg: 'invalid syntax', lineno: 1, offset: 4, endOffset: 5, text: 'x\t= =' });
    expect(formatSyntaxErrorOnly(e)).toBe('  File "/t/x.py", line 1\n    x\t= =\n     \t ^\nSyntaxError: invalid syntax\n');
  });
});

describe('str() and repr()', () => {
  it('SyntaxError str uses the basename', () => {
    const e = err({ kind: 'IndentationError', msg: 'unexpected indent', lineno: 3, offset: 4, text: '', filename: 'dir/c.py' });
    expect(syntaxErrorStr(e)).toBe('unexpected indent (c.py, line 3)');
  });

  it('repr of paths', () => {
    expect(pyRepr('Lib/x.py')).toBe("'Lib/x.py'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a\'b"c')).toBe("'a\\'b\"c'");
    expect(pyRepr('tab\there\n')).toBe("'tab\\there\\n'");
    expect(pyRepr('é')).toBe("'é'");
    expect(pyRepr('\x7f')).toBe("'\\x7f'");
  });
});
