import unittest


class OtherCheck(unittest.TestCase):
    def test_other(self):
        pass

    def check_style(self):
        pass
