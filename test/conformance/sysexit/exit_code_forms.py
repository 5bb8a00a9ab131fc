# SystemExit's code: attribute forms and how the exit status follows from them.
import sys
for args in [(), (None,), (0,), (3,), ('text',), (1, 2)]:
    e = SystemExit(*args)
    print(args, repr(e.code), e.args)
try:
    sys.exit(4)
except SystemExit as e:
    print('caught', e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print('bare', e.code)
e = SystemExit(5)
e.code = 7
print(e.code, e.args)
sys.stdout.flush()
raise e
