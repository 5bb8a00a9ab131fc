/**
 * `from __future__ import ...` handling: CPython 3.12's Python/future.c.
 */
import type { Mod } from './ast.js';
import type { Location } from './instructions.js';
import { PySyntaxError } from './errors.js';
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, getDocString, utf16ColToOffset } from './symtable.js';

export interface FutureFeatures {
  features: number;
  /** Location of the last future import of the leading block, or null. */
  location: Location | null;
}

const IGNORED = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'generator_stop',
]);

export function parseFuture(mod: Mod, filename: string, lines: readonly string[] | null): FutureFeatures {
  const ff: FutureFeatures = { features: 0, location: null };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  let i = 0;
  if (getDocString(body) !== null) i++;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.level !== 0 || s.module !== '__future__') break;
    for (const name of s.names) {
      const f = name.name;
      if (IGNORED.has(f)) continue;
      if (f === 'barry_as_FLUFL') {
        ff.features |= CO_FUTURE_BARRY_AS_BDFL;
        continue;
      }
      if (f === 'annotations') {
        ff.features |= CO_FUTURE_ANNOTATIONS;
        continue;
      }
      const msg = f === 'braces' ? 'not a chance' : `future feature ${f} is not defined`;
      // CPython points at the statement, without an end column.
      const text = lines && s.lineno >= 1 && s.lineno <= lines.length ? lines[s.lineno - 1]! : null;
      throw new PySyntaxError('SyntaxError', msg, filename, s.lineno, utf16ColToOffset(text, s.col_offset), text, s.lineno, 0);
    }
    ff.location = { lineno: s.lineno, end_lineno: s.end_lineno, col_offset: s.col_offset, end_col_offset: s.end_col_offset };
  }
  return ff;
}
