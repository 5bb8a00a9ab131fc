/**
 * What one run of a program cost, measured by a small python3 wrapper around it: wall time,
 * CPU time (user + system), maximum resident set and minor page faults of the child alone.
 * The benchmarks that compare gilvm with CPython run both under it (bench/whole-program.ts,
 * bench/compile-stdlib.ts), so that neither the wrapper's start nor Node's spawn is counted.
 *
 * The child is started with posix_spawn and reaped with wait4, which gives that child's own
 * rusage. A fork of the wrapper (subprocess.run), counted through getrusage(RUSAGE_CHILDREN),
 * added about 0.3 s of CPU time and 6,500 page faults to every run on the machines of
 * docs/performance.md, on both sides, while its wall time was 4 ms: CPU ratios came out
 * smaller than they are.
 */

/** python3 arguments that run `cmd args...` (appended) and report on stderr's last line. */
export const USAGE_WRAPPER = [
  '-c',
  'import os, sys, time\n' +
    't0 = time.perf_counter()\n' +
    'pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)\n' +
    '_, status, u = os.wait4(pid, 0)\n' +
    'wall = time.perf_counter() - t0\n' +
    'sys.stderr.write("\\nBENCH-USAGE %f %f %d %d\\n" % (wall, u.ru_utime + u.ru_stime, u.ru_maxrss, u.ru_minflt))\n' +
    'sys.exit(os.waitstatus_to_exitcode(status))',
];

const USAGE_LINE = /\nBENCH-USAGE ([\d.]+) ([\d.]+) (\d+) (\d+)\n$/;

export interface ChildUsage {
  /** Seconds. */
  wall: number;
  /** Seconds of user + system time. */
  cpu: number;
  /** Maximum resident set size, bytes. */
  maxRss: number;
  /** Minor page faults: memory touched for the first time (about 10 µs each on these machines). */
  pageFaults: number;
}

/** The wrapper's report (NaN figures when there is none) and the child's own stderr. */
export function takeUsage(stderr: string): { usage: ChildUsage; stderr: string } {
  const m = USAGE_LINE.exec(stderr);
  return {
    usage: {
      wall: m ? Number(m[1]) : NaN,
      cpu: m ? Number(m[2]) : NaN,
      maxRss: m ? Number(m[3]) * 1024 : NaN,
      pageFaults: m ? Number(m[4]) : NaN,
    },
    stderr: stderr.replace(USAGE_LINE, ''),
  };
}
