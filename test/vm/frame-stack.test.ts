// Frames in heap stack chunks: pushing and popping from an empty stack again and again (each
// entry into Python from TypeScript, a REPL input say) reuses the first chunk.
import { describe, expect, it } from 'vitest';
import { popFrameMemory, pushFrameMemory } from '../../src/vm/frame.js';
import { getChunkList } from '../../src/vm/thread-state.js';
import { startRuntime } from '../../src/vm/runtime.js';
import { valueArrayCapacity, valueArrayGet } from '../../src/objects/arrays.js';

function chunkCount(): number {
  const list = getChunkList();
  if (list === 0) return 0;
  let n = 0;
  for (let i = 0; i < valueArrayCapacity(list); i++) if (valueArrayGet(list, i) !== 0) n++;
  return n;
}

describe('frame stack', () => {
  it('an empty stack keeps its chunk for the next frame', () => {
    startRuntime();
    const first = pushFrameMemory(64);
    popFrameMemory(first);
    const chunks = chunkCount();
    for (let i = 0; i < 1000; i++) {
      const a = pushFrameMemory(64);
      expect(a).toBe(first);
      const b = pushFrameMemory(32);
      popFrameMemory(b);
      popFrameMemory(a);
    }
    expect(chunkCount()).toBe(chunks);
  });
});
