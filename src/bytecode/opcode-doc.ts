/**
 * Renders docs/opcodes.md from the opcode table, so the reference can never
 * drift from the table: test/bytecode/opcodes.test.ts fails when the
 * committed file is stale, and `npm run gen:opcodes` rewrites it.
 */
import { OPCODES, type OpcodeInfo } from './opcodes.js';

function effectText(info: OpcodeInfo): string {
  // Show the effect for small args, so arg-dependent effects are visible.
  const plain = info.effect(0, false);
  const varies = [1, 2, 3, 5].some((n) => info.effect(n, false) !== plain);
  if (info.isJump && info.effect(0, true) !== plain) return `${plain} / jump ${info.effect(0, true)}`;
  return varies ? 'depends on arg' : String(plain);
}

export function renderOpcodeDoc(): string {
  const rows = [...OPCODES.values()].sort((a, b) => a.code - b.code);
  const line = (i: OpcodeInfo) =>
    `| ${i.code} | \`${i.name}\` | ${i.hasArg ? i.arg : ''} | ${effectText(i)} | ${i.meaning.replace(/\|/g, '\\|')} |`;
  return [
    '# Opcodes',
    '',
    'Generated from `src/bytecode/opcodes.ts` by `npm run gen:opcodes`; do not edit.',
    'The instruction set is CPython 3.12\'s, without inline caches and specialized forms.',
    'Stack effect: pushes minus pops (for jumps: fall-through / taken).',
    '',
    '## Instructions',
    '',
    '| # | name | argument | stack | meaning |',
    '|---|------|----------|-------|---------|',
    ...rows.filter((i) => !i.isPseudo).map(line),
    '',
    '## Pseudo-instructions (compiler only, lowered by the assembler)',
    '',
    '| # | name | argument | stack | meaning |',
    '|---|------|----------|-------|---------|',
    ...rows.filter((i) => i.isPseudo).map(line),
    '',
  ].join('\n');
}
