/**
 * One Python program run under several fixed time zones (TZ), each run's
 * stdout compared with CPython's lines for that zone. A machine without the
 * zone database (/usr/share/zoneinfo) skips the suite.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gilvm, removeDir, tempDir } from '../cli/helpers.js';

export function zoneSuite(title: string, program: string, expected: Record<string, string[]>): void {
  const zones = Object.keys(expected);
  describe.skipIf(!existsSync(join('/usr/share/zoneinfo', zones[0]!)))(title, () => {
    const tmp = tempDir();
    afterAll(() => removeDir(tmp));
    const file = join(tmp, 'zones.py');
    writeFileSync(file, program);
    for (const tz of zones) {
      it(tz, () => {
        const r = gilvm([file], { env: { TZ: tz } });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(expected[tz]!.join('\n') + '\n');
      });
    }
  });
}
