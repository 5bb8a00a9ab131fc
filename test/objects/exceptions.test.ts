/**
 * Exception objects from TypeScript: construction through the classes,
 * str/repr, the subclasses' attributes, exception groups (split, subgroup,
 * except* matching and re-raising) and the traceback printer's pieces.
 * Expected values are CPython 3.12.1's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NULL, type Value } from '../../src/heap/layout.js';
import { listAppend, newList } from '../../src/objects/list.js';
import { newTuple } from '../../src/objects/tuple.js';
import { newBytes } from '../../src/objects/bytes.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { repr, str } from '../../src/vm/abstract.js';
import { getAttrString } from '../../src/vm/attributes.js';
import { callArray } from '../../src/vm/call.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { handleCount, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { exceptionGroupMatch, prepReraiseStar } from '../../src/objects/exceptions-group.js';
import { closestName, formatException, levenshteinDistance } from '../../src/vm/traceback.js';
import { EXC_CONTEXT, EXC_TRACEBACK } from '../../src/objects/exceptions.js';
import { setField } from '../../src/objects/typeobject.js';
import { E, int, pyError, S, s, strValue } from './str-helpers.js';

beforeAll(() => {
  startRuntime();
});

/** Keep everything made in f alive (no collection runs here anyway, but stay within the rules). */
function held<T>(f: () => T): T {
  const mark = handleCount();
  try {
    return f();
  } finally {
    releaseHandles(mark);
  }
}
const make = (cls: Value, ...args: Value[]): Value => {
  const v = callArray(cls, args);
  pushHandle(v);
  return v;
};
const R = (v: Value): string => strValue(repr(v));
const Str = (v: Value): string => strValue(str(v));
const list = (...items: Value[]): Value => {
  const l = newList(0);
  pushHandle(l);
  for (const x of items) listAppend(l, x);
  return l;
};

describe('BaseException', () => {
  it('keeps the positional arguments as args, with CPython str and repr', () =>
    held(() => {
      const e = make(E.ValueError, s('a'), int(2));
      expect(R(e)).toBe("ValueError('a', 2)");
      expect(Str(e)).toBe("('a', 2)");
      expect(R(make(E.Exception))).toBe('Exception()');
      expect(Str(make(E.KeyError, s('k')))).toBe("'k'");
      expect(R(getAttrString(make(E.TypeError, s('x')), 'args'))).toBe("('x',)");
    }));
  it('derives subclass attributes from args', () =>
    held(() => {
      expect(R(getAttrString(make(E.StopIteration, int(1), int(2)), 'value'))).toBe('1');
      expect(R(getAttrString(make(E.SystemExit, int(1), int(2)), 'code'))).toBe('(1, 2)');
      expect(getAttrString(make(E.SystemExit), 'code')).toBe(S.None);
      const os = make(E.OSError, int(2), s('No such file or directory'), s('x'));
      expect(strValue(getAttrString(typeOf(os), '__name__'))).toBe('FileNotFoundError');
      expect(Str(os)).toBe("[Errno 2] No such file or directory: 'x'");
      expect(R(getAttrString(os, 'args'))).toBe("(2, 'No such file or directory')");
      const syn = make(E.SyntaxError, s('invalid syntax'), newTuple([s('f.py'), int(3), int(4), s('x = ('), int(3), int(5)]));
      expect(Str(syn)).toBe('invalid syntax (f.py, line 3)');
      const bytes = newBytes(Uint8Array.of(0xff));
      pushHandle(bytes);
      expect(Str(make(E.UnicodeDecodeError, s('utf-8'), bytes, int(0), int(1), s('invalid start byte')))).toBe(
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
      );
    }));
  it('rejects keywords and bad attribute values with CPython messages', () =>
    held(() => {
      expect(pyError(() => make(E.ExceptionGroup, s('a')))).toBe('TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)');
      expect(pyError(() => make(E.ExceptionGroup, s('a'), list()))).toBe(
        'ValueError: second argument (exceptions) must be a non-empty sequence',
      );
      expect(pyError(() => make(E.ExceptionGroup, s('a'), list(make(E.KeyboardInterrupt))))).toBe(
        'TypeError: Cannot nest BaseExceptions in an ExceptionGroup',
      );
    }));
});


