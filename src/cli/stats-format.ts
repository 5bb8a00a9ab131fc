/**
 * The statistics of a run (src/vm/thread-stats.ts's ProgramStats) as the
 * reports of issue 7 give them: the JSON document of `--stats-json` (the
 * issue's snake_case fields) and the table `--stats` prints on stderr.
 *
 * Both are made from the JSON document, so that `gilvm bench` (which reads
 * its children's JSON files) and the HTML pages share one shape.
 *
 * In free-threading mode (`-X gil=0`) the per-object lock counters come too:
 * `lock_types` sums them by kind of object, `locks` by creation site (the
 * function that made the objects, src/vm/lock-sites.ts). Under the GIL
 * objects have no locks of their own and both are empty.
 */
import type { LockStats, ProgramStats, ThreadStats } from '../vm/thread-stats.js';

/** One thread in the JSON report. */
export interface ThreadReport {
  name: string;
  ident: number;
  native_id: number;
  alive: boolean;
  bytecodes: number;
  gil_wait_s: number;
  gil_hold_s: number;
  gil_acquisitions: number;
  drop_requests: number;
  forced_switches: number;
  blocked_s: number;
  /** Its life: wall-clock start and end (ms since the epoch) and the seconds between. */
  started_ms: number;
  ended_ms: number;
  wall_s: number;
  /** gil_wait_s / wall_s: the part of its life spent waiting for the GIL. */
  gil_wait_share: number;
}

/** Object locks in free-threading mode: of one kind of object, or of the objects of one creation site. */
export interface LockReport {
  type: string;
  /** Where the objects were created: 'function (file:first line)'; '' in lock_types. */
  site: string;
  acquisitions: number;
  contended: number;
  wait_s: number;
}

/** The `--stats-json` document. */
export interface StatsReport {
  mode: 'gil' | 'free-threading';
  /** The mode the command line asked for (`-X gil=0` asks for free-threading). */
  requested_mode: 'gil' | 'free-threading';
  switch_interval_s: number;
  /** From the first thread's start to the report (the main thread's end). */
  wall_s: number;
  collections: number;
  threads: ThreadReport[];
  /** By creation site, most waited for first. */
  locks: LockReport[];
  /** By kind of object (list, dict, ...), most acquired first. */
  lock_types: LockReport[];
  /** Sums over the threads, for tables that show one line per run. */
  totals: {
    bytecodes: number;
    gil_wait_s: number;
    gil_hold_s: number;
    thread_wall_s: number;
    /** Sum of waits over sum of lives. */
    gil_wait_share: number;
  };
}

function lockReport(l: LockStats): LockReport {
  return { type: l.type, site: l.site, acquisitions: l.acquisitions, contended: l.contended, wait_s: l.waitS };
}

function threadReport(t: ThreadStats): ThreadReport {
  return {
    name: t.name,
    ident: t.ident,
    native_id: t.nativeId,
    alive: t.alive,
    bytecodes: t.bytecodes,
    gil_wait_s: t.gilWaitS,
    gil_hold_s: t.gilHoldS,
    gil_acquisitions: t.gilAcquisitions,
    drop_requests: t.dropRequests,
    forced_switches: t.forcedSwitches,
    blocked_s: t.blockedS,
    started_ms: t.startedMs,
    ended_ms: t.endedMs,
    wall_s: t.wallS,
    gil_wait_share: t.wallS > 0 ? t.gilWaitS / t.wallS : 0,
  };
}

export function statsReport(stats: ProgramStats, requestedGil = true): StatsReport {
  // In start order (idents grow as threads start; the main thread's is 1), whatever order they ended in.
  const threads = stats.threads.map(threadReport).sort((a, b) => a.ident - b.ident);
  const first = Math.min(...threads.map((t) => t.started_ms));
  const last = Math.max(...threads.map((t) => t.ended_ms));
  const sum = (f: (t: ThreadReport) => number): number => threads.reduce((a, t) => a + f(t), 0);
  const threadWall = sum((t) => t.wall_s);
  const wait = sum((t) => t.gil_wait_s);
  return {
    mode: stats.mode,
    requested_mode: requestedGil ? 'gil' : 'free-threading',
    switch_interval_s: stats.switchIntervalS,
    wall_s: threads.length > 0 ? Math.max(0, last - first) / 1000 : 0,
    collections: stats.collections,
    threads,
    locks: (stats.locks ?? []).map(lockReport).sort((a, b) => b.wait_s - a.wait_s || b.contended - a.contended || b.acquisitions - a.acquisitions),
    lock_types: (stats.lockTypes ?? []).map(lockReport).sort((a, b) => b.acquisitions - a.acquisitions),
    totals: {
      bytecodes: sum((t) => t.bytecodes),
      gil_wait_s: wait,
      gil_hold_s: sum((t) => t.gil_hold_s),
      thread_wall_s: threadWall,
      gil_wait_share: threadWall > 0 ? wait / threadWall : 0,
    },
  };
}

