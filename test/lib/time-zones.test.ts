/**
 * The time module's local-time functions under fixed time zones (TZ): the
 * zone database's names and offsets, summer time, mktime's tm_isdst rule and
 * strftime's %Z/%z/%s. Expected lines: CPython 3.12.1 running the same
 * program with the same TZ on Linux (glibc). A machine without the zone
 * database (/usr/share/zoneinfo) skips them.
 */
import { zoneSuite } from './zone-suite.js';

const PROGRAM = "import time\nprint(time.timezone, time.altzone, time.daylight, time.tzname)\nprint(time.localtime(0))\nprint(time.localtime(10**9), time.localtime(10**9).tm_zone, time.localtime(10**9).tm_gmtoff)\nprint(time.mktime(time.localtime(10**9)), time.strftime('%Z %z', time.localtime(15 * 10**8)), time.ctime(10**9))\nprint(time.strftime('%Z|%z|%s', (2026, 7, 1, 12, 0, 0, 2, 182, 1)), time.mktime((2026, 3, 29, 2, 30, 0, 6, 88, -1)))\n";

const EXPECTED: Record<string, string[]> = {
  "Europe/Paris": [
    "-3600 -7200 1 ('CET', 'CEST')",
    "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=1, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)",
    "time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=3, tm_min=46, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=1) CEST 7200",
    "1000000000.0 CEST +0200 Sun Sep  9 03:46:40 2001",
    "CEST|+0000|1782900000 1774747800.0"
  ],
  "Australia/Sydney": [
    "-36000 -39600 1 ('AEST', 'AEDT')",
    "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=10, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)",
    "time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=11, tm_min=46, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0) AEST 36000",
    "1000000000.0 AEST +1000 Sun Sep  9 11:46:40 2001",
    "AEDT|+0000|1782867600 1774711800.0"
  ],
  "America/New_York": [
    "18000 14400 1 ('EST', 'EDT')",
    "time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=19, tm_min=0, tm_sec=0, tm_wday=2, tm_yday=365, tm_isdst=0)",
    "time.struct_time(tm_year=2001, tm_mon=9, tm_mday=8, tm_hour=21, tm_min=46, tm_sec=40, tm_wday=5, tm_yday=251, tm_isdst=1) EDT -14400",
    "1000000000.0 EDT -0400 Sat Sep  8 21:46:40 2001",
    "EDT|+0000|1782921600 1774765800.0"
  ],
  "Asia/Kolkata": [
    "-19800 -19800 0 ('IST', 'IST')",
    "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=5, tm_min=30, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)",
    "time.struct_time(tm_year=2001, tm_mon=9, tm_mday=9, tm_hour=7, tm_min=16, tm_sec=40, tm_wday=6, tm_yday=252, tm_isdst=0) IST 19800",
    "1000000000.0 IST +0530 Sun Sep  9 07:16:40 2001",
    "IST|+0000|1782883800 1774731600.0"
  ]
};

zoneSuite('time in fixed time zones', PROGRAM, EXPECTED);
