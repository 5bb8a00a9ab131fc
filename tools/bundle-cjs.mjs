// One CommonJS bundle of an entry module from tsc's output, as src/bundle-script.cts runs it:
// shared by tools/bundle-worker.mjs (the worker) and tools/bundle-cli.mjs (the CLI).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The parameters of a bundle run by src/bundle-script.cts: what CommonJS gives a module, and the
 * bundle's own URL (import.meta.url). Its source is one function expression of these, which
 * node:vm compiles as a script with its code cache (a script, not a function, because only a
 * script's cache can be made after it has run).
 */
const BUNDLE_PARAMS = ['require', 'module', 'exports', '__gilvm_bundle_url'];

/**
 * Bundle `entry` into `outfile`, leaving the packages in `external` to require() at run time.
 * `tool` names the caller in errors. `selfUrl`: the bundle is required as a plain CommonJS
 * module, not run by src/bundle-script.cts, so it makes its own __gilvm_bundle_url from its
 * file name; otherwise it is wrapped as src/bundle-script.cts runs it, and its code cache (now
 * stale: V8 checks only the length of the source a cache was made from) is removed. `define`:
 * more of esbuild's compile-time constants. Exits the process if the bundle is not pure ASCII.
 */
export async function bundleToCjs({ entry, outfile, external = [], tool, selfUrl = false, define = {} }) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    // CommonJS, because node:vm compiles scripts with a code cache, not ES modules; the loader
    // supplies the bundle's own URL for import.meta.url (src/package-root.ts): a bundle sits in
    // the folder of its entry, so URLs its modules build from it resolve as from their own files.
    format: 'cjs',
    define: { 'import.meta.url': '__gilvm_bundle_url', ...define },
    external,
    target: 'node20',
    sourcemap: 'linked',
    ...(selfUrl
      ? { banner: { js: "var __gilvm_bundle_url = require('node:url').pathToFileURL(__filename).href;" } }
      : { banner: { js: `(function (${BUNDLE_PARAMS.join(', ')}) {` }, footer: { js: '})' } }),
    logLevel: 'warning',
  });
  if (!selfUrl) rmSync(createRequire(import.meta.url)('../dist/src/bundle-script.cjs').cachePathOf(outfile), { force: true });
  // src/bundle-script.cts reads a bundle as latin1, which is right for ASCII only.
  const nonAscii = readFileSync(outfile).findIndex((b) => b > 0x7f);
  if (nonAscii >= 0) {
    console.error(`${tool}: the bundle has a non-ASCII byte at offset ${nonAscii} (the loader reads it as latin1)`);
    process.exit(1);
  }
}
