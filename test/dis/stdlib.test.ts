/**
 * Opt-in: compile CPython 3.12's standard library with gilvm and compare the
 * dis output with CPython 3.12's (caches stripped, as golden.test.ts does).
 *
 *   GILVM_DIS_STDLIB=/path/to/python3.12 npx vitest run test/dis/stdlib.test.ts
 *
 * GILVM_DIS_STDLIB_FILES may list the Lib/ files to check (space separated;
 * default: every top-level module and a few packages). The report of the
 * first difference of each module goes to $GILVM_DIS_STDLIB_REPORT (default
 * a file in the temp folder). Frozensets of strings are compared as sorted
 * (CPython's order depends on the hash seed). It fails when any module
 * differs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { disassemble } from '../../src/bytecode/dis.js';

const python = process.env.GILVM_DIS_STDLIB;

function normalize(s: string): string {
  return s
    .replace(/ at 0x[0-9a-f]+/g, ' at 0x0')
    .replace(/frozenset\(\{([^}]*)\}\)/g, (_m, inner: string) => `frozenset({${inner.split(', ').sort().join(', ')}})`);
}

it.skipIf(!python)('the standard library disassembles as with CPython 3.12', async () => {
  const { compileSource } = await import('../../src/compiler/compile.js');
  const { decodeSource } = await import('../../src/compiler/source.js');
  const libDir = spawnSync(python!, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  }).stdout.trim();
  const files =
    process.env.GILVM_DIS_STDLIB_FILES?.split(/\s+/).filter(Boolean) ??
    [
      ...readdirSync(libDir).filter((f) => f.endsWith('.py')),
      ...['json', 'email', 'asyncio', 'importlib', 'collections', 'logging', 'unittest', 'http'].flatMap((d) =>
        readdirSync(join(libDir, d))
          .filter((f) => f.endsWith('.py'))
          .map((f) => `${d}/${f}`),
      ),
    ];
  const tmp = mkdtempSync(join(tmpdir(), 'gilvm-dis-stdlib-'));
  const refPath = join(tmp, 'ref.json');
  const r = spawnSync(python!, [new URL('./cpython312_stdlib.py', import.meta.url).pathname, refPath, ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  expect(r.status, r.stderr).toBe(0);
  const ref = JSON.parse(readFileSync(refPath, 'utf8')) as Record<string, { path: string; dis: string }>;
  const report: string[] = [];
  let same = 0;
  for (const [rel, { path, dis }] of Object.entries(ref)) {
    let got: string;
    try {
      got = normalize(disassemble(compileSource(decodeSource(readFileSync(path), rel), rel, 'exec')));
    } catch (e) {
      report.push(`== ${rel}: ${String(e).slice(0, 300)}`);
      continue;
    }
    const want = normalize(dis);
    if (got === want) {
      same++;
      continue;
    }
    const a = want.split('\n');
    const b = got.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    let h = i;
    while (h > 0 && !a[h]!.startsWith('Disassembly of')) h--;
    report.push(
      `== ${rel}: line ${i + 1}, in ${h > 0 ? a[h] : '<module>'}\n` +
        a.slice(Math.max(0, i - 3), i + 4).map((l) => `cpython | ${l}`).join('\n') + '\n' +
        b.slice(Math.max(0, i - 3), i + 4).map((l) => `gilvm   | ${l}`).join('\n'),
    );
  }
  const total = Object.keys(ref).length;
  const reportPath = process.env.GILVM_DIS_STDLIB_REPORT ?? join(tmp, 'report.txt');
  writeFileSync(reportPath, `${same} of ${total} modules disassemble as with CPython 3.12\n\n${report.join('\n\n')}\n`);
  expect(report, `${total - same} of ${total} modules differ; see ${reportPath}`).toEqual([]);
}, 900_000);
