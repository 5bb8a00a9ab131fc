/**
 * Starting the runtime in this worker: a fresh heap (the first worker) or an
 * existing one (workers that join), plus this thread's state.
 */
import '../objects/all.js';
// Free-threading mode's creation sites of locked objects (installs its stamp in object-lock.ts).
import './lock-sites.js';
import { attachRuntimeHeap, createRuntimeHeap } from '../objects/bootstrap.js';
import { heapFromImage } from '../objects/heap-image.js';
import { newThreadState, setThreadState } from './thread-state.js';
import { resetAllocationBuffer, setAllocationStress } from '../heap/allocator.js';
import { resetStack } from './frame.js';
import { resetCodeCache } from '../objects/code.js';
import { resetCodeRegisters } from './code-registers.js';
import { MAIN_THREAD_IDENT } from './gil.js';
import { registerThread } from './threads.js';

export interface RuntimeOptions {
  /** Largest heap in bytes (-X heapsize). */
  maxHeap?: number;
  /** The build's heap image (src/objects/heap-image.ts), used if it fits this build: the heap is copied from it. */
  image?: { bytes: Uint8Array; buildId: string } | undefined;
}

/** Make a new heap with everything the first bytecode needs; this worker becomes thread 1. */
export function startRuntime(options: RuntimeOptions = {}): SharedArrayBuffer {
  // A worker (or a test) may start several runtimes: nothing of the previous heap may leak in.
  resetAllocationBuffer();
  resetStack();
  resetCodeCache();
  resetCodeRegisters();
  setAllocationStress(false);
  const image = options.image;
  const sab = (image && heapFromImage(image.bytes, image.buildId, options.maxHeap)) || createRuntimeHeap(options.maxHeap);
  const main = newThreadState(MAIN_THREAD_IDENT);
  setThreadState(main);
  registerThread(main);
  return sab;
}

/**
 * A pool worker joining the heap made by the main worker, to run threads
 * (src/vm/threads.ts's runStartedThread); nothing to do when it already has.
 */
let joined: SharedArrayBuffer | null = null;
export function joinRuntime(sab: SharedArrayBuffer): void {
  if (joined === sab) return;
  resetAllocationBuffer();
  resetStack();
  resetCodeCache();
  resetCodeRegisters();
  attachRuntimeHeap(sab);
  joined = sab;
}
