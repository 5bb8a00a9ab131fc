/**
 * `gilvm --report OUT.html`: one self-contained page (inline CSS, SVG and a
 * few lines of JS; nothing fetched) with every thread's timeline, the
 * statistics table and the contended object locks.
 *
 * The timeline is drawn here, not in the browser: each thread's row is cut
 * into TIMELINE_COLUMNS columns and each column takes the colour of the state
 * that filled most of it (runs of equal columns become one rectangle), so a
 * long run with many thousands of switches stays a small page. The script
 * only shows what is under the pointer.
 */
import type { StatsReport } from './stats-format.js';
import { gilColumns, modeNote, percent, seconds } from './stats-format.js';
import type { ThreadState, ThreadTimeline } from './stats-trace.js';

export const TIMELINE_COLUMNS = 1000;
const LABEL_W = 150;
const ROW_H = 26;
const BAR_H = 16;
const AXIS_H = 24;

export const STATE_COLOURS: Record<ThreadState | 'none', string> = {
  running: '#2e9d4b',
  waiting: '#d9482b',
  blocked: '#9aa3ad',
  none: '#f1f3f5',
};
const GC_COLOUR = '#e0b400';
const STATES: ThreadState[] = ['running', 'waiting', 'blocked'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A page shell with gilvm's styles. */
export function htmlPage(title: string, body: string, script = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1240px;padding:0 16px;color:#1d232a}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#555}.note{background:#fff6d6;border:1px solid #e8d48a;padding:6px 10px;border-radius:4px}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{padding:4px 10px;border-bottom:1px solid #e3e6ea;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f6f7f9}
.legend span{display:inline-block;margin-right:16px}.legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border-radius:2px}
svg text{font:11px system-ui,sans-serif;fill:#333}
#tip{position:fixed;pointer-events:none;background:#1d232a;color:#fff;padding:3px 7px;border-radius:3px;font-size:12px;display:none}
</style></head><body>
${body}
<div id="tip"></div>
${script ? `<script>\n${script}\n</script>` : ''}
</body></html>
`;
}

/** Round tick values for an axis from 0 to `max`. */
export function niceTicks(max: number, wanted = 6): number[] {
  if (!(max > 0)) return [0];
  const raw = max / wanted;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max * 1.0001; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** A tick's label: '0', '250 ms', '1.5 s'. */
function axisLabel(s: number): string {
  if (s === 0) return '0';
  return s < 1 ? `${Number((s * 1000).toPrecision(3))} ms` : `${Number(s.toPrecision(3))} s`;
}

/** Each column's dominant state ('none' outside the thread's recorded life). */
export function columnStates(t: ThreadTimeline, origin: number, span: number, columns = TIMELINE_COLUMNS): (ThreadState | 'none')[] {
  const fill = STATES.map(() => new Float64Array(columns));
  const width = span / columns;
  for (const s of t.spans) {
    const k = STATES.indexOf(s.state);
    let a = (s.start - origin) / width;
    const b = (s.end - origin) / width;
    while (a < b) {
      const col = Math.floor(a);
      const next = Math.min(b, col + 1);
      if (col >= 0 && col < columns) fill[k]![col]! += next - a;
      a = next;
    }
  }
  const out: (ThreadState | 'none')[] = [];
  for (let c = 0; c < columns; c++) {
    let best: ThreadState | 'none' = 'none';
    let most = 0.05;
    for (let k = 0; k < STATES.length; k++) {
      if (fill[k]![c]! > most) {
        most = fill[k]![c]!;
        best = STATES[k]!;
      }
    }
    out.push(best);
  }
  return out;
}

/** The timeline as an SVG element, and per thread its column states (for the pointer's tooltip). */
export function timelineSvg(tls: ThreadTimeline[]): { svg: string; columns: string[][]; origin: number; span: number } {
  const ordered = [...tls].sort((a, b) => a.ident - b.ident);
  const origin = Math.min(...ordered.map((t) => t.start));
  const end = Math.max(...ordered.map((t) => t.end));
  const span = Math.max(end - origin, 1);
  const plotW = TIMELINE_COLUMNS;
  const width = LABEL_W + plotW + 10;
  const height = AXIS_H + ordered.length * ROW_H + 4;
  const colW = plotW / TIMELINE_COLUMNS;
  const parts: string[] = [];
  const columns: string[][] = [];
  ordered.forEach((t, row) => {
    const y = AXIS_H + row * ROW_H;
    const label = t.name.length > 22 ? t.name.slice(0, 21) + '…' : t.name;
    parts.push(`<text x="4" y="${y + BAR_H - 3}">${escapeHtml(label)}${t.traced ? '' : ' *'}</text>`);
    parts.push(`<rect x="${LABEL_W}" y="${y}" width="${plotW}" height="${BAR_H}" fill="${STATE_COLOURS.none}"/>`);
    const states = columnStates(t, origin, span);
    columns.push(states);
    let c = 0;
    while (c < states.length) {
      let d = c + 1;
      while (d < states.length && states[d] === states[c]) d++;
      if (states[c] !== 'none') {
        parts.push(
          `<rect class="st-${states[c]}" x="${(LABEL_W + c * colW).toFixed(1)}" y="${y}" width="${((d - c) * colW).toFixed(1)}" height="${BAR_H}" fill="${STATE_COLOURS[states[c]!]}"/>`,
        );
      }
      c = d;
    }
    const x = (us: number): number => LABEL_W + ((us - origin) / span) * plotW;
    for (const g of t.collections) {
      parts.push(`<rect class="gc" x="${x(g.start).toFixed(1)}" y="${y - 3}" width="${Math.max(1, x(g.end) - x(g.start)).toFixed(1)}" height="3" fill="${GC_COLOUR}"/>`);
    }
    const ticks = new Set(t.dropRequests.map((at) => Math.round(x(at))));
    for (const px of ticks) parts.push(`<line class="drop" x1="${px}" x2="${px}" y1="${y + BAR_H}" y2="${y + BAR_H + 4}" stroke="#7a1f0f"/>`);
  });
  const axis: string[] = [];
  const spanS = span / 1e6;
  for (const v of niceTicks(spanS)) {
    const px = LABEL_W + (v / spanS) * plotW;
    axis.push(`<line x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${AXIS_H - 6}" y2="${height}" stroke="#dde1e6"/>`);
    axis.push(`<text x="${px.toFixed(1)}" y="${AXIS_H - 9}" text-anchor="middle">${escapeHtml(axisLabel(v))}</text>`);
  }
  const svg =
    `<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="per-thread timeline">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    axis.join('') +
    parts.join('') +
    `</svg>`;
  return { svg, columns, origin, span };
}

/**
 * What the three states mean in each mode. Under the GIL a thread runs while it holds it and
 * waits for it otherwise; in free-threading mode it runs while attached and "waits" only when
 * parked for another thread's stop-the-world collection (there are no drop requests).
 */
const STATE_WORDS = {
  gil: { running: 'running (holds the GIL)', waiting: 'waiting for the GIL', blocked: 'blocked (sleep, lock, I/O: GIL released)', ticks: 'ticks below a row: drop requests' },
  'free-threading': { running: 'running (attached, no GIL)', waiting: 'parked (another thread collects)', blocked: 'blocked (sleep, lock, I/O: detached)', ticks: '' },
} as const;

export function legendHtml(mode: StatsReport['mode']): string {
  const words = STATE_WORDS[mode];
  const item = (colour: string, text: string): string => `<span><i style="background:${colour}"></i>${escapeHtml(text)}</span>`;
  return (
    `<p class="legend">${item(STATE_COLOURS.running, words.running)}${item(STATE_COLOURS.waiting, words.waiting)}` +
    `${item(STATE_COLOURS.blocked, words.blocked)}${item(GC_COLOUR, 'collection (above the row)')}` +
    (words.ticks ? `<span>${words.ticks}</span>` : '') +
    `</p>`
  );
}

export function statsTableHtml(r: StatsReport): string {
  const rows = r.threads
    .map(
      (t) =>
        `<tr><td>${escapeHtml(t.name)}${t.alive && t.ident !== 1 ? ' (alive)' : ''}</td><td>${t.ident}</td><td>${t.bytecodes.toLocaleString('en-US')}</td>` +
        `<td>${seconds(t.gil_hold_s)}</td><td>${seconds(t.gil_wait_s)}</td><td>${percent(t.gil_wait_share)}</td>` +
        `<td>${t.gil_acquisitions}</td><td>${t.drop_requests}</td><td>${t.forced_switches}</td><td>${seconds(t.blocked_s)}</td><td>${seconds(t.wall_s)}</td></tr>`,
    )
    .join('\n');
  const [held, waited, share, acquired] = gilColumns(r.mode);
  return (
    `<table id="stats"><thead><tr><th>thread</th><th>ident</th><th>bytecodes</th><th>${held}</th><th>${waited}</th>` +
    `<th>${share}</th><th>${acquired}</th><th>drop requests</th><th>forced switches</th><th>blocked</th><th>life</th></tr></thead>\n<tbody>${rows}</tbody></table>`
  );
}

export function locksHtml(r: StatsReport): string {
  if (r.locks.length === 0) {
    return r.mode === 'gil'
      ? `<p id="locks-empty">None: under the GIL objects have no locks of their own (per-object lock counters are counted in free-threading mode, <code>-X gil=0</code>).</p>`
      : `<p id="locks-empty">No object lock was taken.</p>`;
  }
  const rows = r.locks
    .slice(0, 50)
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.type)}</td><td>${escapeHtml(l.site)}</td><td>${l.acquisitions}</td>` +
        `<td>${l.acquisitions > 0 ? percent(l.contended / l.acquisitions) : '0.0%'}</td><td>${seconds(l.wait_s)}</td></tr>`,
    )
    .join('\n');
  return `<table id="locks"><thead><tr><th>type</th><th>created at</th><th>acquisitions</th><th>contended</th><th>wait</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The pointer's tooltip over the timeline: thread, time and state of the column under it. */
const TIP_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var svg = document.getElementById('timeline'), tip = document.getElementById('tip');
  svg.addEventListener('mousemove', function (e) {
    var box = svg.getBoundingClientRect(), sx = svg.viewBox.baseVal.width / box.width;
    var x = (e.clientX - box.left) * sx - data.labelW, y = (e.clientY - box.top) * sx - data.axisH;
    var row = Math.floor(y / data.rowH), col = Math.floor(x / data.colW);
    if (row < 0 || row >= data.names.length || col < 0 || col >= data.columns) { tip.style.display = 'none'; return; }
    var t = (col + 0.5) * data.spanS / data.columns;
    tip.textContent = data.names[row] + ' @ ' + (t * 1000).toFixed(1) + ' ms: ' + data.states[row][col];
    tip.style.left = (e.clientX + 12) + 'px'; tip.style.top = (e.clientY + 12) + 'px'; tip.style.display = 'block';
  });
  svg.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
})();`;

