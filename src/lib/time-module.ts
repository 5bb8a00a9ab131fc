/**
 * The `time` built-in module: the clocks (time, perf_counter, monotonic,
 * process_time, thread_time and their _ns forms), sleep, struct_time with
 * gmtime/localtime/mktime, asctime/ctime and strftime in the C locale, and
 * timezone/altzone/daylight/tzname. Clocks and calendar: time-clock.ts;
 * formatting: time-format.ts.
 *
 * struct_time is a tuple subclass made with type() when the module is first
 * imported (kept in the module, looked up there by the functions): the nine
 * fields are read-only properties over the tuple's items; tm_zone and
 * tm_gmtoff, which are not part of the sequence, live in the instance's
 * dict (CPython's struct sequences keep them in hidden slots instead, so
 * `vars(t)` differs).
 *
 * sleep waits with Atomics.wait on the heap's interrupt word, so that Ctrl-C
 * (src/heap/memory.ts requestInterrupt wakes it) ends the wait with
 * KeyboardInterrupt, as CPython's sleep returns early on a signal.
 */
import { NULL, fromSmallInt, type Ref, type Value } from '../heap/layout.js';
import { CB_INTERRUPT } from '../heap/memory.js';
import { dictGetStr, dictSet, newDict } from '../objects/dict.js';
import { floatValue, newFloat } from '../objects/float.js';
import { MOD_DICT } from '../objects/function.js';
import { intFromBigInt, intValue } from '../objects/int.js';
import { intern } from '../objects/intern.js';
import { indexOf, hasIndex } from '../objects/list-args.js';
import { defineFunction, newBuiltinFunction, newMethodDescriptor, registerNative } from '../objects/native.js';
import { E, S, T } from '../objects/registry.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleGet, tupleLength } from '../objects/tuple.js';
import { getField } from '../objects/typeobject.js';
import { isSubtype, typeOf } from '../objects/typecheck.js';
import { getItem, length, repr, typeNameOf } from '../vm/abstract.js';
import { getAttr, getAttrOptional, lookupTypeString, setAttr } from '../vm/attributes.js';
import { callArray } from '../vm/call.js';
import { raise, raiseObject } from '../vm/errors.js';
import { safepoint } from '../vm/safepoint.js';
import { isMainThread, reacquireAfterBlocking, releaseForBlocking, sleepWord } from '../vm/gil.js';
import { getHandle, handleCount, pushHandle, releaseHandles } from '../vm/thread-state.js';
import { argAt, noKeywords, unpackCount } from './builtins-args.js';
import { defineBuiltinModule } from './import-registry.js';
import { importAbsolute } from './import.js';
import { newOSError } from './io-errors.js';
import { makeNamespace } from './sys-structseq.js';
import { MAX_TIME_T, MIN_TIME_T, localFields, localToSeconds, monotonicNs, processCpuNs, threadCpuNs, utcFields, wallNs, zoneInfo, type BrokenDown } from './time-clock.js';
import { asctime, strftime, type Tm } from './time-format.js';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'] as const;

// ---- the module and struct_time --------------------------------------------------------------

/** sys.modules['time'], made on first use. */
const timeModule = defineBuiltinModule('time', 'Time access and conversions.', (d) => {
  dictSet(d, intern('struct_time'), makeStructTimeClass());
  const zone = zoneInfo();
  dictSet(d, intern('timezone'), fromSmallInt(zone.timezone));
  dictSet(d, intern('altzone'), fromSmallInt(zone.altzone));
  dictSet(d, intern('daylight'), fromSmallInt(zone.daylight));
  dictSet(d, intern('tzname'), newTuple([newStr(zone.tzname[0]), newStr(zone.tzname[1])]));
  for (const [name, id] of CLOCK_IDS) dictSet(d, intern(name), fromSmallInt(id));
});

function structTimeClass(): Ref {
  return dictGetStr(getField(timeModule(), MOD_DICT), intern('struct_time'));
}

/** Field getters: item k of the tuple. */
const fieldGetterIds = FIELDS.map((name, k) => registerNative(`time.struct_time.${name}`, (_self, argv) => getItem(i32[argv]!, fromSmallInt(k))));

const structNewId = registerNative('time.struct_time.__new__', (_self, argv, argc, kwnames) => {
  noKeywords('time.struct_time', kwnames);
  if (argc < 2 || argc > 3) throw raise(E.TypeError, `time.struct_time() takes at least 1 argument (${argc - 1} given)`);
  return newStructTime(argAt(argv, 0), argAt(argv, 1));
});

