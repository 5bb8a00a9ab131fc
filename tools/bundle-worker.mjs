// Bundle the worker that runs Python (dist/workers/python-main.js and its imports, from tsc)
// into one file, dist/workers/python-main.bundle.cjs, which workers/python-loader.cts loads. A
// worker loading ~200 ES modules spent about half a second of CPU resolving, reading and linking
// them before Python started; one bundle takes about half of that, and its code cache
// (python-main.bundle.v8cache, made at the end of the build by tools/train-code-caches.mjs)
// saves most of the rest (see docs/performance.md). Then the bundle's heap image
// (python-main.heap), which spares each worker the making of the heap's built-in objects. Run by
// `npm run build` after tsc.
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

const { spawnPythonWorker } = await import('../dist/src/cli/early-worker.js');

// The heap image (src/objects/heap-image.ts): the bundle run in a worker in its 'heap-image' role,
// which makes the heap's built-in objects and writes them beside the bundle, stamped with buildId.
const imageMaker = spawnPythonWorker({ role: 'heap-image' });
const [imageExit] = await once(imageMaker, 'exit');
if (imageExit !== 0 || !existsSync(heapImage)) {
  console.error(`bundle-worker: making the heap image failed (worker exit code ${imageExit})`);
  process.exit(1);
}
