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

from .main import main

main(module=None)
