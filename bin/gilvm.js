#!/usr/bin/env node
// gilvm: a Python 3 runtime for Node.js. The CLI lives in src/cli/main.ts
// (built to dist/ by `npm run build`, which `npm install` runs).
import { main } from '../dist/src/cli/main.js';

await main();
