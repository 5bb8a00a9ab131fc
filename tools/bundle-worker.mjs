// Bundle the worker that runs Python (dist/workers/python-main.js and its imports, from tsc)
// into one CommonJS file, dist/workers/python-main.bundle.cjs, and make V8's code cache for it
// (python-main.bundle.v8cache), which workers/python-loader.cts loads it with. A worker loading
// ~200 ES modules spent about half a second of CPU resolving, reading and linking them before
// Python started; one bundle takes about half of that, and the code cache saves most of the
// bundle's compile (see docs/performance.md). Then the bundle's heap image (python-main.heap), which
// spares each worker the making of the heap's built-in objects. Run by `npm run build` after tsc.
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleToCjs } from './bundle-cjs.mjs';

const entry = fileURLToPath(new URL('../dist/workers/entry.js', import.meta.url));
// Each bundle gets an id of its own, which its heap image (below) must carry to be used.
const buildId = randomUUID();
const heapImage = entry.replace(/entry\.js$/, 'python-main.heap');
rmSync(heapImage, { force: true });
await bundleToCjs({
  entry,
  outfile: entry.replace(/entry\.js$/, 'python-main.bundle.cjs'),
  tool: 'bundle-worker',
  define: { __GILVM_BUILD_ID: JSON.stringify(buildId) },
});

// The code cache: made by the loader itself in a worker started as gilvm starts its workers,
// so that V8 accepts it there (its flags and version must match).
const { spawnPythonWorker } = await import('../dist/src/cli/early-worker.js');
const cacheMaker = spawnPythonWorker({ writeCodeCache: true });
const [exitCode] = await once(cacheMaker, 'exit');
if (exitCode !== 0) {
  console.error(`bundle-worker: making the code cache failed (worker exit code ${exitCode})`);
  process.exit(1);
}

// The heap image (src/objects/heap-image.ts): the bundle run in a worker in its 'heap-image' role,
// which makes the heap's built-in objects and writes them beside the bundle, stamped with buildId.
const imageMaker = spawnPythonWorker({ role: 'heap-image' });
const [imageExit] = await once(imageMaker, 'exit');
if (imageExit !== 0 || !existsSync(heapImage)) {
  console.error(`bundle-worker: making the heap image failed (worker exit code ${imageExit})`);
  process.exit(1);
}
