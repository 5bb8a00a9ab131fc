/**
 * `from __future__ import ...` handling: CPython 3.12's Python/future.c.
 */
import type { Mod } from './ast.js';
import type { Location } from './instructions.js';
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, getDocString, makeSyntaxError } from './symtable.js';

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
      if (f === 'barry_as_FLUFL') ff.features |= CO_FUTURE_BARRY_AS_BDFL;
      else if (f === 'annotations') ff.features |= CO_FUTURE_ANNOTATIONS;
      else if (f === 'braces') throw makeSyntaxError('not a chance', filename, lines, name);
      else throw makeSyntaxError(`future feature ${f} is not defined`, filename, lines, name);
    }
    ff.location = { lineno: s.lineno, end_lineno: s.end_lineno, col_offset: s.col_offset, end_col_offset: s.end_col_offset };
  }
  return ff;
}
