/**
 * A CommonJS bundle run through node:vm with V8's code cache: how the worker
 * (workers/python-loader.cts) and the CLI (src/cli/main-loader.cts) load
 * their bundles, which tools/bundle-worker.mjs and tools/bundle-cli.mjs make.
 * The cache beside a bundle (`.v8cache` for `.cjs`) holds the bytecode of
 * what V8 compiles before the bundle runs; one V8 rejects (another Node
 * version, other V8 flags) only costs the compile.
 *
 * CommonJS (.cts) because node:vm compiles scripts with a code cache, not ES
 * modules.
 */
import fs = require('node:fs');
import url = require('node:url');
import vm = require('node:vm');

/** The bundle's CommonJS body, wrapped as a function of what CommonJS gives a module. */
type BundleBody = (require: NodeJS.Require, module: { exports: object }, exports: object, bundleUrl: string) => void;

function cachePathOf(bundlePath: string): string {
  return bundlePath.replace(/\.cjs$/, '.v8cache');
}

/** Compile the bundle, with its code cache when `withCache` and there is one. */
function compileBundle(bundlePath: string, withCache: boolean): vm.Script {
  const cachePath = cachePathOf(bundlePath);
  const cachedData = withCache && fs.existsSync(cachePath) ? fs.readFileSync(cachePath) : undefined;
  // The wrapper's head shares the bundle's first line, so that line numbers in stack traces hold.
  // The bundle comes from ES modules, which are strict code: so is this function.
  // Read as latin1: the bundle is ASCII only (esbuild's default charset escapes the rest, and the
  // tools check it), and a worker's first read of the 1.9 MB worker bundle takes about 14 ms as
  // latin1 against 18 ms as UTF-8 (Node 20, this project's machine).
  return new vm.Script(
    `(function (require, module, exports, __gilvm_bundle_url) {"use strict";${fs.readFileSync(bundlePath, 'latin1')}\n})`,
    { filename: bundlePath, ...(cachedData ? { cachedData } : {}) },
  );
}

/**
 * Run the bundle at `bundlePath` and give its exports. `require` is the
 * loader's: the bundle's externals (node: modules, piscina) resolve from there.
 */
function runBundle(bundlePath: string, require: NodeJS.Require): object {
  const body = compileBundle(bundlePath, true).runInThisContext() as BundleBody;
  const bundleModule = { exports: {} };
  body(require, bundleModule, bundleModule.exports, url.pathToFileURL(bundlePath).href);
  return bundleModule.exports;
}

/** The build's step: compile the bundle and write its code cache. */
function writeCodeCache(bundlePath: string): void {
  fs.writeFileSync(cachePathOf(bundlePath), compileBundle(bundlePath, false).createCachedData());
}

export = { runBundle, writeCodeCache };
