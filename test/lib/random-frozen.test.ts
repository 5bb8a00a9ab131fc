// The frozen code of the random module (src/lib/random-frozen.ts) must be what
// gilvm's compiler makes of src/lib/random-source.ts now; when this fails, run
//   npm run build && node tools/freeze-random.mjs
// (the module still works meanwhile: it compiles the source when the hash or
// the magic number differ, but a compiler change that keeps both is caught only here).
import { describe, expect, it } from 'vitest';
import { MAGIC_NUMBER_VALUE } from '../../src/bytecode/cache.js';
import { serializeCode } from '../../src/bytecode/marshal.js';
import { compileSource } from '../../src/compiler/compile.js';
import { FROZEN_RANDOM_CODE, FROZEN_RANDOM_MAGIC, FROZEN_RANDOM_SOURCE_HASH } from '../../src/lib/random-frozen.js';
import { RANDOM_FILENAME, RANDOM_SOURCE, randomSourceHash } from '../../src/lib/random-source.js';

describe('frozen random module', () => {
  it('was made from the current source and bytecode version', () => {
    expect(FROZEN_RANDOM_SOURCE_HASH).toBe(randomSourceHash());
    expect(FROZEN_RANDOM_MAGIC).toBe(MAGIC_NUMBER_VALUE);
  });

  it('is what the compiler makes of the source now', () => {
    const fresh = Buffer.from(serializeCode(compileSource(RANDOM_SOURCE, RANDOM_FILENAME, 'exec'))).toString('base64');
    expect(fresh === FROZEN_RANDOM_CODE).toBe(true);
  });
});
