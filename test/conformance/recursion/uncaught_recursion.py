# An uncaught RecursionError: CPython folds the repeated traceback lines.
import sys
sys.setrecursionlimit(60)
def spin(n):
    return spin(n + 1)
print('limit', sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
spin(0)
