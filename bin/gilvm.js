#!/usr/bin/env node
// gilvm: a Python 3 runtime for Node.js. The CLI lives in src/cli/main.ts
// (built to dist/ by `npm run build`, which `npm install` runs). The worker that will run
// Python starts first, so that it boots while the CLI loads and compiles the program
// (src/cli/early-worker.ts); hence the CLI is loaded after it: from its bundle through V8's
// code cache (src/cli/main-loader.cts), or as ES modules where there are no bundles.
//
// This file is CommonJS (bin/package.json says so): Node reaches the first line of a CommonJS
// entry about 10 ms sooner than that of an ES module, and every millisecond before the worker
// starts is one more before Python runs. Hence also early-worker.bundle.cjs, a CommonJS build
// of early-worker.ts (tools/bundle-cli.mjs).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist', 'src', 'cli');
const args = process.argv.slice(2);

/** The CLI's main(), with the early worker started first. */
async function loadMain() {
  const earlyBundle = join(dist, 'early-worker.bundle.cjs');
  if (existsSync(earlyBundle)) require(earlyBundle).startEarlyWorker(args);
  else (await import('../dist/src/cli/early-worker.js')).startEarlyWorker(args);
  const cli = require(join(dist, 'main-loader.cjs')).loadCli() ?? (await import('../dist/src/cli/main.js'));
  return cli.main;
}

loadMain().then((main) => main());
