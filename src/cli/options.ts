/**
 * The command line, parsed the way CPython's `Python/getopt.c` and
 * `Python/initconfig.c` parse `python`'s:
 *
 *     gilvm [option] ... (-c cmd | -m mod | file | -) [arg] ...
 *
 * - Short options may be clustered (`-Bv`); an option that takes an argument
 *   takes the rest of its cluster (`-cprint(1)`) or else the next word.
 * - `-c` and `-m` end the options: everything after them is `sys.argv[1:]`.
 *   So does the first word that is not an option (the script) and `-`
 *   (stdin); `--` ends the options and is dropped.
 * - `-h` prints the help at once; `-V` is remembered and printed once every
 *   option has been read (as CPython does), so `-V -Z` is still an error.
 * - The environment (`PYTHONDONTWRITEBYTECODE`, `PYTHONPATH`, `PYTHON_GIL`,
 *   `PYTHONVERBOSE`, `PYTHONINSPECT`, `PYTHONUNBUFFERED`) is read after the options; `-X gil=`
 *   wins over `PYTHON_GIL`, as in CPython 3.13.
 *
 * This module only parses: it never prints or exits, so it is unit-tested
 * directly. `main.ts` turns its result into output and an exit status.
 */
import { delimiter } from 'node:path';

export const PROGRAM_NAME = 'gilvm';

/** What the program to run is, as CPython's `config->run_*`. */
export type Program =
  | { kind: 'command'; command: string }
  | { kind: 'module'; module: string }
  | { kind: 'file'; path: string }
  | { kind: 'stdin' };

/** Everything the interpreter (issue 3) needs to start a program. */
export interface RunConfig {
  program: Program;
  /**
   * `sys.argv` as CPython sets it before running: `['-c', ...]` for `-c`,
   * `['-m', ...]` for `-m` (runpy then replaces argv[0] with the module's
   * path), `[file, ...]` for a script, `['-', ...]` for `-` and `['']` when
   * no program is given.
   */
  argv: string[];
  /** `-B` or PYTHONDONTWRITEBYTECODE: never write `__pycache__` files on import. */
  dontWriteBytecode: boolean;
  /** `-v` count, or PYTHONVERBOSE; verbose import tracing. */
  verbose: number;
  /** `-X` options in order, as `sys._xoptions` (a bare `-X name` is `true`). */
  xoptions: Map<string, string | true>;
  /** `True` for the GIL (default), `false` for free-threading (`-X gil=0`). */
  gil: boolean;
  /** Whether `-X gil` or PYTHON_GIL chose the mode (sys.flags.gil is None otherwise, as CPython's). */
  gilSet?: boolean;
  /** PYTHONPATH entries, to go in `sys.path` after the script's folder. */
  pythonPath: string[];
  /** `-i` or PYTHONINSPECT: the interactive prompt after the program, even when stdin is not a terminal. */
  inspect: boolean;
  /** `-q`: no banner when the interactive prompt starts. */
  quiet: boolean;
  /** `-u` or PYTHONUNBUFFERED: sys.stdout and sys.stderr write through at every write. */
  unbuffered: boolean;
  /** gilvm's reports at exit (`--stats`, `--stats-json F`, `--trace F`, `--report F`: src/cli/stats-run.ts); absent when none is asked. */
  reports?: ReportOptions;
}

/** Which reports on the program's threads to make at exit (issue 7). */
export interface ReportOptions {
  /** `--stats`: a table on stderr. */
  stats: boolean;
  /** `--stats-json FILE`. */
  statsJson?: string;
  /** `--trace FILE`: Chrome Trace Event JSON. */
  trace?: string;
  /** `--report FILE`: one self-contained HTML page. */
  report?: string;
}

/** gilvm's own long options that take a file (`--trace F` or `--trace=F`). */
const REPORT_FILE_OPTIONS = { '--stats-json': 'statsJson', '--trace': 'trace', '--report': 'report' } as const;

