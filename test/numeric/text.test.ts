import { describe, it } from 'vitest';
import { checkTable } from './expected.js';
import * as T from './data/text-cases.js';
import { hashInt, hashFloat, hashComplex, hashTuple, floatRepr, complexRepr, intToBase, type Complex } from '../../src/numeric/index.js';

describe('hashing (CPython 3.12, 64-bit)', () => {
  it('hash(int)', () => checkTable(T.HASH_INT, hashInt));
  it('hash(float)', () => checkTable(T.HASH_FLOAT, (x: number) => hashFloat(x)));
  it('hash(complex)', () => checkTable(T.HASH_COMPLEX, (z: Complex) => hashComplex(z.re, z.im)));
  it('hash(tuple)', () => checkTable(T.HASH_TUPLE, (hs: bigint[]) => hashTuple(hs)));
});

describe('numbers to text (CPython 3.12 tables)', () => {
  it('repr(float)', () => checkTable(T.REPR_FLOAT, floatRepr));
  it('repr(complex)', () => checkTable(T.REPR_COMPLEX, (z: Complex) => complexRepr(z.re, z.im)));
  it('str/bin/oct/hex(int)', () => checkTable(T.INT_STR, (n: bigint, base: bigint) => intToBase(n, Number(base), true)));
});
