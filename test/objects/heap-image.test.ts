/**
 * Heap images (src/objects/heap-image.ts): a heap copied from an image is the
 * heap createRuntimeHeap makes, byte for byte, and works as one; an image made
 * for another build, or damaged, is refused; the build's image belongs to the
 * build's bundle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocationBuffer, resetAllocationBuffer } from '../../src/heap/allocator.js';
import { CB_BUMP, CB_LIMIT, CB_MAX } from '../../src/heap/memory.js';
import { heapFromImage, makeHeapImage } from '../../src/objects/heap-image.js';
import { createRuntimeHeap } from '../../src/objects/bootstrap.js';
import { T, S } from '../../src/objects/registry.js';
import { typeOf } from '../../src/objects/typecheck.js';
import { intern } from '../../src/objects/intern.js';
import { newStr, strValue } from '../../src/objects/str.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { ROOT } from '../cli/helpers.js';
import '../../src/objects/all.js';

/** The heap's bytes [0, CB_BUMP) and the allocation buffer, as a heap image holds them. */
function snapshot(sab: SharedArrayBuffer): { bytes: Uint8Array; buffer: [number, number] } {
  return { bytes: new Uint8Array(sab, 0, i32[CB_BUMP]!).slice(), buffer: allocationBuffer() };
}

describe('heap images', () => {
  it('copy into a heap identical to the one start-up makes', () => {
    const image = makeHeapImage('build-a');
    resetAllocationBuffer(); // as a new worker's
    const made = snapshot(createRuntimeHeap());
    const sab = heapFromImage(image, 'build-a');
    expect(sab).not.toBeNull();
    const copied = snapshot(sab!);
    expect(copied.buffer).toEqual(made.buffer);
    expect(copied.bytes.length).toBe(made.bytes.length);
    expect(Buffer.from(copied.bytes).equals(Buffer.from(made.bytes))).toBe(true);
  });

  it('give a heap that works: types, singletons, interned names, new objects', () => {
    const image = makeHeapImage('build-b');
    const sab = heapFromImage(image, 'build-b')!;
    expect(new Int32Array(sab)[CB_BUMP]).toBeGreaterThan(0);
    expect(typeOf(T.str)).toBe(T.type);
    expect(typeOf(S.None)).toBe(T.NoneType);
    // A name interned when the image was made is found in the copied table, not made again.
    const before = i32[CB_BUMP];
    expect(intern('__init__')).toBe(intern('__init__'));
    expect(strValue(newStr('after the copy'))).toBe('after the copy');
    expect(i32[CB_BUMP]).toBe(before); // allocated from the adopted allocation buffer
  });

  it('take the size of the new heap, and refuse one too small for them', () => {
    const image = makeHeapImage('build-c');
    const sab = heapFromImage(image, 'build-c', 64 * 1024 * 1024)!;
    expect(i32[CB_MAX]).toBe(sab.byteLength);
    expect(i32[CB_LIMIT]).toBeLessThanOrEqual(sab.byteLength);
    expect(heapFromImage(image, 'build-c', 1)).toBeNull();
  });

  it('are refused for another build, or damaged', () => {
    const image = makeHeapImage('build-d');
    expect(heapFromImage(image, 'build-e')).toBeNull();
    expect(heapFromImage(image, 'build-dd')).toBeNull();
    expect(heapFromImage(image.subarray(0, image.length - 4), 'build-d')).toBeNull();
    expect(heapFromImage(image.subarray(0, 16), 'build-d')).toBeNull();
    const foreign = image.slice();
    foreign[0] ^= 0xff;
    expect(heapFromImage(foreign, 'build-d')).toBeNull();
  });

  it('start the runtime, which falls back to making the heap without one', () => {
    const image = makeHeapImage('build-f');
    startRuntime({ image: { bytes: image, buildId: 'build-f' } });
    expect(typeOf(intern('x'))).toBe(T.str);
    startRuntime({ image: { bytes: image, buildId: 'another' } });
    expect(typeOf(intern('x'))).toBe(T.str);
  });
});

describe("the build's heap image", () => {
  it('carries the build id stamped into the worker bundle', () => {
    const image = readFileSync(join(ROOT, 'dist/workers/python-main.heap'));
    const idLength = image.readInt32LE(6 * 4);
    const buildId = image.subarray(32, 32 + idLength).toString('latin1');
    expect(buildId).toMatch(/^[0-9a-f-]{36}$/);
    const bundle = readFileSync(join(ROOT, 'dist/workers/python-main.bundle.cjs'), 'latin1');
    expect(bundle).toContain(JSON.stringify(buildId));
  });
});
