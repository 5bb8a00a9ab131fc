/**
 * `gilvm -m compileall [-q|-qq] [-l] [-r N] [-f] [-d DESTDIR] [-s STRIPDIR] [-p PREPENDDIR]
 *   [-x REGEXP] [-i FILE] [-j N] [-e DIR] [FILE|DIR ...]`:
 * CPython 3.12's `compileall` main, its output included:
 *
 *     Listing 'Lib'...
 *     Compiling 'Lib/x.py'...
 *     ***   File "Lib/x.py", line 2
 *         if x
 *             ^
 *     SyntaxError: expected ':'
 *
 * With `-q` only failures are printed (`*** Error compiling 'Lib/x.py'...`
 * then the error); `-qq` prints nothing. Directories are walked in sorted
 * order, `__pycache__` skipped, symlinked folders not entered; only `*.py`
 * files are compiled, and a file whose cache is up to date is skipped unless
 * `-f`. Cache files are written whatever `-B` says (as CPython's compileall
 * does). Exit status 1 when any file failed.
 *
 * `-j N` compiles a folder's files on N worker threads (0: one per CPU);
 * each worker's output is printed in file order. Not supported (CPython's
 * `-b` legacy `.pyc` paths, `-o` optimization levels, `--invalidation-mode`,
 * `--hardlink-dupes`): argparse's "unrecognized arguments".
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { keepFreedMemory } from './malloc-tuning.js';
import { resolve } from 'node:path';
import { argparseError, ArgparseExit, parseArgs, rejectUnrecognized } from './argparse.js';
import type { ParserDef } from './argparse.js';
import type { Frontend } from './frontend.js';
import type { CliIO } from './io.js';
import { isErrnoError, osErrorStr, respell } from './oserror.js';
import { pyCompileErrorMsg } from './py-compile.js';
import { pyRepr } from './syntax-error.js';

const USAGE = `usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS] [-e DIR]
                     [FILE|DIR ...]
`;

const COMPILEALL_PARSER: ParserDef = {
  prog: 'compileall.py',
  usage: USAGE,
  help: `${USAGE}
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if \`-l\` and \`-r\`
                        options are specified, then \`-r\` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -d DESTDIR            directory to prepend to file paths for use in
                        compile-time tracebacks and in runtime tracebacks in
                        cases where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. \`-d\` and \`-s\` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by \`-s\` option. \`-d\` and \`-p\` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if "-", names are
                        read from stdin
  -j WORKERS, --workers WORKERS
                        Run compileall concurrently
  -e DIR                Ignore symlinks pointing outsite of the DIR
`,
  options: [
    { dest: 'maxlevels', short: 'l', kind: 'flag' },
    { dest: 'recursion', short: 'r', kind: 'int' },
    { dest: 'force', short: 'f', kind: 'flag' },
    { dest: 'quiet', short: 'q', kind: 'count' },
    { dest: 'rx', short: 'x', kind: 'string' },
    { dest: 'ddir', short: 'd', kind: 'string' },
    { dest: 'stripdir', short: 's', kind: 'string' },
    { dest: 'prependdir', short: 'p', kind: 'string' },
    { dest: 'flist', short: 'i', kind: 'string' },
    { dest: 'limit_sl_dest', short: 'e', kind: 'string' },
    { dest: 'workers', short: 'j', long: 'workers', kind: 'int' },
  ],
};

export interface CompileFileOptions {
  force: boolean;
  /** 0: everything, 1: errors only, 2: nothing. */
  quiet: number;
  rx: RegExp | null;
  /** -d: the folder named in the code objects instead of the file's own. */
  ddir?: string | null;
  /** -s: part of the path to left-strip from the name compiled in. */
  stripdir?: string | null;
  /** -p: path to prepend to the name compiled in (after -s). */
  prependdir?: string | null;
  /** -e: skip symlinks pointing outside this folder. */
  limitSlDest?: string | null;
}

