/**
 * The worker script for Python threads (src/cli/early-worker.ts starts it for
 * the main thread; src/cli/thread-pool.ts's piscina pool loads it for others):
 * it runs the bundled worker (workers/python-main.ts, bundled by
 * tools/bundle-worker.mjs into python-main.bundle.cjs beside this file)
 * through V8's code cache (src/bundle-script.cts).
 *
 * Why: compiling the 1.4 MB bundle took 70 to 90 ms of every start, on the
 * path before Python runs; with a cache of its top level it took about 17 ms.
 * The cache is now made after a whole run (tools/train-code-caches.mjs), with
 * the functions the run compiled: loading it takes about 9 ms longer (1.7 MB
 * against 0.75), and the warm-up of the interpreter
 * (src/vm/interpreter-warmup.ts), which calls many of them for the first time,
 * about half as long (measured 2026-12-03, Node 20). An earlier trial of a
 * cache made after start-up had found the bundle's own start-up about 45 ms
 * slower; the time to a program's first line is what counts, and it is
 * shorter (docs/performance.md, `npm run bench:first-line`).
 *
 * This file is CommonJS (.cts) because a worker whose script is an ES module
 * first sets up Node's ES module loader, about 10 ms more per worker.
 */
import path = require('node:path');
import workerThreads = require('node:worker_threads');
import bundleScript = require('../src/bundle-script.cjs');

/** workerData: the build's heap-image run, or a thread pool's worker (workers/entry.ts). */
export interface LoaderOptions {
  role?: 'thread' | 'heap-image';
}

const bundlePath = path.join(__dirname, 'python-main.bundle.cjs');
const options = (workerThreads.workerData ?? {}) as LoaderOptions;

// The thread pool (piscina) requires this file and calls its default export. The worker of
// Python's main thread is the one the build's training run makes the cache from.
module.exports = bundleScript.runBundle(bundlePath, require, options.role === undefined);
