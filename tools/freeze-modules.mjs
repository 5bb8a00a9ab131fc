// Freeze the modules gilvm ships as Python source (src/lib/frozen-modules.ts's FROZEN_SOURCES):
// compile each with gilvm's compiler (from dist/, so run after tsc) and write the serialized code
// to dist/frozen/NAME.json with the bytecode magic number and the source's hash. `import random`
// then loads ready code instead of compiling 600 lines in a cold worker (about 200 ms). Run by
// `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { compileSource } = await load('src/compiler/compile.js');
const { serializeCode } = await load('src/bytecode/marshal.js');
const { MAGIC_NUMBER_VALUE } = await load('src/bytecode/cache.js');
const { FROZEN_SOURCES, frozenPath, sourceHash } = await load('src/lib/frozen-modules.js');

for (const { name, filename, source } of FROZEN_SOURCES) {
  const code = serializeCode(compileSource(source, filename, 'exec'));
  const out = join(root, frozenPath(name));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ magic: MAGIC_NUMBER_VALUE, sourceHash: sourceHash(source), code: Buffer.from(code).toString('base64') }));
}
