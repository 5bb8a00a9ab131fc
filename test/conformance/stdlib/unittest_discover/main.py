# Test discovery over a package tree, loading by dotted names, and unittest.main's
# discover command.
import io
import re
import unittest

stream = io.StringIO()


class Runner(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        super().__init__(stream=stream, **kwargs)


def flatten(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from flatten(test)
        else:
            yield test


def report(title, suite, verbosity=2):
    print("==", title, suite.countTestCases())
    print([test.id() for test in flatten(suite)])
    stream.seek(0)
    stream.truncate()
    result = Runner(verbosity=verbosity).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
    return result


loader = unittest.TestLoader()
report("discover tests", loader.discover("tests", top_level_dir="."))
import tests.test_alpha
print(tests.test_alpha.log)
print(loader.errors)

report("discover pattern", unittest.TestLoader().discover(".", pattern="check_*.py"))

loader = unittest.TestLoader()
report("by name", loader.loadTestsFromName("tests.test_alpha.AlphaTest.test_ok"))
report("by names", loader.loadTestsFromNames(["tests.sub.test_gamma", "tests.test_beta.BetaTest"]))
report("by name in module", loader.loadTestsFromName("AlphaMore", tests.test_alpha))

bad = loader.loadTestsFromName("tests.nonexistent")
print([t.id() for t in flatten(bad)], [e.splitlines()[0] for e in loader.errors])
bad = loader.loadTestsFromName("tests.test_alpha.Nope")
print([t.id() for t in flatten(bad)], loader.errors[-1].splitlines()[0])
report("failed attribute", bad)

loader = unittest.TestLoader()
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(__import__("check_other").OtherCheck))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*sub*"]
print([t.id() for t in flatten(loader.discover("tests", top_level_dir="."))])

try:
    unittest.TestLoader().discover("tests/nopkg", top_level_dir=".")
except ImportError as e:
    print("ImportError:", str(e).replace(__import__("os").getcwd(), "CWD"))

for argv in (["prog", "discover", "-s", "tests", "-t", ".", "-v"],
             ["prog", "discover", "-s", "tests", "-p", "test_b*.py", "-t", "."],
             ["prog", "tests/sub/test_gamma.py"],
             ["prog", "-q", "tests.test_beta"],
             ["prog", "discover", "-s", "tests", "-t", ".", "-k", "ok"]):
    stream.seek(0)
    stream.truncate()
    program = unittest.main(module=None, argv=argv, exit=False, testRunner=Runner)
    print(">>>", argv[1:], program.result)
    print(re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue()))
