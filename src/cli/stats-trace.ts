/**
 * Each thread's recorded events (src/vm/thread-trace.ts: (µs since the
 * epoch, kind) pairs) turned into spans — running, waiting for the GIL,
 * blocked — plus marks (drop requests) and collections; and those as a
 * Chrome Trace Event document (`gilvm --trace`), which Perfetto and
 * chrome://tracing open: one process, one track per Python thread
 * (`thread_name` metadata), complete events ("X") for the spans and
 * collections, thread-scoped instant events ("i") for drop requests.
 */
import type { ProgramStats } from '../vm/thread-stats.js';
import {
  EV_BLOCKED,
  EV_DROP_REQUEST,
  EV_ENDED,
  EV_GC_END,
  EV_GC_START,
  EV_RUNNING,
  EV_WAITING,
} from '../vm/thread-trace.js';

export type ThreadState = 'running' | 'waiting' | 'blocked';

/** Times in µs since the epoch. */
export interface Span {
  state: ThreadState;
  start: number;
  end: number;
}

export interface ThreadTimeline {
  ident: number;
  name: string;
  /** Its life (µs since the epoch). */
  start: number;
  end: number;
  spans: Span[];
  dropRequests: number[];
  collections: { start: number; end: number }[];
  /** False when the thread's events were not recorded (not traced, or still running at the end). */
  traced: boolean;
}

const STATE_OF: Record<number, ThreadState> = {
  [EV_RUNNING]: 'running',
  [EV_WAITING]: 'waiting',
  [EV_BLOCKED]: 'blocked',
};

/** The spans and marks of every thread, in the stats' order (live threads first, then those that ended). */
export function timelines(stats: ProgramStats): ThreadTimeline[] {
  return stats.threads.map((t) => {
    const tl: ThreadTimeline = {
      ident: t.ident,
      name: t.name,
      start: t.startedMs * 1000,
      end: t.endedMs * 1000,
      spans: [],
      dropRequests: [],
      collections: [],
      traced: t.events !== null,
    };
    const ev = t.events;
    if (ev === null) return tl;
    let open: { state: ThreadState; start: number } | null = null;
    let gcStart = -1;
    const close = (at: number): void => {
      if (open !== null) tl.spans.push({ state: open.state, start: open.start, end: Math.max(at, open.start) });
      open = null;
    };
    let endAt = tl.end;
    for (let i = 0; i + 1 < ev.length; i += 2) {
      const at = ev[i]!;
      const kind = ev[i + 1]!;
      const state = STATE_OF[kind];
      if (state !== undefined) {
        if (open !== null && open.state === state) continue;
        close(at);
        open = { state, start: at };
      } else if (kind === EV_DROP_REQUEST) tl.dropRequests.push(at);
      else if (kind === EV_GC_START) gcStart = at;
      else if (kind === EV_GC_END) {
        if (gcStart >= 0) tl.collections.push({ start: gcStart, end: at });
        gcStart = -1;
      } else if (kind === EV_ENDED) {
        endAt = at;
        close(at);
      }
    }
    // A thread still running at the report (the main thread) is in its last state until then.
    close(endAt);
    if (gcStart >= 0) tl.collections.push({ start: gcStart, end: endAt });
    if (tl.spans.length > 0) tl.start = Math.min(tl.start, tl.spans[0]!.start);
    return tl;
  });
}

/** One Chrome Trace Event (the fields gilvm uses). */
export interface TraceEvent {
  name: string;
  ph: 'X' | 'i' | 'M';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  s?: 't' | 'p' | 'g';
  cat?: string;
  cname?: string;
  args?: Record<string, unknown>;
}

export interface TraceDocument {
  traceEvents: TraceEvent[];
  displayTimeUnit: 'ms';
  otherData: Record<string, unknown>;
}

const SPAN_NAMES: Record<ThreadState, string> = {
  running: 'running',
  waiting: 'waiting for the GIL',
  blocked: 'blocked (GIL released)',
};
/** Colour names of the Trace Event format (chrome://tracing reads them; Perfetto picks its own). */
const SPAN_COLOURS: Record<ThreadState, string> = { running: 'good', waiting: 'terrible', blocked: 'grey' };

/** `gilvm --trace`'s document: times in µs from the first event of the run. */
export function traceDocument(stats: ProgramStats, extra: Record<string, unknown> = {}): TraceDocument {
  const tls = timelines(stats);
  const origin = Math.min(...tls.map((t) => t.start));
  const pid = 1;
  const events: TraceEvent[] = [
    { name: 'process_name', ph: 'M', pid, tid: 0, args: { name: `gilvm (${stats.mode})` } },
  ];
  const rel = (us: number): number => Math.round((us - origin) * 1000) / 1000;
  // Threads in start order (by ident), the main thread first.
  const ordered = [...tls].sort((a, b) => a.ident - b.ident);
  ordered.forEach((t, index) => {
    const tid = t.ident;
    events.push({ name: 'thread_name', ph: 'M', pid, tid, args: { name: t.traced ? t.name : `${t.name} (not traced)` } });
    events.push({ name: 'thread_sort_index', ph: 'M', pid, tid, args: { sort_index: index } });
    for (const s of t.spans) {
      events.push({
        name: SPAN_NAMES[s.state],
        cat: 'gil',
        ph: 'X',
        pid,
        tid,
        ts: rel(s.start),
        dur: Math.round((s.end - s.start) * 1000) / 1000,
        cname: SPAN_COLOURS[s.state],
      });
    }
    for (const at of t.dropRequests) {
      events.push({ name: 'drop request', cat: 'gil', ph: 'i', s: 't', pid, tid, ts: rel(at) });
    }
    for (const c of t.collections) {
      events.push({
        name: 'collection',
        cat: 'gc',
        ph: 'X',
        pid,
        tid,
        ts: rel(c.start),
        dur: Math.round((c.end - c.start) * 1000) / 1000,
        cname: 'yellow',
      });
    }
  });
  return {
    traceEvents: events,
    displayTimeUnit: 'ms',
    otherData: {
      producer: 'gilvm --trace',
      mode: stats.mode,
      switch_interval_s: stats.switchIntervalS,
      origin_us_since_epoch: origin,
      // Events as recorded (a state entered again while in it is one span here).
      recorded_events: stats.threads.reduce((n, t) => n + (t.events === null ? 0 : t.events.length >> 1), 0),
      ...extra,
    },
  };
}
