/**
 * The clocks behind the `time` module (src/lib/time-module.ts), in
 * nanoseconds as bigints, and the calendar arithmetic its struct_time
 * functions need. Nothing here touches the heap.
 */
import { readFileSync } from 'node:fs';

/** Wall-clock time since the epoch: the worker's time origin plus the monotonic time since (sub-millisecond). */
export function wallNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  const whole = Math.floor(ms);
  return BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1e6));
}

/** A monotonic clock (perf_counter and monotonic, as CPython's share CLOCK_MONOTONIC on Linux). */
export function monotonicNs(): bigint {
  return process.hrtime.bigint();
}

/** CPU time of the whole process, user and system. */
export function processCpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/**
 * CPU time of the calling thread (a worker is an OS thread): Linux's
 * /proc/thread-self/schedstat, whose first field is the thread's time on a
 * CPU in ns (what CLOCK_THREAD_CPUTIME_ID counts). Node 20 has no per-thread
 * CPU clock of its own; elsewhere the process's CPU time is the answer.
 */
export function threadCpuNs(): bigint {
  if (schedstatReadable) {
    try {
      const text = readFileSync('/proc/thread-self/schedstat', 'latin1');
      const first = text.slice(0, text.indexOf(' '));
      if (/^\d+$/.test(first)) return BigInt(first);
    } catch {
      // not Linux, or no procfs
    }
    schedstatReadable = false;
  }
  return processCpuNs();
}
let schedstatReadable = true;

// ---- calendar ------------------------------------------------------------------------------

/** The fields of a C `struct tm` as Python's struct_time orders them (wday: Monday 0). */
export interface BrokenDown {
  year: number;
  mon: number; // 1..12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday 0
  yday: number; // 1..366
  isdst: number;
  zone: string;
  gmtoff: number; // seconds east of UTC
}

export const MIN_TIME_T = -(2 ** 63);
export const MAX_TIME_T = 2 ** 63 - 1;
/** What a JS Date can represent: ±8.64e15 ms around the epoch. */
const MAX_DATE_SECONDS = 8.64e12;

/** Seconds since the epoch (an integer) broken down in UTC, or null past what a Date holds. */
export function utcFields(seconds: number): BrokenDown | null {
  if (Math.abs(seconds) > MAX_DATE_SECONDS) return null;
  const d = new Date(seconds * 1000);
  const year = d.getUTCFullYear();
  return {
    year,
    mon: d.getUTCMonth() + 1,
    mday: d.getUTCDate(),
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7,
    yday: dayOfYear(year, d.getUTCMonth() + 1, d.getUTCDate()),
    isdst: 0,
    zone: 'GMT',
    gmtoff: 0,
  };
}

/** Seconds since the epoch broken down in the local time zone (the process's TZ), or null past a Date's range. */
export function localFields(seconds: number): BrokenDown | null {
  if (Math.abs(seconds) > MAX_DATE_SECONDS) return null;
  const d = new Date(seconds * 1000);
  const year = d.getFullYear();
  const offset = -d.getTimezoneOffset() * 60;
  const { std, dst } = yearOffsets(year);
  const isdst = std !== dst && offset === Math.max(std, dst) ? 1 : 0;
  return {
    year,
    mon: d.getMonth() + 1,
    mday: d.getDate(),
    hour: d.getHours(),
    min: d.getMinutes(),
    sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7,
    yday: dayOfYear(year, d.getMonth() + 1, d.getDate()),
    isdst,
    zone: zoneName(d),
    gmtoff: offset,
  };
}

/**
 * mktime: local broken-down time (fields may be out of range: they carry
 * over) to seconds since the epoch. `isdst` as C's tm_isdst: negative lets
 * the zone decide; otherwise a time given as summer time where the zone is on
 * standard time (or the reverse) moves by the zone's summer-time shift, an
 * hour where it has none (glibc's mktime does so).
 */
