# TextTestRunner's report at verbosity 0, 1 and 2: failures, errors, skips, expected
# failures, subtests, cleanups, class and module fixtures, failfast and buffer.
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


print("== verbosity 2")
run(Mixed, verbosity=2)
print("== verbosity 1")
run(Mixed)
print("== verbosity 0")
run(Mixed, verbosity=0)
print("== subtests 2")
run(Subtests, verbosity=2)
print("== subtests 1")
run(Subtests)
print("== failfast")
run(Mixed, failfast=True)
print("== descriptions off")
run(Mixed("test_a_pass"), Mixed("test_b_fail"), verbosity=2, descriptions=False)
print("== no tests")
run(verbosity=2)
print("== only skips")
run(SkippedClass)



class SubtestEdges(unittest.TestCase):
    @unittest.expectedFailure
    def test_xfail_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 0)

    def test_skip_in_subtest(self):
        for i in range(2):
            with self.subTest(i=i):
                if i:
                    self.skipTest("odd")


print("== subtest edges")
run(SubtestEdges, verbosity=2)
print("== subtest failfast")
run(Subtests, failfast=True, verbosity=2)
