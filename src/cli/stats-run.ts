/**
 * Running a program with the reports of issue 7 (`--stats`, `--stats-json F`,
 * `--trace F`, `--report F`): runProgram with RunHooks asking for the
 * counters (and the timelines when a trace or a page is wanted), then the
 * reports are written once the program has ended, so `--stats`'s table comes
 * after everything the program printed.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ProgramStats } from '../vm/thread-stats.js';
import type { CliIO } from './io.js';
import type { RunConfig } from './options.js';
import { runProgram, type MainProgram } from './run-program.js';
import { formatStatsText, statsReport } from './stats-format.js';
import { reportHtml } from './stats-html.js';
import { timelines, traceDocument } from './stats-trace.js';

export async function runWithReports(config: RunConfig, main: MainProgram, io: CliIO): Promise<number> {
  const reports = config.reports!;
  let stats: ProgramStats | null = null;
  const status = await runProgram(config, main, io, {
    onStats: (s) => {
      stats = s;
    },
    trace: reports.trace !== undefined || reports.report !== undefined,
  });
  const got = stats as ProgramStats | null;
  if (got === null) {
    io.stderr('gilvm: no statistics: the program ended before its main thread could report them\n');
    return status;
  }
  const report = statsReport(got, config.gil);
  const program = main.file ?? (config.program.kind === 'command' ? '-c' : '<stdin>');
  const write = (file: string, text: string, what: string): void => {
    try {
      writeFileSync(resolve(io.cwd, file), text);
    } catch (e) {
      io.stderr(`gilvm: cannot write the ${what} to ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  };
  if (reports.statsJson !== undefined) write(reports.statsJson, JSON.stringify(report, null, 2) + '\n', 'statistics');
  if (reports.trace !== undefined) {
    write(reports.trace, JSON.stringify(traceDocument(got, { program, exit_status: status })) + '\n', 'trace');
  }
  if (reports.report !== undefined) write(reports.report, reportHtml(report, timelines(got), basename(program)), 'report');
  if (reports.stats) io.stderr(formatStatsText(report));
  return status;
}
