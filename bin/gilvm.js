#!/usr/bin/env node
// gilvm: a Python 3 runtime for Node.js. The CLI lives in src/cli/main.ts
// (built to dist/ by `npm run build`, which `npm install` runs). The worker that will run
// Python starts first, so that it boots while the CLI loads and compiles the program
// (src/cli/early-worker.ts); hence the CLI is imported after it, dynamically.
import { startEarlyWorker } from '../dist/src/cli/early-worker.js';

startEarlyWorker(process.argv.slice(2));
const { main } = await import('../dist/src/cli/main.js');
await main();