/** A line saying what the figures measure, when the mode run is not the one asked for. */
export function modeNote(r: StatsReport): string | null {
  const asked = r.requested_mode === 'gil' ? 'the GIL' : 'free-threading';
  if (r.requested_mode !== r.mode) return `the command line asked for ${asked}, but the run reported ${r.mode}.`;
  return null;
}

export function seconds(s: number): string {
  if (s === 0) return '0 s';
  if (s < 1e-3) return `${(s * 1e6).toFixed(0)} us`;
  if (s < 1) return `${(s * 1e3).toFixed(1)} ms`;
  return `${s.toFixed(3)} s`;
}

export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function grouped(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Columns padded to their widest cell; the first column left-aligned, the others right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/**
 * The names of the GIL's four columns (held, waited, wait share, acquisitions) in the text and
 * HTML tables. In free-threading mode "held" is time attached (running Python) and "waited"
 * time parked while another thread stopped the world to collect.
 */
export function gilColumns(mode: StatsReport['mode']): readonly [string, string, string, string] {
  return mode === 'gil' ? ['GIL held', 'GIL waited', 'wait share', 'acquired'] : ['attached', 'parked', 'park share', 'attached #'];
}

/** The `--stats` report (stderr, after the program's own output). */
export function formatStatsText(r: StatsReport): string {
  const modeText = r.mode === 'gil' ? 'gil (one thread runs Python at a time)' : 'free-threading (no GIL)';
  let out =
    `\n== gilvm --stats ==\n` +
    `mode: ${modeText}; switch interval ${seconds(r.switch_interval_s)}; wall ${seconds(r.wall_s)}; ` +
    `${r.threads.length} thread${r.threads.length === 1 ? '' : 's'}; ${r.collections} collection${r.collections === 1 ? '' : 's'}\n`;
  const note = modeNote(r);
  if (note) out += `note: ${note}\n`;
  out += textTable(
    ['thread', 'bytecodes', ...gilColumns(r.mode), 'drop req.', 'forced sw.', 'blocked', 'life'],
    r.threads.map((t) => [
      t.name + (t.alive && t.ident !== 1 ? ' (alive)' : ''),
      grouped(t.bytecodes),
      seconds(t.gil_hold_s),
      seconds(t.gil_wait_s),
      percent(t.gil_wait_share),
      grouped(t.gil_acquisitions),
      grouped(t.drop_requests),
      grouped(t.forced_switches),
      seconds(t.blocked_s),
      seconds(t.wall_s),
    ]),
  );
  out +=
    r.mode === 'gil'
      ? `all threads: GIL waited ${seconds(r.totals.gil_wait_s)} of ${seconds(r.totals.thread_wall_s)} of thread life (${percent(r.totals.gil_wait_share)})\n`
      : `all threads: parked for collections ${seconds(r.totals.gil_wait_s)} of ${seconds(r.totals.thread_wall_s)} of thread life (${percent(r.totals.gil_wait_share)})\n`;
  if (r.mode === 'free-threading') {
    const types = r.lock_types ?? [];
    if (types.length > 0) {
      out += 'object locks by type:\n';
      out += textTable(
        ['type', 'acquisitions', 'contended', 'wait'],
        types.map((l) => [l.type, grouped(l.acquisitions), l.acquisitions > 0 ? percent(l.contended / l.acquisitions) : '0.0%', seconds(l.wait_s)]),
      );
    }
    if (r.locks.length === 0) out += 'object locks: none taken\n';
    else {
      out += 'object locks by creation site (most waited for first):\n';
      out += textTable(
        ['type', 'created at', 'acquisitions', 'contended', 'wait'],
        r.locks.slice(0, 10).map((l) => [
          l.type,
          l.site,
          grouped(l.acquisitions),
          l.acquisitions > 0 ? percent(l.contended / l.acquisitions) : '0.0%',
          seconds(l.wait_s),
        ]),
      );
    }
  }
  return out;
}
