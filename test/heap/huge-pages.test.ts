/**
 * The heap's huge-page advice (src/heap/huge-pages.ts): where Linux has transparent huge pages,
 * the mapping that holds the heap is marked for them (smaps' `hg` flag), and the heap's contents
 * are untouched; elsewhere the call only answers false.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviseHugePages } from '../../src/heap/huge-pages.js';

const MB = 1024 * 1024;
const THP_CONTROL = '/sys/kernel/mm/transparent_hugepage/enabled';
const hasThp = process.platform === 'linux' && existsSync(THP_CONTROL);

/** The VmFlags of every anonymous mapping of this process, with its size in bytes. */
function anonymousMappings(): Array<{ bytes: number; flags: string[] }> {
  const out: Array<{ bytes: number; flags: string[] }> = [];
  let bytes = -1;
  for (const line of readFileSync('/proc/self/smaps', 'latin1').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ 0\s*$/.exec(line);
    if (head) bytes = parseInt(head[2]!, 16) - parseInt(head[1]!, 16);
    else if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) bytes = -1;
    else if (line.startsWith('VmFlags:') && bytes >= 0) out.push({ bytes, flags: line.slice(8).trim().split(/\s+/) });
  }
  return out;
}

describe('huge pages for the heap', () => {
  it.runIf(hasThp)('marks the heap mapping for huge pages and leaves its words as they were', () => {
    // A size no other mapping of the test process has, to find this one in smaps.
    const size = 96 * MB + 3 * 4096;
    const heap = new SharedArrayBuffer(size);
    const words = new Int32Array(heap);
    words[0] = 7;
    words[words.length - 1] = -9;
    const before = anonymousMappings().filter((m) => m.bytes >= size && m.bytes < size + 2 * 4096);
    expect(before.length).toBeGreaterThan(0);
    expect(before.some((m) => m.flags.includes('hg'))).toBe(false);

    expect(adviseHugePages(heap)).toBe(true);

    // The advice covers whole pages from the first page boundary in the buffer: the mapping
    // splits there, and its large part carries the flag.
    const advised = anonymousMappings().filter((m) => m.flags.includes('hg') && m.bytes >= size - 2 * 4096 && m.bytes < size + 2 * 4096);
    expect(advised.length).toBe(1);
    expect(words[0]).toBe(7);
    expect(words[words.length - 1]).toBe(-9);
    for (let i = 0; i < words.length; i += 1024) words[i] = i;
    expect(words[1024 * 100]).toBe(1024 * 100);
  });
});
