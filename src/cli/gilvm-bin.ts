/**
 * The gilvm command line that child runs start (`gilvm bench`'s runs,
 * runPython(), Python's `gilvm.run()`): $GILVM_BIN, else this package's
 * bin/gilvm.js, found from the package root (the same code runs from dist/,
 * from the worker bundle and from the sources under vitest).
 */
import { join, resolve } from 'node:path';
import { packageRoot } from '../package-root.js';

export function gilvmBin(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const fromEnv = env['GILVM_BIN'];
  if (fromEnv) return resolve(fromEnv);
  const root = packageRoot();
  if (root === null) throw new Error('gilvm: cannot find the gilvm package (set GILVM_BIN to bin/gilvm.js)');
  return join(root, 'bin', 'gilvm.js');
}
