/**
 * time.strftime and time.asctime in the C locale, as glibc formats them
 * (CPython hands the format to the C library): every directive of POSIX and
 * the GNU extensions CPython users meet (%e %k %l %s %F %T %D %R %r %C %G %g
 * %V %u %h %n %t %P); an unknown directive is copied as it is, as glibc does.
 * Pure functions over a broken-down time; src/lib/time-module.ts checks the
 * fields first.
 */
import { daysInYear } from './time-clock.js';

/** The fields strftime reads, with C's conventions: wday Sunday 0, yday 0-based. */
export interface Tm {
  year: number;
  mon: number; // 1..12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Sunday 0
  yday: number; // 0..365
  isdst: number;
  /** %Z: the zone's name. */
  zone: string;
  /** %z: seconds east of UTC. */
  gmtoff: number;
  /** %s: the time as seconds since the epoch (mktime of the fields). */
  epochSeconds: () => number;
}

const DAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width: number, fill = '0'): string {
  const neg = n < 0;
  const s = String(Math.abs(n));
  return (neg ? '-' : '') + (s.length >= width ? s : fill.repeat(width - s.length) + s);
}

/** The ISO 8601 week-based year and week number from the fields (as glibc: year, yday and wday, not the date). */
function isoWeek(t: Tm): [number, number] {
  const mondayBased = (t.wday + 6) % 7;
  let thursday = t.yday - mondayBased + 3;
  let year = t.year;
  if (thursday < 0) {
    year -= 1;
    thursday += daysInYear(year);
  } else if (thursday >= daysInYear(year)) {
    thursday -= daysInYear(year);
    year += 1;
  }
  return [year, Math.floor(thursday / 7) + 1];
}

function hour12(h: number): number {
  const r = h % 12;
  return r === 0 ? 12 : r;
}

function directive(c: string, t: Tm): string | null {
  switch (c) {
    case 'a': return DAY_ABBR[t.wday]!;
    case 'A': return DAY_FULL[t.wday]!;
    case 'b': case 'h': return MON_ABBR[t.mon - 1]!;
    case 'B': return MON_FULL[t.mon - 1]!;
    case 'c': return `${DAY_ABBR[t.wday]} ${MON_ABBR[t.mon - 1]} ${pad(t.mday, 2, ' ')} ${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.year}`;
    case 'C': { const c = Math.floor(t.year / 100); return c < 0 ? String(c) : pad(c, 2); }
    case 'd': return pad(t.mday, 2);
    case 'D': case 'x': return `${pad(t.mon, 2)}/${pad(t.mday, 2)}/${pad(((t.year % 100) + 100) % 100, 2)}`;
    case 'e': return pad(t.mday, 2, ' ');
    case 'F': return `${t.year}-${pad(t.mon, 2)}-${pad(t.mday, 2)}`;
    case 'g': return pad(((isoWeek(t)[0] % 100) + 100) % 100, 2);
    case 'G': return String(isoWeek(t)[0]);
    case 'H': return pad(t.hour, 2);
    case 'I': return pad(hour12(t.hour), 2);
    case 'j': return pad(t.yday + 1, 3);
    case 'k': return pad(t.hour, 2, ' ');
    case 'l': return pad(hour12(t.hour), 2, ' ');
    case 'm': return pad(t.mon, 2);
    case 'M': return pad(t.min, 2);
    case 'n': return '\n';
    case 'p': return t.hour < 12 ? 'AM' : 'PM';
    case 'P': return t.hour < 12 ? 'am' : 'pm';
    case 'r': return `${pad(hour12(t.hour), 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.hour < 12 ? 'AM' : 'PM'}`;
    case 'R': return `${pad(t.hour, 2)}:${pad(t.min, 2)}`;
    case 's': return String(t.epochSeconds());
    case 'S': return pad(t.sec, 2);
    case 't': return '\t';
    case 'T': case 'X': return `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`;
    case 'u': return String(t.wday === 0 ? 7 : t.wday);
    case 'U': return pad(Math.floor((t.yday + 7 - t.wday) / 7), 2);
    case 'V': return pad(isoWeek(t)[1], 2);
    case 'w': return String(t.wday);
    case 'W': return pad(Math.floor((t.yday + 7 - ((t.wday + 6) % 7)) / 7), 2);
    case 'y': return pad(((t.year % 100) + 100) % 100, 2);
    case 'Y': return String(t.year);
    case 'z': {
      const off = Math.abs(t.gmtoff);
      return `${t.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(off / 3600), 2)}${pad(Math.floor((off % 3600) / 60), 2)}`;
    }
    case 'Z': return t.zone;
    case '%': return '%';
    default: return null;
  }
} // prettier-ignore

export function strftime(format: string, t: Tm): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const c = format[++i]!;
    const text = directive(c, t);
    out += text === null ? '%' + c : text;
  }
  return out;
}

/** asctime's fixed layout: 'Sun Jun 20 23:21:05 1993'. */
export function asctime(t: Tm): string {
  return `${DAY_ABBR[t.wday]} ${MON_ABBR[t.mon - 1]} ${pad(t.mday, 2, ' ')} ${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.year}`;
}
