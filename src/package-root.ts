/**
 * The folder of the gilvm package (where package.json and bin/ are), found
 * from this module's URL by walking up. The walk, rather than a fixed `../..`,
 * because the same code runs from dist/src (tsc's output), from the worker
 * bundle in dist/workers and from the TypeScript sources under vitest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null | undefined;

export function packageRoot(): string | null {
  if (root !== undefined) return root;
  root = null;
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gilvm') {
        root = dir;
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  } catch {
    root = null;
  }
  return root;
}

/**
 * The folder of the standard library modules written in Python (`stdlib/`
 * in the package), last on sys.path as CPython's Lib/ is; '' when the
 * package folder cannot be found.
 */
export function stdlibPath(): string {
  const root = packageRoot();
  return root === null ? '' : join(root, 'stdlib');
}
