# unittest.main: exit=False, defaultTest, names that fail to load, -h and bad options.
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


main(exit=False, verbosity=2)
main(defaultTest="Gamma")
main(defaultTest=["Gamma", "Alpha.test_one"])
main("Missing")
main("Alpha.test_missing")
main(failfast=True)
main("--locals", "Gamma")
main("--bogus")
main("-h")
