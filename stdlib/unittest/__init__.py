"""Unit testing: TestCase and its assert methods, suites, loaders, runners, unittest.main.

gilvm's stdlib: written for gilvm, not copied from CPython.

    import unittest

    class TestArithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == '__main__':
        unittest.main()

The package is split as CPython's: case (TestCase, the skip decorators), suite
(TestSuite and the class and module fixtures), loader (TestLoader, discovery), result
(TestResult), runner (TextTestRunner, the text report), main (the command line), signals
(Ctrl-C).  Its output and failure messages are CPython 3.12's, to the character.
Every module of the package defines ``__unittest``: the frames of such modules are left
out of the tracebacks reported, which show only the test's own code.
IsolatedAsyncioTestCase and unittest.mock are not provided.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler


def load_tests(loader, tests, pattern):
    """Discovery of unittest's own tests (there are none here)."""
    return tests
