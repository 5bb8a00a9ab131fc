/**
 * A heap image: the bytes of a heap just after createRuntimeHeap made its
 * built-in objects (types, their methods, builtins, interned names), taken at
 * build time and copied into each new heap at start-up.
 *
 * Why: making those ~270 KB of objects runs thousands of cold JS calls, 20-30 ms
 * of every worker's start on the path before Python runs; copying them takes
 * about a millisecond. The objects are the same in every run (no address,
 * hash or serial depends on the time or the process), so the copy gives the
 * heap the start-up would have made, byte for byte, and the worker that
 * adopts it goes on as the worker that made it would have: same allocation
 * buffer, same next serial, same free lists.
 *
 * An image is only valid for the code that made it. The build stamps the
 * worker bundle with a build id (tools/bundle-worker.mjs) and makes the image
 * from that bundle, which writes the id into it; a worker uses an image only
 * when the ids agree, else it makes the heap as usual. The layout of the
 * file:
 *
 *     word 0   MAGIC ('GHIM')          word 4   allocation buffer's top
 *     word 1   FORMAT                  word 5   allocation buffer's end
 *     word 2   CONTROL_BYTES           word 6   length of the build id (n)
 *     word 3   heap bytes (CB_BUMP)    word 7   unused
 *     then the build id (n ASCII bytes, padded to 4), then the heap's bytes [0, CB_BUMP)
 */
import { adoptAllocationBuffer, allocationBuffer, resetAllocationBuffer } from '../heap/allocator.js';
import { CB_BUMP, CB_LIMIT, CB_MAX, CONTROL_BYTES, createHeap } from '../heap/memory.js';
import { attachRuntimeHeap, createRuntimeHeap } from './bootstrap.js';

const MAGIC = 0x4d494847;
const FORMAT = 1;
const HEADER_WORDS = 8;

/** A heap image made by this code for the build `buildId`. Makes a new heap (the worker's current one). */
export function makeHeapImage(buildId: string): Uint8Array {
  // As in a new worker: no allocation buffer yet (one left from another heap would shape this one).
  resetAllocationBuffer();
  const sab = createRuntimeHeap();
  const used = i32[CB_BUMP]!;
  const [top, end] = allocationBuffer();
  const idBytes = (buildId.length + 3) & ~3;
  const start = HEADER_WORDS * 4 + idBytes;
  const image = new Uint8Array(start + used);
  const header = new DataView(image.buffer);
  [MAGIC, FORMAT, CONTROL_BYTES, used, top, end, buildId.length, 0].forEach((w, i) => header.setInt32(i * 4, w, true));
  for (let i = 0; i < buildId.length; i++) image[HEADER_WORDS * 4 + i] = buildId.charCodeAt(i) & 0x7f;
  image.set(new Uint8Array(sab, 0, used), start);
  return image;
}

/**
 * A new heap of at most `maxBytes` holding the objects of `image`, attached to
 * this worker as createRuntimeHeap's would be; null when the image is not one
 * this code made for `buildId` (then make the heap as usual).
 */
export function heapFromImage(image: Uint8Array, buildId: string, maxBytes?: number): SharedArrayBuffer | null {
  if (image.byteLength < HEADER_WORDS * 4) return null;
  const header = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const word = (i: number): number => header.getInt32(i * 4, true);
  if (word(0) !== MAGIC || word(1) !== FORMAT || word(2) !== CONTROL_BYTES || word(6) !== buildId.length) return null;
  for (let i = 0; i < buildId.length; i++) {
    if (image[HEADER_WORDS * 4 + i] !== buildId.charCodeAt(i)) return null;
  }
  const used = word(3);
  const start = HEADER_WORDS * 4 + ((buildId.length + 3) & ~3);
  if (used < CONTROL_BYTES || start + used !== image.byteLength) return null;
  const sab = createHeap(maxBytes);
  const max = i32[CB_MAX]!;
  // The image's growth limit (part of its control block) must fit this heap's size.
  const limit = header.getInt32(start + CB_LIMIT * 4, true);
  if (limit > max) return null;
  new Uint8Array(sab).set(image.subarray(start));
  i32[CB_MAX] = max;
  attachRuntimeHeap(sab);
  adoptAllocationBuffer(word(4), word(5));
  return sab;
}
