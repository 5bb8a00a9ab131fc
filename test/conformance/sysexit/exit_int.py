# sys.exit(n): the process exits with status n; finally blocks and with blocks still run.
import sys
class Guard:
    def __enter__(self):
        print('guard on')
    def __exit__(self, *exc):
        print('guard off, exiting with', exc[1].code)
for code in [0, 3, 255]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print('caught', code, e.code, type(e.code).__name__)
# SystemExit is not an Exception: 'except Exception' does not catch it.
try:
    try:
        sys.exit(4)
    except Exception:
        print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
with Guard():
    sys.exit(42)
