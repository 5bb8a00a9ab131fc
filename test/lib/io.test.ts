import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictGetStr, dictSet } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { namespace, runPy } from './py-helpers.js';

const CASES = JSON.parse(readFileSync(new URL('./fixtures/io-cases.json', import.meta.url), 'utf8')) as Record<
  string,
  { code: string; expected: string }
>;

const dirs: string[] = [];
beforeAll(() => {
  startRuntime();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('open() and file objects against CPython 3.12 (fixtures/io-cases.json)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gilvm-io-')));
      dirs.push(dir);
      const g = namespace();
      dictSet(g, intern('DIR'), newStr(dir));
      expect(runPy(c.code, g)).toBeNull();
      expect(strValue(dictGetStr(g, intern('r')))).toBe(c.expected);
    });
  }
});
