// Bundle the worker that runs Python (dist/workers/python-main.js, from tsc) into one file, in
// place. A worker loading ~200 ES modules spends about half a second of CPU resolving, reading
// and linking them before Python starts; one bundled module takes about half of that (see
// docs/performance.md). Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/workers/python-main.js', import.meta.url));
await build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
