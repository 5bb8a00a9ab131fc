/**
 * The Node main thread's half of subprocess.Popen (src/lib/popen-module.ts; the
 * channel's layout is in src/lib/process-protocol.ts). The main thread's event
 * loop is free while Python runs, so it spawns the children and serves their
 * pipes: what a child writes is copied into its channel's rings in the heap,
 * as far as they have room (the rest waits here, and the child's stream is
 * paused until a reader frees space: a child writing more than Python reads
 * blocks, as it would on a pipe); what Python writes to the child's stdin
 * arrives as messages.
 *
 * The channel lives as long as the Popen object holds it and subprocess's
 * `_active` list keeps it: Python lets go of it only after W_DONE, after
 * which this thread never writes it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable } from 'node:stream';
import {
  EXITED,
  FAILED,
  RING_BYTES,
  RUNNING,
  W_CODE,
  W_DONE,
  W_DRAIN,
  W_EVENTS,
  W_PID,
  W_STATE,
  pipeWord,
  ringOffset,
  type ProcessRequest,
} from '../lib/process-protocol.js';

/** One output pipe of a child: bytes not yet in the ring, and whether the child closed it. */
interface OutPipe {
  stream: Readable;
  waiting: Buffer[];
  ended: boolean;
  eofWritten: boolean;
}

interface Child {
  process: ChildProcess;
  /** The channel's first word, as an index in the heap's Int32Array. */
  base: number;
  /** The channel's byte address. */
  at: number;
  pipes: (OutPipe | null)[];
  exited: boolean;
  stdinOpen: boolean;
}

const signalNumber = constants.signals as Record<string, number>;

export class ProcessServer {
  private readonly children = new Map<number, Child>();
  private readonly bytes: Uint8Array;

  constructor(private readonly heap: Int32Array) {
    this.bytes = new Uint8Array(heap.buffer);
  }

  handle(m: ProcessRequest): void {
    if (m.kind === 'proc-spawn') {
      this.spawn(m);
      return;
    }
    const c = this.children.get(m.channel);
    if (c === undefined) return;
    if (m.kind === 'proc-write') {
      if (c.stdinOpen) c.process.stdin?.write(m.data);
    } else if (m.kind === 'proc-close-stdin') {
      if (c.stdinOpen) c.process.stdin?.end();
      c.stdinOpen = false;
      this.maybeDone(c);
    } else {
      for (const p of c.pipes) if (p !== null) this.pump(c, p);
    }
  }

  private spawn(m: Extract<ProcessRequest, { kind: 'proc-spawn' }>): void {
    const base = m.channel >> 2;
    let process: ChildProcess;
    try {
      process = spawn(m.file, m.args, { argv0: m.argv0, cwd: m.cwd, env: m.env, stdio: m.stdio });
    } catch (e) {
      this.fail(base, e as NodeJS.ErrnoException);
      return;
    }
    const c: Child = { process, base, at: m.channel, pipes: [null, null], exited: false, stdinOpen: m.stdio[0] === 'pipe' };
    this.children.set(m.channel, c);
    process.stdin?.on('error', () => {
      // EPIPE after the child ended: what it did not read is lost, as with a pipe.
    });
    [process.stdout, process.stderr].forEach((stream, i) => {
      if (stream === null) return;
      const p: OutPipe = { stream, waiting: [], ended: false, eofWritten: false };
      c.pipes[i] = p;
      stream.on('data', (chunk: Buffer) => {
        p.waiting.push(chunk);
        this.pump(c, p);
      });
      stream.on('end', () => {
        p.ended = true;
        this.pump(c, p);
      });
    });
    process.on('spawn', () => {
      Atomics.store(this.heap, base + W_PID, process.pid ?? 0);
      Atomics.store(this.heap, base + W_STATE, RUNNING);
      this.bump(base);
    });
    process.on('error', (e: NodeJS.ErrnoException) => {
      if (Atomics.load(this.heap, base + W_STATE) !== RUNNING && !c.exited) {
        this.children.delete(m.channel);
        this.fail(base, e);
      }
    });
    process.on('exit', (code, signal) => {
      c.exited = true;
      if (c.stdinOpen) {
        // Nobody reads what Python would write now.
        c.process.stdin?.destroy();
        c.stdinOpen = false;
      }
      const rc = signal !== null ? -(signalNumber[signal] ?? 0) : (code ?? 0);
      Atomics.store(this.heap, base + W_CODE, rc);
      Atomics.store(this.heap, base + W_STATE, EXITED);
      this.bump(base);
      this.maybeDone(c);
    });
  }

  private fail(base: number, e: NodeJS.ErrnoException): void {
    Atomics.store(this.heap, base + W_CODE, Math.abs(e.errno ?? 0) || 5);
    Atomics.store(this.heap, base + W_STATE, FAILED);
    Atomics.store(this.heap, base + W_DONE, 1);
    this.bump(base);
  }

  /** Copy what `p` holds into its ring, as far as it has room; pause the child's stream otherwise. */
  private pump(c: Child, p: OutPipe): void {
    const h = this.heap;
    const w = c.base + pipeWord(c.pipes.indexOf(p));
    const ring = c.at + ringOffset(c.pipes.indexOf(p));
    let head = Atomics.load(h, w) >>> 0;
    // Announce held-back data before looking at the room: a reader that frees space after
    // this store sees it and asks for more, and one that freed it before shows in its tail.
    if (p.waiting.length > 0) Atomics.store(h, c.base + W_DRAIN, 1);
    while (p.waiting.length > 0) {
      const tail = Atomics.load(h, w + 1) >>> 0;
      const room = RING_BYTES - ((head - tail) >>> 0);
      if (room === 0) break;
      const chunk = p.waiting[0]!;
      const n = Math.min(room, chunk.length);
      for (let done = 0; done < n; ) {
        const at = (head + done) % RING_BYTES;
        const run = Math.min(n - done, RING_BYTES - at);
        this.bytes.set(chunk.subarray(done, done + run), ring + at);
        done += run;
      }
      head = (head + n) >>> 0;
      Atomics.store(h, w, head | 0);
      if (n === chunk.length) p.waiting.shift();
      else p.waiting[0] = chunk.subarray(n);
    }
    const full = p.waiting.length > 0;
    if (full) p.stream.pause();
    else p.stream.resume();
    if (!c.pipes.some((q) => q !== null && q.waiting.length > 0)) Atomics.store(h, c.base + W_DRAIN, 0);
    if (p.ended && !full && !p.eofWritten) {
      p.eofWritten = true;
      Atomics.store(h, w + 2, 1);
    }
    this.bump(c.base);
    this.maybeDone(c);
  }

  /** After the child's exit, the end of its pipes and of its stdin: the channel is Python's alone. */
  private maybeDone(c: Child): void {
    if (!c.exited || c.stdinOpen || c.pipes.some((p) => p !== null && !p.eofWritten)) return;
    if (!this.children.delete(c.at)) return;
    Atomics.store(this.heap, c.base + W_DONE, 1);
    this.bump(c.base);
  }

  private bump(base: number): void {
    Atomics.add(this.heap, base + W_EVENTS, 1);
    Atomics.notify(this.heap, base + W_EVENTS);
  }

  /** The program has ended: stop serving (the children go on, as CPython leaves them). */
  close(): void {
    for (const c of this.children.values()) {
      for (const p of c.pipes) p?.stream.destroy();
      c.process.stdin?.destroy();
      c.process.unref();
    }
    this.children.clear();
  }
}
