/**
 * The `math` built-in module, as CPython 3.12's mathmodule.c behaves: the
 * kernels are in src/numeric (math-float.ts, math-int.ts, math-fsum.ts,
 * math-gamma.ts, math-erf.ts, math-sumprod.ts); this file converts the
 * arguments (math-args.ts), raises their NumericErrors as Python exceptions
 * and makes the module on first import.
 *
 * ceil, floor and trunc call __ceil__/__floor__/__trunc__ of other objects;
 * prod and sumprod fall back on the objects' own * and + (sumprod keeps
 * CPython's exact int and float accumulators, so its results and their types
 * are CPython's).
 */
import { NULL, fromSmallInt, type Value } from '../heap/layout.js';
import { dictSet } from '../objects/dict.js';
import { bigOf, floatValue, intOperand, isExactFloat, newFloat } from '../objects/float.js';
import { floatToIntValue } from '../objects/int-new.js';
import { intFromBigInt, intFromNumber } from '../objects/int.js';
import { NB_ADD, NB_MULTIPLY } from '../objects/int-slots.js';
import { intern } from '../objects/intern.js';
import { defineFunction } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { binaryOp, boolValue, getIter, iterNext, typeNameOf } from '../vm/abstract.js';
import { callFound0, lookupTypeString } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles, setHandle } from '../vm/thread-state.js';
import { floatCeil, floatFloor, intToFloat } from '../numeric/int-float.js';
import * as mf from '../numeric/math-float.js';
import * as mi from '../numeric/math-int.js';
import { mathFsum } from '../numeric/math-fsum.js';
import { mathGamma, mathLgamma, mathRemainder } from '../numeric/math-gamma.js';
import { FloatDotAccumulator } from '../numeric/math-sumprod.js';
import { argCount, guard1, guard2, guardNumeric, indexArg, noKeywords, oneArg, parseMathClinic, realArg } from './math-args.js';
import { defineBuiltinModule } from './import-registry.js';

// ---- the module ----------------------------------------------------------------------------

defineBuiltinModule('math', "Mathematical functions, as CPython's math module: the C library's results for floats, exact results for ints.", (d) => {
  const constants: [string, number][] = [
    ['pi', Math.PI],
    ['e', Math.E],
    ['tau', 2 * Math.PI],
    ['inf', Infinity],
    ['nan', NaN],
  ];
  for (const [name, x] of constants) dictSet(d, intern(name), newFloat(x));
});

function arg(argv: number, k: number): Value {
  return i32[argv + k]!;
}

// ---- one float in, one float out -----------------------------------------------------------


const floatFunctions: [string, (x: number) => number][] = [
  ['sqrt', mf.mathSqrt],
  ['exp', mf.mathExp],
  ['exp2', mf.mathExp2],
  ['expm1', mf.mathExpm1],
  ['log1p', mf.mathLog1p],
  ['sin', mf.mathSin],
  ['cos', mf.mathCos],
  ['tan', mf.mathTan],
  ['asin', mf.mathAsin],
  ['acos', mf.mathAcos],
  ['atan', mf.mathAtan],
  ['sinh', mf.mathSinh],
  ['cosh', mf.mathCosh],
  ['tanh', mf.mathTanh],
  ['asinh', mf.mathAsinh],
  ['acosh', mf.mathAcosh],
  ['atanh', mf.mathAtanh],
  ['cbrt', mf.mathCbrt],
  ['fabs', mf.mathFabs],
  ['degrees', mf.mathDegrees],
  ['radians', mf.mathRadians],
  ['ulp', mf.mathUlp],
  ['erf', mf.mathErf],
  ['erfc', mf.mathErfc],
  ['gamma', mathGamma],
  ['lgamma', mathLgamma],
];
for (const [name, f] of floatFunctions) {
  defineFunction('math', name, (_s, argv, argc, kwnames) => {
    oneArg(name, argc, kwnames);
    const x = realArg(arg(argv, 0));
    return newFloat(guard1(f, x));
  });
}

