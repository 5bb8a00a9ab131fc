/**
 * How bin/gilvm.js loads the CLI: from one bundle of src/cli/main.ts and
 * everything it imports, the compiler included (main.bundle.cjs beside this
 * file, made by tools/bundle-cli.mjs), through V8's code cache, as the
 * worker loads its own (workers/python-loader.cts).
 *
 * Why: Node's ES module loader took about 100 ms of the main thread at each
 * start to resolve, read, compile and link the CLI's ~90 modules (25 ms for
 * main.js, 55 ms for the compiler, 20 ms for run-program.js), and the main
 * thread, which compiles `__main__` after loading them, reached the worker
 * after it had booted: for go.py, 40 ms of waiting on every run.
 *
 * This file is CommonJS (.cts) so that it can compile the bundle with
 * node:vm (ES modules take no code cache). The cache is made by the build's
 * training run (tools/train-code-caches.mjs), in which this thread writes it.
 * A missing bundle (the TypeScript sources run directly) gives null: the
 * caller imports main.js instead. A cache V8 rejects (another Node version,
 * other V8 flags) only costs the compile.
 */
import fs = require('node:fs');
import path = require('node:path');
import bundleScript = require('../bundle-script.cjs');

/** What the CLI's bundle exports (src/cli/main.ts). */
interface CliModule {
  main(): Promise<void>;
}

const bundlePath = path.join(__dirname, 'main.bundle.cjs');

/** The CLI from its bundle, or null when there is no bundle. */
function loadCli(): CliModule | null {
  if (!fs.existsSync(bundlePath)) return null;
  return bundleScript.runBundle(bundlePath, require, true) as CliModule;
}

// bin/gilvm.js requires this file.
export = { loadCli };
