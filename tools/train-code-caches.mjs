// Make the code caches of the two bundles (src/bundle-script.cts): run tools/code-cache-training.py
// with gilvm as a user would (`node bin/gilvm.js FILE`, Node's default V8 flags, which a cache must
// match to be taken), with GILVM_TRAIN_CODE_CACHE=1, in which the CLI's main thread and the
// worker of Python's main thread each write the cache of their bundle as they end, with the
// bytecode of every function the run compiled. Then check, in a new process, that V8 takes both.
// Run by `npm run build` last (after the bundled standard library is compiled, so that the
// training's imports load it from __pycache__ as a user's program does).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const { TRAINING_ENV, cachePathOf } = require('../dist/src/bundle-script.cjs');
const bundles = ['dist/src/cli/main.bundle.cjs', 'dist/workers/python-main.bundle.cjs'].map((p) => root + p);
const caches = bundles.map(cachePathOf);

function fail(message) {
  console.error(`train-code-caches: ${message}`);
  process.exit(1);
}

for (const cache of caches) rmSync(cache, { force: true });
const env = { ...process.env, [TRAINING_ENV]: '1' };
const run = spawnSync(process.execPath, ['bin/gilvm.js', 'tools/code-cache-training.py'], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) fail(`the training run ended with ${run.error ?? `status ${run.status}`}`);
for (const cache of caches) if (!existsSync(cache)) fail(`the training run wrote no ${cache}`);

// V8 takes a cache only where its flags are those of the run that made it.
const check = spawnSync(
  process.execPath,
  ['-e', `const s = require('./dist/src/bundle-script.cjs'); process.exit(${JSON.stringify(bundles)}.every((b) => s.codeCacheAccepted(b)) ? 0 : 3)`],
  { cwd: root, stdio: 'inherit' },
);
if (check.status !== 0) {
  for (const cache of caches) rmSync(cache, { force: true });
  fail('V8 rejects the caches the training run made (removed: gilvm runs without them)');
}
