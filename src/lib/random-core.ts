/**
 * The `_random` built-in module: `_random.Random`, CPython's C generator
 * type (seed, random, getrandbits, getstate, setstate), over the MT19937 of
 * src/numeric/mt19937.ts. stdlib/random.py subclasses it (random.Random); the module also
 * has two private helpers that random.py needs while gilvm has no hashlib or os.urandom:
 * `_sha512` (seeding from str/bytes, over node:crypto) and `_urandom` (SystemRandom, from the OS:
 * src/lib/os-random.ts).
 *
 * The class is made with type() at first import, with one __slots__ member
 * (`_gilvm_mt`) that holds a raw bytes object of MT_WORDS 32-bit words: the
 * generator's state, updated in place and read through the heap's u32 view
 * (the collector does not move objects, and allocation never collects, so the
 * address is good for the whole native call). Being in the heap, a Random is
 * shared by every thread as CPython's is; in free-threading mode each method
 * is a critical section on it (TPF_LOCKED, src/vm/object-lock.ts), as in
 * CPython's free-threaded build, so that threads drawing at once never
 * interleave inside one draw. CPython's object has no such
 * attribute; the name is one that no program is likely to use.
 */
import { nodeCrypto } from './node-lazy.js';
import { fillFromOs } from './os-random.js';
import { HEADER_WORDS, NULL, fromSmallInt, smallIntValue, type Ref, type Value } from '../heap/layout.js';
import { allocBytes, bytesData, bytesLength, bytesLikeData, newBytes } from '../objects/bytes.js';
import { GS_ID } from '../objects/descriptors-getset.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { exactHash } from '../objects/hash-wide.js';
import { intFromBigInt, intFromNumber, intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { hasIndex, indexOf, intToBigInt } from '../objects/list-args.js';
import { defineFunction, lockSelfInFreeThreading, newMethodDescriptor, registerNative } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr } from '../objects/str.js';
import { allocTuple, newTuple, tupleGet, tupleLength, tupleSet } from '../objects/tuple.js';
import { getField, setTypeFlags, TPF_LOCKED, typeFlags } from '../objects/typeobject.js';
import { unboxed } from '../objects/type-layout.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { hashValue, typeNameOf } from '../vm/abstract.js';
import { lookupTypeString, setAttr } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { raise } from '../vm/errors.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { exactlyOne, kwCount, noKeywords, unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { MT_N, MT_WORDS, mtGetRandBits, mtGetRandBitsSmall, mtInitByArray, mtRandom, seedKey } from '../numeric/mt19937.js';

const STATE_SLOT = '_gilvm_mt';

// ---- the module and the class ---------------------------------------------------------------

defineBuiltinModule('_random', 'The Mersenne Twister generator behind the random module.', (d) => {
  dictSet(d, intern('Random'), makeRandomClass());
});

function makeRandomClass(): Value {
  const mark = handleCount();
  try {
    const ns = pushHandle(newDict());
    const d = getHandle(ns);
    dictSet(d, intern('__module__'), intern('_random'));
    dictSet(d, intern('__doc__'), newStr('Random() -> create a random number generator with its own internal state.'));
    dictSet(d, intern('__slots__'), newTuple([intern(STATE_SLOT)]));
    const cls = pushHandle(callArray(T.type, [newStr('Random'), newTuple([T.object]), d]));
    for (const [name, id] of methods) {
      setAttr(getHandle(cls), intern(name), newMethodDescriptor(getHandle(cls), intern(name), id, 0));
    }
    setTypeFlags(getHandle(cls), typeFlags(getHandle(cls)) | TPF_LOCKED);
    return getHandle(cls);
  } finally {
    releaseHandles(mark);
  }
}

/**
 * The u32 index of `self`'s generator state, made (all zero, as CPython's
 * fresh object) the first time. Allocates nothing after the first call.
 */
