/**
 * compileall's malloc tuning (src/cli/malloc-tuning.ts): where koffi and glibc are there, glibc
 * takes the thresholds (mallopt returns 1 for each); elsewhere nothing is set and nothing throws.
 */
import { describe, expect, it } from 'vitest';
import { keepFreedMemory } from '../../src/cli/malloc-tuning.js';
import { loadKoffi } from '../../src/host-koffi.js';

function glibcThroughKoffi(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    loadKoffi().load('libc.so.6');
    return true;
  } catch {
    return false;
  }
}

describe('keepFreedMemory', () => {
  it('sets glibc thresholds where koffi loads glibc, and says so; once', () => {
    const expected = glibcThroughKoffi();
    expect(keepFreedMemory()).toBe(expected);
    expect(keepFreedMemory()).toBe(expected);
  });

});
