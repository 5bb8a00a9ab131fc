import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { configureSys, getSwitchInterval } from '../../src/lib/sys.js';
import { stdlibPath } from '../../src/package-root.js';
import { dictGetStr } from '../../src/objects/dict.js';
import { intern } from '../../src/objects/intern.js';
import { strValue } from '../../src/objects/str.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { namespace, pyStr, runPy } from './py-helpers.js';

const CASES = JSON.parse(readFileSync(new URL('./fixtures/sys-cases.json', import.meta.url), 'utf8')) as Record<
  string,
  { code: string; expected: string }
>;

beforeAll(() => {
  startRuntime();
  configureSys({ argv: ['prog.py', 'a'], path0: '/nowhere', pythonPath: ['/extra'], dontWriteBytecode: false, verbose: 0 });
});

describe('sys against CPython 3.12 (fixtures/sys-cases.json)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const g = namespace();
      expect(runPy(c.code, g)).toBeNull();
      expect(strValue(dictGetStr(g, intern('r')))).toBe(c.expected);
    });
  }
});

describe('gilvm specifics', () => {
  it('argv and path come from the run configuration, the stdlib folder last', () => {
    expect(pyStr('import sys\nr = repr((sys.argv, sys.path[:2]))')).toBe("(['prog.py', 'a'], ['/nowhere', '/extra'])");
    expect(pyStr('import sys\nr = sys.path[-1]')).toBe(stdlibPath());
    expect(stdlibPath()).toMatch(/[\\/]stdlib$/);
  });
  it('implementation names gilvm and its cache tag', () => {
    expect(pyStr('import sys\nr = repr((sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2]))')).toBe(
      "('gilvm', 'gilvm-01', (3, 12))",
    );
  });
  it('the switch interval is shared through the heap', () => {
    expect(runPy('import sys\nsys.setswitchinterval(0.25)')).toBeNull();
    expect(getSwitchInterval()).toBe(0.25);
    expect(runPy('import sys\nsys.setswitchinterval(0.005)')).toBeNull();
  });
});
