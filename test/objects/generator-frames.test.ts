/**
 * Generator, coroutine and async-generator frames (gi_frame, cr_frame,
 * ag_frame), PEP 479's RuntimeError by kind of code, `async for` and `await`
 * over classes, async comprehensions, and closing a dropped generator
 * (src/vm/generator-finalize.ts). Expected lines: CPython 3.12.1 running the
 * same snippets (with class-helpers' prelude).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { compileSource } from '../../src/compiler/compile.js';
import { type Ref } from '../../src/heap/layout.js';
import { loadCode } from '../../src/objects/code.js';
import { dictDel, dictGetStr, dictSet, newDict } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
import { listGet, listLength } from '../../src/objects/list.js';
import { rootGet, ROOT_BUILTINS } from '../../src/objects/roots.js';
import { strValue } from '../../src/objects/str.js';
import { runCode } from '../../src/vm/interpreter.js';
import {
  closeKeptGenerators,
  closeSuspendedAtExit,
  closingRunsCode,
  dropGenerator,
  isReachable,
  keepDroppedGenerators,
} from '../../src/vm/generator-finalize.js';
import { newValueArray, valueArrayBase, valueArraySet } from '../../src/objects/arrays.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../../src/vm/thread-state.js';
import { PRELUDE, runSnippet } from './class-helpers.js';

beforeAll(() => {
  startRuntime();
});

describe('frame objects of generators', () => {
  test('gi_frame, cr_frame, ag_frame', () => {
    expect(
      runSnippet(`
def gen(n):
    x = 1
    try:
        yield n
    finally:
        p('finally', n)
g = gen(2)
fr = g.gi_frame
first = gen.__code__.co_firstlineno
p(type(fr).__name__, fr is g.gi_frame, fr.f_code is g.gi_code, fr.f_lineno - first, fr.f_locals, fr.f_back, fr.f_globals is globals(), fr.f_builtins['len'] is len)
next(g)
p(fr.f_lineno - first, sorted(fr.f_locals.items()), fr.f_back, repr(fr).startswith('<frame at 0x'), repr(fr).endswith(', line %d, code gen>' % (first + 3)))
fr.clear()
p(g.gi_frame, g.gi_suspended)
def inner():
    f = g2.gi_frame
    p('running', f.f_back.f_code.co_name, f.f_back.f_lineno - first)
    yield 1
g2 = inner()
next(g2)
p(g2.gi_frame.f_back)
list(g2)
p(g2.gi_frame)
async def co():
    return 1
c = co()
p(c.cr_frame is not None, c.cr_frame.f_code.co_name)
c.close()
p(c.cr_frame)
async def ag():
    yield 1
a = ag()
p(a.ag_frame.f_code.co_name, a.ag_running)
`),
    ).toEqual([
      "frame True True 0 {'n': 2} None True True",
      "3 [('n', 2), ('x', 1)] None True True",
      'finally 2',
      'None False',
      'running <module> 19',
      'None',
      'None',
      'True co',
      'None',
      'ag False',
    ]);
  });
});

describe('coroutines and async iteration', () => {
  test("StopIteration's RuntimeError by kind of code; async for, await and async comprehensions over classes", () => {
    expect(
      runSnippet(`
async def co_stop():
    raise StopIteration(1)
try:
    co_stop().send(None)
except RuntimeError as e:
    p('1', e, type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
async def co_astop():
    raise StopAsyncIteration
try:
    co_astop().send(None)
except StopAsyncIteration as e:
    p('2 passes through', type(e).__name__)
async def ag_astop():
    raise StopAsyncIteration
    yield
try:
    ag_astop().__anext__().send(None)
except RuntimeError as e:
    p('3', e)
def g_stop():
    raise StopIteration
    yield
try:
    next(g_stop())
except RuntimeError as e:
    p('4', e)
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class It:
    def __init__(self):
        self.k = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.k += 1
        if self.k > 2:
            raise StopIteration('value')
        return self.k
class Aw:
    def __await__(self):
        return It()
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    got = [v async for v in Count(3)]
    async for v in Count(2):
        got.append(-v)
    r = await Aw()
    sq = [v async for v in agen(3)]
    return got, r, sq
c = main()
ticks = []
try:
    while True:
        ticks.append(c.send(None))
except StopIteration as e:
    p('5', e.value, ticks)
`),
    ).toEqual([
      '1 coroutine raised StopIteration StopIteration True True',
      '2 passes through StopAsyncIteration',
      '3 async generator raised StopAsyncIteration',
      '4 generator raised StopIteration',
      "5 ([1, 2, 3, -1, -2], 'value', [0, 10, 20]) [1, 2]",
    ]);
  });
});

describe('closing a dropped generator', () => {
  test('closed only when suspended in a handler and unreachable', () => {
    const code = loadCode(
      compileSource(
        PRELUDE +
          `
def with_finally(tag):
    try:
        yield 1
    finally:
        p('finally', tag)
def plain():
    yield 1
g = with_finally('g')
next(g)
h = plain()
next(h)
fresh = with_finally('fresh')
`,
        '<snippet>',
        'exec',
      ),
    );
    const mark = handleCount();
    try {
      pushHandle(code);
      const globals = newDict();
      const hg = pushHandle(globals);
      const builtins = rootGet(ROOT_BUILTINS);
      dictSet(globals, intern('__builtins__'), builtins);
      dictSet(globals, intern('__name__'), intern('__main__'));
      runCode(code, globals, globals, builtins);
      const lines = (): string[] => {
        const out = dictGetStr(getHandle(hg), intern('_out'));
        const got: string[] = [];
        for (let i = 0; i < listLength(out); i++) got.push(strValue(listGet(out, i)));
        return got;
      };
      // JS locals only (no handles: handles are roots): nothing runs Python code until dropGenerator.
      const get = (name: string): Ref => dictGetStr(getHandle(hg), intern(name));
      const g = get('g');
      const h = get('h');
      const fresh = get('fresh');
      expect([closingRunsCode(g), closingRunsCode(h), closingRunsCode(fresh)]).toEqual([true, false, false]);
      // Still a global: reachable, left alone.
      expect(isReachable(g)).toBe(true);
      dropGenerator(g);
      expect(lines()).toEqual([]);
      // Gone from the globals: nothing refers to it, so dropping it closes it and its finally runs.
      dictDel(getHandle(hg), intern('g'));
      dictDel(getHandle(hg), intern('h'));
      expect(isReachable(g)).toBe(false);
      dropGenerator(h);
      dropGenerator(g);
      expect(lines()).toEqual(['finally g']);
      // Words an exception drops: kept in handles, closed once nothing else refers to them, top first.
      runCode(
        loadCode(compileSource("m = with_finally('m')\nnext(m)\nn = with_finally('n')\nnext(n)\n", '<snippet>', 'exec')),
        getHandle(hg), getHandle(hg), builtins,
      );
      const words = newValueArray(3);
      pushHandle(words);
      valueArraySet(words, 0, get('m'));
      valueArraySet(words, 2, get('n'));
      dictDel(getHandle(hg), intern('m'));
      dictDel(getHandle(hg), intern('n'));
      const base = valueArrayBase(words);
      const kept = keepDroppedGenerators(base, base + 3);
      i32.fill(0, base, base + 3);
      closeKeptGenerators(kept);
      expect(lines()).toEqual(['finally g', 'finally n', 'finally m']);
      // The end of the program closes the suspended ones left (started, under a handler).
      runCode(loadCode(compileSource("k = with_finally('k')\nnext(k)\n", '<snippet>', 'exec')), getHandle(hg), getHandle(hg), builtins);
      closeSuspendedAtExit();
      expect(lines()).toEqual(['finally g', 'finally n', 'finally m', 'finally k']);
    } finally {
      releaseHandles(mark);
    }
  });
});