const predicates: [string, (x: number) => boolean][] = [
  ['isfinite', Number.isFinite],
  ['isinf', (x) => x === Infinity || x === -Infinity],
  ['isnan', Number.isNaN],
];
for (const [name, f] of predicates) {
  defineFunction('math', name, (_s, argv, argc, kwnames) => {
    oneArg(name, argc, kwnames);
    return boolValue(f(realArg(arg(argv, 0))));
  });
}

defineFunction('math', 'frexp', (_s, argv, argc, kwnames) => {
  oneArg('frexp', argc, kwnames);
  const [m, e] = mf.mathFrexp(realArg(arg(argv, 0)));
  const mark = handleCount();
  try {
    const h = pushHandle(newFloat(m));
    const ei = intFromBigInt(e);
    return newTuple([getHandle(h), ei]);
  } finally {
    releaseHandles(mark);
  }
});

defineFunction('math', 'modf', (_s, argv, argc, kwnames) => {
  oneArg('modf', argc, kwnames);
  const [fp, ip] = mf.mathModf(realArg(arg(argv, 0)));
  const mark = handleCount();
  try {
    const h = pushHandle(newFloat(fp));
    const i = newFloat(ip);
    return newTuple([getHandle(h), i]);
  } finally {
    releaseHandles(mark);
  }
});

// ---- rounding to ints ----------------------------------------------------------------------

/** ceil and floor: floats directly, else the type's __ceil__/__floor__, else float(x) rounded. */
function roundingFunction(name: string, special: string, round: (x: number) => bigint, roundSafe: (x: number) => number): void {
  defineFunction('math', name, (_s, argv, argc, kwnames) => {
    oneArg(name, argc, kwnames);
    const v = arg(argv, 0);
    if ((v & 1) !== 0) return v; // a small int is its own ceiling and floor
    if (!isExactFloat(v)) {
      const m = lookupTypeString(typeOf(v), special);
      if (m !== NULL) return callFound0(m, v);
    }
    const x = realArg(arg(argv, 0));
    const r = roundSafe(x);
    // + 0: floor(-0.5) is -1 but ceil(-0.5) is 0, not -0
    if (Number.isSafeInteger(r)) return intFromNumber(r + 0);
    return intFromBigInt(guard1(round, x));
  });
}
roundingFunction('ceil', '__ceil__', floatCeil, Math.ceil);
roundingFunction('floor', '__floor__', floatFloor, Math.floor);

defineFunction('math', 'trunc', (_s, argv, argc, kwnames) => {
  oneArg('trunc', argc, kwnames);
  const v = arg(argv, 0);
  if ((v & 1) !== 0) return v;
  if (isExactFloat(v)) return floatToIntValue(floatValue(v));
  const m = lookupTypeString(typeOf(v), '__trunc__');
  if (m === NULL) throw raise(E.TypeError, `type ${typeNameOf(v)} doesn't define __trunc__ method`);
  return callFound0(m, v);
});

// ---- two floats ------------------------------------------------------------------------------

const binaryFunctions: [string, (x: number, y: number) => number][] = [
  ['copysign', mf.mathCopysign],
  ['fmod', mf.mathFmod],
  ['remainder', mathRemainder],
  ['atan2', mf.mathAtan2],
  ['pow', mf.mathPow],
];
for (const [name, f] of binaryFunctions) {
  defineFunction('math', name, (_s, argv, argc, kwnames) => {
    argCount(name, argc, kwnames, 2, 2);
    const x = realArg(arg(argv, 0));
    const y = realArg(arg(argv, 1));
    return newFloat(guard2(f, x, y));
  });
}

defineFunction('math', 'ldexp', (_s, argv, argc, kwnames) => {
  argCount('ldexp', argc, kwnames, 2, 2);
  const x = realArg(arg(argv, 0));
  const i = intOperand(arg(argv, 1));
  if (i === NULL) throw raise(E.TypeError, 'Expected an int as second argument to ldexp.');
  const n = bigOf(i);
  return newFloat(guardNumeric(() => mf.mathLdexp(x, n)));
});

