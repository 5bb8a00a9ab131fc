/**
 * The worker bundle's entry (tools/bundle-worker.mjs bundles this file):
 * one bundle serves both kinds of worker. Started by src/cli/early-worker.ts
 * it is the main thread's worker; loaded by the thread pool
 * (src/cli/thread-pool.ts, workerData.role 'thread') it only exports the task
 * that serves Python threads.
 */
import { workerData } from 'node:worker_threads';
import { startMainWorker } from './python-main.js';
import { serveThreads } from './python-thread.js';
import { writeHeapImage } from './heap-image-file.js';

const role = (workerData as { role?: string } | null)?.role;
// 'heap-image': the build's run that makes the bundle's heap image (workers/heap-image-file.ts).
if (role === 'heap-image') writeHeapImage();
else if (role !== 'thread') startMainWorker();

export default serveThreads;
