/**
 * The conformance suite's machinery: finding the programs, running one under
 * gilvm exactly as tools/gen-conformance.mjs ran it under CPython (same
 * folder layout, environment and stdin), and comparing the two.
 *
 * A program is `test/conformance/<area>/<name>.py`, or a folder
 * `<area>/<name>/` holding `main.py` and the modules it imports. Beside it:
 * `<name>.expected.json` (CPython 3.12's stdout, stderr and exit status, the
 * temporary folder written as `{DIR}`) and optionally `<name>.stdin`.
 */
import { spawn } from 'node:child_process';
import { cpSync, writeFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SUITE = join(ROOT, 'test/conformance');
/** The gilvm under test: bin/gilvm.js (the built CLI), or GILVM_BIN to judge another build. */
export const BIN = process.env['GILVM_BIN'] ?? join(ROOT, 'bin/gilvm.js');

export interface Program {
  /** `area/name`, as known-failures.txt names it. */
  id: string;
  area: string;
  name: string;
  /** A folder with main.py, rather than one file. */
  folder: boolean;
  /** Path without extension: `<base>.py` or the folder, `<base>.expected.json`, `<base>.stdin`. */
  base: string;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

/** Every program of the suite, sorted by id (the same walk as tools/gen-conformance.mjs). */
export function listPrograms(dir = SUITE): Program[] {
  const programs: Program[] = [];
  for (const area of readdirSync(dir).sort()) {
    const areaDir = join(dir, area);
    if (!statSync(areaDir).isDirectory()) continue;
    const entries = readdirSync(areaDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const ent of entries) {
      if (ent.isFile() && ent.name.endsWith('.py')) {
        const name = ent.name.slice(0, -3);
        programs.push({ id: `${area}/${name}`, area, name, folder: false, base: join(areaDir, name) });
      } else if (ent.isDirectory() && existsSync(join(areaDir, ent.name, 'main.py'))) {
        programs.push({ id: `${area}/${ent.name}`, area, name: ent.name, folder: true, base: join(areaDir, ent.name) });
      }
    }
  }
  return programs;
}

export function expectedOf(p: Program): Outcome {
  return JSON.parse(readFileSync(`${p.base}.expected.json`, 'utf8')) as Outcome;
}

/** The environment of every run: what tools/gen-conformance.mjs gives CPython. */
export function programEnv(): Record<string, string> {
  const env: Record<string, string> = { PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', LANG: 'C.UTF-8' };
  for (const k of ['PATH', 'HOME']) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** Extra gilvm arguments for every run, from GILVM_TEST_ARGS (e.g. `-X gcstress`). */
export function extraArgs(): string[] {
  return (process.env['GILVM_TEST_ARGS'] ?? '').split(/\s+/).filter((a) => a !== '');
}

/**
 * Runs the program named by argv[1] as the `__main__` module, but in a new thread: what it
 * prints must not change (every worker must see the same interpreter state).
 */
const IN_THREAD = `import sys, threading, types
path = sys.argv[1]
del sys.argv[0]
main = types.ModuleType('__main__')
main.__file__ = path
sys.modules['__main__'] = main
with open(path) as f:
    code = compile(f.read(), path, 'exec')
t = threading.Thread(target=exec, args=(code, main.__dict__))
t.start()
t.join()
`;

/** Output past this many bytes per stream is cut: a runaway program must not eat the test's memory. */
const OUTPUT_CAP = 8 << 20;

/**
 * Runs program `p` under gilvm in a fresh temporary folder (its cwd), as
 * `node bin/gilvm.js [GILVM_TEST_ARGS] <name>.py` (or `main.py`). A run past
 * `timeoutMs` is killed and reported with status -1.
 */
/** `more`: gilvm arguments after GILVM_TEST_ARGS's (the free-threading run's `-X gil=0`). */
export async function runGilvm(p: Program, timeoutMs: number, inThread = false, more: string[] = []): Promise<Outcome> {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'gilvm-conf-')));
  try {
    let script: string;
    if (p.folder) {
      cpSync(p.base, work, { recursive: true });
      script = 'main.py';
    } else {
      script = `${p.name}.py`;
      cpSync(`${p.base}.py`, join(work, script));
    }
    const stdinFile = `${p.base}.stdin`;
    const input = existsSync(stdinFile) ? readFileSync(stdinFile) : Buffer.alloc(0);
    // inThread: run the program as __main__ in a thread other than the main one (IN_THREAD).
    let args = [script];
    if (inThread) {
      writeFileSync(join(work, '_gilvm_in_thread.py'), IN_THREAD);
      args = ['_gilvm_in_thread.py', script];
    }
    const r = await spawnCollect(process.execPath, [BIN, ...extraArgs(), ...more, ...args], work, input, timeoutMs);
    const fix = (s: string): string => s.split(work).join('{DIR}');
    return { stdout: fix(r.stdout), stderr: fix(r.stderr), status: r.status };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function spawnCollect(cmd: string, args: string[], cwd: string, input: Buffer, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: programEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      if (outLen < OUTPUT_CAP) out.push(b);
      outLen += b.length;
    });
    child.stderr.on('data', (b: Buffer) => {
      if (errLen < OUTPUT_CAP) err.push(b);
      errLen += b.length;
    });
    // A program that never reads stdin may close it before we finish writing.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) stderr += `\n[conformance runner: killed after ${timeoutMs} ms]\n`;
      else if (signal !== null) stderr += `\n[conformance runner: killed by ${signal}]\n`;
      resolvePromise({ stdout: Buffer.concat(out).toString('utf8'), stderr, status: timedOut || code === null ? -1 : code });
    });
  });
}

/**
 * stderr as compared: CPython's caret lines under a traceback's source line
 * (made only of spaces and `^`/`~`) are dropped, since gilvm need not print
 * them; nothing else changes.
 */
export function normalizeStderr(s: string): string {
  return s
    .split('\n')
    .filter((line) => !/^ *[\^~][ ^~]*$/.test(line))
    .join('\n');
}

/** known-failures.txt: `area/name` a line; `#` starts a comment. */
export function readKnownFailures(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter((l) => l !== ''),
  );
}

/** A counting semaphore: at most `n` runs at a time. */
export class Pool {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly n: number) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    // A finished job hands its slot straight to the next waiter, so `active` never exceeds `n`.
    if (this.active >= this.n) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
