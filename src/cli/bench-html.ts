/**
 * `gilvm bench --html F`: the bench's table and a speedup plot (speedup
 * against thread count, one line per mode, and the ideal line y = x) as one
 * self-contained page.
 */
import type { BenchResult } from './bench-main.js';
import { escapeHtml, htmlPage, niceTicks } from './stats-html.js';

const MODE_COLOURS: Record<string, string> = { gil: '#d9482b', nogil: '#2e6fd9' };

/** The speedup plot as an SVG element. */
export function speedupSvg(res: BenchResult): string {
  const W = 560;
  const H = 380;
  const left = 56;
  const bottom = 46;
  const top = 20;
  const right = 130;
  const maxT = Math.max(...res.threads);
  const base = res.threads[0]!;
  const ideal = maxT / base;
  const maxS = Math.max(ideal, ...res.rows.map((r) => r.speedup ?? 0)) * 1.05;
  const minT = 0;
  const x = (t: number): number => left + ((t - minT) / (maxT - minT || 1)) * (W - left - right);
  const y = (s: number): number => H - bottom - (s / maxS) * (H - bottom - top);
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#fff"/>`];
  for (const s of niceTicks(maxS, 5)) {
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${y(s).toFixed(1)}" y2="${y(s).toFixed(1)}" stroke="#e3e6ea"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(s) + 4).toFixed(1)}" text-anchor="end">${s}x</text>`);
  }
  for (const t of res.threads) {
    parts.push(`<text x="${x(t).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle">${t}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}" stroke="#333"/>`);
  parts.push(`<text x="${(left + W - right) / 2}" y="${H - 10}" text-anchor="middle">threads</text>`);
  parts.push(`<text x="14" y="${(top + H - bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(top + H - bottom) / 2})">speedup</text>`);
  // The ideal: n threads, n / base times faster.
  parts.push(
    `<line id="ideal" x1="${x(base).toFixed(1)}" y1="${y(1).toFixed(1)}" x2="${x(maxT).toFixed(1)}" y2="${y(ideal).toFixed(1)}" stroke="#888" stroke-dasharray="5 4"/>`,
  );
  let legendY = top + 10;
  const legend = (colour: string, text: string, dashed = false): void => {
    parts.push(`<line x1="${W - right + 12}" x2="${W - right + 34}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="2"${dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    parts.push(`<text x="${W - right + 40}" y="${legendY + 4}">${escapeHtml(text)}</text>`);
    legendY += 18;
  };
  legend('#888', 'ideal', true);
  for (const mode of res.modes) {
    const colour = MODE_COLOURS[mode] ?? '#333';
    const pts = res.rows.filter((r) => r.mode === mode && r.speedup !== null).map((r) => [x(r.threads), y(r.speedup!)] as const);
    if (pts.length > 1) parts.push(`<polyline class="series" data-mode="${mode}" fill="none" stroke="${colour}" stroke-width="2" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`);
    for (const [a, b] of pts) parts.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="4" fill="${colour}"/>`);
    const ran = res.rows.find((r) => r.mode === mode)?.measured_mode;
    legend(colour, mode === 'nogil' && ran === 'gil' ? 'nogil (ran: gil)' : mode);
  }
  return `<svg id="speedup" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="speedup plot">${parts.join('')}</svg>`;
}

export function benchHtml(res: BenchResult): string {
  const cell = (v: number | null, f: (x: number) => string): string => (v === null ? 'failed' : f(v));
  const rows = res.rows
    .map(
      (r) =>
        `<tr><td>${r.mode}${r.measured_mode === 'gil' && r.mode === 'nogil' ? ' (ran: gil)' : ''}</td><td>${r.threads}</td>` +
        `<td>${cell(r.median_wall_s, (v) => v.toFixed(3) + ' s')}</td><td>${cell(r.speedup, (v) => v.toFixed(2) + 'x')}</td>` +
        `<td>${cell(r.efficiency, (v) => (v * 100).toFixed(0) + '%')}</td><td>${cell(r.gil_wait_share, (v) => (v * 100).toFixed(1) + '%')}</td>` +
        `<td>${r.runs.map((x) => (x.wall_s === null ? 'failed' : x.wall_s.toFixed(3))).join(', ')}</td></tr>`,
    )
    .join('\n');
  const title = `gilvm bench: ${res.program}`;
  const body = `
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml([res.program, ...res.args].join(' '))} · median of ${res.runs} run${res.runs === 1 ? '' : 's'} ·
${res.machine.cpus} CPUs · Node.js ${escapeHtml(res.machine.node)} · ${escapeHtml(res.date)}</p>
${res.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
<h2>Speedup</h2>
${speedupSvg(res)}
<h2>Runs</h2>
<table id="bench"><thead><tr><th>mode</th><th>threads</th><th>median wall</th><th>speedup</th><th>efficiency</th><th>GIL wait share</th><th>each run (s)</th></tr></thead>
<tbody>${rows}</tbody></table>
<p class="meta">Wall time is the program's (from its main thread's start to its end, without Node's start-up). Speedup is against the same mode's run with the fewest threads; efficiency is speedup divided by the thread ratio. GIL wait share: time all threads spent waiting for the GIL over their total life.</p>`;
  return htmlPage(title, body);
}
