import { describe, it } from 'vitest';
import { checkTable } from './expected.js';
import * as T from './data/parse-cases.js';
import { parsePyInt, parsePyFloat, parsePyComplex } from '../../src/numeric/index.js';

describe('parsing (CPython 3.12 tables)', () => {
  it('int(s, base)', () => checkTable(T.PARSE_INT, (s: string, base: bigint) => parsePyInt(s, Number(base))));
  it('float(s)', () => checkTable(T.PARSE_FLOAT, parsePyFloat));
  it('complex(s)', () => checkTable(T.PARSE_COMPLEX, parsePyComplex));
  it('int(bytes, base), quoting the bytes', () =>
    checkTable(T.PARSE_INT_BYTES, (s: string, base: bigint, shown: string) => parsePyInt(s, Number(base), shown)));
  it('float(bytes), quoting the bytes', () => checkTable(T.PARSE_FLOAT_BYTES, (s: string, shown: string) => parsePyFloat(s, shown)));
});
