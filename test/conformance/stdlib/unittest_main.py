# unittest.main's command line: -v, -q, -f, -k, test names, defaultTest, exit status.
import io
import re
import sys
import unittest

captured = io.StringIO()


class Runner(unittest.TextTestRunner):
    """A TextTestRunner that writes to `captured`, keeping main's options."""

    def __init__(self, **kwargs):
        super().__init__(stream=captured, **kwargs)


def main(*args, **kwargs):
    captured.seek(0)
    captured.truncate()
    print(">>> main", args, kwargs)
    try:
        prog = unittest.main(argv=["prog", *args], testRunner=Runner, **kwargs)
        print("no exit; result:", prog.result)
    except SystemExit as e:
        print("exit status", e.code)
    print(re.sub(r'in \d+\.\d+s', 'in Xs', captured.getvalue()))


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("a", "b")

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_first(self):
        raise OSError("disk")

    def test_second(self):
        pass


class Gamma(unittest.TestCase):
    def test_ok(self):
        pass


main()
main("-v")
main("-q")
main("-f")
main("--failfast", "-v")
main("-k", "one")
main("-k", "*Beta*", "-k", "ok", "-v")
main("Gamma")
main("Alpha.test_one", "Gamma", "-v")
main("-k", "nothing_matches")
