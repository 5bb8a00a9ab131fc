/**
 * Tokenizes every .py file of a CPython standard library found on this
 * machine (pyenv's 3.11 / 3.12), decoding it with decodeSource. Only the
 * library's deliberately broken test files may fail. Skipped where no such
 * library is installed; python3 itself is never run.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Tokenizer } from '../../src/compiler/tokenizer.js';
import { decodeSource } from '../../src/compiler/source.js';
import { PySyntaxError } from '../../src/compiler/errors.js';

const EXPECTED_FAILURES: Record<string, string> = {
  'py2_test_grammar.py': 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
  'bad_coding.py': 'unknown encoding: uft-8',
  'bad_coding2.py': 'encoding problem: utf8 with BOM',
  'badsyntax_3131.py': "invalid character '€' (U+20AC)",
  'badsyntax_pep3120.py': "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
};

const roots = ['3.11.7/lib/python3.11', '3.12.1/lib/python3.12']
  .map((v) => path.join(os.homedir(), '.pyenv/versions', v))
  .filter((d) => fs.existsSync(path.join(d, 'os.py')));

function pyFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'site-packages') pyFiles(p, out);
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

describe.skipIf(roots.length === 0)('tokenizer on the CPython standard library', () => {
  for (const root of roots) {
    it(`tokenizes ${root}`, { timeout: 120_000 }, () => {
      const files = pyFiles(root);
      const datas = files.map((f) => fs.readFileSync(f));
      const failures: Record<string, string> = {};
      let tokens = 0;
      let bytes = 0;
      const t0 = performance.now();
      for (let i = 0; i < files.length; i++) {
        bytes += datas[i]!.length;
        try {
          const t = new Tokenizer(decodeSource(datas[i]!, files[i]!), files[i]!);
          for (;;) {
            tokens++;
            if (t.next().kind === 'ENDMARKER') break;
          }
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw e;
          failures[path.basename(files[i]!)] = e.msg;
        }
      }
      const ms = performance.now() - t0;
      console.log(`${root}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${tokens} tokens in ${ms.toFixed(0)} ms`);
      expect(files.length).toBeGreaterThan(1000);
      expect(failures).toEqual(EXPECTED_FAILURES);
    });
  }
});
