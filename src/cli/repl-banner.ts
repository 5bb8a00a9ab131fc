/**
 * What the interactive prompt prints first (on stderr), as CPython's
 * `Python 3.12.1 (main, ...) [GCC ...] on linux` and its hint line.
 */
import { GILVM_VERSION, PYTHON_VERSION } from './version.js';

export function replBanner(): string {
  return (
    `Python ${PYTHON_VERSION} (gilvm ${GILVM_VERSION}) [Node.js ${process.version}] on ${process.platform}\n` +
    'Type "help", "copyright", "credits" or "license" for more information.\n'
  );
}
