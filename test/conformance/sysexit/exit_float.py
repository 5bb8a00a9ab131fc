# SystemExit with a float code: printed on stderr, status 1; True is status 1.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print(repr(e.code))
sys.exit(2.5)