function stateBase(self: Value): number {
  const descr = (self & 1) === 0 && self !== NULL ? lookupTypeString(typeOf(self), STATE_SLOT) : NULL;
  if (descr === NULL || (descr & 1) !== 0 || typeOf(descr) !== T.member_descriptor) {
    throw raise(E.TypeError, `descriptor for '_random.Random' objects doesn't apply to a '${typeNameOf(self)}' object`);
  }
  const word = (self >> 2) + HEADER_WORDS + smallIntValue(getField(descr, GS_ID));
  let state = i32[word]!;
  if (state === NULL) {
    state = allocBytes(MT_WORDS * 4);
    i32[word] = state;
    u32.fill(0, bytesData(state) >> 2, (bytesData(state) >> 2) + MT_WORDS);
  } else if ((state & 1) !== 0 || typeOf(state) !== T.bytes || bytesLength(state) !== MT_WORDS * 4) {
    // A method borrowed by another class with a slot of that name: never write through it.
    throw raise(E.TypeError, `descriptor for '_random.Random' objects doesn't apply to a '${typeNameOf(self)}' object`);
  }
  return bytesData(state) >> 2;
}

// ---- seeding --------------------------------------------------------------------------------

/** CPython's random_seed: None from the OS, an int by its absolute value, anything else by its hash. */
function seedFrom(self: Value, arg: Value): void {
  if (arg === NULL || arg === S.None) {
    const key = new Uint32Array(MT_N);
    fillFromOs(new Uint8Array(key.buffer));
    mtInitByArray(u32, stateBase(self), key);
    return;
  }
  let n: bigint;
  if ((arg & 1) !== 0) n = BigInt(arg >> 1);
  else if (isSubtype(typeOf(arg), T.int)) n = intValue(unboxed(arg));
  else n = BigInt.asUintN(64, exactHash(hashValue(arg)));
  if (n < 0n) n = -n;
  mtInitByArray(u32, stateBase(self), seedKey(n));
}

// ---- host helpers for random.py -------------------------------------------------------------
// gilvm has no hashlib or os yet: random.seed(str/bytes) needs SHA-512 and SystemRandom needs the
// OS's entropy. Private names, not in CPython's _random.

defineFunction('_random', '_sha512', (_s, argv, argc, kwnames) => {
  exactlyOne('_sha512', argc, kwnames);
  const data = bytesLikeData(i32[argv]!);
  if (data === null) throw raise(E.TypeError, `a bytes-like object is required, not '${typeNameOf(i32[argv]!)}'`);
  return newBytes(new Uint8Array(nodeCrypto().createHash('sha512').update(data).digest()));
});

defineFunction('_random', '_urandom', (_s, argv, argc, kwnames) => {
  exactlyOne('_urandom', argc, kwnames);
  const v = i32[argv]!;
  if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = intToBigInt(indexOf(v));
  if (n < 0n) throw raise(E.ValueError, 'negative argument not allowed');
  if (n > 0x7fffffffn) throw raise(E.OverflowError, 'Python int too large to convert to C ssize_t');
  const out = new Uint8Array(Number(n));
  fillFromOs(out);
  return newBytes(out);
});

// ---- the methods ----------------------------------------------------------------------------

const methods: [string, number][] = [];
function method(name: string, fn: (self: Value, argv: number, argc: number, kwnames: Ref) => Value): void {
  const id = registerNative(`_random.Random.${name}`, fn);
  lockSelfInFreeThreading(id);
  methods.push([name, id]);
}

method('__init__', (self, argv, argc, kwnames) => {
  // CPython refuses keywords only where __init__ is _random.Random's own (it is, when this runs).
  if (kwCount(kwnames) > 0) throw raise(E.TypeError, 'Random() takes no keyword arguments');
  if (argc > 1) throw raise(E.TypeError, 'Random() requires 0 or 1 argument');
  seedFrom(self, argc === 1 ? i32[argv]! : NULL);
  return S.None;
});

method('seed', (self, argv, argc, kwnames) => {
  noKeywords('seed', kwnames);
  unpackCount('seed', argc, 0, 1);
  seedFrom(self, argc === 1 ? i32[argv]! : NULL);
  return S.None;
});

