"""The GIL's cost in one command: Beazley's countdown done by 1 thread, then split over 2
threads, under the GIL and without it (free-threading mode), side by side.

    gilvm examples/gil_vs_nogil.py [COUNT] [--runs K]      (COUNT: 10,000,000 unless given)

Each mode runs in a separate gilvm process started with gilvm.run() (`-X gil=1` or
`-X gil=0`), this same file with --child: after a short warm-up (each worker's JIT warms on
its own), it times the countdown by 1 thread and by 2 (the fastest of K runs, default 3) and
reads the threads' own counters (gilvm.threads()). The table shows the time, the speedup of 2
threads over 1 in the same mode, and the share of the threads' lives spent waiting for the
GIL. Under the GIL the two threads take turns and wait for each other; without it they count
at once, on two cores.

Run by CPython, the program says it needs gilvm: CPython cannot switch its lock per process
(its free-threaded build is a separate python3.13t).
"""
import json
import sys
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def run(threads, count):
    """The countdown of `count` split over `threads` threads: (seconds, the threads' idents)."""
    workers = [threading.Thread(target=countdown, args=(count // threads,)) for _ in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - start, {w.ident for w in workers}


def child(count, runs):
    """One mode's measurements (run in a child gilvm): prints them as JSON."""
    import gilvm

    # Warm-up: both of the pool's workers run the loop first, a while (each worker's JIT warms on
    # its own, and V8 re-optimizes the interpreter's loop a few times before it settles).
    for _ in range(2):
        run(2, count)
    result = {}
    for threads in (1, 2):
        best = None
        for _ in range(runs):
            seconds, idents = run(threads, count)
            if best is None or seconds < best[0]:
                # The run's threads: time waiting for the GIL over their lives.
                mine = [t for t in gilvm.threads() if t["ident"] in idents]
                waited = sum(t["gil_wait_s"] for t in mine)
                life = sum(t["wall_s"] for t in mine)
                best = (seconds, waited / life if life else 0.0)
        result[threads] = best
    print(json.dumps(result))


def side_by_side(count, runs):
    import gilvm

    rows = []
    for mode in ("gil", "free-threading"):
        r = gilvm.run(__file__, ["--child", str(count), str(runs)], mode=mode)
        if r["returncode"] != 0:
            sys.stderr.write(r["stderr"])
            sys.exit(f"the {mode} run failed (exit status {r['returncode']})")
        if r["stats"]["mode"] != mode:
            sys.exit(f"asked for {mode}, the child ran in {r['stats']['mode']} mode")
        figures = json.loads(r["stdout"])
        one = figures["1"][0]
        for threads in (1, 2):
            seconds, share = figures[str(threads)]
            rows.append((mode, threads, seconds, one / seconds, share))
    print(f"Beazley's countdown of {count:,}, by 1 thread and split over 2 threads "
          f"({'fastest of %d runs' % runs if runs > 1 else 'one run'} each, after a warm-up):\n")
    print(f"{'mode':<16}{'threads':>8}{'time':>10}{'speedup':>10}{'GIL wait share':>16}")
    for mode, threads, seconds, speedup, share in rows:
        print(f"{mode:<16}{threads:>8}{seconds:>8.2f} s{speedup:>9.2f}x{share:>15.1%}")
    gil2, nogil2 = rows[1], rows[3]
    print()
    print(f"Under the GIL, 2 threads take {gil2[2]:.2f} s: no faster than 1, because only the thread")
    print(f"holding the GIL runs; each spent {gil2[4]:.0%} of its life waiting for it.")
    print(f"Without the GIL, 2 threads take {nogil2[2]:.2f} s ({nogil2[3]:.2f}x): they run at once, and")
    print("nobody waits. See examples/README.md for the lessons behind these numbers.")


def main():
    args = sys.argv[1:]
    if args[:1] == ["--child"]:
        child(int(args[1]), int(args[2]))
        return
    runs = 3
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at:at + 2]
    count = int(args[0].replace("_", "")) if args else 10_000_000
    try:
        import gilvm  # noqa: F401
    except ImportError:
        sys.exit("this demo runs the countdown in gilvm's two modes: run it with gilvm "
                 "(npx gilvm examples/gil_vs_nogil.py)")
    side_by_side(count, runs)


if __name__ == "__main__":
    main()