// ---- logarithms: ints of any size ----------------------------------------------------------

/** CPython's loghelper: an int (or subclass) stays exact, anything else goes through float(). */
function logArg(v: Value): number | bigint {
  const n = intOperand(v);
  return n !== NULL ? bigOf(n) : realArg(v);
}

defineFunction('math', 'log', (_s, argv, argc, kwnames) => {
  argCount('log', argc, kwnames, 1, 2);
  const x = logArg(arg(argv, 0));
  if (argc === 1) return newFloat(guardNumeric(() => mf.mathLog(x)));
  // the numerator's errors come first, as CPython computes it before converting the base
  const num = guardNumeric(() => mf.mathLog(x));
  const base = logArg(arg(argv, 1));
  const den = guardNumeric(() => mf.mathLog(base));
  if (den === 0) throw raise(E.ZeroDivisionError, 'float division by zero');
  return newFloat(num / den);
});

for (const [name, f] of [
  ['log2', mf.mathLog2],
  ['log10', mf.mathLog10],
] as const) {
  defineFunction('math', name, (_s, argv, argc, kwnames) => {
    oneArg(name, argc, kwnames);
    const x = logArg(arg(argv, 0));
    return newFloat(guard1(f, x));
  });
}

// ---- comparisons and steps -----------------------------------------------------------------

const closeArgs: Value[] = [];
defineFunction('math', 'isclose', (_s, argv, argc, kwnames) => {
  parseMathClinic('isclose', argv, argc, kwnames, ['a', 'b'], 0, ['rel_tol', 'abs_tol'], closeArgs);
  const [av, bv, relV, absV] = closeArgs.splice(0, 4) as [Value, Value, Value, Value];
  const mark = handleCount();
  try {
    // later conversions may run Python code: keep the other arguments rooted
    const h = [pushHandle(av), pushHandle(bv), pushHandle(relV), pushHandle(absV)];
    const a = realArg(getHandle(h[0]!));
    const b = realArg(getHandle(h[1]!));
    const rel = getHandle(h[2]!) === NULL ? 1e-9 : realArg(getHandle(h[2]!));
    const abs = getHandle(h[3]!) === NULL ? 0 : realArg(getHandle(h[3]!));
    return boolValue(guardNumeric(() => mf.mathIsclose(a, b, rel, abs)));
  } finally {
    releaseHandles(mark);
  }
});

const nextArgs: Value[] = [];
defineFunction('math', 'nextafter', (_s, argv, argc, kwnames) => {
  parseMathClinic('nextafter', argv, argc, kwnames, ['x', 'y'], 2, ['steps'], nextArgs);
  const stepsV = nextArgs[2]!;
  nextArgs.length = 0;
  const x = realArg(arg(argv, 0));
  const y = realArg(arg(argv, 1));
  // steps can only be a keyword: argv holds it after the positionals, so it stays rooted there
  const steps = stepsV === NULL || stepsV === S.None ? undefined : indexArg(stepsV);
  return newFloat(guardNumeric(() => mf.mathNextafter(x, y, steps)));
});

// ---- integers ------------------------------------------------------------------------------

defineFunction('math', 'factorial', (_s, argv, argc, kwnames) => {
  oneArg('factorial', argc, kwnames);
  const n = indexArg(arg(argv, 0));
  return intFromBigInt(guardNumeric(() => mi.mathFactorial(n)));
});

defineFunction('math', 'isqrt', (_s, argv, argc, kwnames) => {
  oneArg('isqrt', argc, kwnames);
  const n = indexArg(arg(argv, 0));
  return intFromBigInt(guardNumeric(() => mi.mathIsqrt(n)));
});

