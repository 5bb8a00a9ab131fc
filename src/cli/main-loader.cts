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
 * node:vm (ES modules take no code cache). A missing bundle (the TypeScript
 * sources run directly) gives null: the caller imports main.js instead. A
 * cache V8 rejects (another Node version, other V8 flags) only costs the
 * compile.
 */
import fs = require('node:fs');
import path = require('node:path');
import url = require('node:url');
import vm = require('node:vm');

/** What the CLI's bundle exports (src/cli/main.ts). */
interface CliModule {
  main(): Promise<void>;
}

/** The bundle's CommonJS body, wrapped as a function of what CommonJS gives a module. */
type BundleBody = (require: NodeJS.Require, module: { exports: object }, exports: object, bundleUrl: string) => void;

const bundlePath = path.join(__dirname, 'main.bundle.cjs');
const cachePath = bundlePath.replace(/\.cjs$/, '.v8cache');

function compileBundle(cachedData: Buffer | undefined): vm.Script {
  // As in workers/python-loader.cts: the wrapper's head shares the bundle's first line (line
  // numbers in stack traces hold), strict code, and the bundle is ASCII (read as latin1).
  return new vm.Script(
    `(function (require, module, exports, __gilvm_bundle_url) {"use strict";${fs.readFileSync(bundlePath, 'latin1')}\n})`,
    { filename: bundlePath, ...(cachedData ? { cachedData } : {}) },
  );
}

/** The CLI from its bundle, or null when there is no bundle. */
function loadCli(): CliModule | null {
  if (!fs.existsSync(bundlePath)) return null;
  const cachedData = fs.existsSync(cachePath) ? fs.readFileSync(cachePath) : undefined;
  const body = compileBundle(cachedData).runInThisContext() as BundleBody;
  const bundleModule = { exports: {} };
  // `require` of this file: the bundle's externals (node: modules, piscina) resolve from here.
  body(require, bundleModule, bundleModule.exports, url.pathToFileURL(bundlePath).href);
  return bundleModule.exports as CliModule;
}

/** The build's step: compile the bundle and write its code cache (tools/bundle-cli.mjs). */
function writeCliCache(): void {
  fs.writeFileSync(cachePath, compileBundle(undefined).createCachedData());
}

// bin/gilvm.js and tools/bundle-cli.mjs require this file.
module.exports = { loadCli, writeCliCache };