method('random', (self, _argv, argc, kwnames) => {
  noKeywords('random', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `Random.random() takes no arguments (${argc} given)`);
  return newFloat(mtRandom(u32, stateBase(self)));
});

method('getrandbits', (self, argv, argc, kwnames) => {
  noKeywords('getrandbits', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `Random.getrandbits() takes exactly one argument (${argc} given)`);
  const v = i32[argv]!;
  if ((v & 1) === 0 && (v === NULL || isSubtype(typeOf(v), T.float))) {
    throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  let k: number;
  if ((v & 1) !== 0) {
    k = v >> 1; // a small int: no bigint (randrange's hot path)
  } else {
    if (!hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    const kb = intToBigInt(indexOf(v));
    if (kb > 2147483647n || kb < -2147483648n) throw raise(E.OverflowError, 'Python int too large to convert to C int');
    k = Number(kb);
  }
  if (k < 0) throw raise(E.ValueError, 'number of bits must be non-negative');
  const base = stateBase(self);
  if (k <= 30) return fromSmallInt(mtGetRandBitsSmall(u32, base, k));
  return intFromBigInt(mtGetRandBits(u32, base, k));
});

method('getstate', (self, _argv, argc, kwnames) => {
  noKeywords('getstate', kwnames);
  if (argc !== 0) throw raise(E.TypeError, `Random.getstate() takes no arguments (${argc} given)`);
  const mark = handleCount();
  try {
    const t = pushHandle(allocTuple(MT_WORDS));
    for (let i = 0; i < MT_WORDS; i++) tupleSet(getHandle(t), i, S.None);
    for (let i = 0; i < MT_WORDS; i++) {
      // Re-read the base each time: making an int may allocate (it never moves the state).
      tupleSet(getHandle(t), i, intFromNumber(u32[stateBase(self) + i]!));
    }
    return getHandle(t);
  } finally {
    releaseHandles(mark);
  }
});

/** PyLong_AsUnsignedLong, truncated to 32 bits as CPython stores it. */
function stateWord(v: Value): number {
  if ((v & 1) !== 0) {
    const n = v >> 1;
    if (n < 0) throw raise(E.OverflowError, "can't convert negative value to unsigned int");
    return n;
  }
  if (v === NULL || !isSubtype(typeOf(v), T.int)) throw raise(E.TypeError, 'an integer is required');
  const n = intValue(unboxed(v));
  if (n < 0n) throw raise(E.OverflowError, "can't convert negative value to unsigned int");
  if (n >= 1n << 64n) throw raise(E.OverflowError, 'Python int too large to convert to C unsigned long');
  return Number(n & 0xffffffffn);
}

method('setstate', (self, argv, argc, kwnames) => {
  noKeywords('setstate', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `Random.setstate() takes exactly one argument (${argc} given)`);
  const state = i32[argv]!;
  if ((state & 1) !== 0 || state === NULL || !isSubtype(typeOf(state), T.tuple)) {
    throw raise(E.TypeError, 'state vector must be a tuple');
  }
  const t = unboxed(state);
  if (tupleLength(t) !== MT_WORDS) throw raise(E.ValueError, 'state vector is the wrong size');
  const words = new Uint32Array(MT_N);
  for (let i = 0; i < MT_N; i++) words[i] = stateWord(tupleGet(t, i));
  const last = tupleGet(t, MT_N);
  if ((last & 1) === 0 && (last === NULL || !isSubtype(typeOf(last), T.int))) {
    throw raise(E.TypeError, `'${typeNameOf(last)}' object cannot be interpreted as an integer`);
  }
  const index = (last & 1) !== 0 ? BigInt(last >> 1) : intValue(unboxed(last));
  if (index < 0n || index > BigInt(MT_N)) throw raise(E.ValueError, 'invalid state');
  const base = stateBase(self);
  u32.set(words, base);
  u32[base + MT_N] = Number(index);
  return S.None;
});
