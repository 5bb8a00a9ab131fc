// Bundle the CLI that runs on Node's main thread (dist/src/cli/main.js and its imports, from
// tsc, the compiler included) into one file, dist/src/cli/main.bundle.cjs, which
// src/cli/main-loader.cts loads with V8's code cache (main.bundle.v8cache, made at the end of the
// build by tools/train-code-caches.mjs): Node's ES module loader spent about 100 ms of every
// start on the CLI's ~90 modules. Also early-worker.bundle.cjs (below). Run by `npm run build`
// after tsc (and after tools/bundle-worker.mjs).
import { fileURLToPath } from 'node:url';
import { bundleToCjs } from './bundle-cjs.mjs';

const entry = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
// piscina finds its worker script beside its own files: it stays a package.
await bundleToCjs({ entry, outfile: entry.replace(/main\.js$/, 'main.bundle.cjs'), external: ['piscina'], tool: 'bundle-cli' });

// What bin/gilvm.js requires first, to start the worker before anything else loads: a
// CommonJS file (a CommonJS entry reaches its first line about 10 ms sooner than an ES module
// one, and CommonJS cannot require tsc's ES module output). Small: no code cache.
const early = fileURLToPath(new URL('../dist/src/cli/early-worker.js', import.meta.url));
await bundleToCjs({ entry: early, outfile: early.replace(/\.js$/, '.bundle.cjs'), tool: 'bundle-cli', selfUrl: true });
