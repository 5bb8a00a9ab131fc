/**
 * koffi, the FFI through which gilvm calls the host's C library (libm in src/numeric/c-libm.ts,
 * mallopt in src/cli/malloc-tuning.ts). An optional dependency: callers fall back when it does
 * not load.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Koffi = typeof import('koffi');

/**
 * koffi, through its native module alone where the package keeps it prebuilt
 * (`build/koffi/<platform>_<arch>/koffi.node`): the package's entry point
 * also loads its installer's helpers, node:crypto among them, about 18 of the
 * 22 ms that the first libm call of each worker paid (go.py pays it at
 * `import random`). Only load() and func() are used, which the native module
 * has itself. Where that file is not there or does not load (another layout,
 * musl), the entry point. Throws where koffi is not installed.
 */
export function loadKoffi(): Koffi {
  const require = createRequire(import.meta.url);
  try {
    const root = dirname(require.resolve('koffi/package.json'));
    const native = require(join(root, 'build', 'koffi', `${process.platform}_${process.arch}`, 'koffi.node')) as Partial<Koffi>;
    if (typeof native.load === 'function') return native as Koffi;
  } catch {
    // the entry point below
  }
  return require('koffi') as Koffi;
}
