import { describe, it } from 'vitest';
import { checkTable } from './expected.js';
import * as T from './data/complex-cases.js';
import { complexMul, complexDiv, complexPow, complexAbs, floatPow, NeedsComplexError, type Complex } from '../../src/numeric/index.js';

describe('complex arithmetic (CPython 3.12 tables)', () => {
  it('a * b', () => checkTable(T.COMPLEX_MUL, complexMul));
  it('a / b', () => checkTable(T.COMPLEX_DIV, complexDiv));
  it('a ** b', () => checkTable(T.COMPLEX_POW, complexPow));
  it('abs(z)', () => checkTable(T.COMPLEX_ABS, complexAbs));
  it('a negative float to a fractional power promotes to complex', () =>
    checkTable(T.FLOAT_POW_NEGATIVE_BASE, (a: number, b: number): Complex | number => {
      try {
        return floatPow(a, b);
      } catch (e) {
        if (e instanceof NeedsComplexError) return complexPow({ re: a, im: 0 }, { re: b, im: 0 });
        throw e;
      }
    }));
});
