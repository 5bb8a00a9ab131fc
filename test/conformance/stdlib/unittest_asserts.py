# The failure messages of TestCase's assert methods, with msg=, longMessage and maxDiff.
import logging
import unittest
import warnings

t = unittest.TestCase()


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print(f"--- {label}: {type(e).__name__}")
        print(str(e))
    except Exception as e:
        print(f"--- {label}: raised {type(e).__name__}: {e}")
    else:
        print(f"--- {label}: passed")


check("equal ints", t.assertEqual, 1, 2)
check("equal ok", t.assertEqual, 3, 3)
check("equal msg", t.assertEqual, 1, 2, msg="custom")
check("equal str", t.assertEqual, "abc", "abd")
check("equal multiline", t.assertEqual, "one\ntwo\nthree\n", "one\n2\nthree\n")
check("equal multiline no newline", t.assertEqual, "a\nb", "a\nc")
check("equal empty str", t.assertEqual, "", "x")
check("equal list", t.assertEqual, [1, 2, 3], [1, 2, 3, 4, 5])
check("equal list shorter", t.assertEqual, [1, 2, 3, 4], [1, 2])
check("equal tuple", t.assertEqual, (1, "a"), (1, "b"))
check("equal dict", t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("equal set", t.assertEqual, {1, 2, 3}, {2, 3, 4})
check("equal frozenset", t.assertEqual, frozenset([1]), frozenset([1, 5]))
check("equal list vs tuple", t.assertEqual, [1], (1,))
check("sequence diff types", t.assertSequenceEqual, [1, 2], (1, 2))
check("sequence seq_type", t.assertSequenceEqual, [1, 2], (1, 2), seq_type=tuple)
check("list equal non list", t.assertListEqual, (1,), [1])
check("dict equal non dict", t.assertDictEqual, [], {})
check("equal long reprs", t.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
check("equal long lists", t.assertEqual, list(range(50)), list(range(49)) + [99])
check("long diff omitted", t.assertEqual, list(range(200)), list(range(1, 201)))
t.maxDiff = None
check("long diff full", t.assertEqual, [str(i) for i in range(30)], [str(i) for i in range(1, 31)])
t.maxDiff = 640
check("not equal", t.assertNotEqual, 5, 5)
check("true", t.assertTrue, 0)
check("true msg", t.assertTrue, [], "must be non-empty")
check("false", t.assertFalse, "x")
check("is", t.assertIs, 1, None)
check("is not", t.assertIsNot, None, None)
check("is none", t.assertIsNone, 0)
check("is not none", t.assertIsNotNone, None)
check("in", t.assertIn, 4, [1, 2])
check("not in", t.assertNotIn, "b", "abc")
check("isinstance", t.assertIsInstance, 1, str)
check("not isinstance", t.assertNotIsInstance, 1, int)
check("almost", t.assertAlmostEqual, 1.0, 1.1)
check("almost ok", t.assertAlmostEqual, 1.0, 1.00000001)
check("almost places", t.assertAlmostEqual, 1.0, 1.01, places=3)
check("almost delta", t.assertAlmostEqual, 10, 12, delta=1)
check("almost both", t.assertAlmostEqual, 1, 2, places=1, delta=1)
check("not almost", t.assertNotAlmostEqual, 1.0, 1.00000001)
check("not almost delta", t.assertNotAlmostEqual, 10, 10.5, delta=1)
check("greater", t.assertGreater, 1, 2)
check("greater equal", t.assertGreaterEqual, 1, 2)
check("less", t.assertLess, 2, 1)
check("less equal", t.assertLessEqual, 2, 1)
check("regex", t.assertRegex, "hello world", r"wor?ld!")
check("not regex", t.assertNotRegex, "hello world", r"o w")
check("count equal", t.assertCountEqual, [1, 1, 2, 3], [1, 2, 2, 4])
check("count equal ok", t.assertCountEqual, "abc", "cba")
check("count equal unhashable", t.assertCountEqual, [[1], [2]], [[1], [1]])
check("multiline", t.assertMultiLineEqual, "a\nb\n", "a\nB\n")
check("multiline not str", t.assertMultiLineEqual, "a", 1)
check("fail", t.fail, "boom")
check("fail none", t.fail)

t.longMessage = False
check("long message off", t.assertEqual, 1, 2, "only mine")
check("long message off no msg", t.assertEqual, 1, 2)
t.longMessage = True


def raiser(exc):
    raise exc


check("raises ok", t.assertRaises, ValueError, raiser, ValueError("v"))
check("raises not raised", t.assertRaises, ValueError, lambda: None)
check("raises named", t.assertRaises, KeyError, len, [])
check("raises other", t.assertRaises, KeyError, raiser, ValueError("other"))
check("raises bad type", t.assertRaises, 1, len, [])
check("raises regex", t.assertRaisesRegex, ValueError, r"\d+", raiser, ValueError("abc"))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("exception:", repr(cm.exception), cm.exception.__traceback__)
with t.assertRaisesRegex(KeyError, "miss") as cm:
    {}["missing"]
print("exception:", repr(cm.exception))
try:
    with t.assertRaises((TypeError, ValueError), msg="tuple"):
        pass
except AssertionError as e:
    print("cm:", e)
try:
    with t.assertRaises(TypeError, foo=1):
        pass
except TypeError as e:
    print("cm kw:", e)


def warner(msg, category=UserWarning):
    warnings.warn(msg, category)


check("warns ok", t.assertWarns, UserWarning, warner, "careful")
check("warns not triggered", t.assertWarns, UserWarning, lambda: None)
check("warns regex", t.assertWarnsRegex, UserWarning, "^x", warner, "careful")
with t.assertWarns(DeprecationWarning) as cm:
    warner("old", DeprecationWarning)
print("warning:", repr(cm.warning), type(cm.lineno).__name__)
try:
    with t.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print("cm:", e)

with t.assertLogs() as logs:
    logging.getLogger("app").info("hello %s", "there")
    logging.getLogger("app.db").warning("careful")
print(logs.output, [r.getMessage() for r in logs.records])
with t.assertLogs("app", level="DEBUG") as logs:
    logging.getLogger("app").debug("dbg")
print(logs.output)
try:
    with t.assertLogs("quiet", level=logging.ERROR):
        logging.getLogger("quiet").warning("not enough")
except AssertionError as e:
    print("logs:", e)
with t.assertNoLogs("quiet"):
    logging.getLogger("quiet").debug("fine")
try:
    with t.assertNoLogs("quiet"):
        logging.getLogger("quiet").error("oops")
except AssertionError as e:
    print("nologs:", e)


class MyError(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyError

    def runTest(self):
        pass


c = Custom()
try:
    c.assertEqual(1, 2)
except MyError as e:
    print("custom failureException:", e)
try:
    c.skipTest("why")
except unittest.SkipTest as e:
    print("SkipTest:", e)
