/**
 * The `random` built-in module. At first import it makes the module, puts in
 * its dict the helpers CPython's random.py imports from other modules (the
 * math functions it uses, from the kernels of src/numeric that give CPython's
 * values, lgamma included; os.urandom; operator.index; sha512; warnings.warn),
 * then compiles and runs the Python half (random-source.ts) in that dict: the Random class
 * over `_random.Random` (random-core.ts), SystemRandom, and the module
 * functions bound to a hidden instance, as in CPython.
 *
 * The names are CPython's (`_log`, `_sqrt`, `_urandom`, ...), so the module's
 * namespace looks the same; `_sha512_digest` stands for `_sha512(x).digest()`.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { NULL, type Ref, type Value } from '../heap/layout.js';
import { i32 } from '../heap/memory.js';
import { NumericError } from '../numeric/errors.js';
import { mathAcos, mathCos, mathExp, mathFabs, mathLog, mathLog2, mathSin, mathSqrt } from '../numeric/math-float.js';
import { mathLgamma } from '../numeric/math-gamma.js';
import { bytesLikeData, newBytes } from '../objects/bytes.js';
import { dictGetStr, dictSet } from '../objects/dict.js';
import { bigToDouble, floatValue, newFloat } from '../objects/float.js';
import { floatOf } from '../objects/float-convert.js';
import { MOD_DICT, newModule } from '../objects/function.js';
import { numericError } from '../objects/int-errors.js';
import { intFromBigInt, intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToBigInt } from '../objects/list-args.js';
import { newBuiltinFunction, registerNative } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { rootGet, ROOT_BUILTINS, ROOT_MODULES } from '../objects/roots.js';
import { newStr, strValue } from '../objects/str.js';
import { getField } from '../objects/typeobject.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { typeNameOf } from '../vm/abstract.js';
import { lookupTypeString } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { isPyError, raise } from '../vm/errors.js';
import { runCode } from '../vm/interpreter.js';
import { writeStderr } from '../vm/stdio.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { noKeywords, unpackCount } from './builtins-args.js';
import { registerBuiltinModule } from './import-registry.js';
import { frozenModuleCode } from './frozen-modules.js';
import './random-core.js';

// ---- the module -----------------------------------------------------------------------------

function randomModule(): Ref {
  const modules = rootGet(ROOT_MODULES);
  const key = intern('random');
  const existing = dictGetStr(modules, key);
  if (existing !== NULL && (existing & 1) === 0 && typeOf(existing) === T.module) return existing;
  const mark = handleCount();
  try {
    const m = pushHandle(newModule('random'));
    const d = getField(getHandle(m), MOD_DICT);
    dictSet(d, intern('__doc__'), newStr('Random variable generators.'));
    for (const [name, id] of helpers) dictSet(d, intern(name), newBuiltinFunction(intern(name), id, NULL, intern('random')));
    dictSet(d, intern('_pi'), newFloat(Math.PI));
    dictSet(d, intern('_e'), newFloat(Math.E));
    dictSet(d, intern('TWOPI'), newFloat(2 * Math.PI));
    const builtins = rootGet(ROOT_BUILTINS);
    dictSet(d, intern('__builtins__'), builtins);
    dictSet(modules, key, getHandle(m));
    try {
      const code = frozenModuleCode('random');
      runCode(code, getField(getHandle(m), MOD_DICT), getField(getHandle(m), MOD_DICT), builtins);
    } catch (e) {
      if (isPyError(e)) {
        const mods = rootGet(ROOT_MODULES);
        if (dictGetStr(mods, key) === getHandle(m)) dictSet(mods, key, S.None);
      }
      throw e;
    }
    return getHandle(m);
  } finally {
    releaseHandles(mark);
  }
}
registerBuiltinModule('random', randomModule);

// ---- helpers --------------------------------------------------------------------------------

const helpers: [string, number][] = [];
function helper(name: string, fn: (argv: number, argc: number) => Value, min = 1, max = min): void {
  const id = registerNative(`random.${name}`, (_self, argv, argc, kwnames) => {
    noKeywords(name, kwnames);
    if (argc < min || argc > max) {
      if (min === max && min === 1) throw raise(E.TypeError, `${name}() takes exactly one argument (${argc} given)`);
      unpackCount(name, argc, min, max);
    }
    return fn(argv, argc);
  });
  helpers.push([name, id]);
}

/** PyFloat_AsDouble as math's functions take it: floats, ints, objects with __float__ or __index__. */
function realArg(v: Value): number {
  if ((v & 1) !== 0) return v >> 1;
  if (v === NULL) throw raise(E.TypeError, 'must be real number, not NULL');
  const t = typeOf(v);
  if (t === T.float) return floatValue(v);
  if (isSubtype(t, T.float)) return floatValue(unboxed(v));
  if (isSubtype(t, T.int)) return bigToDouble(unboxed(v));
  const f = lookupTypeString(t, '__float__');
  if ((f !== NULL && f !== S.None) || hasIndex(v)) return floatOf(v);
  throw raise(E.TypeError, `must be real number, not ${typeNameOf(v)}`);
}

