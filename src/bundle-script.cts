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

/** The names the bundle's top level sees as parameters: CommonJS's, and the bundle's own URL (import.meta.url). */
const BUNDLE_PARAMS = ['require', 'module', 'exports', '__gilvm_bundle_url'];

/**
 * Compile the bundle as the body of a function of BUNDLE_PARAMS, with its code cache when
 * `withCache` and there is one, or making one when `makeCache`.
 */
function compileBundle(bundlePath: string, withCache: boolean, makeCache = false): BundleBody & { cachedData?: Buffer } {
  const cachePath = cachePathOf(bundlePath);
  const cachedData = withCache && fs.existsSync(cachePath) ? fs.readFileSync(cachePath) : undefined;
  // A function compiled from the source as it is read, not a script that wraps it: the wrapper's
  // concatenation made V8 copy the 1.9 MB worker bundle once more before compiling it, 6-7 ms of
  // every worker's start. The bundle's first line, esbuild's "use strict", makes it strict code,
  // as the ES modules it comes from.
  // Read as latin1: the bundle is ASCII only (esbuild's default charset escapes the rest, and the
  // tools check it), and a worker's first read of the 1.9 MB worker bundle takes about 14 ms as
  // latin1 against 18 ms as UTF-8 (Node 20, this project's machine).
  return vm.compileFunction(fs.readFileSync(bundlePath, 'latin1'), BUNDLE_PARAMS, {
    filename: bundlePath,
    ...(cachedData ? { cachedData } : {}),
    ...(makeCache ? { produceCachedData: true } : {}),
  }) as unknown as BundleBody & { cachedData?: Buffer };
}

/**
 * Run the bundle at `bundlePath` and give its exports. `require` is the
 * loader's: the bundle's externals (node: modules, piscina) resolve from there.
 */
function runBundle(bundlePath: string, require: NodeJS.Require): object {
  const body = compileBundle(bundlePath, true);
  const bundleModule = { exports: {} };
  body(require, bundleModule, bundleModule.exports, url.pathToFileURL(bundlePath).href);
  return bundleModule.exports;
}

/** The build's step: compile the bundle and write its code cache. */
function writeCodeCache(bundlePath: string): void {
  const cache = compileBundle(bundlePath, false, true).cachedData;
  if (!cache) throw new Error(`${bundlePath}: V8 made no code cache`);
  fs.writeFileSync(cachePathOf(bundlePath), cache);
}

export = { runBundle, writeCodeCache };