describe('exception groups', () => {
  it('promotes BaseExceptionGroup to ExceptionGroup and splits by type', () =>
    held(() => {
      const eg = make(E.BaseExceptionGroup, s('many'), list(make(E.ValueError, int(1)), make(E.TypeError, int(2)), make(E.ValueError, int(3))));
      expect(typeOf(eg)).toBe(E.ExceptionGroup);
      expect(Str(eg)).toBe('many (3 sub-exceptions)');
      const pair = callArray(getAttrString(eg, 'split'), [E.ValueError]);
      pushHandle(pair);
      expect(R(pair)).toBe("(ExceptionGroup('many', [ValueError(1), ValueError(3)]), ExceptionGroup('many', [TypeError(2)]))");
      expect(R(callArray(getAttrString(eg, 'subgroup'), [E.KeyError]))).toBe('None');
    }));
  it('matches for except*: naked exceptions are wrapped, groups split', () =>
    held(() => {
      const naked = make(E.TypeError, s('naked'));
      const [m1, r1] = exceptionGroupMatch(naked, E.TypeError);
      pushHandle(m1);
      expect(R(m1)).toBe("ExceptionGroup('', (TypeError('naked'),))");
      expect(r1).toBe(S.None);
      const [m2, r2] = exceptionGroupMatch(naked, E.ValueError);
      expect([m2, r2]).toEqual([S.None, naked]);
    }));
  it('re-raises what except* clauses left: raised ones first, then the unhandled part', () =>
    held(() => {
      const orig = make(E.ExceptionGroup, s('g'), list(make(E.ValueError, int(1)), make(E.TypeError, int(2))));
      setField(orig, EXC_TRACEBACK, NULL);
      const [match, rest] = exceptionGroupMatch(orig, E.ValueError);
      pushHandle(match);
      pushHandle(rest);
      // Raised inside the clause: its context is the matched part, so it is not a re-raise.
      const raised = make(E.KeyError, s('x'));
      setField(raised, EXC_CONTEXT, match);
      const r = prepReraiseStar(orig, list(raised, rest));
      expect(R(r)).toBe("ExceptionGroup('', [KeyError('x'), ExceptionGroup('g', [TypeError(2)])])");
      expect(prepReraiseStar(orig, list(S.None))).toBe(S.None);
    }));
});

describe('traceback display', () => {
  it('draws a group without tracebacks in boxes', () =>
    held(() => {
      const inner = make(E.ExceptionGroup, s('nested'), list(make(E.TypeError, s('deep'))));
      const eg = make(E.ExceptionGroup, s('outer'), list(make(E.ValueError, s('v')), inner));
      expect(formatException(eg)).toBe(
        [
          '  | ExceptionGroup: outer (2 sub-exceptions)',
          '  +-+---------------- 1 ----------------',
          '    | ValueError: v',
          '    +---------------- 2 ----------------',
          '    | ExceptionGroup: nested (1 sub-exception)',
          '    +-+---------------- 1 ----------------',
          '      | TypeError: deep',
          '      +------------------------------------',
          '',
        ].join('\n'),
      );
    }));
  it('computes suggestions with the Levenshtein rule of traceback.py', () => {
    expect(levenshteinDistance('pirnt', 'print', 10)).toBe(4);
    expect(levenshteinDistance('Abc', 'abc', 10)).toBe(1);
    expect(closestName('pirnt', ['print', 'len', 'pow'])).toBe('print');
    expect(closestName('countr', ['counter', 'f', '__name__'])).toBe('counter');
    expect(closestName('xyz', ['abc', 'print'])).toBe(null);
    expect(closestName('timout', ['timeout', 'timeout2'])).toBe('timeout');
  });
});
