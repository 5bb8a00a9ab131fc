/**
 * Versions `gilvm -V` reports. The Python version is the language gilvm
 * implements (CPython 3.12's grammar and bytecode); the gilvm version is
 * package.json's (a test checks they agree).
 */
export const GILVM_VERSION = '0.1.0';
export const PYTHON_VERSION = '3.12.0';

/** `gilvm -V`: `Python 3.12.0 (gilvm 0.1.0)`; `-VV` adds the Node version and platform. */
export function versionText(level: number): string {
  const base = `Python ${PYTHON_VERSION} (gilvm ${GILVM_VERSION})`;
  if (level < 2) return base + '\n';
  return `${base} [Node.js ${process.version} ${process.platform}-${process.arch}]\n`;
}