export function localToSeconds(t: { year: number; mon: number; mday: number; hour: number; min: number; sec: number; isdst?: number }): number {
  const d = new Date(2000, 0, 1);
  d.setFullYear(t.year, t.mon - 1, t.mday);
  d.setHours(t.hour, t.min, t.sec, 0);
  let seconds = Math.floor(d.getTime() / 1000);
  const isdst = t.isdst ?? -1;
  if (isdst >= 0) {
    const { std, dst } = yearOffsets(d.getFullYear());
    const offset = -d.getTimezoneOffset() * 60;
    const actual = std !== dst && offset === dst;
    const shift = std !== dst ? dst - std : 3600;
    if (isdst > 0 && !actual) seconds -= shift;
    else if (isdst === 0 && actual) seconds += shift;
  }
  return seconds;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeap(year) ? 366 : 365;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function dayOfYear(year: number, mon: number, mday: number): number {
  return DAYS_BEFORE_MONTH[mon - 1]! + mday + (mon > 2 && isLeap(year) ? 1 : 0);
}

/** UTC offsets (seconds east) of the local zone in January and July of `year`: standard and summer time. */
function yearOffsets(year: number): { std: number; dst: number } {
  const jan = -new Date(year, 0, 1).getTimezoneOffset() * 60;
  const jul = -new Date(year, 6, 1).getTimezoneOffset() * 60;
  return { std: Math.min(jan, jul), dst: Math.max(jan, jul) };
}

/**
 * The local zone's abbreviation at `d`, as the C library names it: from the
 * time zone database file of the zone (TZ, else /etc/localtime), the type of
 * its latest transition with d's offset and summer-time flag ('CET',
 * 'CEST'); without one, ICU's name ('UTC', 'EST', or 'GMT+1').
 */
function zoneName(d: Date): string {
  const offset = -d.getTimezoneOffset() * 60;
  const { std, dst } = yearOffsets(d.getFullYear());
  const fromFile = tzifAbbreviation(offset, std !== dst && offset === dst);
  if (fromFile !== null) return fromFile;
  // Made on first use: an ICU formatter costs milliseconds, which every worker's boot paid.
  zoneFormatter ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  const part = zoneFormatter.formatToParts(d).find((p) => p.type === 'timeZoneName');
  return part?.value ?? 'UTC';
}
let zoneFormatter: Intl.DateTimeFormat | null = null;

interface TzType {
  utoff: number;
  isdst: boolean;
  abbr: string;
}
/** The local zone's types in the order of their latest use (most recent first); null: no readable file. */
let tzTypes: TzType[] | null | undefined;

function tzifAbbreviation(offset: number, isdst: boolean): string | null {
  if (tzTypes === undefined) tzTypes = readTzif();
  if (tzTypes === null) return null;
  for (const t of tzTypes) if (t.utoff === offset && t.isdst === isdst) return t.abbr;
  return null;
}

/** The file of the zone TZ names (':Area/City', 'Area/City' or a path), else /etc/localtime. */
function tzifPath(): string | null {
  let tz = process.env['TZ'];
  if (tz === undefined) return '/etc/localtime';
  if (tz.startsWith(':')) tz = tz.slice(1);
  if (tz === '') return null;
  if (tz.startsWith('/')) return tz;
  if (!/^[A-Za-z0-9_+\-]+(\/[A-Za-z0-9_+\-]+)*$/.test(tz)) return null; // a POSIX rule such as EST5EDT,M3.2.0,M11.1.0
  return `/usr/share/zoneinfo/${tz}`;
}

/**
 * Parse a TZif file (RFC 8536): the 64-bit data block of versions 2 and
 * later, else the version 1 block; the types come out most recently used
 * first, the ones no transition uses last.
 */
function readTzif(): TzType[] | null {
  const path = tzifPath();
  if (path === null) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  if (bytes.length < 44 || bytes.toString('latin1', 0, 4) !== 'TZif') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((k) => view.getUint32(at + 20 + k * 4));
  let at = 0;
  let timeSize = 4;
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0) as [number, number, number, number, number, number];
  if (bytes[4]! >= 0x32) {
    at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
    if (bytes.length < at + 44 || bytes.toString('latin1', at, at + 4) !== 'TZif') return null;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(at) as [number, number, number, number, number, number];
    timeSize = 8;
  }
  const data = at + 44;
  const indices = data + timecnt * timeSize;
  const infos = indices + timecnt;
  const chars = infos + typecnt * 6;
  if (chars + charcnt > bytes.length || typecnt === 0) return null;
  const types: TzType[] = [];
  for (let k = 0; k < typecnt; k++) {
    const p = infos + k * 6;
    const abbrAt = chars + bytes[p + 5]!;
    let end = abbrAt;
    while (end < chars + charcnt && bytes[end] !== 0) end++;
    types.push({ utoff: view.getInt32(p), isdst: bytes[p + 4] !== 0, abbr: bytes.toString('latin1', abbrAt, end) });
  }
  const order: TzType[] = [];
  for (let k = timecnt - 1; k >= 0; k--) {
    const t = types[bytes[indices + k]!];
    if (t !== undefined && !order.includes(t)) order.push(t);
  }
  for (const t of types) if (!order.includes(t)) order.push(t);
  return order;
}

/** time.timezone, altzone, daylight and tzname for the current year, as CPython's init_timezone computes them. */
export function zoneInfo(): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1);
  const jul = new Date(year, 6, 1);
  const janOff = -jan.getTimezoneOffset() * 60;
  const julOff = -jul.getTimezoneOffset() * 60;
  // The southern hemisphere has its summer time in January.
  const [stdDate, dstDate, stdOff, dstOff] = janOff <= julOff ? [jan, jul, janOff, julOff] : [jul, jan, julOff, janOff];
  return { timezone: -stdOff, altzone: -dstOff, daylight: stdOff !== dstOff ? 1 : 0, tzname: [zoneName(stdDate), zoneName(dstDate)] };
}
