"""The GIL's cost in one command: Beazley's countdown done by 1 thread, then split over 2
threads, under the GIL and without it (free-threading mode), side by side.

    gilvm examples/gil_vs_nogil.py [COUNT] [--runs K]

Each of the four runs is a separate gilvm process started with gilvm.run() (`-X gil=1` or
`-X gil=0`); the table shows the countdown's time (the fastest of K runs, default 1), the
speedup of 2 threads over 1 in the same mode, and the share of the threads' lives spent
waiting for the GIL, from the run's own counters (`--stats-json`). Under the GIL the two
threads take turns and wait for each other; without it they count at once, on two cores.

Run by CPython, the program says it needs gilvm: CPython cannot switch its lock per process
(its free-threaded build is a separate python3.13t).
"""
import sys
import threading
import time


def countdown(n):
    while n > 0:
        n -= 1


def child(threads, count):
    """One run: the countdown on `threads` threads; prints its time in seconds."""
    workers = [threading.Thread(target=countdown, args=(count // threads,)) for _ in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(time.perf_counter() - start)


def side_by_side(count, runs):
    import gilvm

    rows = []
    for mode in ("gil", "free-threading"):
        one = None
        for threads in (1, 2):
            best = None
            for _ in range(runs):
                r = gilvm.run(__file__, ["--child", str(threads), str(count)], mode=mode)
                if r["returncode"] != 0:
                    sys.stderr.write(r["stderr"])
                    sys.exit(f"the {mode} run with {threads} thread(s) failed (exit status {r['returncode']})")
                seconds = float(r["stdout"])
                if best is None or seconds < best[0]:
                    # Time waiting for the GIL over the countdown threads' lives (the main thread only waits for them).
                    workers = [t for t in r["stats"]["threads"] if t["ident"] != 1]
                    waited = sum(t["gil_wait_s"] for t in workers)
                    life = sum(t["wall_s"] for t in workers)
                    best = (seconds, waited / life if life else 0.0)
            if one is None:
                one = best[0]
            rows.append((mode, threads, best[0], one / best[0], best[1]))
    print(f"Beazley's countdown of {count:,}, by 1 thread and split over 2 threads "
          f"({'fastest of %d runs' % runs if runs > 1 else 'one run'} each):\n")
    print(f"{'mode':<16}{'threads':>8}{'time':>10}{'speedup':>10}{'GIL wait share':>16}")
    for mode, threads, seconds, speedup, share in rows:
        print(f"{mode:<16}{threads:>8}{seconds:>9.2f}s{speedup:>9.2f}x{share:>15.1%}")
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
    runs = 1
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at:at + 2]
    count = int(args[0].replace("_", "")) if args else 20_000_000
    try:
        import gilvm  # noqa: F401
    except ImportError:
        sys.exit("this demo runs the countdown in gilvm's two modes: run it with gilvm "
                 "(npx gilvm examples/gil_vs_nogil.py)")
    side_by_side(count, runs)


if __name__ == "__main__":
    main()