export type ParseResult =
  | { action: 'run'; config: RunConfig }
  | { action: 'help' }
  | { action: 'version'; level: number }
  /** Bad command line: `message` on stderr, then the usage lines, exit 2. */
  | { action: 'usage-error'; message: string }
  /** Start-up configuration error (CPython's `Fatal Python error: ...`), exit 1. */
  | { action: 'fatal'; func: string; message: string };

/** Options that take an argument (CPython: `c:`, `m:`, `X:`, plus `W:`, which gilvm lacks). */
const WITH_ARGUMENT = new Set(['c', 'm', 'X']);
/** Options without an argument that gilvm knows. */
const FLAGS = new Set(['B', 'v', 'h', '?', 'V', 'i', 'q', 'u']);

export type Env = Readonly<Record<string, string | undefined>>;

export function parseCommandLine(args: readonly string[], env: Env): ParseResult {
  let dontWriteBytecode = false;
  let verbose = 0;
  let version = 0;
  let inspect = false;
  let quiet = false;
  let unbuffered = false;
  let reports: ReportOptions | undefined;
  const xoptions = new Map<string, string | true>();
  let program: Program | null = null;
  let i = 0;

  scan: while (i < args.length) {
    const arg = args[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    i++;
    if (arg.startsWith('--')) {
      // --help-env, --help-xoptions, --help-all: gilvm has one help text.
      if (arg === '--help' || arg === '--help-env' || arg === '--help-xoptions' || arg === '--help-all') {
        return { action: 'help' };
      }
      if (arg === '--version') {
        version++;
        continue;
      }
      if (arg === '--stats') {
        reports = { ...(reports ?? { stats: false }), stats: true };
        continue;
      }
      const eqAt = arg.indexOf('=');
      const longName = eqAt < 0 ? arg : arg.slice(0, eqAt);
      if (Object.hasOwn(REPORT_FILE_OPTIONS, longName)) {
        const key = REPORT_FILE_OPTIONS[longName as keyof typeof REPORT_FILE_OPTIONS];
        let file: string;
        if (eqAt >= 0) file = arg.slice(eqAt + 1);
        else if (i < args.length) file = args[i++]!;
        else return { action: 'usage-error', message: `Argument expected for the ${longName} option` };
        reports = { ...(reports ?? { stats: false }), [key]: file };
        continue;
      }
      return { action: 'usage-error', message: `unknown option ${arg}` };
    }
    for (let j = 1; j < arg.length; j++) {
      const opt = arg[j]!;
      if (WITH_ARGUMENT.has(opt)) {
        let value: string;
        if (j + 1 < arg.length) {
          value = arg.slice(j + 1);
        } else if (i < args.length) {
          value = args[i++]!;
        } else {
          return { action: 'usage-error', message: `Argument expected for the -${opt} option` };
        }
        if (opt === 'c') {
          program = { kind: 'command', command: value };
          break scan;
        }
        if (opt === 'm') {
          program = { kind: 'module', module: value };
          break scan;
        }
        const eq = value.indexOf('=');
        if (eq < 0) xoptions.set(value, true);
        else xoptions.set(value.slice(0, eq), value.slice(eq + 1));
        break; // the rest of the cluster was the argument
      }
      if (!FLAGS.has(opt)) {
        return { action: 'usage-error', message: `Unknown option: -${opt}` };
      }
      switch (opt) {
        case 'B':
          dontWriteBytecode = true;
          break;
        case 'v':
          verbose++;
          break;
        case 'h':
        case '?':
          return { action: 'help' };
        case 'V':
          version++;
          break;
        case 'i':
          inspect = true;
          break;
        case 'q':
          quiet = true;
          break;
        case 'u':
          unbuffered = true;
          break;
      }
    }
  }

  if (version > 0) return { action: 'version', level: version };

  const rest = args.slice(i);
  let argv: string[];
  if (program === null) {
    if (rest.length > 0 && rest[0] !== '-') {
      program = { kind: 'file', path: rest[0]! };
      argv = rest.slice();
    } else {
      program = { kind: 'stdin' };
      argv = rest.length > 0 ? rest.slice() : [''];
    }
  } else {
    argv = [program.kind === 'command' ? '-c' : '-m', ...rest];
  }

  // The environment, read as CPython's _Py_get_env_flag reads it (envFlag): `0` leaves a flag
  // off; PYTHONVERBOSE=N counts like -v repeated N times.
  if (envFlag(env['PYTHONDONTWRITEBYTECODE']) > 0) dontWriteBytecode = true;
  verbose = Math.max(verbose, envFlag(env['PYTHONVERBOSE']));
  if (envFlag(env['PYTHONINSPECT']) > 0) inspect = true;
  if (envFlag(env['PYTHONUNBUFFERED']) > 0) unbuffered = true;

  // -X gil / PYTHON_GIL: "0" or "1", nothing else (CPython 3.13's config_read_gil).
  let gil = true;
  let gilSet = false;
  const gilSource = xoptions.has('gil') ? xoptions.get('gil')! : env['PYTHON_GIL'];
  if (gilSource !== undefined && !(gilSource === '' && !xoptions.has('gil'))) {
    gilSet = true;
    if (gilSource === '0') gil = false;
    else if (gilSource === '1') gil = true;
    else {
      return { action: 'fatal', func: 'config_read_gil', message: 'PYTHON_GIL / -X gil must be "0" or "1"' };
    }
  }

  const pythonPathVar = env['PYTHONPATH'];
  const pythonPath = nonEmpty(pythonPathVar) ? pythonPathVar.split(delimiter).filter((p) => p !== '') : [];

  return {
    action: 'run',
    config: { program, argv, dontWriteBytecode, verbose, xoptions, gil, ...(gilSet ? { gilSet } : {}), pythonPath, inspect, quiet, unbuffered, ...(reports ? { reports } : {}) },
  };
}

function nonEmpty(v: string | undefined): v is string {
  return v !== undefined && v !== '';
}

/**
 * The level an environment variable sets for a flag, as CPython's _Py_get_env_flag: 0 when it is
 * unset or empty; its value when it reads as a C int (strtol: leading blanks and a sign
 * allowed); 1 for any other text, a negative number or one out of int's range. So `0` and `00`
 * leave the flag off, and `x` turns it on.
 */
export function envFlag(v: string | undefined): number {
  if (v === undefined || v === '') return 0;
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(v);
  if (m === null) return 1;
  const n = Number(m[1]);
  return n < 0 || n > 0x7fffffff ? 1 : n + 0; // + 0: `-0` is 0
}

/**
 * The two lines that follow a bad-option message (CPython's `usage(1, ...)`).
 * The second is CPython's fixed text: it says `python` whatever the program is called.
 */
export function shortUsage(prog: string = PROGRAM_NAME): string {
  return (
    `usage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n` +
    "Try `python -h' for more information.\n"
  );
}

/** `gilvm -h`: CPython's usage text, cut down to the options gilvm has. */
export function helpText(prog: string = PROGRAM_NAME): string {
  return `usage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-X opt : set implementation-specific option; gilvm reads:
         -X gil=0 : run without the GIL (free-threading); also PYTHON_GIL=0
         -X gil=1 : run with the GIL (the default); also PYTHON_GIL=1
         -X switchinterval=S : sys.setswitchinterval(S) before the program starts
--stats  : at exit, every thread's GIL statistics on stderr
--stats-json FILE : the same statistics as JSON
--trace FILE  : a Chrome Trace Event timeline of every thread (Perfetto)
--report FILE : one HTML page: timeline, statistics, contended locks
Also: gilvm bench [--threads 1,2,4] [--modes gil,nogil] [--runs N]
                  [--json F] [--html F] FILE.py [args...]
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONPATH   : '${delimiter}'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.

Modules gilvm runs natively today (-m): dis, py_compile, compileall.
`;
}
