/**
 * The dispatch code uses literal opcode numbers (`case 100 /* LOAD_CONST *\/:`)
 * because V8 compiles a switch over constants much better than over property
 * loads; this test keeps every literal equal to the opcode table (or, for a
 * superinstruction, to bytecode/superinstructions.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Op } from '../../src/bytecode/opcodes.js';
import { SUPERINSTRUCTIONS } from '../../src/bytecode/superinstructions.js';

const numbers: Record<string, number> = { ...Op, ...Object.fromEntries(SUPERINSTRUCTIONS.map((s) => [s.name, s.code])) };

const dir = new URL('../../src/vm/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('opcode literals in src/vm match src/bytecode/opcodes.ts', () => {
  for (const file of files) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const uses = [...text.matchAll(/(\d+) \/\* ([A-Z_0-9]+) \*\//g)];
    if (uses.length === 0) continue;
    it(file, () => {
      for (const [, num, name] of uses) {
        expect(Number(num), `${file}: ${name}`).toBe(numbers[name!]);
      }
    });
  }
});
