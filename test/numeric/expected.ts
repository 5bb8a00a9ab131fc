/** Shared helpers of the numeric tests: run a function and compare it with CPython's recorded result. */
import { expect } from 'vitest';
import { NumericError } from '../../src/numeric/errors.js';

export type Expected = unknown;

interface ErrorExpectation {
  error: string;
  message: string;
}

function isErrorExpectation(e: unknown): e is ErrorExpectation {
  return typeof e === 'object' && e !== null && 'error' in e && 'message' in e;
}

/** Deep equality where floats compare with Object.is (so -0 and NaN count). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (a instanceof Uint8Array) a = Array.from(a);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

function show(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'bigint') return `${x}n`;
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
    if (Object.is(x, -0)) return '-0';
    if (x instanceof Uint8Array) return Array.from(x);
    return x;
  });
}

/**
 * The outcome of f(): its value, or {error, message} for a NumericError, message
 * being str() of the Python exception (args (errno, strerror) print as a tuple).
 */
export function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumericError) {
      const message = e.errno === undefined ? e.message : `(${e.errno}, '${e.message}')`;
      return { error: e.kind, message };
    }
    throw e;
  }
}

/** Run every row and report all mismatches at once. */
export function checkTable(rows: [unknown[], Expected][], f: (...args: never[]) => unknown): void {
  const failures: string[] = [];
  for (const [args, expected] of rows) {
    const got = outcome(() => f(...(args as never[])));
    const ok = isErrorExpectation(expected) ? same(got, expected) : same(got, expected);
    if (!ok) failures.push(`${show(args)}: expected ${show(expected)}, got ${show(got)}`);
  }
  expect(failures.slice(0, 30).join('\n') + (failures.length > 30 ? `\n... ${failures.length} failures` : '')).toBe('');
}