const structReprId = registerNative('time.struct_time.__repr__', (self) => {
  const parts = FIELDS.map((name, k) => `${name}=${strValue(repr(getItem(self, fromSmallInt(k))))}`);
  return newStr(`time.struct_time(${parts.join(', ')})`);
});

/** struct_time(sequence): 9 to 11 items, the last two tm_zone and tm_gmtoff (None when absent). */
function newStructTime(cls: Value, seq: Value): Value {
  const mark = handleCount();
  try {
    pushHandle(seq);
    if ((seq & 1) !== 0 || lookupTypeString(typeOf(seq), '__getitem__') === NULL || lookupTypeString(typeOf(seq), '__len__') === NULL) {
      throw raise(E.TypeError, 'constructor requires a sequence');
    }
    const items = callArray(T.tuple, [seq]);
    const h = pushHandle(items);
    const n = tupleLength(items);
    if (n < 9) throw raise(E.TypeError, `time.struct_time() takes an at least 9-sequence (${n}-sequence given)`);
    if (n > 11) throw raise(E.TypeError, `time.struct_time() takes an at most 11-sequence (${n}-sequence given)`);
    const first9 = pushHandle(newTuple(Array.from({ length: 9 }, (_, k) => tupleGet(getHandle(h), k))));
    const tupleNew = lookupTypeString(T.tuple, '__new__');
    const obj = pushHandle(callArray(tupleNew, [cls, getHandle(first9)]));
    setAttr(getHandle(obj), intern('tm_zone'), n > 9 ? tupleGet(getHandle(h), 9) : S.None);
    setAttr(getHandle(obj), intern('tm_gmtoff'), n > 10 ? tupleGet(getHandle(h), 10) : S.None);
    return getHandle(obj);
  } finally {
    releaseHandles(mark);
  }
}

function makeStructTimeClass(): Value {
  const mark = handleCount();
  try {
    const ns = pushHandle(newDict());
    const d = getHandle(ns);
    dictSet(d, intern('__module__'), intern('time'));
    dictSet(d, intern('__doc__'), newStr('The time value as returned by gmtime(), localtime(), and strptime().'));
    dictSet(d, intern('n_fields'), fromSmallInt(11));
    dictSet(d, intern('n_sequence_fields'), fromSmallInt(9));
    dictSet(d, intern('n_unnamed_fields'), fromSmallInt(0));
    FIELDS.forEach((name, k) => {
      dictSet(d, intern(name), callArray(T.property, [newBuiltinFunction(intern(name), fieldGetterIds[k]!, NULL, NULL)]));
    });
    dictSet(d, intern('__new__'), callArray(T.staticmethod, [newBuiltinFunction(intern('__new__'), structNewId, NULL, NULL)]));
    const cls = pushHandle(callArray(T.type, [newStr('struct_time'), newTuple([T.tuple]), d]));
    setAttr(getHandle(cls), intern('__repr__'), newMethodDescriptor(getHandle(cls), intern('__repr__'), structReprId, 0));
    return getHandle(cls);
  } finally {
    releaseHandles(mark);
  }
}

/** A struct_time from broken-down fields. */
function structFrom(b: BrokenDown): Value {
  const values = [b.year, b.mon, b.mday, b.hour, b.min, b.sec, b.wday, b.yday, b.isdst].map(fromSmallInt);
  const mark = handleCount();
  try {
    const items = pushHandle(newTuple([...values, newStr(b.zone), fromSmallInt(b.gmtoff)]));
    return newStructTime(structTimeClass(), getHandle(items));
  } finally {
    releaseHandles(mark);
  }
}

// ---- arguments ------------------------------------------------------------------------------

/** An object as seconds for gmtime/localtime/ctime: floats rounded down, ints through __index__ (time_t's range). */
function secondsArg(v: Value): number {
  if ((v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.float)) {
    const x = floatValue(v);
    if (Number.isNaN(x)) throw raise(E.ValueError, 'Invalid value NaN (not a number)');
    const r = Math.floor(x);
    if (!(r >= MIN_TIME_T && r < MAX_TIME_T)) throw raise(E.OverflowError, 'timestamp out of range for platform time_t');
    return r;
  }
  const n = intArg(v);
  if (n < BigInt(MIN_TIME_T) || n > BigInt(MAX_TIME_T)) throw raise(E.OverflowError, 'timestamp out of range for platform time_t');
  return Number(n);
}

