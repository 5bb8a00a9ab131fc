# Cleanups, setUp/tearDown errors, class and module fixtures, buffer, TestResult,
# FunctionTestCase and debug(), in TextTestRunner's report.
import io
import re
import sys
import unittest

events = []


def run(*tests, verbosity=1, **kwargs):
    """Run the test classes (or tests) and print the report, its time replaced."""
    suite = unittest.TestSuite()
    for test in tests:
        if isinstance(test, type):
            suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(test))
        else:
            suite.addTest(test)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
    print(result, result.wasSuccessful())
    return result


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        """A passing test.

        With a longer description."""
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        """Fails on purpose."""
        self.assertEqual({"k": [1, 2]}, {"k": [1, 3]})

    def test_c_error(self):
        helper()

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    def test_e_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertIn(3, [1, 2])

    @unittest.expectedFailure
    def test_g_xpass(self):
        pass

    @unittest.skipIf(True, "if true")
    def test_h_skipif(self):
        pass

    @unittest.skipUnless(True, "unless true")
    def test_i_skipunless(self):
        pass

    def test_j_chained(self):
        try:
            {}["key"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e

    def not_a_test(self):
        pass


def helper():
    return [][1]


class Subtests(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, sq=i * i):
                self.assertEqual(i % 2, 0)

    def test_msg_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("nested")
            with self.subTest():
                raise ValueError("bare")
        self.assertTrue(True)

    def test_pass(self):
        for i in range(2):
            with self.subTest(i=i):
                pass


class Cleanups(unittest.TestCase):
    def setUp(self):
        events.append("setUp")
        self.addCleanup(events.append, "cleanup 1")
        self.addCleanup(self.bad_cleanup)
        self.ctx = self.enterContext(Ctx())

    def bad_cleanup(self):
        events.append("bad cleanup")
        raise OSError("cleanup failed")

    def tearDown(self):
        events.append("tearDown")

    def test_one(self):
        events.append("test " + self.ctx)


class Ctx:
    def __enter__(self):
        events.append("enter")
        return "ctx"

    def __exit__(self, *exc):
        events.append("exit")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never(self):
        events.append("never")


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("tearDown broke")

    def test_runs(self):
        events.append("ran")


class ClassFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")
        raise ValueError("tearDownClass broke")

    def test_x(self):
        events.append("test_x")

    def test_y(self):
        events.append("test_y")


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise KeyError("no class")

    def test_z(self):
        events.append("never z")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


print("== cleanups")
run(Cleanups, BadSetUp, BadTearDown, verbosity=2)
print(events)
events.clear()
print("== fixtures")
run(ClassFixtures, ClassSetUpFails, SkippedClass, verbosity=2)
print(events)
events.clear()

class Printer(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden output")

    def test_loud_fail(self):
        print("shown output")
        print("and stderr", file=sys.stderr)
        self.fail("with output")


print("== buffer")
sys.stderr = sys.stdout
run(Printer, buffer=True, verbosity=2)
sys.stderr = sys.__stderr__

print("== plain TestResult")
result = unittest.TestResult()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Mixed)
print(suite.countTestCases())
suite.run(result)
print(result, result.testsRun, len(result.skipped), result.skipped[0][1])
print([str(t) for t, _ in result.failures], [t.id() for t, _ in result.errors])
print([str(t) for t in result.unexpectedSuccesses], len(result.expectedFailures))
print(result.errors[0][1])
print(suite.countTestCases(), list(suite))

print("== TestCase.run without a result")
r = Mixed("test_b_fail").run()
print(type(r).__name__, r.testsRun, len(r.failures))
print(repr(Mixed("test_a_pass")), Mixed("test_a_pass").shortDescription(), Mixed("test_c_error").shortDescription())
print(Mixed("test_a_pass") == Mixed("test_a_pass"), Mixed("test_a_pass") == Mixed("test_b_fail"))
try:
    Mixed("nope")
except ValueError as e:
    print(e)


def plain_function():
    """A function test."""
    assert 1 == 2, "one is not two"


print("== FunctionTestCase")
ftc = unittest.FunctionTestCase(plain_function)
print(str(ftc), ftc.id(), ftc.shortDescription())
run(ftc, verbosity=2)

print("== debug")
try:
    Mixed("test_c_error").debug()
except IndexError as e:
    print("debug raised", repr(e))