export function reportHtml(r: StatsReport, tls: ThreadTimeline[], program: string): string {
  const tl = timelineSvg(tls);
  const ordered = [...tls].sort((a, b) => a.ident - b.ident);
  const data = {
    names: ordered.map((t) => t.name),
    states: tl.columns.map((cols) => cols.map((s) => s[0]).join('')),
    columns: TIMELINE_COLUMNS,
    colW: 1,
    labelW: LABEL_W,
    rowH: ROW_H,
    axisH: AXIS_H,
    spanS: tl.span / 1e6,
  };
  // States travel as one letter each (r, w, b, n); the script spells them out.
  const note = modeNote(r);
  const untraced = tls.some((t) => !t.traced);
  const body = `
<h1>gilvm report: ${escapeHtml(program)}</h1>
<p class="meta">mode <b>${r.mode}</b> · switch interval ${seconds(r.switch_interval_s)} · wall ${seconds(r.wall_s)} ·
${r.threads.length} threads · ${r.collections} collections · ${r.mode === 'gil' ? 'GIL waited' : 'parked for collections'} ${percent(r.totals.gil_wait_share)} of all thread life</p>
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
<h2>Timeline</h2>
${legendHtml(r.mode)}
${tl.svg}
${untraced ? '<p class="meta">* not traced: the thread was still running when the report was made (a daemon thread).</p>' : ''}
<script type="application/json" id="timeline-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<h2>Threads</h2>
${statsTableHtml(r)}
<h2>Contended locks</h2>
${locksHtml(r)}
<p class="meta">Made by <code>gilvm --report</code>. Each timeline column shows the state that filled most of it (${TIMELINE_COLUMNS} columns over the run).</p>`;
  const script = TIP_SCRIPT.replace(
    'data.states[row][col]',
    `({r:'running',w:${JSON.stringify(STATE_WORDS[r.mode].waiting)},b:'blocked',n:'-'})[data.states[row][col]]`,
  );
  return htmlPage(`gilvm report: ${program}`, body, script);
}
