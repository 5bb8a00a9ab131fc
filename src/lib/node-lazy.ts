/**
 * Node modules that few programs need, loaded on first use: `crypto` (random
 * seeds, os.urandom) and `tty` (isatty) pull in some thirty of Node's internal
 * modules, which every worker would otherwise compile when it boots (a pool
 * worker's boot is the cost of a program's first threads).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

let crypto: typeof import('node:crypto') | null = null;
let tty: typeof import('node:tty') | null = null;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= load('node:crypto') as typeof import('node:crypto'));
}

export function nodeTty(): typeof import('node:tty') {
  return (tty ??= load('node:tty') as typeof import('node:tty'));
}

let childProcess: typeof import('node:child_process') | null = null;

/** For `gilvm.run()`, which starts a child gilvm. */
export function nodeChildProcess(): typeof import('node:child_process') {
  return (childProcess ??= load('node:child_process') as typeof import('node:child_process'));
}
