/**
 * The worker bundle's heap image (src/objects/heap-image.ts) on disk:
 * `python-main.heap` beside the bundle. The build makes it (tools/bundle-worker.mjs
 * starts the bundle with workerData.role 'heap-image'); every main worker reads it
 * to make its heap.
 *
 * __GILVM_BUILD_ID is the id the build stamps into the bundle (esbuild's define);
 * run from tsc's output there is none, and no image is used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { makeHeapImage } from '../src/objects/heap-image.js';
import type { RuntimeOptions } from '../src/vm/runtime.js';

declare const __GILVM_BUILD_ID: string | undefined;

const buildId: string | null = typeof __GILVM_BUILD_ID === 'string' ? __GILVM_BUILD_ID : null;
const imageUrl = new URL('python-main.heap', import.meta.url);

/** The image for this build, if the build made one. */
export function readHeapImage(): RuntimeOptions['image'] {
  if (buildId === null) return undefined;
  try {
    return { bytes: readFileSync(imageUrl), buildId };
  } catch {
    return undefined;
  }
}

/** The build's step: make the image for this bundle and write it. */
export function writeHeapImage(): void {
  if (buildId === null) throw new Error('heap image: this worker code has no build id (run the bundle)');
  writeFileSync(imageUrl, makeHeapImage(buildId));
}
