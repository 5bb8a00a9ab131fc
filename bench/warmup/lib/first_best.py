"""Run a program of bench/programs several times in this process and print its first and best times.

The program is compiled once and executed in a fresh __main__ namespace each time, its output
discarded. Under gilvm the first run includes V8's warm-up of the interpreter loop (its compiles,
and the stretches in V8's lower tiers after each deoptimization); the best is the steady state.
"""
import io
import json
import os
import sys
import time

RUNS = 4
PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'programs')


def report(name):
    path = os.path.normpath(os.path.join(PROGRAMS, name + '.py'))
    with open(path) as f:
        code = compile(f.read(), path, 'exec')
    times = []
    for _ in range(RUNS):
        out = sys.stdout
        sys.stdout = io.StringIO()
        t0 = time.perf_counter()
        try:
            exec(code, {'__name__': '__main__', '__file__': path})
        finally:
            sys.stdout = out
        times.append((time.perf_counter() - t0) * 1e3)
    print(json.dumps({'first_run_ms': round(times[0]), f'best_of_{RUNS}_ms': round(min(times))}))
