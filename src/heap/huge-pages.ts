/**
 * The Python heap backed by transparent huge pages: `madvise(MADV_HUGEPAGE)` over the heap's
 * SharedArrayBuffer, through koffi, from the Node main thread once the worker has made the heap.
 *
 * Why: the heap is one large reservation (src/heap/memory.ts) whose pages the kernel commits at
 * their first write, and on the virtual machines this project is measured on each 4 KB page
 * fault costs about 10 µs (src/heap/page-toucher.ts). A heap that grows to 85 MB took some
 * 21,000 of them, about 0.2 s of CPU on whichever thread wrote first. Where transparent huge
 * pages are enabled for advised memory (`/sys/kernel/mm/transparent_hugepage/enabled` is
 * `madvise`, the common default, or `always`), one fault commits a whole 2 MB page: writing a
 * word in each page of 85 MB took 6.6 ms with the advice against 211 ms without (node, this
 * project's machine, 2026-12-03). The JVM advises its heap the same way
 * (`-XX:+UseTransparentHugePages`).
 *
 * The cost: memory is committed 2 MB at a time, so the heap's resident size can be up to 2 MB
 * more than the pages it wrote (the page toucher already commits 1-4 MB ahead of the
 * allocator). Pages written before the advice (the heap image, the first allocations) stay
 * small. Where koffi, Linux or transparent huge pages are missing, nothing changes.
 */
import { loadKoffi } from '../host-koffi.js';

const PAGE = 4096n;
/** linux/mman.h. */
const MADV_HUGEPAGE = 14;

type AddressOf = (view: Int32Array, same: Int32Array, n: number) => number | bigint;
type Madvise = (addr: bigint, length: bigint, advice: number) => number;

/**
 * Advise the kernel to back `heap` with huge pages. True when madvise accepted the advice (which
 * does not say that the system has huge pages to give). Never throws.
 */
export function adviseHugePages(heap: SharedArrayBuffer): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const libc = loadKoffi().load('libc.so.6');
    // koffi passes a typed array as the address of its first element, and memmove(p, p, 0)
    // returns p: the heap's address, which nothing in JavaScript gives.
    const addressOf = libc.func('intptr_t memmove(void *, void *, size_t)') as AddressOf;
    const madvise = libc.func('int madvise(intptr_t, size_t, int)') as Madvise;
    const view = new Int32Array(heap);
    const address = BigInt(addressOf(view, view, 0));
    // madvise takes whole pages; the buffer starts a few bytes into its mapping (malloc's header).
    const start = (address + PAGE - 1n) & ~(PAGE - 1n);
    const length = (BigInt(heap.byteLength) - (start - address)) & ~(PAGE - 1n);
    if (length <= 0n) return false;
    return madvise(start, length, MADV_HUGEPAGE) === 0;
  } catch {
    // no koffi, or not glibc
    return false;
  }
}
