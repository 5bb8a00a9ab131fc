/**
 * The bundles' code caches (src/bundle-script.cts, made by tools/train-code-caches.mjs): V8
 * takes them in a plain `node`, they hold the functions of a run and not only the bundles' top
 * level, and a cache V8 rejects costs nothing but the compile.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const BUNDLES = ['dist/src/cli/main.bundle.cjs', 'dist/workers/python-main.bundle.cjs'];
const bundleScript = require(join(ROOT, 'dist/src/bundle-script.cjs')) as {
  runBundle(bundlePath: string, require: NodeJS.Require): object;
  codeCacheAccepted(bundlePath: string): boolean;
  cachePathOf(bundlePath: string): string;
};

describe("the bundles' code caches", () => {
  it('are taken by V8 in a node started as bin/gilvm.js is (no flags of its own)', () => {
    const check = `const s = require('./dist/src/bundle-script.cjs'); console.log(${JSON.stringify(BUNDLES)}.map((b) => s.codeCacheAccepted(b)).join(' '))`;
    // The environment as the build had it (`npm test` builds first): NODE_OPTIONS may hold V8 flags, which the caches were made under.
    const r = spawnSync(process.execPath, ['-e', check], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true true\n');
  });

  it('hold the functions a run compiled, not only the top level', () => {
    for (const bundle of BUNDLES) {
      const path = join(ROOT, bundle);
      // What V8 caches of a bundle compiled but not run: its top level and the functions it compiles eagerly.
      const topLevel = new vm.Script(readFileSync(path, 'latin1'), { filename: path }).createCachedData().length;
      const trained = statSync(bundleScript.cachePathOf(path)).size;
      expect(trained, bundle).toBeGreaterThan(1.5 * topLevel);
    }
  });
});

describe('a cache V8 rejects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gilvm-code-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('only costs the compile: the bundle still loads', () => {
    const bundle = join(dir, 'main.bundle.cjs');
    copyFileSync(join(ROOT, 'dist/src/cli/main.bundle.cjs'), bundle);
    writeFileSync(bundleScript.cachePathOf(bundle), Buffer.alloc(4096, 7));
    expect(bundleScript.codeCacheAccepted(bundle)).toBe(false);
    const cli = bundleScript.runBundle(bundle, createRequire(join(ROOT, 'package.json'))) as { main?: unknown };
    expect(typeof cli.main).toBe('function');
  });
});