/** An int argument as a bigint (math's logs take ints of any size), else the float. */
function logArg(v: Value): number | bigint {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  if (v !== NULL && isSubtype(typeOf(v), T.int)) return intValue(unboxed(v));
  return realArg(v);
}

function numeric<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumericError) throw numericError(e);
    throw e;
  }
}

const unary: [string, (x: number) => number][] = [
  ['_exp', mathExp],
  ['_sqrt', mathSqrt],
  ['_acos', mathAcos],
  ['_cos', mathCos],
  ['_sin', mathSin],
  ['_fabs', mathFabs],
  ['_lgamma', mathLgamma],
];
for (const [name, f] of unary) helper(name, (argv) => newFloat(numeric(() => f(realArg(i32[argv]!)))));

helper('_log', (argv, argc) => {
  const x = logArg(i32[argv]!);
  const base = argc > 1 ? logArg(i32[argv + 1]!) : undefined;
  return newFloat(numeric(() => mathLog(x, base)));
}, 1, 2);
helper('_log2', (argv) => {
  const x = logArg(i32[argv]!);
  return newFloat(numeric(() => mathLog2(x)));
});
helper('_isfinite', (argv) => (Number.isFinite(realArg(i32[argv]!)) ? S.True : S.False));

/** math.floor / math.ceil: an int's own value, a float rounded, anything else through __floor__ / __ceil__. */
function rounding(name: string, dunder: string, round: (x: number) => number): void {
  helper(name, (argv) => {
    const v = i32[argv]!;
    if ((v & 1) !== 0) return v;
    if (isSubtype(typeOf(v), T.float) || lookupTypeString(typeOf(v), dunder) === NULL) {
      const x = round(realArg(v));
      if (Number.isNaN(x)) throw raise(E.ValueError, 'cannot convert float NaN to integer');
      if (!Number.isFinite(x)) throw raise(E.OverflowError, 'cannot convert float infinity to integer');
      return callArray(T.int, [newFloat(x)]);
    }
    return callArray(lookupTypeString(typeOf(v), dunder), [v]);
  });
}
rounding('_floor', '__floor__', Math.floor);
rounding('_ceil', '__ceil__', Math.ceil);

/** operator.index. */
helper('_index', (argv) => {
  const v = i32[argv]!;
  if ((v & 1) !== 0) return v;
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  // An exact int, as PyNumber_Index gives: index(True) is 1.
  const n = indexOf(v);
  return (n & 1) !== 0 || typeOf(n) === T.int ? n : intFromBigInt(intToBigInt(unboxed(n)));
});

/** os.urandom(n). */
helper('_urandom', (argv) => {
  const v = i32[argv]!;
  if (!hasIndex(v) || ((v & 1) === 0 && isSubtype(typeOf(v), T.float))) {
    throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  const n = intToBigInt(indexOf(v));
  if (n < 0n) throw raise(E.ValueError, 'negative argument not allowed');
  if (n > 0x7fffffffn) throw raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  const out = new Uint8Array(Number(n));
  for (let k = 0; k < out.length; k += 65536) randomFillSync(out.subarray(k, Math.min(out.length, k + 65536)));
  return newBytes(out);
});

/** hashlib.sha512(data).digest(). */
helper('_sha512_digest', (argv) => {
  const data = bytesLikeData(i32[argv]!);
  if (data === null) throw raise(E.TypeError, `object supporting the buffer API required`);
  return newBytes(new Uint8Array(createHash('sha512').update(data).digest()));
});

/** warnings.warn(message) for a UserWarning, as the default filter shows it (once, without a source line). */
const warned = new Set<string>();
helper('_warn', (argv) => {
  const msg = strValue(i32[argv]!);
  if (!warned.has(msg)) {
    warned.add(msg);
    writeStderr(`<frozen random>:0: UserWarning: ${msg}\n`);
  }
  return S.None;
});

