/**
 * A bundle run through node:vm with V8's code cache: how the worker
 * (workers/python-loader.cts) and the CLI (src/cli/main-loader.cts) load
 * their bundles, which tools/bundle-worker.mjs and tools/bundle-cli.mjs make.
 *
 * A bundle's source is one function expression of what CommonJS gives a
 * module (tools/bundle-cjs.mjs wraps esbuild's CommonJS output so), compiled
 * as a script as it is read: a wrapper added here would make V8 copy the
 * 1.9 MB worker bundle once more before compiling it (6-7 ms of every
 * worker's start).
 *
 * The cache beside a bundle (`.v8cache` for `.cjs`) is made after a run
 * (tools/train-code-caches.mjs): it holds the bytecode of every function the
 * run had compiled, not only of the bundle's top level. V8 compiles a
 * function when it is first called; with the cache, the functions that
 * compiling and running a program call are ready when it starts (measured
 * 2026-12-03: about 35 ms less before `__main__` is compiled on the main
 * thread, and the warm-up of the interpreter half as long). A cache V8
 * rejects (another Node version, other V8 flags) only costs the compiles.
 *
 * CommonJS (.cts) because node:vm compiles scripts with a code cache, not ES
 * modules.
 */
import fs = require('node:fs');
import url = require('node:url');
import vm = require('node:vm');

/** The bundle's body: a function of what CommonJS gives a module, and the bundle's own URL (import.meta.url). */
type BundleBody = (require: NodeJS.Require, module: { exports: object }, exports: object, bundleUrl: string) => void;

/**
 * Set (to 1) in the environment of the build's training run: each bundle is loaded without its
 * cache, and its cache is written from what the run compiled when the thread ends.
 */
const TRAINING_ENV = 'GILVM_TRAIN_CODE_CACHE';

/** Where the cache of the bundle at `bundlePath` is (and is written). */
function cachePathOf(bundlePath: string): string {
  return bundlePath.replace(/\.cjs$/, '.v8cache');
}

/** The bundle as a script, with its code cache when `withCache` and there is one. */
function compileBundle(bundlePath: string, withCache: boolean): vm.Script {
  const cachePath = cachePathOf(bundlePath);
  const cachedData = withCache && fs.existsSync(cachePath) ? fs.readFileSync(cachePath) : undefined;
  // Read as latin1: the bundle is ASCII only (esbuild's default charset escapes the rest, and the
  // tools check it), and a worker's first read of the 1.9 MB worker bundle takes about 14 ms as
  // latin1 against 18 ms as UTF-8 (Node 20, this project's machine).
  return new vm.Script(fs.readFileSync(bundlePath, 'latin1'), { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
}

/**
 * Run the bundle at `bundlePath` and give its exports. `require` is the loader's: the bundle's
 * externals (node: modules, piscina) resolve from there. `trainable`: in the build's training
 * run, this thread writes the bundle's cache when it ends (one thread per bundle does).
 */
function runBundle(bundlePath: string, require: NodeJS.Require, trainable = false): object {
  const training = trainable && process.env[TRAINING_ENV] === '1';
  const script = compileBundle(bundlePath, !training);
  if (training) process.once('exit', () => writeCache(bundlePath, script));
  const body = script.runInThisContext() as BundleBody;
  const bundleModule = { exports: {} };
  body(require, bundleModule, bundleModule.exports, url.pathToFileURL(bundlePath).href);
  return bundleModule.exports;
}

/** Write the bundle's cache from what this thread compiled. Never throws: where it cannot be written (a read-only install), the old cache stays. */
function writeCache(bundlePath: string, script: vm.Script): void {
  try {
    fs.writeFileSync(cachePathOf(bundlePath), script.createCachedData());
  } catch {
    // tools/train-code-caches.mjs checks that both caches were written.
  }
}

/** Whether V8 takes the bundle's cache in this process (false: there is none, or V8 rejects it). */
function codeCacheAccepted(bundlePath: string): boolean {
  if (!fs.existsSync(cachePathOf(bundlePath))) return false;
  return !compileBundle(bundlePath, true).cachedDataRejected;
}

export = { runBundle, codeCacheAccepted, cachePathOf, TRAINING_ENV };
