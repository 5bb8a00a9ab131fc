/**
 * Modules written in Python whose source ships inside gilvm (the Python half
 * of `random`, and later others), frozen at build time: tools/freeze-modules.mjs
 * compiles each source with gilvm's compiler and writes the serialized code to
 * dist/frozen/NAME.json, with the bytecode magic number and a hash of the
 * source. Importing the module loads that code; compiling 600 lines in a cold
 * worker instead costs about 200 ms. When the file is missing or was made from
 * another source or bytecode version, the source is compiled on the spot, so
 * a stale build can be slow but never wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ref } from '../heap/layout.js';
import { MAGIC_NUMBER_VALUE } from '../bytecode/cache.js';
import { deserializeCode } from '../bytecode/marshal.js';
import { loadCode } from '../objects/code.js';
import { packageRoot } from '../package-root.js';
import { compileToHeap } from './builtins-exec.js';
import { RANDOM_FILENAME, RANDOM_SOURCE } from './random-source.js';

/** A Python module's source and the filename its code objects carry ('<frozen random>'). */
export interface FrozenSource {
  name: string;
  filename: string;
  source: string;
}

/** Every frozen module: what tools/freeze-modules.mjs compiles. */
export const FROZEN_SOURCES: readonly FrozenSource[] = [{ name: 'random', filename: RANDOM_FILENAME, source: RANDOM_SOURCE }];

/** The JSON file tools/freeze-modules.mjs writes for one module. */
export interface FrozenFile {
  magic: number;
  sourceHash: string;
  code: string; // base64 of the serialized code object
}

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 32);
}

/** Where the build puts module `name`'s frozen code (relative to the package root). */
export function frozenPath(name: string): string {
  return join('dist', 'frozen', `${name}.json`);
}

/** The heap code object of frozen module `name`: the build's frozen code if it is current, else the source compiled now. */
export function frozenModuleCode(name: string): Ref {
  const entry = FROZEN_SOURCES.find((s) => s.name === name);
  if (entry === undefined) throw new Error(`no frozen module ${name}`);
  const root = packageRoot();
  if (root !== null) {
    try {
      const file = JSON.parse(readFileSync(join(root, frozenPath(name)), 'utf8')) as FrozenFile;
      if (file.magic === MAGIC_NUMBER_VALUE && file.sourceHash === sourceHash(entry.source)) {
        return loadCode(deserializeCode(Buffer.from(file.code, 'base64')));
      }
    } catch {
      // no frozen file (a build without it, or the sources run directly): compile below
    }
  }
  return compileToHeap(entry.source, entry.filename, 'exec');
}
