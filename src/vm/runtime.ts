/**
 * Starting the runtime in this worker: a fresh heap (the first worker) or an
 * existing one (workers that join), plus this thread's state.
 */
import '../objects/all.js';
import { attachRuntimeHeap, createRuntimeHeap } from '../objects/bootstrap.js';
import { newThreadState, setThreadState } from './thread-state.js';
import { resetAllocationBuffer, setAllocationStress } from '../heap/allocator.js';
import { resetStack } from './frame.js';
import { resetCodeCache } from '../objects/code.js';
import { resetCodeRegisters } from './code-registers.js';

export interface RuntimeOptions {
  /** Largest heap in bytes (-X heapsize). */
  maxHeap?: number;
}

/** Make a new heap with everything the first bytecode needs; this worker becomes thread 1. */
export function startRuntime(options: RuntimeOptions = {}): SharedArrayBuffer {
  // A worker (or a test) may start several runtimes: nothing of the previous heap may leak in.
  resetAllocationBuffer();
  resetStack();
  resetCodeCache();
  resetCodeRegisters();
  setAllocationStress(false);
  const sab = createRuntimeHeap(options.maxHeap);
  setThreadState(newThreadState(1));
  return sab;
}

/** Join a heap made by another worker as thread `ident`. */
export function joinRuntime(sab: SharedArrayBuffer, ident: number): void {
  resetAllocationBuffer();
  resetStack();
  resetCodeCache();
  resetCodeRegisters();
  attachRuntimeHeap(sab);
  setThreadState(newThreadState(ident));
}
