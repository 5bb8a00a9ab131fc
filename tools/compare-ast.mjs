#!/usr/bin/env node
/**
 * Differential check of gilvm's parser against CPython's `ast` (development aid).
 *
 *     npx tsc -p tsconfig.json
 *     node tools/compare-ast.mjs [--stdlib] [--python python3.12] [--fstring-positions] [-v] [FILE|DIR ...]
 *
 * Parses each file with gilvm (dist/src/compiler/parser.js) and with CPython
 * (tools/pyast2json.py, run in a few batch processes), normalizes both to
 * pyast2json's JSON convention and reports the first difference per file.
 * `--stdlib` adds CPython 3.11.7's standard library from pyenv, without its
 * test folders (test/, tests/, lib2to3/tests, idlelib/idle_test).
 * Positions inside f-strings are ignored unless --fstring-positions (CPython
 * 3.11 and 3.12 differ there). Use python3.12 as the reference where
 * available: its f-string ASTs are the ones gilvm builds.
 * Prints "identical N / M" and gilvm's total parse time.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { parse } = await import(join(ROOT, 'dist/src/compiler/parser.js'));
const { PyComplex, Ellipsis } = await import(join(ROOT, 'dist/src/compiler/ast.js'));
const { decodeSource } = await import(join(ROOT, 'dist/src/compiler/source.js'));

const args = process.argv.slice(2);
let python = null;
let keepFPos = false;
let verbose = false;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--python') python = args[++i];
  else if (a === '--fstring-positions') keepFPos = true;
  else if (a === '-v') verbose = true;
  else if (a === '--stdlib') inputs.push({ stdlib: join(homedir(), '.pyenv/versions/3.11.7/lib/python3.11') });
  else inputs.push(a);
}
if (!python) {
  const p312 = join(homedir(), '.pyenv/versions/3.12.1/bin/python3');
  python = existsSync(p312) ? p312 : 'python3';
}

function walk(dir, skip, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (skip(p, name)) continue;
      walk(p, skip, out);
    } else if (name.endsWith('.py')) out.push(p);
  }
}

const files = [];
for (const inp of inputs) {
  if (typeof inp === 'object') {
    const base = inp.stdlib;
    walk(
      base,
      (p, name) =>
        name === 'test' ||
        name === 'tests' ||
        name === 'site-packages' ||
        p === join(base, 'idlelib/idle_test') ||
        p === join(base, 'lib2to3/tests'),
      files,
    );
  } else if (statSync(inp).isDirectory()) walk(inp, () => false, files);
  else files.push(inp);
}
if (!files.length) {
  console.error('usage: node tools/compare-ast.mjs [--stdlib] [--python PY] [--fstring-positions] [-v] FILE|DIR ...');
  process.exit(2);
}

// ------------------------------------------------------------ CPython side

const BATCH = `
import io, json, runpy, sys, contextlib
tool = sys.argv[1]
for line in sys.stdin:
    f = line.rstrip('\\n')
    buf = io.StringIO()
    try:
        sys.argv = [tool, f]
        with contextlib.redirect_stdout(buf):
            runpy.run_path(tool, run_name='__main__')
        out = buf.getvalue()
    except BaseException as e:
        out = json.dumps({'$error': type(e).__name__ + ': ' + str(e)})
    sys.stdout.write(out.replace('\\n', ' ') + '\\n')
    sys.stdout.flush()
`;

async function cpythonDumps(list) {
  const n = Math.min(8, list.length);
  const chunks = Array.from({ length: n }, () => []);
  list.forEach((f, i) => chunks[i % n].push(i));
  const result = new Array(list.length);
  await Promise.all(
    chunks.map(
      (idx) =>
        new Promise((res, rej) => {
          const pr = spawn(python, ['-W', 'ignore', '-c', BATCH, join(ROOT, 'tools/pyast2json.py')], {
            cwd: '/',
            stdio: ['pipe', 'pipe', 'inherit'],
          });
          let data = '';
          pr.stdout.setEncoding('utf8');
          pr.stdout.on('data', (d) => (data += d));
          pr.on('error', rej);
          pr.on('close', () => {
            const lines = data.split('\n');
            idx.forEach((i, k) => (result[i] = lines[k]));
            res();
          });
          pr.stdin.end(idx.map((i) => list[i]).join('\n') + '\n');
        }),
    ),
  );
  return result;
}

// ---------------------------------------------------------- normalization

const POS = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
const RAW = new Set([...POS, 'level', 'is_async', 'simple', 'conversion']);

function numStr(v) {
  const n = v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v === 'nan' ? NaN : parseFloat(v);
  return Object.is(n, -0) ? '-0' : String(n);
}

function norm(x, inF) {
  if (x === null || typeof x === 'boolean' || typeof x === 'string') return x;
  if (typeof x === 'bigint') return { $int: x.toString() };
  if (typeof x === 'number') return { $float: Object.is(x, -0) ? '-0' : String(x) };
  if (x instanceof PyComplex) return { $complex: [numStr(String(x.real)), numStr(String(x.imag))] };
  if (x instanceof Uint8Array) return { $bytes: Array.from(x) };
  if (x === Ellipsis) return { $ellipsis: true };
  if (Array.isArray(x)) return x.map((y) => norm(y, inF));
  if (typeof x === 'object') {
    if ('$float' in x) return { $float: numStr(x.$float) };
    if ('$complex' in x) return { $complex: x.$complex.map(numStr) };
    if ('$bytes' in x || '$int' in x || '$ellipsis' in x) return x;
    const f = inF || (!keepFPos && x._type === 'JoinedStr');
    const o = {};
    for (const k of Object.keys(x).sort()) {
      if (f && POS.has(k)) continue;
      o[k] = RAW.has(k) ? x[k] : norm(x[k], f);
    }
    return o;
  }
  return x;
}

function diff(a, b, path) {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: gilvm ${JSON.stringify(a)?.slice(0, 200)} != cpython ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array mismatch`;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${path}: length ${a.length} != ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const here = a._type ? `${a._type}${a.lineno !== undefined ? `@${a.lineno}:${a.col_offset}` : ''}` : '';
    const d = diff(a[k], b[k], `${path}/${here}.${k}`);
    if (d) return d;
  }
  return null;
}

// -------------------------------------------------------------------- run

const theirs = await cpythonDumps(files);
let same = 0;
let compared = 0;
let parseMs = 0;
const problems = [];
for (let i = 0; i < files.length; i++) {
  const f = files[i];
  let want;
  try {
    want = JSON.parse(theirs[i]);
  } catch {
    want = { $error: 'no output' };
  }
  const src = readFileSync(f);
  let mine;
  const t0 = performance.now();
  try {
    mine = parse(decodeSource(src, f), f, 'exec');
  } catch (e) {
    mine = { $error: `${e.kind ?? e.name}: ${e.msg ?? e.message} (line ${e.lineno})` };
  }
  parseMs += performance.now() - t0;
  if (want.$error && mine.$error) {
    if (verbose) problems.push(`both fail ${f}: cpython ${want.$error} | gilvm ${mine.$error}`);
    continue;
  }
  compared++;
  if (want.$error) {
    problems.push(`DIFF ${f}: cpython fails (${want.$error}), gilvm parses`);
    continue;
  }
  if (mine.$error) {
    problems.push(`DIFF ${f}: gilvm fails: ${mine.$error}`);
    continue;
  }
  const d = diff(norm(mine), norm(want), '');
  if (d) problems.push(`DIFF ${f}: ${d}`);
  else same++;
}
for (const p of problems) console.log(p);
console.log(`identical ${same} / ${compared} (${files.length} files; gilvm parse time ${(parseMs / 1000).toFixed(2)} s; reference ${python})`);
process.exit(same === compared ? 0 : 1);
void execFileSync;
