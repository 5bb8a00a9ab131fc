#!/usr/bin/env node
// gilvm: a Python 3 runtime for Node.js. The CLI lives in src/cli/main.ts
// (built to dist/ by `npm run build`, which `npm install` runs). The worker that will run
// Python starts first, so that it boots while the CLI loads and compiles the program
// (src/cli/early-worker.ts); hence the CLI is loaded after it: from its bundle through V8's
// code cache (src/cli/main-loader.cts), or as ES modules where there is no bundle.
import { createRequire } from 'node:module';
import { startEarlyWorker } from '../dist/src/cli/early-worker.js';

startEarlyWorker(process.argv.slice(2));
const { loadCli } = createRequire(import.meta.url)('../dist/src/cli/main-loader.cjs');
const { main } = loadCli() ?? (await import('../dist/src/cli/main.js'));
await main();
