/**
 * Constructors that code loading (src/objects/code.ts) needs from types
 * owned by other modules (float, bytes, complex, frozenset). Each of those
 * modules installs its constructor here when imported.
 */
import type { Ref, Value } from '../heap/layout.js';

function missing(what: string): never {
  throw new Error(`${what} constants need their type module (see src/objects/all.ts)`);
}

export const constHooks = {
  newFloat: (_x: number): Ref => missing('float'),
  newBytes: (_b: Uint8Array): Ref => missing('bytes'),
  newComplex: (_re: number, _im: number): Ref => missing('complex'),
  newFrozenSet: (_items: Value[]): Ref => missing('frozenset'),
};
