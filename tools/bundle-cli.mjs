// Bundle the CLI that runs on Node's main thread (dist/src/cli/main.js and its imports, from
// tsc, the compiler included) into one CommonJS file, dist/src/cli/main.bundle.cjs, and make
// V8's code cache for it (main.bundle.v8cache), which src/cli/main-loader.cts loads it with:
// Node's ES module loader spent about 100 ms of every start on the CLI's ~90 modules. Run by
// `npm run build` after tsc (and after tools/bundle-worker.mjs).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const outfile = entry.replace(/main\.js$/, 'main.bundle.cjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  // CommonJS, because node:vm compiles scripts with a code cache, not ES modules. The bundle
  // sits beside main.js, so the URLs its modules build from import.meta.url (the compileall
  // worker, the Python worker's loader, the package root) resolve as from their own files.
  format: 'cjs',
  define: { 'import.meta.url': '__gilvm_bundle_url' },
  // piscina finds its worker script beside its own files: it stays a package.
  external: ['piscina'],
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The loader reads the bundle as latin1, which is right for ASCII only.
const bundleBytes = readFileSync(outfile);
const nonAscii = bundleBytes.findIndex((b) => b > 0x7f);
if (nonAscii >= 0) {
  console.error(`bundle-cli: the bundle has a non-ASCII byte at offset ${nonAscii} (the loader reads it as latin1)`);
  process.exit(1);
}

// The code cache, made on this (main) thread with Node's default V8 flags, as bin/gilvm.js runs.
const { writeCliCache } = createRequire(import.meta.url)('../dist/src/cli/main-loader.cjs');
writeCliCache();
