import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSys } from '../../src/lib/sys.js';
import { dictSet } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
import { newStr } from '../../src/objects/str.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { namespace, runPy } from './py-helpers.js';
import { dictGetStr } from '../../src/objects/dict.js';
import { strValue } from '../../src/objects/str.js';

interface Case {
  files: Record<string, string>;
  code: string;
  expected: string;
}
const CASES = JSON.parse(readFileSync(new URL('./fixtures/import-cases.json', import.meta.url), 'utf8')) as Record<string, Case>;

const dirs: string[] = [];
beforeAll(() => {
  startRuntime();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the import system against CPython 3.12 (fixtures/import-cases.json)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gilvm-import-')));
      dirs.push(dir);
      for (const [p, text] of Object.entries(c.files)) {
        mkdirSync(dirname(join(dir, p)), { recursive: true });
        writeFileSync(join(dir, p), text);
      }
      configureSys({ argv: [''], path0: dir, pythonPath: [], dontWriteBytecode: true, verbose: 0 });
      const g = namespace();
      dictSet(g, intern('DIR'), newStr(dir));
      const err = runPy(c.code, g);
      expect(err).toBeNull();
      expect(strValue(dictGetStr(g, intern('r')))).toBe(c.expected);
    });
  }
});
