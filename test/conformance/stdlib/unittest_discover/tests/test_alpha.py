import unittest

log = []


def setUpModule():
    log.append("alpha setUpModule")


def tearDownModule():
    log.append("alpha tearDownModule")


class AlphaTest(unittest.TestCase):
    def test_ok(self):
        log.append("alpha ok")

    def test_bad(self):
        """Compares words."""
        self.assertEqual("alpha", "alpah")


class AlphaMore(unittest.TestCase):
    def test_more(self):
        pass
