"""python -m unittest [options] [names | discover ...]: run tests from the command line.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The usage line shows how the user started it.
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

__unittest = True

# Absolute: gilvm runs a package's __main__ with __package__ unset, so a relative import fails.
from unittest.main import main

main(module=None)
