/** fast-check arbitraries for constants and code objects, and an exact structural key. */
import fc from 'fast-check';
import { CodeObject } from '../../src/bytecode/code.js';
import { ConstFrozenSet, ConstTuple, Ellipsis, PyComplex, type ConstValue } from '../../src/compiler/ast.js';

export const floatArb = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 1e16, 0.1),
);

export const strArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  // lone surrogates and raw UTF-16 units
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((u) => String.fromCharCode(...u)),
  fc.constantFrom('x', 'print', '<module>', 'x.py'),
);

export const leafArb: fc.Arbitrary<ConstValue> = fc.oneof(
  fc.constantFrom<ConstValue>(null, true, false, Ellipsis),
  fc.bigInt(),
  fc.bigInt({ min: -(1n << 2000n), max: 1n << 2000n }),
  fc.integer().map((n) => BigInt(n)),
  floatArb,
  strArb,
  fc.uint8Array({ maxLength: 40 }),
  fc.tuple(floatArb, floatArb).map(([a, b]) => new PyComplex(a, b)),
);

export const constArb: fc.Arbitrary<ConstValue> = fc.letrec<{ v: ConstValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('v'), { maxLength: 5 }).map((items) => new ConstTuple(items)),
    fc.array(tie('v'), { maxLength: 5 }).map((items) => new ConstFrozenSet(items)),
  ),
})).v;

const nameArb = fc.oneof(fc.constantFrom('a', 'b', 'self', 'x'), strArb);

export const codeArb: fc.Arbitrary<CodeObject> = fc.letrec<{ code: CodeObject }>((tie) => ({
  code: fc
    .record({
      consts: fc.array(fc.oneof({ depthSize: 'small' }, constArb, tie('code') as fc.Arbitrary<ConstValue>), { maxLength: 6 }),
      names: fc.array(nameArb, { maxLength: 5 }),
      locals: fc.array(nameArb, { maxLength: 6 }),
      code: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 30 }),
      filename: strArb,
      name: nameArb,
      qualname: nameArb,
      firstlineno: fc.integer({ min: -5, max: 1_000_000 }),
      flags: fc.integer({ min: 0, max: 0xffff }),
      stacksize: fc.nat(1000),
      linetable: fc.uint8Array({ maxLength: 30 }),
      exceptiontable: fc.uint8Array({ maxLength: 20 }),
    })
    .chain((r) =>
      fc.record({
        argcount: fc.integer({ min: 0, max: r.locals.length }),
        kinds: fc.array(fc.constantFrom(0x20, 0x40, 0x60, 0x80), { minLength: r.locals.length, maxLength: r.locals.length }),
      }).map(({ argcount, kinds }) => {
        const code = r.code.length % 2 ? [...r.code, 0] : r.code;
        return new CodeObject({
          co_argcount: argcount,
          co_posonlyargcount: Math.min(argcount, 1),
          co_kwonlyargcount: 0,
          co_stacksize: r.stacksize,
          co_flags: r.flags,
          co_code: Uint8Array.from(code),
          co_consts: r.consts,
          co_names: r.names,
          co_localsplusnames: r.locals,
          co_localspluskinds: Uint8Array.from(kinds),
          co_filename: r.filename,
          co_name: r.name,
          co_qualname: r.qualname,
          co_firstlineno: r.firstlineno,
          co_linetable: r.linetable,
          co_exceptiontable: r.exceptiontable,
        });
      }),
    ),
})).code;

function floatKey(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return Number.isNaN(x) ? 'nan' : dv.getBigUint64(0).toString(16);
}

/** An exact, type-tagged key: equal keys mean identical constants (bit-exact floats). */
export function constKey(v: ConstValue | CodeObject): string {
  if (v === null) return 'N';
  if (v === true) return 'T';
  if (v === false) return 'F';
  if (v === Ellipsis) return '...';
  switch (typeof v) {
    case 'bigint':
      return `i${v}`;
    case 'number':
      return `f${floatKey(v)}`;
    case 'string':
      return `s${JSON.stringify(Array.from({ length: v.length }, (_, i) => v.charCodeAt(i)))}`;
    default:
      break;
  }
  if (v instanceof Uint8Array) return `b[${Array.from(v)}]`;
  if (v instanceof PyComplex) return `c(${floatKey(v.real)},${floatKey(v.imag)})`;
  if (v instanceof ConstTuple) return `(${v.items.map(constKey).join(',')})`;
  if (v instanceof ConstFrozenSet) return `{${v.items.map(constKey).join(',')}}`;
  if (v instanceof CodeObject) {
    return `code<${[
      v.co_argcount,
      v.co_posonlyargcount,
      v.co_kwonlyargcount,
      v.co_stacksize,
      v.co_flags,
      constKey(v.co_code),
      v.co_consts.map(constKey).join(';'),
      v.co_names.map(constKey).join(';'),
      v.co_localsplusnames.map(constKey).join(';'),
      constKey(v.co_localspluskinds),
      constKey(v.co_filename),
      constKey(v.co_name),
      constKey(v.co_qualname),
      v.co_firstlineno,
      constKey(v.co_linetable),
      constKey(v.co_exceptiontable),
    ].join('|')}>`;
  }
  return `?${String(v)}`;
}
