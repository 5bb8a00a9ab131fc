/**
 * The command line of one child run of gilvm, shared by the TypeScript API
 * (runPython, src/api.ts) and Python's `gilvm.run()` (src/lib/gilvm-module.ts):
 * the mode, the switch interval and the statistics file go before the program.
 */
export interface RunPythonOptions {
  /** A script to run (as `gilvm FILE`)… */
  file?: string;
  /** …or the program's text (as `gilvm -c SOURCE`: its filename is `<string>`). */
  source?: string;
  /** 'gil' (the default) or 'free-threading' ('nogil' is the same): `-X gil=1|0`. */
  mode?: 'gil' | 'free-threading' | 'nogil';
  /** sys.setswitchinterval's value at start, in seconds (`-X switchinterval=S`). */
  switchInterval?: number;
  /** sys.argv[1:]. */
  args?: string[];
  /** Standard input (default: empty). */
  stdin?: string | Uint8Array;
  /** The program's working folder (default: this process's). */
  cwd?: string;
  /** Environment variables (default: this process's). */
  env?: Record<string, string | undefined>;
  /** Record every thread's timeline and return it as a Chrome Trace Event document. */
  trace?: boolean;
  /** Kill the program after this many milliseconds (status null, signal 'SIGTERM'). */
  timeoutMs?: number;
  /** Other gilvm options, before the program (e.g. ['-X', 'heapsize=1g']). */
  options?: string[];
  /** The CLI to run (default: $GILVM_BIN, else this package's bin/gilvm.js). */
  gilvmBin?: string;
}

/** The command line runPython uses (exported for tests and for people who want the same run in a shell). */
export function runPythonArgs(o: RunPythonOptions, statsFile: string, traceFile: string | null): string[] {
  if ((o.file === undefined) === (o.source === undefined)) throw new TypeError('runPython: give exactly one of file and source');
  const args: string[] = ['-X', `gil=${o.mode === undefined || o.mode === 'gil' ? 1 : 0}`];
  if (o.switchInterval !== undefined) {
    if (!(o.switchInterval > 0)) throw new RangeError('runPython: switchInterval must be a positive number of seconds');
    args.push('-X', `switchinterval=${o.switchInterval}`);
  }
  args.push(...(o.options ?? []), '--stats-json', statsFile);
  if (traceFile !== null) args.push('--trace', traceFile);
  if (o.file !== undefined) args.push(o.file);
  else args.push('-c', o.source!);
  return [...args, ...(o.args ?? [])];
}

