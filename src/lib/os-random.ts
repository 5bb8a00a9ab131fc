/**
 * Random bytes from the operating system, as CPython's os.urandom and random
 * seeding get them: read from /dev/urandom, or from node:crypto where that
 * device cannot be read.
 *
 * Why not node:crypto always: loading it pulls in some thirty of Node's
 * internal modules, 7 ms of the first `Random()` (so of every `import random`,
 * whose module instance seeds itself), against well under a millisecond to
 * read the device.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { nodeCrypto } from './node-lazy.js';

/** Fill `out` with random bytes from the operating system. */
export function fillFromOs(out: Uint8Array): void {
  let fd = -1;
  try {
    fd = openSync('/dev/urandom', 'r');
    let off = 0;
    while (off < out.length) {
      const n = readSync(fd, out, off, out.length - off, null);
      if (n <= 0) throw new Error('/dev/urandom: end of file');
      off += n;
    }
    return;
  } catch {
    // no readable device (not a Unix, a sandbox): the crypto module's generator
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  for (let i = 0; i < out.length; i += 65536) nodeCrypto().randomFillSync(out.subarray(i, Math.min(out.length, i + 65536)));
}