/** Python's os.path.join. */
function pyJoinAll(first: string, ...rest: string[]): string {
  let path = first;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

/** compile_file's `dfile`: the filename compiled into the code (null: the file's own). */
function destinationName(fullname: string, opts: CompileFileOptions): string | null {
  const name = fullname.slice(fullname.lastIndexOf('/') + 1);
  let dfile: string | null = null;
  if (opts.ddir != null) dfile = pyJoinAll(opts.ddir, name);
  if (opts.stripdir != null) {
    const fullnameParts = fullname.split('/');
    const stripdirParts = opts.stripdir.split('/');
    const ddirParts = fullnameParts.slice();
    for (let i = 0; i < Math.min(stripdirParts.length, fullnameParts.length); i++) {
      if (stripdirParts[i] === fullnameParts[i]) {
        const at = ddirParts.indexOf(stripdirParts[i]!);
        if (at >= 0) ddirParts.splice(at, 1); // list.remove: the first equal item
      }
    }
    dfile = ddirParts.length ? pyJoinAll(ddirParts[0]!, ...ddirParts.slice(1)) : '';
  }
  if (opts.prependdir != null) dfile = pyJoinAll(opts.prependdir, dfile === null ? fullname : dfile);
  return dfile;
}

/** Python's os.path.join for two parts. */
function pyJoin(dir: string, name: string): string {
  if (dir === '' || dir.endsWith('/')) return dir + name;
  return dir + '/' + name;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `_walk_dir`: files under `dir` (the Listing lines printed as it goes). */
function* walkDir(dir: string, maxlevels: number, quiet: number, io: CliIO): Generator<string> {
  if (!quiet) io.stdout(`Listing ${pyRepr(dir)}...\n`);
  let names: string[];
  try {
    names = readdirSync(resolve(io.cwd, dir));
  } catch {
    if (quiet < 2) io.stdout(`Can't list ${pyRepr(dir)}\n`);
    names = [];
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name === '__pycache__') continue;
    const fullname = pyJoin(dir, name);
    const abs = resolve(io.cwd, fullname);
    if (!isDir(abs)) yield fullname;
    else if (maxlevels > 0 && name !== '.' && name !== '..' && !isLink(abs)) {
      yield* walkDir(fullname, maxlevels - 1, quiet, io);
    }
  }
}

function isRegularFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function realpathOrResolve(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * The path an I/O error is about, spelled as CPython would have it: the
 * file's name as given, or a path beside it (its __pycache__) spelled the
 * same way.
 */
function pathAsGiven(e: unknown, abs: string, fullname: string): string {
  const p = (e as { path?: unknown }).path;
  if (typeof p !== 'string' || p === abs) return fullname;
  const absDir = abs.slice(0, abs.lastIndexOf('/'));
  const slash = fullname.lastIndexOf('/');
  const dir = slash < 0 ? '' : fullname.slice(0, slash);
  if (p.startsWith(absDir + '/')) return pyJoin(dir, p.slice(absDir.length + 1));
  return p;
}

/** Python's exception class name for a Node errno error (OSError subclasses). */
function osErrorClass(e: unknown): string {
  if (!isErrnoError(e)) return 'OSError';
  switch (e.code) {
    case 'ENOENT':
      return 'FileNotFoundError';
    case 'EACCES':
    case 'EPERM':
      return 'PermissionError';
    case 'EISDIR':
      return 'IsADirectoryError';
    case 'ENOTDIR':
      return 'NotADirectoryError';
    case 'EEXIST':
      return 'FileExistsError';
    default:
      return 'OSError';
  }
}

/**
 * `compile_file`: compile one file to the cache if it is a `.py` file that
 * needs it. Returns success and appends its output to `out`.
 */
export function compileFile(fullname: string, opts: CompileFileOptions, cwd: string, fe: Frontend, out: string[]): boolean {
  if (opts.rx !== null && opts.rx.test(fullname)) return true;
  const abs = resolve(cwd, fullname);
  if (opts.limitSlDest != null && isLink(abs)) {
    const limit = realpathOrResolve(resolve(cwd, opts.limitSlDest));
    const target = realpathOrResolve(abs);
    if (!target.startsWith(limit.endsWith('/') ? limit : limit + '/')) return true;
  }
  const dfile = destinationName(fullname, opts);
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) return true;
  const slash = fullname.lastIndexOf('/');
  const name = fullname.slice(slash + 1);
  if (!name.endsWith('.py')) return true;
  if (!opts.force) {
    try {
      if (fe.cache.isCacheFresh(abs)) return true;
    } catch {
      // unreadable cache: compile
    }
  }
  if (!opts.quiet) out.push(`Compiling ${pyRepr(fullname)}...\n`);
  try {
    // CPython shows a compiler error's line only if the name compiled in is a readable file.
    const dfileIsFile = dfile === null || isRegularFile(resolve(cwd, dfile));
    fe.compileFileToCache(abs, { dfile: dfile ?? fullname, dfileIsFile });
    return true;
  } catch (e) {
    let msg: string;
    if (fe.isPyCompileError(e)) msg = pyCompileErrorMsg(e);
    else if (isErrnoError(e)) msg = `${osErrorClass(e)}: ${respell(osErrorStr(e, pathAsGiven(e, abs, fullname)), abs, fullname)}`;
    else throw e;
    if (opts.quiet >= 2) return false;
    if (opts.quiet) out.push(`*** Error compiling ${pyRepr(fullname)}...\n`);
    else out.push('*** ');
    out.push(msg + '\n');
    return false;
  }
}

/** `compile_dir`. */
async function compileDir(
  dir: string,
  maxlevels: number,
  opts: CompileFileOptions,
  workers: number,
  io: CliIO,
  fe: Frontend,
): Promise<boolean> {
  if (workers < 0) throw new PyValueError('workers must be greater or equal to 0');
  if (opts.ddir != null) opts = { ...opts, stripdir: dir, prependdir: opts.ddir, ddir: null };
  const files = walkDir(dir, maxlevels, opts.quiet, io);
  if (workers !== 1) {
    const { compileInWorkers, workersAvailable } = await import('./compileall-pool.js');
    // Running from TypeScript sources (tests) there is no built worker: compile here.
    if (workersAvailable()) {
      const list = [...files];
      return compileInWorkers(list, opts, io, workers === 0 ? availableParallelism() : workers);
    }
  }
  let success = true;
  for (const file of files) {
    const out: string[] = [];
    if (!compileFile(file, opts, io.cwd, fe, out)) success = false;
    if (out.length) io.stdout(out.join(''));
  }
  return success;
}

class PyValueError extends Error {}

/**
 * A compileall run is short and spends much of its time warming up: V8
 * optimizes the compiler's functions as they get hot, and each deoptimization
 * (a node type or branch seen for the first time) recompiles the function
 * with everything inlined into it. Less inlining makes those recompilations
 * smaller; measured on the standard library it saves 10-15% of the CPU time
 * of a run (the flag is V8's own, process-wide, set before anything is
 * compiled; workers started later share it).
 */
function tuneEngineForBatchCompile(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  keepFreedMemory();
}

export async function compileallMain(args: string[], io: CliIO, fe: Frontend): Promise<number> {
  tuneEngineForBatchCompile();
  const parsed = parseArgs(COMPILEALL_PARSER, args);
  rejectUnrecognized(COMPILEALL_PARSER, parsed);
  const v = parsed.values;
  const quiet = (v.get('quiet') as number | undefined) ?? 0;
  let rx: RegExp | null = null;
  const rxSource = v.get('rx') as string | undefined;
  if (rxSource) {
    try {
      rx = new RegExp(rxSource);
    } catch (e) {
      throw argparseError(COMPILEALL_PARSER, `argument -x: invalid regular expression: ${pyRepr(rxSource)}`);
    }
  }
  const recursion = v.get('recursion') as number | undefined;
  const maxlevels = recursion !== undefined ? recursion : v.get('maxlevels') === true ? 0 : 1000;
  const workers = (v.get('workers') as number | undefined) ?? 1;
  const str = (k: string): string | null => (v.get(k) as string | undefined) ?? null;
  const limitSlDest = str('limit_sl_dest');
  const opts: CompileFileOptions = {
    force: v.get('force') === true,
    quiet,
    rx,
    ddir: str('ddir'),
    stripdir: str('stripdir'),
    prependdir: str('prependdir'),
    limitSlDest: limitSlDest === '' ? null : limitSlDest,
  };
  if (opts.ddir !== null && (opts.stripdir !== null || opts.prependdir !== null)) {
    throw argparseError(COMPILEALL_PARSER, '-d cannot be used in combination with -s or -p');
  }
  const dests = parsed.positionals.slice();

  const flist = v.get('flist') as string | undefined;
  if (flist) {
    try {
      const text = flist === '-' ? new TextDecoder().decode(io.readStdin()) : readFileSync(resolve(io.cwd, flist), 'utf8');
      for (const line of text.split(/(?<=\n)/)) if (line !== '') dests.push(line.trim());
    } catch {
      if (quiet < 2) io.stdout(`Error reading file list ${flist}\n`);
      return 1;
    }
  }

  let success = true;
  try {
    if (dests.length > 0) {
      for (const dest of dests) {
        let destIsFile = false;
        try {
          destIsFile = statSync(resolve(io.cwd, dest)).isFile();
        } catch {
          destIsFile = false;
        }
        if (destIsFile) {
          const out: string[] = [];
          if (!compileFile(dest, opts, io.cwd, fe, out)) success = false;
          if (out.length) io.stdout(out.join(''));
        } else if (!(await compileDir(dest, maxlevels, opts, workers, io, fe))) {
          success = false;
        }
      }
    } else {
      // compile_path(): sys.path without recursion. For `-m`, sys.path[0] is
      // the current folder (absolute); then PYTHONPATH.
      const path = [io.cwd, ...(io.env['PYTHONPATH'] ?? '').split(':').filter((p) => p !== '')];
      for (const dir of path) {
        success = success && (await compileDir(dir, 0, opts, 1, io, fe));
      }
    }
  } catch (e) {
    if (e instanceof PyValueError) {
      io.stderr(`ValueError: ${e.message}\n`);
      return 1;
    }
    if (e instanceof ArgparseExit) throw e;
    throw e;
  }
  return success ? 0 : 1;
}