for (const [name, f] of [
  ['gcd', mi.mathGcd],
  ['lcm', mi.mathLcm],
] as const) {
  defineFunction('math', name, (_s, argv, argc, kwnames) => {
    noKeywords(name, kwnames);
    const ns: bigint[] = [];
    for (let k = 0; k < argc; k++) ns.push(indexArg(arg(argv, k)));
    return intFromBigInt(f(...ns));
  });
}

const LLONG_MAX = 9223372036854775807n;

defineFunction('math', 'comb', (_s, argv, argc, kwnames) => {
  argCount('comb', argc, kwnames, 2, 2);
  const n = indexArg(arg(argv, 0));
  const k = indexArg(arg(argv, 1));
  if (n > LLONG_MAX && k >= 0n && n - k >= 0n && (k < n - k ? k : n - k) > LLONG_MAX) {
    throw raise(E.OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
  }
  return intFromBigInt(guardNumeric(() => mi.mathComb(n, k)));
});

defineFunction('math', 'perm', (_s, argv, argc, kwnames) => {
  argCount('perm', argc, kwnames, 1, 2);
  const n = indexArg(arg(argv, 0));
  const kv = argc === 2 ? arg(argv, 1) : S.None;
  const k = kv === S.None ? undefined : indexArg(kv);
  if (k !== undefined && n > LLONG_MAX && k > LLONG_MAX && k <= n) {
    throw raise(E.OverflowError, `k must not exceed ${LLONG_MAX}`);
  }
  return intFromBigInt(guardNumeric(() => mi.mathPerm(n, k)));
});

// ---- coordinates ---------------------------------------------------------------------------

defineFunction('math', 'hypot', (_s, argv, argc, kwnames) => {
  noKeywords('hypot', kwnames);
  const coords: number[] = [];
  for (let k = 0; k < argc; k++) coords.push(realArg(arg(argv, k)));
  return newFloat(guardNumeric(() => mf.mathHypot(...coords)));
});

/** A point of dist: a tuple (or subclass) as it is, anything else through tuple(). */
function pointArg(v: Value): Value {
  if ((v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.tuple)) return v;
  return callArray(T.tuple, [v]);
}

defineFunction('math', 'dist', (_s, argv, argc, kwnames) => {
  argCount('dist', argc, kwnames, 2, 2);
  const mark = handleCount();
  try {
    const hp = pushHandle(pointArg(arg(argv, 0)));
    const hq = pushHandle(pointArg(arg(argv, 1)));
    const n = tupleLength(getHandle(hp));
    if (tupleLength(getHandle(hq)) !== n) {
      throw raise(E.ValueError, 'both points must have the same number of dimensions');
    }
    const p: number[] = [];
    const q: number[] = [];
    for (let k = 0; k < n; k++) {
      p.push(realArg(tupleGet(getHandle(hp), k)));
      q.push(realArg(tupleGet(getHandle(hq), k)));
    }
    return newFloat(guardNumeric(() => mf.mathDist(p, q)));
  } finally {
    releaseHandles(mark);
  }
});

// ---- sums and products ---------------------------------------------------------------------

defineFunction('math', 'fsum', (_s, argv, argc, kwnames) => {
  oneArg('fsum', argc, kwnames);
  const mark = handleCount();
  try {
    const it = pushHandle(getIter(arg(argv, 0)));
    function* values(): Generator<number> {
      for (;;) {
        const item = iterNext(getHandle(it));
        if (item === NULL) return;
        yield realArg(item);
      }
    }
    return newFloat(guardNumeric(() => mathFsum(values())));
  } finally {
    releaseHandles(mark);
  }
});

const prodArgs: Value[] = [];
defineFunction('math', 'prod', (_s, argv, argc, kwnames) => {
  parseMathClinic('prod', argv, argc, kwnames, ['iterable'], 1, ['start'], prodArgs);
  const startV = prodArgs[1]!;
  prodArgs.length = 0;
  const mark = handleCount();
  try {
    const it = pushHandle(getIter(arg(argv, 0)));
    const total = pushHandle(startV === NULL ? fromSmallInt(1) : startV);
    const item = pushHandle(NULL);
    for (;;) {
      setHandle(item, iterNext(getHandle(it)));
      if (getHandle(item) === NULL) return getHandle(total);
      setHandle(total, binaryOp(getHandle(total), getHandle(item), NB_MULTIPLY));
    }
  } finally {
    releaseHandles(mark);
  }
});

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

function exactInt(v: Value): boolean {
  return (v & 1) !== 0 || i32[v >> 2] === T.int;
}

/** An exact int or bool as a double for sumprod's float path; null when too large for one. */
function intAsDouble(v: Value): number | null {
  if ((v & 1) !== 0) return v >> 1;
  const t = i32[v >> 2]!;
  if (t !== T.int && t !== T.bool) return null;
  try {
    return intToFloat(bigOf(v));
  } catch {
    return null; // too large: CPython leaves the float path, and float * int then raises
  }
}

/**
 * sumprod(p, q): CPython's three accumulators in turn. Exact ints that fit
 * in 64 bits sum exactly until the first pair that does not; then pairs of
 * floats (or a float and an int) sum exactly, rounded once, until the first
 * that is not; every pair after that goes through the objects' own * and +.
 */
defineFunction('math', 'sumprod', (_s, argv, argc, kwnames) => {
  argCount('sumprod', argc, kwnames, 2, 2);
  const mark = handleCount();
  try {
    const pIt = pushHandle(getIter(arg(argv, 0)));
    const qIt = pushHandle(getIter(arg(argv, 1)));
    const total = pushHandle(fromSmallInt(0));
    const pItem = pushHandle(NULL);
    const qItem = pushHandle(NULL);
    let intPath = true;
    let intTotal = 0n;
    let intInUse = false;
    let fltPath = true;
    let flt = new FloatDotAccumulator();
    const term = pushHandle(NULL);
    const addToTotal = (v: Value): void => {
      setHandle(term, v);
      setHandle(total, binaryOp(getHandle(total), getHandle(term), NB_ADD));
    };
    for (;;) {
      setHandle(pItem, iterNext(getHandle(pIt)));
      setHandle(qItem, iterNext(getHandle(qIt)));
      const p = getHandle(pItem);
      const q = getHandle(qItem);
      if ((p === NULL) !== (q === NULL)) throw raise(E.ValueError, 'Inputs are not the same length');
      const finished = p === NULL;
      if (intPath) {
        if (!finished && exactInt(p) && exactInt(q)) {
          const a = bigOf(p);
          const b = bigOf(q);
          const prod = a * b;
          const sum = intTotal + prod;
          if (a >= INT64_MIN && a <= INT64_MAX && b >= INT64_MIN && b <= INT64_MAX && prod >= INT64_MIN && prod <= INT64_MAX && sum >= INT64_MIN && sum <= INT64_MAX) {
            intTotal = sum;
            intInUse = true;
            continue;
          }
        }
        intPath = false;
        if (intInUse) {
          addToTotal(intFromBigInt(intTotal));
          intInUse = false;
        }
      }
      if (fltPath) {
        if (!finished) {
          const pf = isExactFloat(p);
          const qf = isExactFloat(q);
          let x: number | null = null;
          let y: number | null = null;
          if (pf && qf) [x, y] = [floatValue(p), floatValue(q)];
          else if (pf) [x, y] = [floatValue(p), intAsDouble(q)];
          else if (qf) [x, y] = [intAsDouble(p), floatValue(q)];
          if (x !== null && y !== null && flt.add(x, y)) continue;
        }
        fltPath = false;
        if (flt.inUse) {
          addToTotal(newFloat(flt.value()));
          flt = new FloatDotAccumulator();
        }
      }
      if (finished) return getHandle(total);
      addToTotal(binaryOp(getHandle(pItem), getHandle(qItem), NB_MULTIPLY));
    }
  } finally {
    releaseHandles(mark);
  }
});
