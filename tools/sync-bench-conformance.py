#!/usr/bin/env python3
"""Copies the benchmarks in bench/programs to test/conformance/programs with their size
constants reduced, so the conformance suite checks each benchmark's output in a second or so.

    python3 tools/sync-bench-conformance.py [NAME...]      (then: npm run gen:conformance -- programs/)

Run it after editing a benchmark; the copies are never edited by hand.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Per benchmark: module constant -> its value in the conformance copy.
SMALL = {
    'fannkuch': {'SIZE': '7'},
    'spectral_norm': {'SIZE': '40'},
    'nqueens': {'SIZE': '6'},
    'pystone': {'LOOPS': '6_000'},
    'richards': {'REPEAT': '1'},
    'float': {'POINTS': '8_000'},
    'raytrace': {'WIDTH': '20'},
    'deltablue': {'SIZE': '30', 'ROUNDS': '3'},
    'hexiom': {'LEVELS': 2},          # keep the first two levels
    'chaos': {'STEPS': '1_000'},
    'go': {'MOVES': '2', 'PLAYOUTS': '6'},
    'nbody': {'advance(0.01, 100_000)': 'advance(0.01, 5_000)'},
}


def shrink(name, text):
    for const, value in SMALL[name].items():
        if const == 'LEVELS':
            line = re.search(r'^LEVELS = \[(.*)\]$', text, re.M)
            levels = re.findall(r'\([^)]*\)', line.group(1))[:value]
            text = text.replace(line.group(0), 'LEVELS = [%s]' % ', '.join(levels))
        elif '(' in const:
            assert text.count(const) == 1, (name, const)
            text = text.replace(const, value)
        else:
            text, n = re.subn(r'^%s = .*$' % const, '%s = %s' % (const, value), text, count=1, flags=re.M)
            assert n == 1, (name, const)
    return text


def main():
    for name in sys.argv[1:] or sorted(SMALL):
        text = (ROOT / 'bench/programs' / (name + '.py')).read_text()
        head = ('# A smaller run of bench/programs/%s.py (the benchmark, with its size constants reduced),\n'
                '# so the conformance suite checks its output against CPython.\n' % name)
        (ROOT / 'test/conformance/programs' / (name + '.py')).write_text(head + shrink(name, text))


main()
