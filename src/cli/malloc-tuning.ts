/**
 * glibc's malloc told to keep the memory it frees (mallopt, through koffi), for the whole process.
 *
 * Why: by default glibc hands a freed block of 128 KB or more straight back to the operating
 * system (munmap), and trims the top of each arena once 128 KB of it is free; the next
 * allocation then takes a page fault for every 4 KB it touches. V8's optimizing compiler
 * allocates and frees its working memory (zones) for every function it compiles, on its
 * background threads, and Node reads files into such blocks. On the virtual machines this
 * project is measured on a page fault costs about 10 µs (src/heap/page-toucher.ts): a compileall
 * of the standard library took some 35,000 of them. With the thresholds below, freed memory
 * stays in the process for the next allocation.
 *
 * The cost is resident memory that is not given back until the process ends (at most
 * TRIM_THRESHOLD of free memory at the top of an arena). Where koffi or glibc is missing
 * (macOS, musl) nothing changes.
 *
 * Used by compileall (`gilvm -m compileall` of the 3.11 standard library, 4 alternating runs:
 * 3.50-3.98 s and 32,000-37,000 page faults before, 3.09-3.54 s and 21,000-22,000 after). Not
 * by program runs: loading koffi (5 ms, and its page faults) on the main thread, after the
 * program was sent to the worker or at the CLI's start, made six programs no faster
 * (docs/performance.md, "Whole programs").
 */
import { loadKoffi } from '../host-koffi.js';

/** mallopt's parameters (glibc's malloc.h). */
const M_TRIM_THRESHOLD = -1;
const M_TOP_PAD = -2;
const M_MMAP_THRESHOLD = -3;

const MB = 1024 * 1024;
/** Blocks below this come from the arenas, not from mmap (glibc's default: 128 KB, growing). */
const MMAP_THRESHOLD = 16 * MB;
/** Free memory at the top of an arena kept before it is trimmed (default 128 KB). */
const TRIM_THRESHOLD = 256 * MB;
/** Extra memory asked for each time an arena grows (default 128 KB). */
const TOP_PAD = 16 * MB;

let tuned: boolean | null = null;

/** Set the thresholds once; true when glibc took them. */
export function keepFreedMemory(): boolean {
  if (tuned !== null) return tuned;
  tuned = false;
  if (process.platform !== 'linux') return tuned;
  try {
    const mallopt = loadKoffi().load('libc.so.6').func('int mallopt(int, int)') as (param: number, value: number) => number;
    tuned = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) === 1 && mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) === 1 && mallopt(M_TOP_PAD, TOP_PAD) === 1;
  } catch {
    // no koffi, or not glibc: the defaults stay
  }
  return tuned;
}
