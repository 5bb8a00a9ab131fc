/**
 * The modules gilvm ships as Python source are frozen by the build
 * (tools/freeze-modules.mjs, run by `npm run build`, which `npm test` runs
 * first): each file must hold what the compiler makes of the current source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAGIC_NUMBER_VALUE } from '../../src/bytecode/cache.js';
import { serializeCode } from '../../src/bytecode/marshal.js';
import { compileSource } from '../../src/compiler/compile.js';
import { FROZEN_SOURCES, frozenPath, sourceHash, type FrozenFile } from '../../src/lib/frozen-modules.js';
import { ROOT } from '../cli/helpers.js';

describe('frozen modules', () => {
  for (const { name, filename, source } of FROZEN_SOURCES) {
    it(`${name}: the build's code is the current source compiled`, () => {
      const file = JSON.parse(readFileSync(join(ROOT, frozenPath(name)), 'utf8')) as FrozenFile;
      expect(file.magic).toBe(MAGIC_NUMBER_VALUE);
      expect(file.sourceHash).toBe(sourceHash(source));
      const fresh = Buffer.from(serializeCode(compileSource(source, filename, 'exec'))).toString('base64');
      expect(file.code === fresh).toBe(true);
    });
  }
});
