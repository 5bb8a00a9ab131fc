"""Timing small pieces of Python code: Timer, timeit(), repeat() and `python -m timeit`.

gilvm's stdlib: written for gilvm, not copied from CPython.

Usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a separate argument; indented
lines are possible by enclosing an argument in quotes and using leading spaces. Multiple -s
options are treated similarly.

If -n is not given, a suitable number of loops is calculated by trying increasing numbers from
the sequence 1, 2, 5, 10, 20, 50, ... until the total time is at least 0.2 seconds.

A Timer compiles the statement into a function that runs it in a loop, so the loop costs a
little; with a statement of 'pass' that cost can be measured. The garbage collector is off
while the statement runs.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indented(source, spaces):
    """The source with every line after the first indented by `spaces` (the first is placed by the template)."""
    return source.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times a statement (a str of code or a callable), after a setup run once per timing.

    timer: the clock (default time.perf_counter); globals: the namespace the code runs in
    (default: a fresh one). Statements are compiled once, into a function whose loop runs the
    statement `number` times.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # checked alone first, so that an error points into the setup as written
            compile(setup, dummy_src_name, "exec")
            setup_code = _indented(setup, 4)
            stmt_prefix = setup + '\n'
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup_code = '_setup()'
            stmt_prefix = ''
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            # compiled after the setup, so that a 'return' or 'yield' in it is refused
            compile(stmt_prefix + stmt, dummy_src_name, "exec")
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = (
            "\n"
            f"def inner(_it, _timer{init}):\n"
            f"    {setup_code}\n"
            f"    _t0 = _timer()\n"
            f"    for _i in _it:\n"
            f"        {stmt_code}\n"
            f"        pass\n"
            f"    _t1 = _timer()\n"
            f"    return _t1 - _t0\n"
        )
        code = compile(self.src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the timed source's lines in it."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times (the setup once before), collector off."""
        it = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... that takes 0.2 s or more.

        callback(number, seconds), if given, is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """`python -m timeit`: returns the exit status (None for success, 1 when the statement raised).

    _wrap_timer, if given, wraps the timer function (for tests)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # 0: found by autorange
    setups = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setups.append(a)
        if o in ("-u", "--unit"):
            if a not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = a
        if o in ("-r", "--repeat"):
            repeat = max(int(a), 1)
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setups) or "pass"

    # local imports in the statement find the current folder's modules
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, taken):
                print("{} loop{} -> {:.{}g} secs".format(number, 's' if number != 1 else '', taken, precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(seconds):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:
            # the largest unit the time reaches (nanoseconds at least)
            for name, scale in sorted(_UNITS.items(), key=lambda item: item[1], reverse=True):
                if seconds >= scale:
                    break
        return "%.*g %s" % (precision, seconds / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw)))
        print()
    per_loop = [seconds / number for seconds in raw]
    best = min(per_loop)
    worst = max(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, 's' if number != 1 else '', repeat, format_time(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than "
                               "four times slower than the best time (%s)." % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