function intArg(v: Value): bigint {
  if ((v & 1) !== 0) return BigInt(v >> 1);
  if (v === NULL || !hasIndex(v)) throw raise(E.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return intValue(indexOf(v));
}

/** The time now, or the seconds given (None means now). */
function whenArg(argv: number, argc: number): number {
  const v = argc > 0 ? argAt(argv, 0) : S.None;
  return v === S.None ? Math.floor(Number(wallNs() / 1_000_000n) / 1000) : secondsArg(v);
}

function brokenDownOrRaise(b: BrokenDown | null): BrokenDown {
  if (b === null) throw raise(E.OverflowError, 'timestamp out of range for platform time_t');
  return b;
}

/**
 * The fields of a struct_time or a 9-tuple (CPython's gettmarg), with C's
 * conventions for strftime (wday Sunday 0, yday 0-based) and the ranges it
 * checks; `name` heads the error for anything else.
 */
function tmArg(name: string, v: Value, check: boolean): Tm {
  const mark = handleCount();
  try {
    pushHandle(v);
    const isStruct = (v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.tuple) && typeOf(v) !== T.tuple;
    const isPlain = (v & 1) === 0 && v !== NULL && typeOf(v) === T.tuple;
    if (!(isStruct || (isPlain && tupleLength(v) === 9))) throw raise(E.TypeError, `${name}(): illegal time tuple argument`);
    if (length(v) !== 9) throw raise(E.TypeError, `${name}(): illegal time tuple argument`);
    const f = Array.from({ length: 9 }, (_, k) => {
      const x = intArg(getItem(v, fromSmallInt(k)));
      if (x < -2147483648n || x > 2147483647n) throw raise(E.OverflowError, 'Python int too large to convert to C int');
      return Number(x);
    });
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = f as [number, number, number, number, number, number, number, number, number];
    let zoneV: Value = NULL;
    let offV: Value = NULL;
    if (isStruct) {
      zoneV = getAttrOptional(v, intern('tm_zone'));
      offV = getAttrOptional(v, intern('tm_gmtoff'));
    }
    if (check) {
      // CPython's checktm, after gettmarg's adjustments for 0 fields.
      if (mon === 0) mon = 1;
      else if (mon < 0 || mon > 12) throw raise(E.ValueError, 'month out of range');
      if (mday === 0) mday = 1;
      else if (mday < 0 || mday > 31) throw raise(E.ValueError, 'day of month out of range');
      if (hour < 0 || hour > 23) throw raise(E.ValueError, 'hour out of range');
      if (min < 0 || min > 59) throw raise(E.ValueError, 'minute out of range');
      if (sec < 0 || sec > 61) throw raise(E.ValueError, 'seconds out of range');
      if (yday === 0) yday = 1;
      else if (yday < 0 || yday > 366) throw raise(E.ValueError, 'day of year out of range');
      if (isdst < -1) isdst = -1;
      else if (isdst > 1) isdst = 1;
    }
    const cWday = (((wday + 1) % 7) + 7) % 7;
    const zone = zoneV !== NULL && zoneV !== S.None && isSubtype(typeOf(zoneV), T.str) ? strValue(zoneV) : null;
    const local = { year, mon, mday, hour, min, sec, isdst };
    const info = zoneInfo();
    // A plain tuple has no offset: C's tm_gmtoff stays 0 (%z gives +0000), as CPython leaves it.
    const gmtoff = offV !== NULL && offV !== S.None ? Number(intArg(offV)) : 0;
    return {
      year,
      mon,
      mday,
      hour,
      min,
      sec,
      wday: cWday,
      yday: yday - 1,
      isdst,
      zone: zone ?? info.tzname[isdst > 0 ? 1 : 0],
      gmtoff,
      epochSeconds: () => localToSeconds(local),
    };
  } finally {
    releaseHandles(mark);
  }
}

function tmFromBrokenDown(b: BrokenDown): Tm {
  return {
    year: b.year,
    mon: b.mon,
    mday: b.mday,
    hour: b.hour,
    min: b.min,
    sec: b.sec,
    wday: (b.wday + 1) % 7,
    yday: b.yday - 1,
    isdst: b.isdst,
    zone: b.zone,
    gmtoff: b.gmtoff,
    epochSeconds: () => localToSeconds({ ...b, isdst: -1 }),
  };
}

function noArgs(name: string, argc: number, kwnames: Ref): void {
  noKeywords(name, kwnames);
  if (argc !== 0) throw raise(E.TypeError, `time.${name}() takes no arguments (${argc} given)`);
}

function seconds(ns: bigint): Value {
  return newFloat(Number(ns) / 1e9);
}

// ---- the functions --------------------------------------------------------------------------

const clocks: [string, () => bigint][] = [
  ['time', wallNs],
  ['perf_counter', monotonicNs],
  ['monotonic', monotonicNs],
  ['process_time', processCpuNs],
  ['thread_time', threadCpuNs],
];
for (const [name, clock] of clocks) {
  defineFunction('time', name, (_s, _argv, argc, kwnames) => {
    noArgs(name, argc, kwnames);
    return seconds(clock());
  });
  defineFunction('time', `${name}_ns`, (_s, _argv, argc, kwnames) => {
    noArgs(`${name}_ns`, argc, kwnames);
    return intFromBigInt(clock());
  });
}

/**
 * clock_gettime's clocks, with Linux's ids: the four whose values gilvm can read (the others,
 * CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME and CLOCK_TAI, are left out rather than approximated).
 */
const CLOCK_IDS: [string, number, () => bigint][] = [
  ['CLOCK_REALTIME', 0, wallNs],
  ['CLOCK_MONOTONIC', 1, monotonicNs],
  ['CLOCK_PROCESS_CPUTIME_ID', 2, processCpuNs],
  ['CLOCK_THREAD_CPUTIME_ID', 3, threadCpuNs],
];

/** The clock of a clk_id argument; OSError EINVAL for an id gilvm does not have, as C's clock_gettime. */
function clockArg(name: string, argv: number, argc: number, kwnames: Ref): () => bigint {
  noKeywords(name, kwnames);
  if (argc !== 1) throw raise(E.TypeError, `${name}() takes exactly 1 argument (${argc} given)`);
  const id = intArg(argAt(argv, 0));
  const clock = CLOCK_IDS.find(([, n]) => BigInt(n) === id);
  if (clock === undefined) throw raiseObject(newOSError(22, 'Invalid argument'));
  return clock[2];
}

defineFunction('time', 'clock_gettime', (_s, argv, argc, kwnames) => seconds(clockArg('clock_gettime', argv, argc, kwnames)()));
defineFunction('time', 'clock_gettime_ns', (_s, argv, argc, kwnames) =>
  intFromBigInt(clockArg('clock_gettime_ns', argv, argc, kwnames)()),
);
// Every clock here counts nanoseconds (process.hrtime, process.cpuUsage's microseconds scaled).
defineFunction('time', 'clock_getres', (_s, argv, argc, kwnames) => {
  clockArg('clock_getres', argv, argc, kwnames);
  return newFloat(1e-9);
});

/** get_clock_info: [name, the C clock CPython reads it from, monotonic, adjustable]. */
const CLOCK_INFO: [string, string, boolean, boolean][] = [
  ['time', 'CLOCK_REALTIME', false, true],
  ['monotonic', 'CLOCK_MONOTONIC', true, false],
  ['perf_counter', 'CLOCK_MONOTONIC', true, false],
  ['process_time', 'CLOCK_PROCESS_CPUTIME_ID', true, false],
  ['thread_time', 'CLOCK_THREAD_CPUTIME_ID', true, false],
];
defineFunction('time', 'get_clock_info', (_s, argv, argc, kwnames) => {
  noKeywords('get_clock_info', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `get_clock_info() takes exactly 1 argument (${argc} given)`);
  const v = argAt(argv, 0);
  if ((v & 1) !== 0 || v === NULL || !isSubtype(typeOf(v), T.str)) {
    throw raise(E.TypeError, `get_clock_info() argument 1 must be str, not ${typeNameOf(v)}`);
  }
  const info = CLOCK_INFO.find(([name]) => name === strValue(v));
  if (info === undefined) throw raise(E.ValueError, 'unknown clock');
  const [, clock, monotonic, adjustable] = info;
  return makeNamespace([
    ['implementation', newStr(`clock_gettime(${clock})`)],
    ['monotonic', monotonic ? S.True : S.False],
    ['adjustable', adjustable ? S.True : S.False],
    ['resolution', newFloat(1e-9)],
  ]);
});

defineFunction('time', 'sleep', (_s, argv, argc, kwnames) => {
  noKeywords('sleep', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `time.sleep() takes exactly one argument (${argc} given)`);
  const v = argAt(argv, 0);
  let secs: number;
  if ((v & 1) === 0 && v !== NULL && isSubtype(typeOf(v), T.float)) {
    secs = floatValue(v);
    if (Number.isNaN(secs)) throw raise(E.ValueError, 'Invalid value NaN (not a number)');
    if (Math.abs(secs) >= 9.2e9) throw raise(E.OverflowError, 'timestamp out of range for platform time_t');
  } else {
    const n = intArg(v);
    if (n > 9_200_000_000n || n < -9_200_000_000n) throw raise(E.OverflowError, 'timestamp out of range for platform time_t');
    secs = Number(n);
  }
  if (secs < 0) throw raise(E.ValueError, 'sleep length must be non-negative');
  const deadline = monotonicNs() + BigInt(Math.ceil(secs * 1e9));
  // A signal during the sleep runs its handler (Ctrl-C's raises KeyboardInterrupt); a handler
  // that returns lets the sleep go on to its deadline (PEP 475), as CPython's.
  while (sleepUntil(deadline)) safepoint();
  return S.None;
});

/**
 * Sleep until `deadline` (monotonic ns) with the GIL released (even for a zero sleep: a chance
 * for other threads, as CPython). True when the main thread stopped early for a pending signal.
 */
function sleepUntil(deadline: bigint): boolean {
  const main = isMainThread();
  releaseForBlocking();
  try {
    const word = sleepWord();
    for (;;) {
      if (main && Atomics.load(i32, CB_INTERRUPT) !== 0) return true;
      const left = deadline - monotonicNs();
      if (left <= 0n) return false;
      Atomics.wait(i32, word, 0, Number(left) / 1e6);
    }
  } finally {
    reacquireAfterBlocking();
  }
}

defineFunction('time', 'gmtime', (_s, argv, argc, kwnames) => {
  noKeywords('gmtime', kwnames);
  unpackCount('gmtime', argc, 0, 1);
  return structFrom(brokenDownOrRaise(utcFields(whenArg(argv, argc))));
});

defineFunction('time', 'localtime', (_s, argv, argc, kwnames) => {
  noKeywords('localtime', kwnames);
  unpackCount('localtime', argc, 0, 1);
  return structFrom(brokenDownOrRaise(localFields(whenArg(argv, argc))));
});

defineFunction('time', 'mktime', (_s, argv, argc, kwnames) => {
  noKeywords('mktime', kwnames);
  if (argc !== 1) throw raise(E.TypeError, `time.mktime() takes exactly one argument (${argc} given)`);
  const t = tmArg('mktime', argAt(argv, 0), false);
  return newFloat(t.epochSeconds());
});

defineFunction('time', 'asctime', (_s, argv, argc, kwnames) => {
  noKeywords('asctime', kwnames);
  unpackCount('asctime', argc, 0, 1);
  const t = argc === 0 ? tmFromBrokenDown(brokenDownOrRaise(localFields(whenArg(argv, 0)))) : tmArg('asctime', argAt(argv, 0), true);
  return newStr(asctime(t));
});

defineFunction('time', 'ctime', (_s, argv, argc, kwnames) => {
  noKeywords('ctime', kwnames);
  unpackCount('ctime', argc, 0, 1);
  return newStr(asctime(tmFromBrokenDown(brokenDownOrRaise(localFields(whenArg(argv, argc))))));
});

// time.strptime(string[, format]): as CPython, the parsing is Python code (stdlib/_strptime.py,
// shared with datetime.strptime), imported on first use.
defineFunction('time', 'strptime', (_s, argv, argc, kwnames) => {
  noKeywords('strptime', kwnames);
  const mark = handleCount();
  try {
    // the arguments go through unchecked: _strptime_time reports a wrong count as CPython does
    const first = handleCount();
    for (let k = 0; k < argc; k++) pushHandle(argAt(argv, k));
    const mod = pushHandle(importAbsolute('_strptime'));
    const fn = pushHandle(getAttr(getHandle(mod), intern('_strptime_time')));
    const args: Value[] = [];
    for (let k = 0; k < argc; k++) args.push(getHandle(first + k));
    return callArray(getHandle(fn), args);
  } finally {
    releaseHandles(mark);
  }
});

defineFunction('time', 'strftime', (_s, argv, argc, kwnames) => {
  noKeywords('strftime', kwnames);
  unpackCount('strftime', argc, 1, 2);
  const format = argAt(argv, 0);
  if ((format & 1) !== 0 || !isSubtype(typeOf(format), T.str)) {
    throw raise(E.TypeError, `strftime() argument 1 must be str, not ${typeNameOf(format)}`);
  }
  const t =
    argc === 1 ? tmFromBrokenDown(brokenDownOrRaise(localFields(whenArg(argv, 0)))) : tmArg('strftime', argAt(argv, 1), true);
  return newStr(strftime(strValue(format), t));
});

