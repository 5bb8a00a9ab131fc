/**
 * The worker script for Python threads (src/cli/early-worker.ts starts it for
 * the main thread; src/cli/thread-pool.ts's piscina pool loads it for others):
 * it runs the bundled worker (workers/python-main.ts, bundled by
 * tools/bundle-worker.mjs into python-main.bundle.cjs beside this file)
 * through V8's code cache.
 *
 * Why: compiling the 1.4 MB bundle took 70 to 90 ms of every start, on the
 * path before Python runs; with the code cache it takes about 17 ms. The
 * cache holds the bytecode of what V8 compiles before running the script (its
 * top level, not the functions compiled lazily later): a cache made after the
 * bundle had run, with all the functions start-up had compiled, loaded as
 * fast but made the bundle's own start-up about 45 ms slower (measured with
 * Node 20). A cache V8 rejects (another Node version, other V8 flags) only
 * costs the compile: V8 then compiles the source as usual.
 *
 * This file is CommonJS (.cts) because a worker whose script is an ES module
 * first sets up Node's ES module loader, about 10 ms more per worker.
 *
 * The build makes the cache by starting this worker with `writeCodeCache` in
 * its workerData: it compiles the bundle, writes the cache and ends.
 */
import path = require('node:path');
import workerThreads = require('node:worker_threads');
import bundleScript = require('../src/bundle-script.cjs');

/** workerData: the build's cache-making run, its heap-image run, or a thread pool's worker (workers/entry.ts). */
export interface LoaderOptions {
  writeCodeCache?: boolean;
  role?: 'thread' | 'heap-image';
}

const bundlePath = path.join(__dirname, 'python-main.bundle.cjs');
const options = (workerThreads.workerData ?? {}) as LoaderOptions;

if (options.writeCodeCache) {
  bundleScript.writeCodeCache(bundlePath);
} else {
  // The thread pool (piscina) requires this file and calls its default export.
  module.exports = bundleScript.runBundle(bundlePath, require);
}
