// Rewrites docs/opcodes.md from the opcode table (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { renderOpcodeDoc } from '../dist/src/bytecode/opcode-doc.js';
writeFileSync(new URL('../docs/opcodes.md', import.meta.url), renderOpcodeDoc());
